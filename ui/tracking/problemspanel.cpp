#include "ui/tracking/problemspanel.h"

#include "core/document/document.h"
#include "core/domain/labels.h"
#include "ui/tracking/trackingcommon.h"
#include "ui/widgets/notesedit.h"
#include "ui/widgets/optionaldateedit.h"

#include <QComboBox>
#include <QDrag>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace maillage {

using namespace tracking;

namespace {
#define K(x) QStringLiteral(x)

const QList<Table> kProblemTables{Table::Problem, Table::ProblemActor, Table::Theme, Table::Meeting};
} // namespace

// ---------------------------------------------------------------------------------------------
// Editor

ProblemEditor::ProblemEditor(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    const TitleRow title = addTitleRow(
        this, form, K("problemTitle"), tr("A problem needs a title; the previous one was kept."), [this] { load(); },
        [this](const QString &text) { commit(K("title"), text); });
    m_title = title.edit;
    m_warning = title.warning;

    m_theme = new QComboBox(this);
    m_theme->setObjectName(K("problemTheme"));
    form->addRow(tr("T&heme:"), m_theme);
    connect(m_theme, &QComboBox::activated, this,
            [this] { commit(K("theme_id"), m_theme->currentData()); });

    m_scale = new QComboBox(this);
    m_scale->setObjectName(K("problemScale"));
    for (const QString &code : labels::problemScaleCodes())
        m_scale->addItem(labels::problemScale(code), code);
    m_scale->setToolTip(tr("Inhabitants: a need people express about their quality of life.\n"
                           "Territory: a matter of how the territory and its actors work."));
    form->addRow(tr("S&cale:"), m_scale);
    connect(m_scale, &QComboBox::activated, this,
            [this] { commit(K("scale"), m_scale->currentData()); });

    m_severity = new QSpinBox(this);
    m_severity->setObjectName(K("problemSeverity"));
    m_severity->setRange(1, 5);
    m_severity->setToolTip(tr("1 (minor) to 5 (very serious)"));
    form->addRow(tr("Se&verity:"), m_severity);
    connect(m_severity, &QSpinBox::valueChanged, this, [this](int v) { commit(K("severity"), v); });

    m_status = new QComboBox(this);
    m_status->setObjectName(K("problemStatus"));
    for (const QString &code : labels::problemStatusCodes())
        m_status->addItem(swatch(problemStatusColor(code)), labels::problemStatus(code), code);
    form->addRow(tr("&Status:"), m_status);
    connect(m_status, &QComboBox::activated, this,
            [this] { commit(K("status"), m_status->currentData()); });

    m_raisedOn = new OptionalDateEdit(this);
    m_raisedOn->setObjectName(K("problemRaisedOn"));
    form->addRow(tr("Raised on:"), m_raisedOn);
    connect(m_raisedOn, &OptionalDateEdit::dateCommitted, this,
            [this](const QDate &d) { commit(K("raised_on"), convert::date(d)); });

    m_meeting = new IdPicker(true, this);
    m_meeting->setObjectName(K("problemMeeting"));
    form->addRow(tr("At &meeting:"), m_meeting);
    connect(m_meeting, &QComboBox::activated, this,
            [this] { commit(K("meeting_id"), convert::ref(m_meeting->currentId())); });

    layout->addWidget(new QLabel(tr("Description:"), this));
    m_description = new NotesEdit(this);
    m_description->setObjectName(K("problemDescription"));
    m_description->setMaximumHeight(90);
    layout->addWidget(m_description);
    connect(m_description, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(K("description"), text); });

    QList<QPair<QString, QString>> roles;
    for (const QString &code : labels::problemRoleCodes())
        roles << qMakePair(code, labels::problemRole(code));
    layout->addWidget(new QLabel(tr("Actors concerned:"), this));
    m_actors = new RelationEditor(tr("Actor"), roles, this);
    m_actors->setObjectName(K("problemActors"));
    layout->addWidget(m_actors);
    connect(m_actors, &RelationEditor::addRequested, this, [this](qint64 actor, const QString &role) {
        QString error;
        if (!m_doc->apply(tr("Add actor to problem “%1”").arg(m_title->text()),
                          {m_doc->insertOp(K("problem_actor"), {{K("problem_id"), m_id},
                                                                 {K("actor_id"), actor},
                                                                 {K("role"), role}})},
                          Document::NoMerge, &error)) {
            m_warning->setText(tr("Not saved: %1").arg(error));
            m_warning->show();
        }
    });
    connect(m_actors, &RelationEditor::removeRequested, this,
            [this](const QList<RelationEditor::Entry> &entries) {
                QList<Row> keys;
                for (const RelationEditor::Entry &e : entries)
                    keys << Row{{K("problem_id"), m_id}, {K("actor_id"), e.id}, {K("role"), e.role}};
                m_doc->apply(tr("Remove actors from problem “%1”").arg(m_title->text()),
                             m_doc->deleteOps(K("problem_actor"), keys));
            });
    connect(m_actors, &RelationEditor::activated, this, &ProblemEditor::actorActivated);
    layout->addStretch();

    connect(doc, &Document::changed, this, &ProblemEditor::onChanged);
    setEnabled(false);
}

