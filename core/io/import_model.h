#pragma once

// Internal to the importers: what each reader produces before it is matched against the
// territory and turned into row operations.

#include "import.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace maillage::io::detail {

/// One actor as read from a file, already mapped to Maillage's fields.
struct NodeRecord
{
    QString file;
    qint64 line = 0;
    QString key;                ///< identity inside the import (Id column, node id, or label)
    QVariantMap fields;         ///< actor columns (name, role, influence, x …) typed
    QString category;           ///< category name or code, empty when not given
    QColor color;               ///< colour from the file (viz:color), for a new category
    QStringList tags;
    QStringList extras;         ///< "Column: value" lines of unknown columns
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
    QColor color;
    QVariantMap fields;                ///< description, since, until
    QStringList extras;
};

} // namespace maillage::io::detail

// Every member is relocatable: lists of records grow by moving memory, not element by element.
Q_DECLARE_TYPEINFO(maillage::io::detail::NodeRecord, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(maillage::io::detail::EdgeRecord, Q_RELOCATABLE_TYPE);

namespace maillage::io::detail {

struct SourceGraph
{
    QList<NodeRecord> nodes;
    QList<EdgeRecord> edges;
    QStringList warnings;
    int clampedWeights = 0;
};

/// How a reader maps one named value; shared by the CSV and XML readers so every format
/// accepts the same column names. Returns false with `problem` set on a bad value.
enum class Dialect { Maillage, Kumu, Gephi, GraphML, Gexf };
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

/// The XML readers (QXmlStreamReader; any DTD or entity declaration is refused).
bool readGraphml(const QString &path, SourceGraph &graph, QString *error);
bool readGexf(const QString &path, SourceGraph &graph, QString *error);

} // namespace maillage::io::detail
