#include "ui/models/actortablemodel.h"

#include "ui/analysis/analysispanel.h"
#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/store/repositories.h"
#include "core/util/text.h"
#include "core/util/dates.h"

#include <QLocale>
#include <QtNumeric>

#include <cmath>
#include <QPixmap>
#include <QPainter>

namespace maillage {

ActorTableModel::ActorTableModel(Document *doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    // The "C" locale collates byte by byte, numbers included: use English's rules there.
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setIgnorePunctuation(false);
    connect(doc, &Document::changed, this, &ActorTableModel::onChanged);
    connect(doc, &Document::opened, this, &ActorTableModel::reload);
    connect(doc, &Document::closed, this, &ActorTableModel::reload);
    reload();
}

void ActorTableModel::loadLookups()
{
    m_categories.clear();
    m_tags.clear();
    if (!m_doc->isOpen())
        return;
    for (const maillage::Category &c : m_doc->categories())
        m_categories.insert(c.id, {c.name, QColor(c.color)});
    for (const Tag &t : m_doc->tags())
        m_tags.insert(t.id, t.name);
}

void ActorTableModel::reloadFields()
{
    const QList<CustomField> fresh = m_doc->isOpen() ? m_doc->customFields(QStringLiteral("actor"))
                                                     : QList<CustomField>();
    auto ids = [](const QList<CustomField> &list) {
        QList<qint64> out;
        for (const CustomField &f : list)
            out << f.id;
        return out;
    };
    if (ids(fresh) == ids(m_fields)) {
        // Renamed, retyped, a new unit or choice list: same columns, new texts and order.
        m_fields = fresh;
        if (!m_fields.isEmpty()) {
            emit headerDataChanged(Qt::Horizontal, FirstField, columnCount() - 1);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, FirstField),
                                 index(int(m_rows.size()) - 1, columnCount() - 1));
        }
        return;
    }
    // Added, deleted or moved: the field columns are replaced (the list keeps which ones
    // are shown by field, see ActorListPanel).
    if (!m_fields.isEmpty()) {
        beginRemoveColumns({}, FirstField, FirstField + int(m_fields.size()) - 1);
        m_fields.clear();
        endRemoveColumns();
    }
    if (!fresh.isEmpty()) {
        beginInsertColumns({}, FirstField, FirstField + int(fresh.size()) - 1);
        m_fields = fresh;
        endInsertColumns();
    }
    emit fieldColumnsChanged();
}

const CustomField *ActorTableModel::fieldAt(int column) const
{
    const int i = column - FirstField;
    return i >= 0 && i < m_fields.size() ? &m_fields.at(i) : nullptr;
}

int ActorTableModel::columnOfField(qint64 fieldId) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields.at(i).id == fieldId)
            return FirstField + i;
    return -1;
}

QString ActorTableModel::fieldValue(int row, qint64 fieldId) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).fields.value(fieldId) : QString();
}

QString ActorTableModel::fieldText(const CustomField &field, const QString &stored)
{
    if (stored.isEmpty())
        return {};
    if (field.type == FieldType::Date)
        return dates::text(QDate::fromString(stored, Qt::ISODate));
    return fields::displayWithUnit(field, stored);
}

QList<ActorTableModel::RowData> ActorTableModel::load(qint64 from, qint64 to) const
{
    QList<RowData> out;
    if (!m_doc->isOpen())
        return out;
    const Projections read(m_doc->store());
    auto rows = read.listRows(from, to);
    if (!rows)
        return out;
    out.reserve(rows->size());
    QHash<qint64, int> index;
    index.reserve(rows->size());
    for (ActorListRow &l : *rows) {
        RowData &r = out.emplace_back();
        r.id = l.id;
        r.name = std::move(l.name);
        r.organisation = std::move(l.organisation);
        r.role = std::move(l.role);
        r.commune = std::move(l.commune);
        r.categoryId = l.categoryId;
        r.influence = l.influence;
        r.interest = l.interest;
        r.attitude = l.attitude;
        r.engagement = l.engagement;
        index.insert(r.id, int(out.size()) - 1);
    }
    for (const auto &[actor, tag] : read.actorTags(from, to).value_or(QList<QPair<qint64, qint64>>())) {
        const int i = index.value(actor, -1);
        if (i >= 0)
            out[i].tagIds << tag;
    }
    const bool whole = from <= 0 && to == std::numeric_limits<qint64>::max();
    // Custom values: all at once for a whole load or a large range, else row by row.
    const FieldRepository fieldRepo(m_doc->store());
    if (whole || out.size() > 64) {
        const auto all = fieldRepo.allValues(QStringLiteral("actor"));
        for (RowData &r : out)
            r.fields = all.value(r.id);
    } else {
        for (RowData &r : out)
            r.fields = fieldRepo.valuesOf(QStringLiteral("actor"), r.id);
    }
    for (RowData &r : out) {
        computeKey(r);
        fillMeasures(r);
    }
    return out;
}

