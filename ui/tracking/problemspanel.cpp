#include "ui/tracking/problemspanel.h"

#include "core/store/panelqueries.h"
#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/render/palette.h"
#include "ui/tracking/recordlist.h"
#include "ui/tracking/relationeditor.h"
#include "ui/tracking/trackingcommon.h"
#include "ui/widgets/notesedit.h"
#include "ui/widgets/optionaldateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace maillage {

using namespace tracking;
using palette::problemStatusColor;
using palette::severityColor;

namespace {
#define K(x) QStringLiteral(x)
} // namespace

// ---------------------------------------------------------------------------------------------
// Editor

ProblemEditor::ProblemEditor(Document *doc, QWidget *parent)
    : RecordForm(doc, Table::Problem, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    addTitleRow(form, K("problemTitle"), tr("A problem needs a title; the previous one was kept."));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(K("problemTheme"));
    form->addRow(tr("T&heme:"), m_theme);
    connect(m_theme, &QComboBox::activated, this,
            [this] { commit(Column::ThemeId, m_theme->currentData()); });

    m_scale = new QComboBox(this);
    m_scale->setObjectName(K("problemScale"));
    for (const QString &code : labels::problemScaleCodes())
        m_scale->addItem(labels::problemScale(code), code);
    m_scale->setToolTip(tr("Inhabitants: a need people express about their quality of life.\n"
                           "Territory: a matter of how the territory and its actors work."));
    form->addRow(tr("S&cale:"), m_scale);
    connect(m_scale, &QComboBox::activated, this,
            [this] { commit(Column::Scale, m_scale->currentData()); });

    m_severity = new QSpinBox(this);
    m_severity->setObjectName(K("problemSeverity"));
    m_severity->setRange(1, 5);
    m_severity->setToolTip(tr("1 (minor) to 5 (very serious)"));
    form->addRow(tr("Se&verity:"), m_severity);
    connect(m_severity, &QSpinBox::valueChanged, this, [this](int v) { commit(Column::Severity, v); });

    m_status = new QComboBox(this);
    m_status->setObjectName(K("problemStatus"));
    for (const QString &code : labels::problemStatusCodes())
        m_status->addItem(swatch(problemStatusColor(code)), labels::problemStatus(code), code);
    form->addRow(tr("&Status:"), m_status);
    connect(m_status, &QComboBox::activated, this,
            [this] { commit(Column::Status, m_status->currentData()); });

    m_raisedOn = new OptionalDateEdit(this);
    m_raisedOn->setObjectName(K("problemRaisedOn"));
    form->addRow(tr("Raised on:"), m_raisedOn);
    connect(m_raisedOn, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(Column::RaisedOn, convert::date(d)); });

    m_meeting = new IdPicker(true, this);
    m_meeting->setObjectName(K("problemMeeting"));
    form->addRow(tr("At &meeting:"), m_meeting);
    connect(m_meeting, &QComboBox::activated, this,
            [this] { commit(Column::MeetingId, convert::ref(m_meeting->currentId())); });

    layout->addWidget(new QLabel(tr("Description:"), this));
    m_description = new NotesEdit(this);
    m_description->setObjectName(K("problemDescription"));
    m_description->setMaximumHeight(90);
    layout->addWidget(m_description);
    connect(m_description, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(Column::Description, text); });

    QList<QPair<QString, QString>> roles;
    for (const QString &code : labels::problemRoleCodes())
        roles << qMakePair(code, labels::problemRole(code));
    layout->addWidget(new QLabel(tr("Actors concerned:"), this));
    m_actors = new RelationEditor(tr("Actor"), roles, this);
    m_actors->setObjectName(K("problemActors"));
    layout->addWidget(m_actors);
    connectRelation(m_actors, Table::ProblemActor, Column::ProblemId, Column::ActorId,
                    tr("Add actor to problem “%1”"), tr("Remove actors from problem “%1”"));
    connect(m_actors, &RelationEditor::activated, this, &ProblemEditor::actorActivated);
    layout->addStretch();

    setFollowed({Table::Theme, Table::Meeting},
                {Table::Problem, Table::ProblemActor, Table::Theme, Table::Meeting});
}

QString ProblemEditor::editText() const
{
    return tr("Edit problem “%1”");
}

