#pragma once
// The store's bulk writer: the path for imports of tens of thousands of rows. It is part of
// the one edit engine: Document::applyBulk() runs it inside an undo command and emits the
// change signals (docs/architecture.md, "How an edit travels").

#include "core/store/changeset.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace maillage {

class Store;

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
    /// Row `r`'s values by column name, its id included, decoded (text as QString). Walks
    /// the rows before it: for a message or a check of a few rows, never for writing.
    Row row(qsizetype r) const;
};

/// Called while a bulk edit is written: rows done and the total; returns false to cancel,
/// which rolls the transaction back (nothing is written). Also called, with the same counts,
/// while the indexes are rebuilt and the foreign keys checked, so a user interface stays
/// responsive and can still cancel then.
using BulkProgress = std::function<bool(qint64 done, qint64 total)>;

/// Runs row operations (with real ids: no negative placeholders) and bulk inserts in one
/// transaction of `store`, through the store's raw statement cache (one statement per table,
/// kind and set of columns, reused for every row). Forward: the operations, then the
/// inserts; backward (undo): the inserts deleted by id range, then the operations reverted.
/// Foreign keys are checked once for the whole batch before the commit; any error, or a
/// cancel from `progress` (then cancelled() is true), rolls everything back. What was
/// written is added to `changes`; emitting it is the document's job.
class BulkWriter
{
public:
    BulkWriter(Store &store, const BulkProgress &progress = {});
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;
    bool run(QList<RowOp> &ops, QList<BulkInsert> &inserts, bool forward, ChangeSet &changes,
             QString *error);
    bool cancelled() const;
    /// On a shared territory: `before` runs inside the transaction before anything is
    /// written (the version check of core/store/postgresversions.h), `after` once everything
    /// is, before the commit (noting the transaction); either one returning false rolls
    /// everything back with its error. A file has no versions: they are not called there.
    using InTransaction = std::function<bool(QString *error)>;
    void setSharedChecks(InTransaction before, InTransaction after);

private:
    class Executor;
    std::unique_ptr<Executor> d;
    Store &m_store;
    BulkProgress m_progress;
    bool m_sharedCancelled = false;
    InTransaction m_before, m_after;
};

} // namespace maillage
