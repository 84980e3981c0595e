#pragma once

#include "document/change.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QVector>

namespace maillage {
class Document;

/// The actors of the open territory as a table. Rows are loaded once when a territory opens
/// (one lean query, no per-row round trips) and then kept in step with the Document's change
/// signals row by row: an edit never reloads the table.
class ActorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Category,
        Organisation,
        Role,
        Commune,
        Influence,
        Interest,
        Attitude,
        Engagement,
        Tags,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        SearchKeyRole,  ///< folded text of every visible column, for accent-blind search
        CategoryIdRole,
        TagIdsRole,
        SortRole,
    };

    explicit ActorTableModel(Document *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(qint64 actorId) const { return m_rowOf.value(actorId, -1); }
    qint64 idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0; }
    /// Reloads everything (a territory was opened or closed).
    void reload();

private:
    struct RowData
    {
        qint64 id = 0;
        QString name, organisation, role, commune;
        qint64 categoryId = 0;
        int influence = 0, interest = 0, attitude = 0, engagement = 0;
        QList<qint64> tagIds;
        QString searchKey;
        QString nameKey;  ///< folded name, so sorting never folds while comparing
    };
    struct CategoryInfo
    {
        QString name;
        QColor color;
    };
    void onChanged(const ChangeSet &changes);
    QList<RowData> load(const QString &where, const QVariantList &binds) const;
    void loadLookups();
    void refreshRows(const QList<qint64> &ids);
    void computeKey(RowData &r) const;
    void reindex(int from = 0);
    QString tagText(const RowData &r) const;

    Document *m_doc;
    QVector<RowData> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, CategoryInfo> m_categories;
    QHash<qint64, QString> m_tags;
};

/// Search (words anywhere, ignoring case and accents), category and tag filters.
class ActorFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActorFilterModel(QObject *parent = nullptr);
    void setSearch(const QString &text);
    void setCategory(qint64 categoryId);  ///< 0: every category
    void setTag(qint64 tagId);            ///< 0: every tag
    QString search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_words;
    qint64 m_category = 0;
    qint64 m_tag = 0;
};

} // namespace maillage
