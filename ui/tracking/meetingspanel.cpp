#include "ui/tracking/meetingspanel.h"

#include "core/document/document.h"
#include "core/domain/labels.h"
#include "ui/tracking/trackingcommon.h"
#include "core/util/text.h"
#include "ui/widgets/notesedit.h"
#include "ui/widgets/optionaldateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maillage {

using namespace tracking;

namespace {
#define K(x) QStringLiteral(x)
const QList<Table> kMeetingTables{Table::Meeting, Table::MeetingAttendee, Table::MeetingProblem,
                                 Table::Problem};
} // namespace

// ---------------------------------------------------------------------------------------------
// Editor

MeetingEditor::MeetingEditor(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    const TitleRow title = addTitleRow(
        this, form, K("meetingTitle"), tr("A meeting needs a title; the previous one was kept."), [this] { load(); },
        [this](const QString &text) { commit(K("title"), text); });
    m_title = title.edit;
    m_warning = title.warning;

    m_kind = new QComboBox(this);
    m_kind->setObjectName(K("meetingKind"));
    for (const QString &code : labels::meetingKindCodes())
        m_kind->addItem(labels::meetingKind(code), code);
    form->addRow(tr("&Kind:"), m_kind);
    connect(m_kind, &QComboBox::activated, this, [this] { commit(K("kind"), m_kind->currentData()); });

    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(K("meetingDate"));
    form->addRow(tr("Held on:"), m_date);
    connect(m_date, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("held_on"), convert::date(d)); });

    m_place = new QLineEdit(this);
    m_place->setObjectName(K("meetingPlace"));
    form->addRow(tr("&Place:"), m_place);
    connect(m_place, &QLineEdit::editingFinished, this,
            [this] { commit(K("place"), m_place->text().trimmed()); });

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
    connect(m_attendees, &RelationEditor::addRequested, this, [this](qint64 actor) {
        QString error;
        if (!m_doc->apply(tr("Add attendee to “%1”").arg(m_title->text()),
                          {m_doc->insertOp(K("meeting_attendee"),
                                           {{K("meeting_id"), m_id}, {K("actor_id"), actor}})},
                          Document::NoMerge, &error))
            warn(tr("Not saved: %1").arg(error));
    });
    connect(m_attendees, &RelationEditor::removeRequested, this,
            [this](const QList<RelationEditor::Entry> &entries) {
                QList<Row> keys;
                for (const auto &e : entries)
                    keys << Row{{K("meeting_id"), m_id}, {K("actor_id"), e.id}};
                m_doc->apply(tr("Remove attendees from “%1”").arg(m_title->text()),
                             m_doc->deleteOps(K("meeting_attendee"), keys));
            });
    connect(m_attendees, &RelationEditor::activated, this, &MeetingEditor::actorActivated);

    auto *problemsBox = new QGroupBox(tr("Problems raised or discussed"), this);
    auto *pl = new QVBoxLayout(problemsBox);
    m_problems = new RelationEditor(tr("Problem"), {}, problemsBox);
    m_problems->setObjectName(K("meetingProblems"));
    pl->addWidget(m_problems);
    layout->addWidget(problemsBox);
    connect(m_problems, &RelationEditor::addRequested, this, [this](qint64 problem) {
        QString error;
        if (!m_doc->apply(tr("Add problem to “%1”").arg(m_title->text()),
                          {m_doc->insertOp(K("meeting_problem"),
                                           {{K("meeting_id"), m_id}, {K("problem_id"), problem}})},
                          Document::NoMerge, &error))
            warn(tr("Not saved: %1").arg(error));
    });
    connect(m_problems, &RelationEditor::removeRequested, this,
            [this](const QList<RelationEditor::Entry> &entries) {
                QList<Row> keys;
                for (const auto &e : entries)
                    keys << Row{{K("meeting_id"), m_id}, {K("problem_id"), e.id}};
                m_doc->apply(tr("Remove problems from “%1”").arg(m_title->text()),
                             m_doc->deleteOps(K("meeting_problem"), keys));
            });
    connect(m_problems, &RelationEditor::activated, this, &MeetingEditor::problemActivated);

    layout->addWidget(new QLabel(tr("Notes:"), this));
    m_notes = new NotesEdit(this);
    m_notes->setObjectName(K("meetingNotes"));
    m_notes->setMaximumHeight(100);
    layout->addWidget(m_notes);
    connect(m_notes, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(K("notes"), text); });
    layout->addWidget(new QLabel(tr("Decisions:"), this));
    m_decisions = new NotesEdit(this);
    m_decisions->setObjectName(K("meetingDecisions"));
    m_decisions->setMaximumHeight(80);
    layout->addWidget(m_decisions);
    connect(m_decisions, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(K("decisions"), text); });
    layout->addStretch();

    connect(doc, &Document::changed, this, &MeetingEditor::onChanged);
    setEnabled(false);
}

