#pragma once

// Internal to the importers: what each reader produces before it is matched against the
// territory and turned into row operations.

#include "core/domain/customfield.h"
#include "core/io/import.h"

#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <utility>

namespace maillage::io::detail {

/// The named values of one record (a few, each name once): a QVariantMap's interface over one
/// small list, so a record read costs one allocation for its values instead of one per value.
/// Order is insertion order; converts to a Row (QVariantMap).
class FieldMap
{
public:
    using Entry = std::pair<QString, QVariant>;

    FieldMap() = default;
    FieldMap(std::initializer_list<Entry> entries)
    {
        for (const Entry &e : entries)
            insert(e.first, e.second);
    }

    void insert(const QString &key, const QVariant &value)
    {
        if (const qsizetype i = indexOf(key); i >= 0) {
            m_entries[i].second = value;
            return;
        }
        if (m_entries.isEmpty())
            m_entries.reserve(6);
        m_entries.emplaceBack(key, value);
    }
    QVariant value(const QString &key, const QVariant &fallback = QVariant()) const
    {
        const qsizetype i = indexOf(key);
        return i < 0 ? fallback : m_entries.at(i).second;
    }
    bool contains(const QString &key) const { return indexOf(key) >= 0; }
    QVariant take(const QString &key)
    {
        const qsizetype i = indexOf(key);
        if (i < 0)
            return QVariant();
        QVariant v = std::move(m_entries[i].second);
        m_entries.removeAt(i);
        return v;
    }
    void remove(const QString &key)
    {
        if (const qsizetype i = indexOf(key); i >= 0)
            m_entries.removeAt(i);
    }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    operator QVariantMap() const
    {
        QVariantMap map;
        for (const Entry &e : m_entries)
            map.insert(e.first, e.second);
        return map;
    }

    class const_iterator
    {
    public:
        explicit const_iterator(const Entry *p) : m_p(p) {}
        const QString &key() const { return m_p->first; }
        const QVariant &value() const { return m_p->second; }
        const QVariant &operator*() const { return m_p->second; }
        const_iterator &operator++()
        {
            ++m_p;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_p == o.m_p; }
        bool operator!=(const const_iterator &o) const { return m_p != o.m_p; }

    private:
        const Entry *m_p;
    };
    const_iterator cbegin() const { return const_iterator(m_entries.constData()); }
    const_iterator cend() const
    {
        return const_iterator(m_entries.constData() + m_entries.size());
    }
    const_iterator begin() const { return cbegin(); }
    const_iterator end() const { return cend(); }

private:
    qsizetype indexOf(const QString &key) const
    {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const QString &k = m_entries.at(i).first;
            // The readers name fields with shared strings: most lookups end at the pointer.
            if ((k.constData() == key.constData() && k.size() == key.size()) || k == key)
                return i;
        }
        return -1;
    }

    QList<Entry> m_entries;
};

/// One actor as read from a file, already mapped to Maillage's fields.
struct NodeRecord
{
    QString file;
    qint64 line = 0;
    QString key;                ///< identity inside the import (Id column, node id, or label)
    /// The node's id in its file (GraphML, GEXF: one node is one actor, always), kept as the
    /// actor's import_key beside import_source (the file's name), so importing the same file
    /// again updates the actor; empty for spreadsheets, which match actors by name.
    QString importKey;
    FieldMap fields;            ///< actor columns (name, role, influence, x …) typed
    QString category;           ///< category name or code, empty when not given
    QColor color;               ///< colour from the file (viz:color, yEd fill, r/g/b columns)
    bool sized = false;         ///< the file gives the node a size (viz:size, Gephi's size)
    QStringList tags;
    QStringList extras;         ///< "Column: value" lines kept in the description
    /// Values of columns kept as custom fields: (column as written, value), in file order.
    QList<std::pair<QString, QString>> custom;
};

