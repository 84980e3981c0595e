#include "ui/tracking/meetingspanel.h"

#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/store/panelqueries.h"
#include "core/util/text.h"
#include "ui/tracking/recordlist.h"
#include "ui/tracking/relationeditor.h"
#include "ui/tracking/trackingcommon.h"
#include "ui/widgets/notesedit.h"
#include "ui/widgets/optionaldateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maillage {

using namespace tracking;

namespace {
#define K(x) QStringLiteral(x)
} // namespace

// ---------------------------------------------------------------------------------------------
// Editor

MeetingEditor::MeetingEditor(Document *doc, QWidget *parent)
    : RecordForm(doc, Table::Meeting, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    addTitleRow(form, K("meetingTitle"), tr("A meeting needs a title; the previous one was kept."));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(K("meetingKind"));
    for (const QString &code : labels::meetingKindCodes())
        m_kind->addItem(labels::meetingKind(code), code);
    form->addRow(tr("&Kind:"), m_kind);
    connect(m_kind, &QComboBox::activated, this, [this] { commit(Column::Kind, m_kind->currentData()); });

    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(K("meetingDate"));
    form->addRow(tr("Held on:"), m_date);
    connect(m_date, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(Column::HeldOn, convert::date(d)); });

    m_place = new QLineEdit(this);
    m_place->setObjectName(K("meetingPlace"));
    form->addRow(tr("&Place:"), m_place);
    connect(m_place, &QLineEdit::editingFinished, this,
            [this] { commit(Column::Place, m_place->text().trimmed()); });

    auto *attendeesBox = new QGroupBox(tr("Attendees"), this);
    auto *al = new QVBoxLayout(attendeesBox);
    m_attendees = new RelationEditor(tr("Actor"), {}, attendeesBox);
    m_attendees->setObjectName(K("meetingAttendees"));
    al->addWidget(m_attendees);
    auto *citizenRow = new QHBoxLayout;
    m_citizenName = new QLineEdit(attendeesBox);
    m_citizenName->setObjectName(K("newCitizenName"));
    m_citizenName->setPlaceholderText(tr("Name of someone not yet recorded"));
    m_citizenButton = new QPushButton(tr("Add as new citizen"), attendeesBox);
    m_citizenButton->setObjectName(K("newCitizenButton"));
    m_citizenButton->setToolTip(tr("Records a person in the citizen category and adds them to the "
                                   "attendees (one step to undo)"));
    m_citizenButton->setEnabled(false);
    citizenRow->addWidget(m_citizenName, 1);
    citizenRow->addWidget(m_citizenButton);
    al->addLayout(citizenRow);
    layout->addWidget(attendeesBox);
    connect(m_citizenName, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_citizenButton->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_citizenName, &QLineEdit::returnPressed, m_citizenButton, &QPushButton::click);
    connect(m_citizenButton, &QPushButton::clicked, this, [this] {
        if (addNewCitizen(m_citizenName->text()))
            m_citizenName->clear();
    });
    connectRelation(m_attendees, Table::MeetingAttendee, Column::MeetingId, Column::ActorId,
                    tr("Add attendee to “%1”"), tr("Remove attendees from “%1”"));
    connect(m_attendees, &RelationEditor::activated, this, &MeetingEditor::actorActivated);

    auto *problemsBox = new QGroupBox(tr("Problems raised or discussed"), this);
    auto *pl = new QVBoxLayout(problemsBox);
    m_problems = new RelationEditor(tr("Problem"), {}, problemsBox);
    m_problems->setObjectName(K("meetingProblems"));
    pl->addWidget(m_problems);
    layout->addWidget(problemsBox);
    connectRelation(m_problems, Table::MeetingProblem, Column::MeetingId, Column::ProblemId,
                    tr("Add problem to “%1”"), tr("Remove problems from “%1”"));
    connect(m_problems, &RelationEditor::activated, this, &MeetingEditor::problemActivated);

    layout->addWidget(new QLabel(tr("Notes:"), this));
    m_notes = new NotesEdit(this);
    m_notes->setObjectName(K("meetingNotes"));
    m_notes->setMaximumHeight(100);
    layout->addWidget(m_notes);
    connect(m_notes, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(Column::Notes, text); });
    layout->addWidget(new QLabel(tr("Decisions:"), this));
    m_decisions = new NotesEdit(this);
    m_decisions->setObjectName(K("meetingDecisions"));
    m_decisions->setMaximumHeight(80);
    layout->addWidget(m_decisions);
    connect(m_decisions, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(Column::Decisions, text); });
    layout->addStretch();

    keepUnblocked(m_citizenName);
    setFollowed({Table::Problem},
                {Table::Meeting, Table::MeetingAttendee, Table::MeetingProblem, Table::Problem});
}

QString MeetingEditor::editText() const
{
    return tr("Edit meeting “%1”");
}

void MeetingEditor::fillChoices()
{
    m_attendees->setChoices(actorChoices());
    m_problems->setChoices(problemChoices());
}

std::optional<QString> MeetingEditor::read()
{
    const auto m = Repository<Meeting>(m_doc->store()).get(m_id);
    if (!m)
        return std::nullopt;
    m_meeting = *m;
    return m->title;
}

void MeetingEditor::clearFields()
{
    m_place->clear();
    m_attendees->setEntries({});
    m_problems->setEntries({});
    m_notes->load(QString());
    m_decisions->load(QString());
}

