#pragma once

#include "core/store/store.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The tables and columns of an open territory as the file itself declares them
// (sqlite_schema and pragma_table_info), not as schema::tables() lists them: what holds data
// in the file, whichever version or program added it. Used by erasure and pseudonymisation
// (core/privacy), which must find a person's name wherever it was written.
namespace maillage {

/// One column of a table of the open file.
struct StoredColumn
{
    QString name;
    QString declaredType;  ///< as written in CREATE TABLE / ALTER TABLE (may be empty)
    /// Part of a UNIQUE constraint or unique index (alone or with other columns): a value
    /// written there must not be one another row already has.
    bool unique = false;
};

/// One row of a table of the open file, with its rowid (every Maillage table is a rowid
/// table; for those with an INTEGER PRIMARY KEY `id`, rowid is that id).
struct StoredRow
{
    qint64 rowid = 0;
    Row values;  ///< every column; text values are QStrings whatever the declared type
};

/// Names of the tables of the open file, SQLite's own (sqlite_*) left out, in name order.
QStringList storedTables(const Store &store);

/// The columns of `table` in the open file, in their order.
QList<StoredColumn> storedColumns(const Store &store, const QString &table);

/// Every row of `table` in the open file, in rowid order.
QList<StoredRow> storedRows(const Store &store, const QString &table);

/// Sets `values` (column → value) on the row `rowid` of `table`, in the caller's
/// transaction. Columns the file's table does not have are refused.
bool updateStoredRow(Store &store, const QString &table, qint64 rowid, const Row &values,
                     QString *error = nullptr);

} // namespace maillage