void MeetingEditor::warn(const QString &message)
{
    m_warning->setText(message);
    m_warning->show();
}

void MeetingEditor::setMeeting(qint64 id)
{
    m_id = id;
    m_warning->hide();
    fillChoices();
    load();
}

void MeetingEditor::fillChoices()
{
    if (!m_doc->isOpen())
        return;
    auto byName = [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    };
    QList<QPair<qint64, QString>> actors;
    // Ids and names only: a lean typed read (the pickers list every actor). With nothing
    // shown (as at open) the pickers stay empty: 100 000 names sorted into combo boxes took
    // a second of the first frame; showing an item fills them.
    if (m_id)
        for (const ActorName &a : Projections(m_doc->store()).names().value_or(QList<ActorName>()))
            actors << qMakePair(a.id, a.name);
    std::sort(actors.begin(), actors.end(), byName);
    m_attendees->setChoices(actors);
    QList<QPair<qint64, QString>> problems;
    for (const Problem &p : Repository<Problem>(m_doc->store()).list())
        problems << qMakePair(p.id, p.title);
    std::sort(problems.begin(), problems.end(), byName);
    m_problems->setChoices(problems);
}

void MeetingEditor::load()
{
    const auto m = m_doc->isOpen() && m_id ? Repository<Meeting>(m_doc->store()).get(m_id)
                                           : std::nullopt;
    setEnabled(m.has_value() && !m_doc->isReadOnly());
    if (!m) {
        m_id = 0;
        m_title->clear();
        m_place->clear();
        m_attendees->setEntries({});
        m_problems->setEntries({});
        m_notes->load(QString());
        m_decisions->load(QString());
        return;
    }
    const QList<QWidget *> all = findChildren<QWidget *>();
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(all.size());
    for (QWidget *w : all)
        if (w != m_citizenName)
            blockers.emplace_back(w);
    if (!m_title->hasFocus())
        m_title->setText(m->title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m->kind)));
    m_date->setDate(m->heldOn);
    if (!m_place->hasFocus())
        m_place->setText(m->place);
    m_notes->load(m->notes);
    m_decisions->load(m->decisions);
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
    m_warning->hide();
    return m_doc->lastInsertedIds().value(0);
}

void MeetingEditor::commit(const QString &column, const QVariant &value)
{
    if (!m_id || !m_doc->isOpen())
        return;
    QString error;
    if (!m_doc->updateRow(K("meeting"), m_id, {{column, value}},
                          tr("Edit meeting “%1”").arg(m_title->text()), Document::MergeFieldEdit,
                          &error)) {
        warn(tr("Not saved: %1").arg(error));
        load();
    }
}

void MeetingEditor::onChanged(const ChangeSet &changes)
{
    if (!m_id)
        return;
    const bool names = actorNamesChanged(changes);
    if (names || touches(changes, {Table::Problem}))
        fillChoices();
    if (names || touches(changes, kMeetingTables))
        load();
}

// ---------------------------------------------------------------------------------------------
// Panel

