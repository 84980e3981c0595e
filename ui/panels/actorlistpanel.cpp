#include "actorlistpanel.h"

#include "document/document.h"
#include "models/actortablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
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
    m_table->setColumnWidth(ActorTableModel::Name, 220);
    m_table->setWordWrap(false);
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
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActorListPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActorListPanel::updateCount);
    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        for (const Change &c : changes)
            if (c.table == QLatin1String("category") || c.table == QLatin1String("tag")) {
                refreshFilters();
                return;
            }
    });
    refreshFilters();
    updateCount();
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
    m_count->setText(shown == all ? tr("%1 actors").arg(QLocale().toString(all))
                                  : tr("%1 of %2 actors shown")
                                        .arg(QLocale().toString(shown), QLocale().toString(all)));
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