void ProblemEditor::setProblem(qint64 id)
{
    m_id = id;
    m_warning->hide();
    fillChoices();
    load();
}

void ProblemEditor::fillChoices()
{
    if (!m_doc->isOpen())
        return;
    {
        const QSignalBlocker block(m_theme);
        m_theme->clear();
        m_theme->addItem(tr("(no theme)"), noRef());
        for (const Theme &t : m_doc->themes())
            m_theme->addItem(t.name, t.id);
    }
    QList<Meeting> meetings = Repository<Meeting>(m_doc->store()).list();
    std::sort(meetings.begin(), meetings.end(),
              [](const Meeting &a, const Meeting &b) { return a.heldOn < b.heldOn; });
    QList<QPair<qint64, QString>> meetingChoices;
    for (const Meeting &m : meetings)
        meetingChoices << qMakePair(m.id, m.heldOn.isValid()
                                              ? QStringLiteral("%1 — %2").arg(shortDate(m.heldOn), m.title)
                                              : m.title);
    m_meeting->setChoices(meetingChoices);
    QList<QPair<qint64, QString>> actors;
    // Ids and names only: a lean typed read (the pickers list every actor). With nothing
    // shown (as at open) the pickers stay empty: 100 000 names sorted into combo boxes took
    // a second of the first frame; showing an item fills them.
    if (m_id)
        for (const ActorName &a : Projections(m_doc->store()).names().value_or(QList<ActorName>()))
            actors << qMakePair(a.id, a.name);
    std::sort(actors.begin(), actors.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    m_actors->setChoices(actors);
}

void ProblemEditor::load()
{
    const auto p = m_doc->isOpen() && m_id ? Repository<Problem>(m_doc->store()).get(m_id)
                                           : std::nullopt;
    setEnabled(p.has_value() && !m_doc->isReadOnly());
    if (!p) {
        m_id = 0;
        m_title->clear();
        m_description->load(QString());
        m_actors->setEntries({});
        return;
    }
    const QList<QWidget *> all = findChildren<QWidget *>();
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(all.size());
    for (QWidget *w : all)
        blockers.emplace_back(w);
    if (!m_title->hasFocus())
        m_title->setText(p->title);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(p->themeId)));
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(p->scale)));
    m_severity->setValue(p->severity);
    m_status->setCurrentIndex(std::max(0, m_status->findData(p->status)));
    m_raisedOn->setDate(p->raisedOn);
    m_meeting->setCurrentId(p->meetingId);
    m_description->load(p->description);
    QList<RelationEditor::Entry> entries;
    for (const auto &[actor, role] : Relations(m_doc->store()).problemActors(m_id))
        entries << RelationEditor::Entry{actor, role};
    m_actors->setEntries(entries);
}

void ProblemEditor::commit(const QString &column, const QVariant &value)
{
    if (!m_id || !m_doc->isOpen())
        return;
    QString error;
    if (!m_doc->updateRow(K("problem"), m_id, {{column, value}},
                          tr("Edit problem “%1”").arg(m_title->text()), Document::MergeFieldEdit,
                          &error)) {
        m_warning->setText(tr("Not saved: %1").arg(error));
        m_warning->show();
        load();
    }
}

