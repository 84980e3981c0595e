#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Where a person's name may be written in a territory: every value stored as text, in every
// column of every table, found from the file's own schema (core/store/storedtables.h) rather
// than from a list kept by hand, so that a column added later is searched without anyone
// remembering to add it. Erasure, pseudonymisation and the right of access all search here.
namespace maillage {

class Store;

namespace privacy {

/// One value stored as text in the open file.
struct TextCell
{
    QString table;
    qint64 rowid = 0;   ///< the row's id for tables with an id column
    QString column;
    QString rowLabel;   ///< the row's name or title, when it has one
    QString value;
    bool unique = false;  ///< the column is part of a UNIQUE constraint
};

/// Every value stored as text in the open file, table by table (in name order), row by row.
/// What is left out, and why: values that are not text — integers (ids, foreign keys,
/// flags, counts), reals (coordinates, measures) and NULL cannot hold a name; blobs are not
/// written by Maillage, and a name inside binary data could not be rewritten as text.
/// SQLite's own tables (sqlite_*) hold no user data.
QList<TextCell> textCells(const Store &store);

/// Whether `value` is a JSON object or array (snapshot contents, saved views' and
/// interviews' settings…): such values are searched and rewritten string by string, so that
/// they stay valid JSON.
bool isJsonText(const QString &value);

/// `value` with each name replaced by its replacement (pairs of name, replacement, tried in
/// order; see replaceName()). A JSON value has the replacement made inside each of its
/// strings (and keys) and is written back as valid (compact) JSON. `count` receives the
/// number of replacements; when it is 0 the value is returned unchanged.
QString replaceNames(const QString &value, const QList<QPair<QString, QString>> &replacements,
                     int *count = nullptr);

/// What a reader sees of `value`: each string of a JSON value, or the value itself.
QStringList textPieces(const QString &value);

} // namespace privacy
} // namespace maillage