/// One link as read from a file.
struct EdgeRecord
{
    QString file;
    qint64 line = 0;
    QString source, target;            ///< keys or names of the two actors
    QString sourceName, targetName;    ///< fallback names (Maillage CSV)
    QString type;                      ///< link type name or code, may be empty
    std::optional<bool> directed;
    std::optional<int> strength;
    std::optional<double> weight;      ///< the file's own weight, kept beside the strength
    QString importKey;                 ///< the edge's id in a GraphML or GEXF file, if any
    bool fromGraph = false;            ///< from a GraphML or GEXF file: one edge is one link
    QColor color;
    FieldMap fields;                   ///< description, since, until
    QStringList extras;
    QList<std::pair<QString, QString>> custom;  ///< as NodeRecord::custom
};

} // namespace maillage::io::detail

// Every member is relocatable: lists of records grow by moving memory, not element by element.
Q_DECLARE_TYPEINFO(maillage::io::detail::NodeRecord, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(maillage::io::detail::EdgeRecord, Q_RELOCATABLE_TYPE);

namespace maillage::io::detail {

/// A custom field a graph file declares (a GraphML key, a GEXF attribute), with its type.
struct DeclaredField
{
    QString name;
    std::optional<FieldType> type;
    QStringList choices;  ///< a GEXF attribute's <options>
};

struct SourceGraph
{
    QList<DeclaredField> nodeFields, edgeFields;  ///< declared by the file, in its order
    QList<NodeRecord> nodes;
    QList<EdgeRecord> edges;
    QStringList warnings;
    int clampedWeights = 0;
    int positioned = 0;       ///< nodes given a position by a GraphML or GEXF file
    double positionScale = 1; ///< how much those positions were scaled (1: as in the file)
};

/// Where a graph file's positions go: Gephi (GEXF viz:position, GraphML x/y keys) counts y
/// upwards, Maillage's map (like yEd) downwards, so those are mirrored; a layout drawn at
/// another scale than Maillage's (NetworkX's -1…1, say) is scaled, its shape kept, so that
/// linked actors sit about layout::kIdealDistance apart (not a file Maillage wrote, whose
/// positions are Maillage's: `scale` false). Counts the positioned nodes.
void placeGraphNodes(SourceGraph &graph, bool scale);

/// How a reader maps one named value; shared by the CSV and XML readers so every format
/// accepts the same column names. Returns false with `problem` set on a bad value.
enum class Dialect { Maillage, Kumu, Gephi, GraphML, Gexf, Cytoscape };
bool mapNodeValue(Dialect dialect, const QString &column, const QString &value, NodeRecord &node,
                  QString *problem);
bool mapEdgeValue(Dialect dialect, const QString &column, const QString &value, EdgeRecord &edge,
                  SourceGraph &graph, QString *problem);

/// The field a column of that name maps to (`col` is a columnKey()); Keep when unknown.
ImportField nodeFieldFor(Dialect dialect, const QString &col);
ImportField edgeFieldFor(Dialect dialect, const QString &col);
/// Stores one value into the record as `field`; `column` is the column's name for messages.
bool setNodeField(ImportField field, const QString &column, const QString &value,
                  NodeRecord &node, QString *problem);
bool setEdgeField(Dialect dialect, ImportField field, const QString &column, const QString &value,
                  EdgeRecord &edge, SourceGraph &graph, QString *problem);

/// A record's place: latitude and longitude both or neither (false with `problem` set).
bool checkLocation(const NodeRecord &node, QString *problem);

/// The GeoJSON reader (core/io/geojson_read.cpp): Points are actors, LineStrings with
/// `source` and `target` properties links.
bool readGeoJsonGraph(const QString &path, SourceGraph &graph, QString *error);

/// The XML readers (QXmlStreamReader; any DTD or entity declaration is refused).
bool readGraphml(const QString &path, SourceGraph &graph, QString *error);
bool readGexf(const QString &path, SourceGraph &graph, QString *error);
/// The Cytoscape JSON reader (`.cyjs`, NetworkX's cytoscape_data, Cytoscape.js's cy.json()).
bool readCytoscapeJson(const QString &path, SourceGraph &graph, QString *error);
/// Whether a JSON document's root holds Cytoscape elements ({"elements": {"nodes", "edges"}},
/// or a list of elements with a group or data), and not Kumu's blueprint nor Maillage's JSON.
bool isCytoscapeJson(const QJsonObject &root);

} // namespace maillage::io::detail