void ProblemEditor::onChanged(const ChangeSet &changes)
{
    if (!m_id)
        return;
    const bool names = actorNamesChanged(changes);
    if (names || touches(changes, {Table::Theme, Table::Meeting}))
        fillChoices();
    if (names || touches(changes, kProblemTables))
        load();
}

// ---------------------------------------------------------------------------------------------
// Board

namespace {
/// Draws a problem as a card: a rounded box tinted by its background, its text wrapped.
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int Pad = 6;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = std::max(60, option.rect.width() > 0 ? option.rect.width()
                                                                : option.widget->width() - 24);
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width - 2 * Pad - 12, 10000),
                                                           Qt::TextWordWrap,
                                                           index.data(Qt::DisplayRole).toString());
        return {width, text.height() + 2 * Pad + 4};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QRectF card = QRectF(option.rect).adjusted(2, 2, -2, -2);
        const bool selected = option.state & QStyle::State_Selected;
        const QVariant tint = index.data(Qt::BackgroundRole);
        p->setBrush(tint.isValid() ? tint.value<QBrush>() : option.palette.base());
        p->setPen(QPen(selected ? option.palette.highlight().color() : option.palette.mid().color(),
                       selected ? 2 : 1));
        p->drawRoundedRect(card, 4, 4);
        p->setPen(option.palette.text().color());
        p->drawText(card.adjusted(Pad, Pad - 2, -Pad, -Pad + 2), Qt::TextWordWrap,
                    index.data(Qt::DisplayRole).toString());
        p->restore();
    }
};
} // namespace

BoardColumn::BoardColumn(const QString &status, QWidget *parent)
    : QListWidget(parent), m_status(status)
{
    setObjectName(K("boardColumn_") + status);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setWordWrap(true);
    setSpacing(1);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMinimumWidth(130);
}

QString BoardColumn::mimeType()
{
    return K("application/x-maillage-problem");
}

QStringList BoardColumn::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *BoardColumn::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(items.first()->data(Qt::UserRole).toLongLong()));
    data->setText(items.first()->text());
    return data;
}

void BoardColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumn::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(mimeType())) {
        event->ignore();
        return;
    }
    const qint64 id = event->mimeData()->data(mimeType()).toLongLong();
    // The view is rebuilt from the document: nothing must be moved or removed by Qt itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (id > 0)
        emit problemDropped(id, m_status);
}

ProblemBoard::ProblemBoard(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(4);
    for (const QString &status : labels::problemStatusCodes()) {
        auto *box = new QVBoxLayout;
        auto *header = new QLabel(this);
        header->setAlignment(Qt::AlignCenter);
        header->setWordWrap(true);
        const QColor c = problemStatusColor(status);
        header->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 3px; "
                                             "font-weight: bold; border-radius: 3px; }")
                                  .arg(c.name(), c.lightness() > 150 ? K("black") : K("white")));
        auto *column = new BoardColumn(status, this);
        column->setItemDelegate(new CardDelegate(column));
        box->addWidget(header);
        box->addWidget(column, 1);
        layout->addLayout(box, 1);
        m_headers << header;
        m_columns << column;
        connect(column, &BoardColumn::problemDropped, this, &ProblemBoard::moveProblem);
        connect(column, &QListWidget::currentItemChanged, this, [this, column](QListWidgetItem *item) {
            if (!item || !column->hasFocus())
                return;
            for (BoardColumn *other : std::as_const(m_columns))
                if (other != column)
                    other->clearSelection();
            emit problemSelected(item->data(Qt::UserRole).toLongLong());
        });
        connect(column, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            emit problemSelected(item->data(Qt::UserRole).toLongLong());
        });
    }
}

BoardColumn *ProblemBoard::column(const QString &status) const
{
    for (BoardColumn *c : m_columns)
        if (c->status() == status)
            return c;
    return nullptr;
}

