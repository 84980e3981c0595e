#include "ui/panels/actorlistpanel.h"

#include "ui/analysis/analysispanel.h"
#include "core/document/document.h"
#include "ui/models/actortablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace maillage {

ActorListPanel::ActorListPanel(Document *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_model(new ActorTableModel(doc, this)),
      m_filter(new ActorFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("actorSearch"));
    m_search->setPlaceholderText(tr("Search actors (name, organisation, role, commune, tag)…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category filter"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setAccessibleName(tr("Tag filter"));
    filters->addWidget(m_category, 1);
    filters->addWidget(m_tag, 1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    // Tab leaves the list for the next field instead of walking it cell by cell.
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("actorTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActorTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Name and category both whole in the side panel beside the map (about 330 px at
    // 1280×720): a very long name is elided, its whole text in the tooltip.
    m_table->setColumnWidth(ActorTableModel::Name, m_table->fontMetrics().averageCharWidth() * 26);
    m_table->setColumnWidth(ActorTableModel::Category, m_table->fontMetrics().averageCharWidth() * 16 + 28);
    m_table->setWordWrap(false);
    // Columns: the user shows and hides them from the header's context menu; the measures
    // are hidden until asked for (they need the analysis).
    const QStringList hidden = QSettings()
                                   .value(QStringLiteral("actorList/hiddenColumns"),
                                          QStringList{QStringLiteral("measures")})
                                   .toStringList();
    for (int c = 1; c < ActorTableModel::ColumnCount; ++c) {
        const bool measure = ActorTableModel::isMeasure(c);
        const QString key = measure ? ActorTableModel::measureCode(c) : QString::number(c);
        m_table->setColumnHidden(c, hidden.contains(key) ||
                                        (measure && hidden.contains(QStringLiteral("measures"))));
    }
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                columnMenu()->popup(m_table->horizontalHeader()->mapToGlobal(pos));
            });
    layout->addWidget(m_table, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("actorCount"));
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setSearch(t);
        updateCount();
    });
    connect(m_category, &QComboBox::activated, this, [this] {
        m_filter->setCategory(m_category->currentData().toLongLong());
        updateCount();
    });
    connect(m_tag, &QComboBox::activated, this, [this] {
        m_filter->setTag(m_tag->currentData().toLongLong());
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(selectedActors()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit actorActivated(index.data(ActorTableModel::IdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshFilters();
        updateCount();
        // Another territory: its fields shown as the settings say.
        m_shownFields.clear();
        const QStringList names =
            QSettings().value(QStringLiteral("actorList/shownFields")).toStringList();
        for (const CustomField &f : m_model->fields())
            if (names.contains(f.name.toCaseFolded()))
                m_shownFields.insert(f.id);
        applyFieldColumns();
    });
    connect(m_model, &ActorTableModel::fieldColumnsChanged, this,
            &ActorListPanel::applyFieldColumns);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, [this] {
        saveColumns();  // a shown field renamed stays shown under its new name
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActorListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActorListPanel::updateCount);
    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        for (const Change &c : changes)
            if (c.table == Table::Category || c.table == Table::Tag) {
                refreshFilters();
                return;
            }
    });
    refreshFilters();
    updateCount();
    const QStringList names =
        QSettings().value(QStringLiteral("actorList/shownFields")).toStringList();
    for (const CustomField &f : m_model->fields())
        if (names.contains(f.name.toCaseFolded()))
            m_shownFields.insert(f.id);
    applyFieldColumns();
}

void ActorListPanel::applyFieldColumns()
{
    for (const CustomField &f : m_model->fields()) {
        const int column = m_model->columnOfField(f.id);
        const bool shown = m_shownFields.contains(f.id);
        m_table->setColumnHidden(column, !shown);
        if (shown && m_table->columnWidth(column) < 20)
            m_table->resizeColumnToContents(column);
    }
}

void ActorListPanel::setFieldConditions(const QList<fields::Condition> &conditions)
{
    m_filter->setFieldConditions(conditions);
    updateCount();
}

void ActorListPanel::setFieldShown(qint64 fieldId, bool shown)
{
    if (m_model->columnOfField(fieldId) < 0)
        return;
    if (shown)
        m_shownFields.insert(fieldId);
    else
        m_shownFields.remove(fieldId);
    applyFieldColumns();
    saveColumns();
}

QMenu *ActorListPanel::columnMenu()
{
    if (!m_columnMenu) {
        m_columnMenu = new QMenu(this);
        m_columnMenu->setObjectName(QStringLiteral("actorColumnMenu"));
    }
    m_columnMenu->clear();
    for (int c = 1; c < ActorTableModel::ColumnCount; ++c) {
        if (c == ActorTableModel::FirstMeasure) {
            m_columnMenu->addSection(tr("Network measures"));
        }
        QAction *a = m_columnMenu->addAction(
            m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setObjectName(QStringLiteral("showColumn%1").arg(c));
        a->setCheckable(true);
        a->setChecked(isColumnShown(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    if (!m_model->fields().isEmpty())
        m_columnMenu->addSection(tr("Fields"));
    for (const CustomField &f : m_model->fields()) {
        const int c = m_model->columnOfField(f.id);
        QAction *a = m_columnMenu->addAction(
            m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setObjectName(QStringLiteral("showField%1").arg(f.id));
        a->setCheckable(true);
        a->setChecked(isColumnShown(c));
        const qint64 id = f.id;
        connect(a, &QAction::toggled, this, [this, id](bool on) { setFieldShown(id, on); });
    }
    return m_columnMenu;
}

bool ActorListPanel::isColumnShown(int column) const { return !m_table->isColumnHidden(column); }

void ActorListPanel::setColumnShown(int column, bool shown)
{
    if (column <= 0 || column >= ActorTableModel::ColumnCount)
        return;  // the name always stays
    m_table->setColumnHidden(column, !shown);
    if (shown && m_table->columnWidth(column) < 20)
        m_table->resizeColumnToContents(column);
    saveColumns();
    if (!ActorTableModel::isMeasure(column))
        return;
    bool anyMeasure = false;
    for (int c = ActorTableModel::FirstMeasure; c < ActorTableModel::ColumnCount; ++c)
        anyMeasure |= isColumnShown(c);
    if (m_measureSource)
        m_measureSource->setKeepUpToDate(anyMeasure);
    if (shown && !m_model->hasMeasures())
        emit measuresRequested();
}

void ActorListPanel::saveColumns() const
{
    QStringList hidden;
    for (int c = 1; c < ActorTableModel::ColumnCount; ++c)
        if (m_table->isColumnHidden(c))
            hidden << (ActorTableModel::isMeasure(c) ? ActorTableModel::measureCode(c)
                                                     : QString::number(c));
    QSettings settings;
    settings.setValue(QStringLiteral("actorList/hiddenColumns"), hidden);
    // Field columns by name, so that another territory with a field of that name shows it
    // too; names of fields this territory lacks stay remembered.
    QStringList names = settings.value(QStringLiteral("actorList/shownFields")).toStringList();
    for (const CustomField &f : m_model->fields()) {
        const QString key = f.name.toCaseFolded();
        names.removeAll(key);
        if (m_shownFields.contains(f.id))
            names << key;
    }
    settings.setValue(QStringLiteral("actorList/shownFields"), names);
}

void ActorListPanel::setMeasureSource(AnalysisPanel *panel)
{
    if (m_measureSource)
        disconnect(m_measureSource, nullptr, this, nullptr);
    m_measureSource = panel;
    if (!panel)
        return;
    connect(panel, &AnalysisPanel::computed, this, &ActorListPanel::pullMeasures);
    connect(this, &ActorListPanel::measuresRequested, panel, &AnalysisPanel::compute,
            Qt::UniqueConnection);
    bool anyMeasure = false;
    for (int c = ActorTableModel::FirstMeasure; c < ActorTableModel::ColumnCount; ++c)
        anyMeasure |= isColumnShown(c);
    panel->setKeepUpToDate(anyMeasure);
    if (panel->result())
        pullMeasures();
    else if (anyMeasure && m_doc->isOpen())
        emit measuresRequested();
}

void ActorListPanel::pullMeasures()
{
    if (!m_measureSource)
        return;
    QHash<QString, QHash<qint64, double>> values;
    for (int c = ActorTableModel::FirstMeasure; c < ActorTableModel::ColumnCount; ++c) {
        const QString code = ActorTableModel::measureCode(c);
        values.insert(code, m_measureSource->values(code));
    }
    QHash<int, QString> names;
    if (const analysis::MetricsResult *r = m_measureSource->result())
        for (const analysis::CommunityInfo &info : r->network.communities)
            names.insert(info.number, info.name);
    m_model->setMeasures(values, names);
}

void ActorListPanel::refreshFilters()
{
    const qint64 category = m_category->currentData().toLongLong();
    const qint64 tag = m_tag->currentData().toLongLong();
    m_category->clear();
    m_tag->clear();
    m_category->addItem(tr("All categories"), 0);
    m_tag->addItem(tr("All tags"), 0);
    if (m_doc->isOpen()) {
        for (const Category &c : m_doc->categories()) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(c.color));
            m_category->addItem(QIcon(swatch), c.name, c.id);
        }
        for (const Tag &t : m_doc->tags())
            m_tag->addItem(t.name, t.id);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    m_filter->setCategory(m_category->currentData().toLongLong());
    m_filter->setTag(m_tag->currentData().toLongLong());
}

void ActorListPanel::updateCount()
{
    const int shown = m_filter->rowCount(), all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%Ln actor(s)", nullptr, all)
                                  : tr("%1 of %Ln actor(s) shown", nullptr, all)
                                        .arg(QLocale().toString(shown)));
}

QList<qint64> ActorListPanel::selectedActors() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << i.data(ActorTableModel::IdRole).toLongLong();
    return ids;
}

void ActorListPanel::selectActors(const QList<qint64> &ids)
{
    const QList<qint64> current = selectedActors();
    if (QSet<qint64>(ids.begin(), ids.end()) == QSet<qint64>(current.begin(), current.end()))
        return;
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().first());
}

} // namespace maillage
