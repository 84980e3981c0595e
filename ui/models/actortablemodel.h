#pragma once

#include "core/document/change.h"
#include "core/domain/customfield.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QColor>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QVector>

#include <array>
#include <limits>
#include <optional>

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
        // Network measures, filled by setMeasures() (empty until the analysis ran).
        Degree,
        Betweenness,
        Closeness,
        Eigenvector,
        Coreness,
        Community,
        ColumnCount,  ///< the fixed columns; the actors' custom fields follow, one each
        FirstField = ColumnCount,
        FirstMeasure = Degree,
        MeasureCount = ColumnCount - FirstMeasure
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
    /// Reloads everything (a territory was opened or closed); measures are cleared.
    void reload();

    /// The analysis code of a measure column (degree, betweenness, closeness, eigenvector,
    /// coreness, community), empty for other columns.
    static QString measureCode(int column);
    static bool isMeasure(int column) { return column >= FirstMeasure && column < ColumnCount; }
    /// Fills the measure columns: code → (actor id → value), as AnalysisPanel::values()
    /// gives them, and the communities' names (number → name). Actors missing from a hash
    /// show an empty cell. An empty `values` clears the columns.
    void setMeasures(const QHash<QString, QHash<qint64, double>> &values,
                     const QHash<int, QString> &communityNames = {});
    bool hasMeasures() const { return m_hasMeasures; }
    /// Compares two rows on a column as SortRole would, without building QVariants; sets
    /// `handled` false for the columns it leaves to the text comparison.
    bool lessThan(int rowA, int rowB, int column, bool *handled) const;

    /// The actors' custom fields shown as columns FirstField, FirstField + 1…, in the
    /// fields' order; they follow the definitions' changes (columns inserted and removed).
    const QList<CustomField> &fields() const { return m_fields; }
    /// The field shown in `column`, or nullptr for a fixed column.
    const CustomField *fieldAt(int column) const;
    /// The column showing field `fieldId`, or -1.
    int columnOfField(qint64 fieldId) const;
    /// An actor's stored value of field `fieldId` (empty when none).
    QString fieldValue(int row, qint64 fieldId) const;
    /// A stored value as the table shows it: numbers in the locale's way with the field's
    /// unit, dates in the interface's date style, yes/no words.
    static QString fieldText(const CustomField &field, const QString &stored);

signals:
    /// The field columns were replaced (a field added, deleted or moved).
    void fieldColumnsChanged();

private:
    struct RowData
    {
        qint64 id = 0;
        QString name, organisation, role, commune;
        qint64 categoryId = 0;
        int influence = 0, interest = 0, attitude = 0, engagement = 0;
        QList<qint64> tagIds;
        /// Folded text of the searched columns, made at the first search (not at load).
        mutable QString searchKey;
        mutable bool searchKeyStale = true;
        mutable QString nameKey;  ///< folded name, for the search (made when first asked: nameKeyOf)
        mutable bool nameKeyStale = true;
        /// The name's collation key in the interface's language, numbers compared as
        /// numbers ("Acteur 2" before "Acteur 10"), made once so sorting never collates
        std::optional<QCollatorSortKey> nameSortKey;
        std::array<double, MeasureCount> measures;  ///< NaN: not computed
        QHash<qint64, QString> fields;  ///< custom field id → stored value
    };
    struct CategoryInfo
    {
        QString name;
        QColor color;
    };
    void onChanged(const ChangeSet &changes);
    /// The rows of the actors whose id is in [from, to], by id.
    QList<RowData> load(qint64 from = 0, qint64 to = std::numeric_limits<qint64>::max()) const;
    void loadLookups();
    void refreshRows(const QList<qint64> &ids);
    void computeKey(RowData &r) const;
    const QString &searchKeyOf(const RowData &r) const;
    static const QString &nameKeyOf(const RowData &r);
    void reindex(int from = 0);
    void reloadFields();
    QString tagText(const RowData &r) const;

    Document *m_doc;
    QVector<RowData> m_rows;
    QCollator m_collator;  ///< natural, locale-aware order of names
    QHash<qint64, int> m_rowOf;
    QHash<qint64, CategoryInfo> m_categories;
    QHash<qint64, QString> m_tags;
    QList<CustomField> m_fields;
    // Kept so that rows inserted or refreshed after the analysis keep their measures.
    QHash<QString, QHash<qint64, double>> m_measures;
    QHash<int, QString> m_communityNames;
    std::array<const QHash<qint64, double> *, MeasureCount> m_measureColumns{};
    bool m_hasMeasures = false;
    void fillMeasures(RowData &r) const;
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
    /// Keeps only the actors meeting every condition (the map's field filters).
    void setFieldConditions(const QList<fields::Condition> &conditions);
    QString search() const { return m_search; }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QStringList m_words;
    qint64 m_category = 0;
    qint64 m_tag = 0;
    QList<fields::Condition> m_conditions;
    ActorTableModel *m_table = nullptr;  // the source, for lessThan without QVariants
};

} // namespace maillage