void ProblemBoard::setProblems(const QList<qint64> &ids)
{
    QHash<qint64, QString> themes;
    QList<Problem> problems;
    if (m_doc->isOpen()) {  // a closed territory leaves the board empty
        for (const Theme &t : m_doc->themes())
            themes.insert(t.id, t.name);
        problems = Repository<Problem>(m_doc->store()).list();
    }
    const QSet<qint64> wanted(ids.begin(), ids.end());
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.severity > b.severity;
    });
    for (int i = 0; i < m_columns.size(); ++i) {
        BoardColumn *column = m_columns[i];
        const QSignalBlocker block(column);
        const qint64 selected =
            column->currentItem() && column->currentItem()->isSelected()
                ? column->currentItem()->data(Qt::UserRole).toLongLong()
                : 0;
        column->clear();
        int n = 0;
        for (const Problem &p : std::as_const(problems)) {
            if (p.status != column->status() || !wanted.contains(p.id))
                continue;
            auto *item = new QListWidgetItem(column);
            const QString theme = themes.value(p.themeId, tr("no theme"));
            item->setText(QStringLiteral("%1\n%2 · %3").arg(p.title, theme,
                                                           tr("severity %1").arg(p.severity)));
            // A card is tinted by its severity.
            QColor tint = severityColor(p.severity);
            tint.setHsl(tint.hslHue(), tint.hslSaturation(), 235);
            item->setBackground(tint);
            item->setToolTip(p.description.isEmpty() ? p.title : p.title + QStringLiteral("\n\n") + p.description);
            item->setData(Qt::UserRole, p.id);
            if (p.id == selected) {
                column->setCurrentItem(item);
            }
            ++n;
        }
        m_headers[i]->setText(QStringLiteral("%1 (%2)").arg(labels::problemStatus(column->status())).arg(n));
    }
}

void ProblemBoard::select(qint64 problemId)
{
    for (BoardColumn *column : std::as_const(m_columns)) {
        const QSignalBlocker block(column);
        column->clearSelection();
        for (int r = 0; r < column->count(); ++r)
            if (column->item(r)->data(Qt::UserRole).toLongLong() == problemId) {
                column->setCurrentItem(column->item(r));
                column->scrollToItem(column->item(r));
            }
    }
}

bool ProblemBoard::moveProblem(qint64 problemId, const QString &status)
{
    const auto p = Repository<Problem>(m_doc->store()).get(problemId);
    if (!p || m_doc->isReadOnly() || !labels::problemStatusCodes().contains(status))
        return false;
    if (p->status == status)
        return true;
    QString error;
    const bool ok = m_doc->updateRow(K("problem"), problemId, {{K("status"), status}},
                                     tr("Move “%1” to %2").arg(p->title, labels::problemStatus(status)),
                                     Document::NoMerge, &error);
    if (ok)
        emit problemSelected(problemId);
    return ok;
}

// ---------------------------------------------------------------------------------------------
// Panel