void ProblemEditor::fillChoices()
{
    {
        const QSignalBlocker block(m_theme);
        m_theme->clear();
        m_theme->addItem(tr("(no theme)"), noRef());
        for (const Theme &t : m_doc->themes())
            m_theme->addItem(t.name, t.id);
    }
    QString error;
    const auto read = PanelQueries(m_doc->store()).meetings(&error);
    if (!read)
        warn(tr("Not all could be read: %1").arg(error));
    QList<Meeting> meetings = read.value_or(QList<Meeting>());
    std::sort(meetings.begin(), meetings.end(),
              [](const Meeting &a, const Meeting &b) { return a.heldOn < b.heldOn; });
    QList<QPair<qint64, QString>> meetingChoices;
    for (const Meeting &m : meetings)
        meetingChoices << qMakePair(m.id, m.heldOn.isValid()
                                              ? QStringLiteral("%1 — %2").arg(shortDate(m.heldOn), m.title)
                                              : m.title);
    m_meeting->setChoices(meetingChoices);
    m_actors->setChoices(actorChoices());
}

std::optional<QString> ProblemEditor::read()
{
    const auto p = Repository<Problem>(m_doc->store()).get(m_id);
    if (!p)
        return std::nullopt;
    m_problem = *p;
    return p->title;
}

void ProblemEditor::clearFields()
{
    m_description->load(QString());
    m_actors->setEntries({});
}

void ProblemEditor::showRecord()
{
    const Problem &p = m_problem;
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(p.themeId)));
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(p.scale)));
    m_severity->setValue(p.severity);
    m_status->setCurrentIndex(std::max(0, m_status->findData(p.status)));
    m_raisedOn->setDate(p.raisedOn);
    m_meeting->setCurrentId(p.meetingId);
    m_description->load(p.description);
    QList<RelationEditor::Entry> entries;
    for (const auto &[actor, role] : Relations(m_doc->store()).problemActors(m_id))
        entries << RelationEditor::Entry{actor, role};
    m_actors->setEntries(entries);
}

// ---------------------------------------------------------------------------------------------
// Panel

ProblemsPanel::ProblemsPanel(Document *doc, QWidget *parent) : RecordPanel(doc, parent)
{
    m_themeFilter = new QComboBox(this);
    m_themeFilter->setObjectName(K("problemThemeFilter"));
    m_scaleFilter = new QComboBox(this);
    m_scaleFilter->setObjectName(K("problemScaleFilter"));
    m_scaleFilter->addItem(tr("Both scales"), QString());
    for (const QString &code : labels::problemScaleCodes())
        m_scaleFilter->addItem(labels::problemScale(code), code);
    m_severityFilter = new QComboBox(this);
    m_severityFilter->setObjectName(K("problemSeverityFilter"));
    m_severityFilter->addItem(tr("Any severity"), 1);
    for (int s = 2; s <= 4; ++s)
        m_severityFilter->addItem(swatch(severityColor(s)), tr("Severity %1 or more").arg(s), s);
    m_severityFilter->addItem(swatch(severityColor(5)), tr("Severity 5 only"), 5);
    // Narrow enough for the side panel beside the map: the lists open at their full width.
    for (QComboBox *box : {m_themeFilter, m_scaleFilter, m_severityFilter}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }

    Spec spec;
    spec.table = Table::Problem;
    spec.stem = K("problem");
    spec.listName = K("problemTable");
    spec.headers = {tr("Title"), tr("Theme"), tr("Scale"), tr("Severity"), tr("Status"),
                    tr("Raised on")};
    spec.stretchColumn = 0;
    spec.optionalColumns = {1, 2, 5};
    spec.sortColumn = 3;
    spec.sortOrder = Qt::DescendingOrder;
    spec.listStretch = 3;
    spec.formStretch = 2;
    spec.followed = {Table::Problem, Table::Theme};
    spec.copied = {{Table::ProblemActor, Column::ProblemId}};
    spec.wrapList = [this, doc](QTreeWidget *list, QWidget *parent) {
        m_views = new QTabWidget(parent);
        m_views->setDocumentMode(true);
        m_board = new ProblemBoard(doc, m_views);
        m_board->setObjectName(K("problemBoard"));
        auto *boardScroll = scrolled(m_board, m_views);
        boardScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_board->setMinimumWidth(5 * 134);
        m_views->addTab(list, tr("Table"));
        m_views->addTab(boardScroll, tr("Board by status"));
        return m_views;
    };
    spec.makeForm = [this, doc](QWidget *parent) { return m_editor = new ProblemEditor(doc, parent); };
    build(spec, tr("&New problem"), tr("New problem"));

    // The theme on a row of its own, scale and severity sharing the next: three on one row
    // were cut in the side panel ("Both sc…").
    filterRows()->addWidget(m_themeFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scaleFilter, 1);
    filters->addWidget(m_severityFilter, 1);
    filterRows()->addLayout(filters);
    for (QComboBox *box : {m_themeFilter, m_scaleFilter, m_severityFilter})
        connect(box, &QComboBox::activated, this, &ProblemsPanel::refresh);
    connect(m_board, &ProblemBoard::problemSelected, this, &ProblemsPanel::setCurrent);
    connect(this, &RecordPanel::recordSelected, this, &ProblemsPanel::problemSelected);
    finish({m_themeFilter, m_scaleFilter, m_severityFilter});
}