QString ActorTableModel::measureCode(int column)
{
    switch (column) {
    case Degree: return QStringLiteral("degree");
    case Betweenness: return QStringLiteral("betweenness");
    case Closeness: return QStringLiteral("closeness");
    case Eigenvector: return QStringLiteral("eigenvector");
    case Coreness: return QStringLiteral("coreness");
    case Community: return QStringLiteral("community");
    default: return {};
    }
}

void ActorTableModel::fillMeasures(RowData &r) const
{
    for (int m = 0; m < MeasureCount; ++m)
        r.measures[m] = m_measureColumns[m] ? m_measureColumns[m]->value(r.id, qQNaN()) : qQNaN();
}

void ActorTableModel::setMeasures(const QHash<QString, QHash<qint64, double>> &values,
                                  const QHash<int, QString> &communityNames)
{
    m_measures = values;
    m_communityNames = communityNames;
    for (int m = 0; m < MeasureCount; ++m) {
        const auto it = m_measures.constFind(measureCode(FirstMeasure + m));
        m_measureColumns[m] = it == m_measures.cend() ? nullptr : &*it;
    }
    m_hasMeasures = std::any_of(values.cbegin(), values.cend(),
                                [](const QHash<qint64, double> &v) { return !v.isEmpty(); });
    for (RowData &r : m_rows)
        fillMeasures(r);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, FirstMeasure), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
}

void ActorTableModel::computeKey(RowData &r) const
{
    r.nameKeyStale = true;
    r.nameSortKey = m_collator.sortKey(r.name);
    r.searchKeyStale = true;
}

const QString &ActorTableModel::nameKeyOf(const RowData &r)
{
    if (r.nameKeyStale) {
        r.nameKey = text::fold(r.name);
        r.nameKeyStale = false;
    }
    return r.nameKey;
}

const QString &ActorTableModel::searchKeyOf(const RowData &r) const
{
    if (!r.searchKeyStale)
        return r.searchKey;
    QString key = r.name + QLatin1Char(' ') + r.organisation + QLatin1Char(' ') + r.role +
                  QLatin1Char(' ') + r.commune + QLatin1Char(' ') + tagText(r) +
                  QLatin1Char(' ') + m_categories.value(r.categoryId).name;
    // Words of text and choice fields are found too ("Centre" finds the actors there).
    for (const CustomField &f : m_fields)
        if (f.type == FieldType::Text || f.type == FieldType::Choice)
            key += QLatin1Char(' ') + r.fields.value(f.id);
    r.searchKey = text::fold(key);
    r.searchKeyStale = false;
    return r.searchKey;
}

