#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;

namespace maillage {

/// `PRAGMA application_id` of every .maillage file: the bytes "MAIL" read as a big-endian int.
inline constexpr int kApplicationId = 0x4D41494C;

/// Schema version written by this build (`PRAGMA user_version`).
inline constexpr int kSchemaVersion = 5;

/// How a row that references a deleted row reacts; mirrors the SQL `ON DELETE` clause so that
/// undo can restore what the database removed or cleared by itself.
enum class OnDelete { Cascade, SetNull };

/// A column of one table that references another table's `id`.
struct ForeignKey
{
    QString table;        ///< the referencing (child) table
    QString column;       ///< its column holding the parent's id
    QString parentTable;  ///< the referenced table
    OnDelete onDelete;
};

/// What the generic row layer needs to know about one table.
struct TableInfo
{
    QString name;
    QStringList key;      ///< primary key columns: {"id"} or the columns of a join table
    QStringList columns;  ///< every column, key included, in declaration order
    bool hasId() const { return key.size() == 1 && key.first() == QLatin1String("id"); }
};

/// One step from schema version `from` to `from + 1`.
struct Migration
{
    int from;
    std::function<bool(QSqlDatabase &, QString *error)> apply;
};

namespace schema {

/// SQL statements that create the current schema on an empty database.
QStringList createStatements();

/// Every table of the current schema.
const QList<TableInfo> &tables();
const TableInfo *table(const QString &name);

/// Every foreign key pointing at `parentTable`.
QList<ForeignKey> referencing(const QString &parentTable);

/// The migrations shipped with this build: 1 -> 2 adds the workshop tables; 2 -> 3 the
/// pending purge, the import keys of actors and links, link weights, and custom fields; 3 -> 4
/// public statistics (table `statistic`) and the territory's EPCI; 4 -> 5 actors' places
/// (latitude, longitude, precision), indicators' baseline source, and erased imports.
QList<Migration> migrations();

} // namespace schema
} // namespace maillage