ProblemsPanel::ProblemsPanel(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
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
    m_new = new QPushButton(tr("&New problem"), top);
    m_new->setObjectName(K("newProblemButton"));
    m_delete = new QPushButton(tr("Delete"), top);
    m_delete->setObjectName(K("deleteProblemButton"));
    m_delete->setEnabled(false);
    m_count = new QLabel(top);
    buttons->addWidget(m_new);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_count);
    topLayout->addLayout(buttons);

    auto *filters = new QHBoxLayout;
    m_themeFilter = new QComboBox(top);
    m_themeFilter->setObjectName(K("problemThemeFilter"));
    m_themeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_themeFilter->setMinimumContentsLength(10);
    m_scaleFilter = new QComboBox(top);
    m_scaleFilter->setObjectName(K("problemScaleFilter"));
    m_scaleFilter->addItem(tr("Both scales"), QString());
    for (const QString &code : labels::problemScaleCodes())
        m_scaleFilter->addItem(labels::problemScale(code), code);
    m_severityFilter = new QComboBox(top);
    m_severityFilter->setObjectName(K("problemSeverityFilter"));
    m_severityFilter->addItem(tr("Any severity"), 1);
    for (int s = 2; s <= 4; ++s)
        m_severityFilter->addItem(swatch(severityColor(s)), tr("Severity %1 or more").arg(s), s);
    m_severityFilter->addItem(swatch(severityColor(5)), tr("Severity 5 only"), 5);
    // Narrow enough for the side panel beside the map: the lists open at their full width.
    for (QComboBox *box : {m_scaleFilter, m_severityFilter}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    m_themeFilter->setMinimumContentsLength(6);
    // The theme on a row of its own, scale and severity sharing the next: three on one row
    // were cut in the side panel ("Both sc…").
    topLayout->addWidget(m_themeFilter);
    filters->addWidget(m_scaleFilter, 1);
    filters->addWidget(m_severityFilter, 1);
    topLayout->addLayout(filters);
    for (QComboBox *box : {m_themeFilter, m_scaleFilter, m_severityFilter})
        connect(box, &QComboBox::activated, this, &ProblemsPanel::refresh);

    m_views = new QTabWidget(top);
    m_views->setDocumentMode(true);
    m_table = new QTreeWidget(m_views);
    m_table->setObjectName(K("problemTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSortingEnabled(true);
    m_table->setHeaderLabels({tr("Title"), tr("Theme"), tr("Scale"), tr("Severity"), tr("Status"),
                              tr("Raised on")});
    new ColumnFitter(m_table, 0, {1, 2, 5});
    m_table->sortByColumn(3, Qt::DescendingOrder);
    m_board = new ProblemBoard(doc, m_views);
    m_board->setObjectName(K("problemBoard"));
    auto *boardScroll = scrolled(m_board, m_views);
    boardScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_board->setMinimumWidth(5 * 134);
    m_views->addTab(m_table, tr("Table"));
    m_views->addTab(boardScroll, tr("Board by status"));
    topLayout->addWidget(m_views, 1);

    m_editor = new ProblemEditor(doc, m_splitter);
    m_editor->setObjectName(K("problemEditor"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(scrolled(m_editor, m_splitter));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    connect(m_table, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            setCurrent(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_board, &ProblemBoard::problemSelected, this, &ProblemsPanel::setCurrent);
    connect(m_editor, &ProblemEditor::actorActivated, this, &ProblemsPanel::actorActivated);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (addProblem(tr("New problem"))) {
            m_editor->titleEdit()->setFocus();
            m_editor->titleEdit()->selectAll();
        }
    });
    connect(m_delete, &QPushButton::clicked, this, &ProblemsPanel::deleteCurrent);
    connect(doc, &Document::changed, this, &ProblemsPanel::onChanged);
    connect(doc, &Document::opened, this, [this] {
        m_current = 0;
        refresh();
        m_editor->setProblem(0);
    });
    connect(doc, &Document::closed, this, [this] {
        m_current = 0;
        refresh();
        m_editor->setProblem(0);
    });
    refresh();
}

void ProblemsPanel::setOrientation(Qt::Orientation orientation)
{
    if (m_splitter->orientation() == orientation)
        return;
    m_splitter->setOrientation(orientation);
    // The list or board gets three fifths, the editor the rest.
    const int length = orientation == Qt::Horizontal ? width() : height();
    m_splitter->setSizes({length * 3 / 5, length * 2 / 5});
}

void ProblemsPanel::onChanged(const ChangeSet &changes)
{
    if (touches(changes, {Table::Problem, Table::Theme}))
        scheduleRefresh();
}

void ProblemsPanel::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, &ProblemsPanel::refresh);
}

void ProblemsPanel::refresh()
{
    m_refreshQueued = false;
    const bool open = m_doc->isOpen();
    m_new->setEnabled(open && !m_doc->isReadOnly());
    // Theme filter, keeping the choice.
    {
        const QVariant keep = m_themeFilter->currentData();
        const QSignalBlocker block(m_themeFilter);
        m_themeFilter->clear();
        m_themeFilter->addItem(tr("All themes"), 0);
        if (open)
            for (const Theme &t : m_doc->themes())
                m_themeFilter->addItem(t.name, t.id);
        m_themeFilter->addItem(tr("No theme"), -1);
        m_themeFilter->setCurrentIndex(std::max(0, m_themeFilter->findData(keep)));
    }
    const qint64 theme = m_themeFilter->currentData().toLongLong();
    const QString scale = m_scaleFilter->currentData().toString();
    const int severity = m_severityFilter->currentData().toInt();

    QList<Problem> problems;
    QHash<qint64, QString> themes;
    if (open) {
        problems = Repository<Problem>(m_doc->store()).list();
        for (const Theme &t : m_doc->themes())
            themes.insert(t.id, t.name);
    }
    if (m_current && !std::any_of(problems.begin(), problems.end(),
                                  [this](const Problem &p) { return p.id == m_current; })) {
        m_current = 0;
        m_editor->setProblem(0);
        emit problemSelected(0);
    }
    QList<qint64> shown;
    const QSignalBlocker block(m_table);
    m_table->setSortingEnabled(false);
    m_table->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Problem &p : std::as_const(problems)) {
        if ((theme > 0 && p.themeId != theme) || (theme < 0 && p.themeId != 0) ||
            (!scale.isEmpty() && p.scale != scale) || p.severity < severity)
            continue;
        shown << p.id;
        auto *item = new SortItem(m_table);
        item->setText(0, p.title);
        item->setToolTip(0, p.title);
        item->setData(0, Qt::UserRole, p.id);
        item->setText(1, themes.value(p.themeId));
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
        if (p.id == m_current)
            current = item;
    }
    m_table->setSortingEnabled(true);
    refit(m_table);
    if (current) {
        m_table->setCurrentItem(current);
        m_table->scrollToItem(current);
    }
    m_board->setProblems(shown);
    if (m_current)
        m_board->select(m_current);
    m_count->setText(shown.size() == problems.size()
                         ? tr("%Ln problem(s)", nullptr, int(problems.size()))
                         : tr("%1 of %2 shown").arg(shown.size()).arg(problems.size()));
    m_delete->setEnabled(m_current && !m_doc->isReadOnly());
}

