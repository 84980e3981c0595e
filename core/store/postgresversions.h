#pragma once

#include "core/store/bulkwriter.h"
#include "core/store/store.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace maillage::postgres {

/// One row an edit is about to change (docs/shared-territories.md, "Stale edits").
struct RowCheck
{
    QString table;  ///< a table with ids
    qint64 id = 0;
    /// Undo and redo only: what the row must still hold (the values this client's command
    /// left there); a new edit is checked against what this client has been told instead.
    Row expected;
    /// Undo of a deletion, redo of an insertion: the row must still be absent.
    bool mustBeGone = false;
    /// Its name as this client knows it, for the message when the row is gone.
    QString name;
};

/// Someone else's change that makes an edit stale.
struct Conflict
{
    QString table;
    qint64 id = 0;
    QString by;           ///< their server role ("" when not known)
    QString op;           ///< update or delete
    QStringList columns;  ///< an update's columns
    qint64 tx = 0;        ///< their transaction
    QString name;         ///< the row's name (its current one when it is still there)
    QString nowReads;     ///< the current name when they changed it
};

/// Row versions of a shared territory, as one client knows them. The server keeps, per row of
/// every table with ids, the transaction that last wrote it and its author (the table
/// `maillage_row`, written by the announcing trigger; publish makes both). A client has read
/// a row's last change when the change was in the server's snapshot when it opened, or was
/// made by this client, or was announced to it (the feed) or shown to it (a refusal). A new
/// edit of a row whose last change it has not read is refused; an undo or a redo of a row
/// whose last change is someone else's, or that no longer holds what the command left there,
/// is refused too. Nothing is checked in a file, or on a territory published without versions.
class RowVersions
{
public:
    /// At open: whether the territory keeps versions; the server's snapshot.
    bool start(Store &store, QString *error);
    void stop();
    bool active() const { return m_active; }

    /// Inside the edit's transaction, before it writes: locks the rows (in id order) and
    /// checks each. nullopt when none is stale; false in `ok` when a query failed (`error`).
    std::optional<Conflict> check(Store &store, const QList<RowCheck> &rows, bool replay,
                                  bool *ok, QString *error);
    /// The same for the rows a bulk step (an import) inserted, by id range, inside the undo's
    /// or redo's transaction. Undo (`undo`): every row must still be there as the step left
    /// it: last written by `stepTx` (the step's last run), or by this client with the step's
    /// values; the rows are locked in id order. Redo: none may be there.
    std::optional<Conflict> checkInserted(Store &store, const QList<BulkInsert> &inserts,
                                          qint64 stepTx, bool undo, bool *ok, QString *error);
    /// Inside the edit's transaction, after it wrote: its transaction id, counted as this
    /// client's own once committed().
    bool noteTransaction(Store &store, QString *error);
    void committed();
    /// The server transaction of this client's last committed edit (0 before any).
    qint64 lastOwn() const { return m_last; }
    void rolledBack() { m_pending = 0; }

    /// A change by another client, now told to views.
    void seen(const QString &table, qint64 id, qint64 tx);

    /// One translated line: who changed what, and that nothing was saved (or, for `replay`,
    /// that the step left the history).
    static QString message(const Conflict &conflict, bool replay, bool undo);

private:
    bool m_active = false;
    QString m_snapshot;  ///< txid_current_snapshot() at open
    QSet<qint64> m_own;
    qint64 m_pending = 0;
    qint64 m_last = 0;
    QHash<QPair<QString, qint64>, qint64> m_known;  ///< others' changes read
};

} // namespace maillage::postgres