QString ActorTableModel::tagText(const RowData &r) const
{
    QStringList names;
    for (qint64 t : r.tagIds)
        names << m_tags.value(t);
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

void ActorTableModel::reindex(int from)
{
    if (from == 0)
        m_rowOf.clear();
    for (int i = from; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, i);
}

void ActorTableModel::reload()
{
    beginResetModel();
    m_measures.clear();
    m_measureColumns.fill(nullptr);
    m_communityNames.clear();
    m_hasMeasures = false;
    loadLookups();
    m_fields = m_doc->isOpen() ? m_doc->customFields(QStringLiteral("actor"))
                               : QList<CustomField>();
    m_rows = load();
    reindex();
    endResetModel();
}

void ActorTableModel::refreshRows(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const QList<RowData> fresh = load(id, id);
        if (fresh.isEmpty())
            continue;
        m_rows[row] = fresh.first();
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

void ActorTableModel::onChanged(const ChangeSet &changes)
{
    for (const Change &c : changes) {
        if (c.table == Table::Actor) {
            if (c.kind == Change::Inserted) {
                const QList<RowData> fresh = load(*std::min_element(c.ids.begin(), c.ids.end()),
                                                  *std::max_element(c.ids.begin(), c.ids.end()));
                QList<RowData> add;
                for (const RowData &r : fresh)
                    if (c.ids.contains(r.id) && rowOf(r.id) < 0)
                        add << r;
                if (add.isEmpty())
                    continue;
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(add.size()) - 1);
                m_rows += add;
                reindex(first);
                endInsertRows();
            } else if (c.kind == Change::Updated) {
                refreshRows(c.ids);
            } else {
                // Remove from the bottom up so row numbers stay valid.
                QList<int> rows;
                for (qint64 id : c.ids)
                    if (rowOf(id) >= 0)
                        rows << rowOf(id);
                std::sort(rows.begin(), rows.end(), std::greater<int>());
                for (int row : rows) {
                    beginRemoveRows({}, row, row);
                    m_rowOf.remove(m_rows[row].id);
                    m_rows.removeAt(row);
                    endRemoveRows();
                }
                if (!rows.isEmpty())
                    reindex(rows.last());
            }
        } else if (c.table == Table::Field) {
            reloadFields();
            for (RowData &r : m_rows)
                computeKey(r);
        } else if (c.table == Table::ActorFieldValue) {
            // ids hold the actors whose values changed.
            refreshRows(c.ids);
        } else if (c.table == Table::ActorTag) {
            // ids hold the actor ids of the join rows.
            refreshRows(c.ids);
        } else if (c.table == Table::Category || c.table == Table::Tag) {
            loadLookups();
            for (RowData &r : m_rows)
                computeKey(r);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        }
    }
}

int ActorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_fields.size());
}

QVariant ActorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RowData &r = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return r.id;
    case SearchKeyRole:
        return searchKeyOf(r);
    case CategoryIdRole:
        return r.categoryId;
    case TagIdsRole:
        return QVariant::fromValue(r.tagIds);
    case Qt::DecorationRole:
        if (index.column() == Category && m_categories.contains(r.categoryId))
            return m_categories.value(r.categoryId).color;
        if (index.column() == Community && r.measures[Community - FirstMeasure] > 0)
            return AnalysisPanel::communityColour(int(r.measures[Community - FirstMeasure]));
        return {};
    case Qt::TextAlignmentRole:
        if (const CustomField *f = fieldAt(index.column()))
            return fields::isOrdered(f->type) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                              : QVariant();
        if (index.column() == Influence || index.column() == Interest ||
            (isMeasure(index.column()) && index.column() != Community))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (const CustomField *f = fieldAt(index.column())) {
            const QString v = r.fields.value(f->id);
            if (const auto key = fields::orderKey(*f, v))
                return *key;
            return v.toLower();
        }
        if (isMeasure(index.column())) {
            // Numeric; actors without a value sort below every measured one.
            const double v = r.measures[index.column() - FirstMeasure];
            return std::isnan(v) ? -1.0 : v;
        }
        switch (index.column()) {
        case Influence: return r.influence;
        case Interest: return r.interest;
        case Attitude: return r.attitude;
        case Engagement: return r.engagement;
        case Name: return nameKeyOf(r);
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (const CustomField *f = fieldAt(index.column()))
            return fieldText(*f, r.fields.value(f->id));
        switch (index.column()) {
        case Name: return r.name;
        case Category: return m_categories.value(r.categoryId).name;
        case Organisation: return r.organisation;
        case Role: return r.role;
        case Commune: return r.commune;
        case Influence: return QLocale().toString(r.influence);
        case Interest: return QLocale().toString(r.interest);
        case Attitude: return labels::attitude(r.attitude);
        case Engagement: return labels::engagement(r.engagement);
        case Tags: return tagText(r);
        }
        if (isMeasure(index.column())) {
            const double v = r.measures[index.column() - FirstMeasure];
            if (std::isnan(v))
                return {};
            const QLocale locale;
            switch (index.column()) {
            case Betweenness: return locale.toString(v, 'f', 1);
            case Closeness:
            case Eigenvector: return locale.toString(v, 'f', 3);
            case Community: {
                const int c = int(v);
                if (c <= 0)
                    return {};
                const QString name = m_communityNames.value(c);
                return name.isEmpty() ? locale.toString(c)
                                      : tr("%1. %2").arg(locale.toString(c), name);
            }
            default: return locale.toString(qint64(std::llround(v)));
            }
        }
        return {};
    default:
        return {};
    }
}