void ProblemsPanel::setCurrent(qint64 id)
{
    if (id == m_current)
        return;
    m_current = id;
    m_editor->setProblem(id);
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        for (int r = 0; r < m_table->topLevelItemCount(); ++r)
            if (m_table->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == id)
                m_table->setCurrentItem(m_table->topLevelItem(r));
    }
    m_board->select(id);
    m_delete->setEnabled(id && !m_doc->isReadOnly());
    emit problemSelected(id);
}

void ProblemsPanel::selectProblem(qint64 id)
{
    // A problem hidden by the filters is shown by clearing them.
    bool shown = false;
    for (int r = 0; r < m_table->topLevelItemCount(); ++r)
        shown = shown || m_table->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == id;
    if (!shown) {
        m_themeFilter->setCurrentIndex(0);
        m_scaleFilter->setCurrentIndex(0);
        m_severityFilter->setCurrentIndex(0);
        refresh();
    }
    m_current = 0;
    setCurrent(id);
}

void ProblemsPanel::filterTheme(qint64 themeId)
{
    m_themeFilter->setCurrentIndex(std::max(0, m_themeFilter->findData(themeId)));
    m_scaleFilter->setCurrentIndex(0);
    m_severityFilter->setCurrentIndex(0);
    refresh();
}

qint64 ProblemsPanel::addProblem(const QString &title)
{
    if (!m_doc->isOpen() || m_doc->isReadOnly())
        return 0;
    Row values{{K("title"), title}};
    const qint64 theme = m_themeFilter->currentData().toLongLong();
    if (theme > 0)
        values.insert(K("theme_id"), theme);
    if (!m_scaleFilter->currentData().toString().isEmpty())
        values.insert(K("scale"), m_scaleFilter->currentData().toString());
    values.insert(K("raised_on"), convert::date(QDate::currentDate()));
    const auto id = m_doc->addRow(K("problem"), values, tr("Add problem “%1”").arg(title));
    if (!id)
        return 0;
    refresh();
    selectProblem(*id);
    return *id;
}

void ProblemsPanel::deleteCurrent()
{
    const auto p = m_current ? Repository<Problem>(m_doc->store()).get(m_current) : std::nullopt;
    if (!p)
        return;
    m_doc->removeRows(K("problem"), {p->id}, tr("Delete problem “%1”").arg(p->title));
}

} // namespace maillage