void MeetingEditor::showRecord()
{
    const Meeting &m = m_meeting;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m.kind)));
    m_date->setDate(m.heldOn);
    if (!m_place->hasFocus())
        m_place->setText(m.place);
    m_notes->load(m.notes);
    m_decisions->load(m.decisions);
    Relations rel(m_doc->store());
    QList<RelationEditor::Entry> attendees, problems;
    for (qint64 id : rel.attendees(m_id))
        attendees << RelationEditor::Entry{id, {}};
    for (qint64 id : rel.problemsOfMeeting(m_id))
        problems << RelationEditor::Entry{id, {}};
    m_attendees->setEntries(attendees);
    m_problems->setEntries(problems);
}

qint64 MeetingEditor::addNewCitizen(const QString &typed)
{
    const QString name = typed.simplified();
    if (!m_id || name.isEmpty() || m_doc->isReadOnly())
        return 0;
    const auto meeting = Repository<Meeting>(m_doc->store()).get(m_id);
    if (!meeting)
        return 0;
    // Someone already recorded under this very name is added rather than recorded twice.
    for (const Actor &a : m_doc->actors()) {
        if (text::fold(a.name) != text::fold(name))
            continue;
        const QList<qint64> attendees = Relations(m_doc->store()).attendees(m_id);
        if (!attendees.contains(a.id))
            m_doc->apply(tr("Add attendee to “%1”").arg(meeting->title),
                         {m_doc->insertOp(K("meeting_attendee"),
                                          {{K("meeting_id"), m_id}, {K("actor_id"), a.id}})});
        warn(tr("“%1” was already recorded; they were added to the attendees.").arg(a.name));
        return a.id;
    }
    qint64 category = 0;
    for (const Category &c : m_doc->categories())
        if (c.code == QLatin1String("citizen"))
            category = c.id;
    const QDate contact = meeting->heldOn.isValid() ? meeting->heldOn : QDate::currentDate();
    Row actor{{K("name"), name},
              {K("category_id"), category ? QVariant(category) : noRef()},
              {K("is_person"), 1},
              {K("last_contact"), convert::date(contact)},
              {K("retention_date"),
               convert::date(contact.addMonths(m_doc->territory().retentionMonths))}};
    QString error;
    if (!m_doc->apply(tr("Add citizen “%1” to “%2”").arg(name, meeting->title),
                      {m_doc->insertOp(K("actor"), actor),
                       m_doc->insertOp(K("meeting_attendee"),
                                       {{K("meeting_id"), m_id}, {K("actor_id"), -1}})},
                      Document::NoMerge, &error)) {
        warn(tr("Not saved: %1").arg(error));
        return 0;
    }
    hideWarning();
    return m_doc->lastInsertedIds().value(0);
}

// ---------------------------------------------------------------------------------------------
// Panel

MeetingsPanel::MeetingsPanel(Document *doc, QWidget *parent) : RecordPanel(doc, parent)
{
    Spec spec;
    spec.table = Table::Meeting;
    spec.stem = K("meeting");
    spec.listName = K("meetingList");
    spec.headers = {tr("Date"), tr("Kind"), tr("Title"), tr("Attendees")};
    spec.stretchColumn = 2;
    spec.optionalColumns = {3, 1};
    spec.sortColumn = 0;
    spec.followed = {Table::Meeting, Table::MeetingAttendee};
    spec.copied = {{Table::MeetingAttendee, Column::MeetingId},
                   {Table::MeetingProblem, Column::MeetingId}};
    spec.makeForm = [this, doc](QWidget *parent) { return m_editor = new MeetingEditor(doc, parent); };
    build(spec, tr("&New meeting"), tr("New meeting"));
    connect(this, &RecordPanel::recordSelected, this, &MeetingsPanel::meetingSelected);
    finish({});
}

QString MeetingsPanel::addText() const
{
    return tr("Add meeting “%1”");
}

QString MeetingsPanel::deleteText() const
{
    return tr("Delete meeting “%1”");
}

QString MeetingsPanel::countText(int count) const
{
    return tr("%Ln meeting(s)", nullptr, count);
}

Row MeetingsPanel::newValues(const QString &title) const
{
    // A new meeting is today's.
    Row values = RecordPanel::newValues(title);
    values.insert(columnName(Column::HeldOn), convert::date(QDate::currentDate()));
    return values;
}

QList<RecordPanel::Listed> MeetingsPanel::readRecords()
{
    QString error;
    const auto meetings = PanelQueries(m_doc->store()).meetings(&error);
    if (!meetings)
        readFailed(error);
    m_meetings = meetings.value_or(QList<Meeting>());
    const auto attendance = PanelQueries(m_doc->store()).attendeeCounts(&error);
    m_attendance = attendance.value_or(QHash<qint64, int>());
    if (!attendance)
        form()->warn(tr("The attendees could not be counted: %1").arg(error));
    QList<Listed> out;
    for (const Meeting &m : std::as_const(m_meetings))
        out << Listed{m.id, m.title, m.place};
    return out;
}

void MeetingsPanel::fillItem(SortItem *item, int index)
{
    const Meeting &m = m_meetings[index];
    item->setText(0, m.heldOn.isValid() ? shortDate(m.heldOn) : tr("no date"));
    // Undated meetings come last in chronological order.
    item->setData(0, SortItem::SortRole, m.heldOn.isValid() ? m.heldOn.toJulianDay() : 1e9);
    item->setText(1, labels::meetingKind(m.kind));
    item->setText(2, m.title);
    item->setToolTip(2, m.place.isEmpty() ? m.title : QStringLiteral("%1\n%2").arg(m.title, m.place));
    item->setText(3, QString::number(m_attendance.value(m.id)));
    item->setData(3, SortItem::SortRole, m_attendance.value(m.id));
    item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace maillage