QVariant ActorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && isMeasure(section))
        return tr("A network measure from the analysis (Analysis panel: options such as "
                  "direction and strengths apply)");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        if (const CustomField *f = fieldAt(section))
            return tr("Custom field (%1)").arg(fields::typeLabel(f->type).toLower());
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const CustomField *f = fieldAt(section))
        return f->unit.isEmpty() ? f->name : tr("%1 (%2)").arg(f->name, f->unit);
    switch (section) {
    case Name: return tr("Name");
    case Category: return tr("Category");
    case Organisation: return tr("Organisation");
    case Role: return tr("Role");
    case Commune: return tr("Commune");
    case Influence: return tr("Influence");
    case Interest: return tr("Interest");
    case Attitude: return tr("Attitude");
    case Engagement: return tr("Engagement");
    case Tags: return tr("Tags");
    case Degree: return tr("Degree");
    case Betweenness: return tr("Betweenness");
    case Closeness: return tr("Closeness");
    case Eigenvector: return tr("Eigenvector");
    case Coreness: return tr("Coreness");
    case Community: return tr("Community");
    }
    return {};
}

bool ActorTableModel::lessThan(int rowA, int rowB, int column, bool *handled) const
{
    *handled = true;
    const RowData &a = m_rows[rowA], &b = m_rows[rowB];
    if (const CustomField *f = fieldAt(column)) {
        // By the field's type: numbers and dates by value, yes/no, choices in the list's
        // order, text like names; actors without a value below every other.
        const QString x = a.fields.value(f->id), y = b.fields.value(f->id);
        if (x.isEmpty() || y.isEmpty())
            return x.isEmpty() && !y.isEmpty();
        const auto kx = fields::orderKey(*f, x), ky = fields::orderKey(*f, y);
        if (kx && ky && *kx != *ky)
            return *kx < *ky;
        if (kx.has_value() != ky.has_value())
            return kx.has_value();  // unreadable values after the others
        const int c = m_collator.compare(x, y);
        return c != 0 ? c < 0 : x < y;
    }
    if (isMeasure(column)) {
        const double x = a.measures[column - FirstMeasure], y = b.measures[column - FirstMeasure];
        return (std::isnan(x) ? -1.0 : x) < (std::isnan(y) ? -1.0 : y);
    }
    switch (column) {
    case Name: {
        const int c = a.nameSortKey && b.nameSortKey ? a.nameSortKey->compare(*b.nameSortKey) : 0;
        return c != 0 ? c < 0 : nameKeyOf(a) < nameKeyOf(b);
    }
    case Influence: return a.influence < b.influence;
    case Interest: return a.interest < b.interest;
    case Attitude: return a.attitude < b.attitude;
    case Engagement: return a.engagement < b.engagement;
    default: *handled = false; return false;
    }
}

ActorFilterModel::ActorFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ActorTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ActorFilterModel::setSearch(const QString &text)
{
    m_search = text;
    m_words = text::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ActorFilterModel::setCategory(qint64 categoryId)
{
    m_category = categoryId;
    invalidateFilter();
}

void ActorFilterModel::setTag(qint64 tagId)
{
    m_tag = tagId;
    invalidateFilter();
}

void ActorFilterModel::setFieldConditions(const QList<fields::Condition> &conditions)
{
    if (conditions == m_conditions)
        return;
    m_conditions = conditions;
    invalidateFilter();
}

void ActorFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<ActorTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool ActorFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the rows: no QVariant per comparison (sorting 100 000 actors by a
    // measure compares a few million times).
    if (m_table) {
        bool handled = false;
        const bool less = m_table->lessThan(left.row(), right.row(), left.column(), &handled);
        if (handled)
            return less;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ActorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_category &&
        idx.data(ActorTableModel::CategoryIdRole).toLongLong() != m_category)
        return false;
    if (m_tag && !idx.data(ActorTableModel::TagIdsRole).value<QList<qint64>>().contains(m_tag))
        return false;
    if (!m_conditions.isEmpty() && m_table) {
        for (const fields::Condition &c : m_conditions) {
            const int column = m_table->columnOfField(c.fieldId);
            const CustomField *f = m_table->fieldAt(column);
            // A condition on a field since deleted keeps everyone.
            if (f && !fields::matches(*f, c, m_table->fieldValue(sourceRow, c.fieldId)))
                return false;
        }
    }
    if (m_words.isEmpty())
        return true;
    const QString key = idx.data(ActorTableModel::SearchKeyRole).toString();
    for (const QString &w : m_words)
        if (!key.contains(w))
            return false;
    return true;
}

} // namespace maillage