QString ProblemsPanel::addText() const
{
    return tr("Add problem “%1”");
}

QString ProblemsPanel::deleteText() const
{
    return tr("Delete problem “%1”");
}

QString ProblemsPanel::countText(int count) const
{
    return tr("%Ln problem(s)", nullptr, count);
}

QList<RecordPanel::Listed> ProblemsPanel::readRecords()
{
    // Theme filter, keeping the choice.
    {
        const QVariant keep = m_themeFilter->currentData();
        const QSignalBlocker block(m_themeFilter);
        m_themeFilter->clear();
        m_themeFilter->addItem(tr("All themes"), 0);
        for (const Theme &t : m_doc->themes())
            m_themeFilter->addItem(t.name, t.id);
        m_themeFilter->addItem(tr("No theme"), -1);
        m_themeFilter->setCurrentIndex(std::max(0, m_themeFilter->findData(keep)));
    }
    const qint64 theme = m_themeFilter->currentData().toLongLong();
    const QString scale = m_scaleFilter->currentData().toString();
    const int severity = m_severityFilter->currentData().toInt();
    QString error;
    const auto problems = PanelQueries(m_doc->store()).problems(&error);
    if (!problems)
        readFailed(error);
    m_problems = problems.value_or(QList<Problem>());
    m_themes.clear();
    for (const Theme &t : m_doc->themes())
        m_themes.insert(t.id, t.name);
    QList<Listed> out;
    for (const Problem &p : std::as_const(m_problems)) {
        const bool kept = !((theme > 0 && p.themeId != theme) || (theme < 0 && p.themeId != 0) ||
                            (!scale.isEmpty() && p.scale != scale) || p.severity < severity);
        out << Listed{p.id, p.title, p.description + QLatin1Char('\n') + m_themes.value(p.themeId),
                      kept};
    }
    return out;
}

void ProblemsPanel::fillItem(SortItem *item, int index)
{
    const Problem &p = m_problems[index];
    item->setText(0, p.title);
    item->setToolTip(0, p.title);
    item->setText(1, m_themes.value(p.themeId));
    item->setText(2, labels::problemScale(p.scale));
    item->setText(3, QString::number(p.severity));
    item->setData(3, SortItem::SortRole, p.severity);
    item->setIcon(3, swatch(severityColor(p.severity)));
    item->setTextAlignment(3, Qt::AlignCenter);
    item->setText(4, labels::problemStatus(p.status));
    item->setIcon(4, swatch(problemStatusColor(p.status)));
    item->setData(4, SortItem::SortRole, labels::problemStatusCodes().indexOf(p.status));
    item->setText(5, shortDate(p.raisedOn));
    item->setData(5, SortItem::SortRole, p.raisedOn.isValid() ? p.raisedOn.toJulianDay() : 0);
}

Row ProblemsPanel::newValues(const QString &title) const
{
    // A problem added while a theme or a scale is chosen has them.
    Row values = RecordPanel::newValues(title);
    const qint64 theme = m_themeFilter->currentData().toLongLong();
    if (theme > 0)
        values.insert(columnName(Column::ThemeId), theme);
    if (!m_scaleFilter->currentData().toString().isEmpty())
        values.insert(columnName(Column::Scale), m_scaleFilter->currentData().toString());
    values.insert(columnName(Column::RaisedOn), convert::date(QDate::currentDate()));
    return values;
}

void ProblemsPanel::clearFilters()
{
    m_themeFilter->setCurrentIndex(0);
    m_scaleFilter->setCurrentIndex(0);
    m_severityFilter->setCurrentIndex(0);
}

void ProblemsPanel::listed(const QList<qint64> &ids)
{
    m_board->setProblems(m_problems, m_themes, ids);
}

void ProblemsPanel::selected(qint64 id)
{
    m_board->select(id);
}

void ProblemsPanel::filterTheme(qint64 themeId)
{
    m_themeFilter->setCurrentIndex(std::max(0, m_themeFilter->findData(themeId)));
    m_scaleFilter->setCurrentIndex(0);
    m_severityFilter->setCurrentIndex(0);
    const QSignalBlocker block(searchField());
    searchField()->clear();
    refresh();
}

} // namespace maillage