MeetingsPanel::MeetingsPanel(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(2, 2, 2, 2);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    outer->addWidget(m_splitter);

    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New meeting"), top);
    m_new->setObjectName(K("newMeetingButton"));
    m_delete = new QPushButton(tr("Delete"), top);
    m_delete->setEnabled(false);
    m_count = new QLabel(top);
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_count);
    topLayout->addLayout(buttons);

    m_list = new QTreeWidget(top);
    m_list->setObjectName(K("meetingList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("Title"), tr("Attendees")});
    new ColumnFitter(m_list, 2, {3, 1});
    m_list->sortByColumn(0, Qt::AscendingOrder);
    topLayout->addWidget(m_list, 1);

    m_editor = new MeetingEditor(doc, m_splitter);
    m_editor->setObjectName(K("meetingEditor"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(scrolled(m_editor, m_splitter));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            setCurrent(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_editor, &MeetingEditor::actorActivated, this, &MeetingsPanel::actorActivated);
    connect(m_editor, &MeetingEditor::problemActivated, this, &MeetingsPanel::problemActivated);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (createMeeting(tr("New meeting"))) {
            m_editor->titleEdit()->setFocus();
            m_editor->titleEdit()->selectAll();
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const auto m = m_current ? Repository<Meeting>(m_doc->store()).get(m_current) : std::nullopt;
        if (m)
            m_doc->removeRows(K("meeting"), {m->id}, tr("Delete meeting “%1”").arg(m->title));
    });
    connect(doc, &Document::changed, this, &MeetingsPanel::onChanged);
    auto reset = [this] {
        m_current = 0;
        refresh();
        m_editor->setMeeting(0);
    };
    connect(doc, &Document::opened, this, reset);
    connect(doc, &Document::closed, this, reset);
    refresh();
}

void MeetingsPanel::setOrientation(Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
}

void MeetingsPanel::onChanged(const ChangeSet &changes)
{
    if (!touches(changes, {Table::Meeting, Table::MeetingAttendee}) || m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, &MeetingsPanel::refresh);
}

void MeetingsPanel::refresh()
{
    m_refreshQueued = false;
    const bool open = m_doc->isOpen();
    m_new->setEnabled(open && !m_doc->isReadOnly());
    const QList<Meeting> meetings = open ? Repository<Meeting>(m_doc->store()).list() : QList<Meeting>();
    if (m_current && !std::any_of(meetings.begin(), meetings.end(),
                                  [this](const Meeting &m) { return m.id == m_current; })) {
        m_current = 0;
        m_editor->setMeeting(0);
        emit meetingSelected(0);
    }
    QHash<qint64, int> attendance;
    if (open)
        for (const Row &r : m_doc->store().rows(K("meeting_attendee")))
            ++attendance[r.value(K("meeting_id")).toLongLong()];
    const QSignalBlocker block(m_list);
    m_list->setSortingEnabled(false);
    m_list->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Meeting &m : meetings) {
        auto *item = new SortItem(m_list);
        item->setText(0, m.heldOn.isValid() ? shortDate(m.heldOn) : tr("no date"));
        // Undated meetings come last in chronological order.
        item->setData(0, SortItem::SortRole, m.heldOn.isValid() ? m.heldOn.toJulianDay() : 1e9);
        item->setData(0, Qt::UserRole, m.id);
        item->setText(1, labels::meetingKind(m.kind));
        item->setText(2, m.title);
        item->setToolTip(2, m.place.isEmpty() ? m.title : QStringLiteral("%1\n%2").arg(m.title, m.place));
        item->setText(3, QString::number(attendance.value(m.id)));
        item->setData(3, SortItem::SortRole, attendance.value(m.id));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (m.id == m_current)
            current = item;
    }
    m_list->setSortingEnabled(true);
    refit(m_list);
    if (current) {
        m_list->setCurrentItem(current);
        m_list->scrollToItem(current);
    }
    m_count->setText(tr("%Ln meeting(s)", nullptr, int(meetings.size())));
    m_delete->setEnabled(m_current && !m_doc->isReadOnly());
}

void MeetingsPanel::setCurrent(qint64 id)
{
    if (id == m_current)
        return;
    m_current = id;
    m_editor->setMeeting(id);
    {
        const QSignalBlocker block(m_list);
        for (int r = 0; r < m_list->topLevelItemCount(); ++r)
            if (m_list->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == id)
                m_list->setCurrentItem(m_list->topLevelItem(r));
    }
    m_delete->setEnabled(id && !m_doc->isReadOnly());
    emit meetingSelected(id);
}

void MeetingsPanel::selectMeeting(qint64 id)
{
    m_current = 0;
    setCurrent(id);
}

qint64 MeetingsPanel::createMeeting(const QString &title)
{
    if (!m_doc->isOpen() || m_doc->isReadOnly())
        return 0;
    const auto id = m_doc->addRow(K("meeting"),
                                  {{K("title"), title}, {K("held_on"), convert::date(QDate::currentDate())}},
                                  tr("Add meeting “%1”").arg(title));
    if (!id)
        return 0;
    refresh();
    selectMeeting(*id);
    return *id;
}

} // namespace maillage
