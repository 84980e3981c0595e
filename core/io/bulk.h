#pragma once

#include "document/change.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace maillage {
class Document;
}

namespace maillage::io {

/// Many new rows of one table (with an integer `id` key), with their ids chosen in advance:
/// row i gets `firstId + i`. The rows are kept compactly, without a map per row: each row has
/// a mask of the columns it sets (bit c = column c of schema::table(table)->columns, `id`
/// never set) and its values in column order, row after row, in `values`: numbers in place,
/// text as a slice of `text` (UTF-8, the database's encoding, bound without conversion).
struct BulkInsert
{
    struct Value
    {
        enum Kind : quint8 { Null, Integer, Real, Text };
        Kind kind = Null;
        quint32 size = 0;  ///< Text: its length in bytes
        qint64 data = 0;   ///< Integer: the value; Real: its bits; Text: its offset in `text`
    };

    QString table;
    qint64 firstId = 0;
    QList<quint64> masks;
    QList<Value> values;
    QByteArray text;

    qsizetype size() const { return masks.size(); }
    /// Appends one value (integers, booleans, reals, text; anything else as its text).
    void append(const QVariant &value);
};

/// Called while a bulk edit is written: rows done and the total; returns false to cancel,
/// which rolls the transaction back (nothing is written). Also called, with the same counts,
/// while the indexes are rebuilt and the foreign keys checked, so a user interface stays
/// responsive and can still cancel then.
using BulkProgress = std::function<bool(qint64 done, qint64 total)>;

/// Applies `ops` (the same row operations Document::apply takes, but with real ids: no
/// negative placeholders) and then `inserts` as ONE undo step, in one transaction, through
/// prepared statements reused for every row of a table: the path for imports of tens of
/// thousands of rows, where the generic path's per-row statement preparation and maps
/// dominate. Foreign keys are checked once for the whole batch before the commit; any error,
/// or a cancel from `progress` (then `*cancelled` is set), rolls everything back. Undo
/// deletes the inserted rows by id range and reverts `ops`; redo writes them again. The
/// document's change signals are emitted as usual.
bool bulkApply(Document &doc, const QString &text, QList<RowOp> ops, QList<BulkInsert> inserts,
               QString *error, const BulkProgress &progress = {}, bool *cancelled = nullptr);

/// A row of the territory imported from a GraphML or GEXF file: its id, the file's name and
/// the node's (edge's) id in it.
struct ImportIdentity
{
    qint64 id = 0;
    QString source, key;
};
/// Every actor (`table` "actor") or link ("link") that has an import identity.
QList<ImportIdentity> importIdentities(Document &doc, const QString &table);

} // namespace maillage::io
