#pragma once

#include "core/document/change.h"
#include "core/domain/types.h"
#include "core/store/bulkwriter.h"
#include "core/store/postgresversions.h"
#include "core/store/repositories.h"
#include "core/store/store.h"

#include <QJsonObject>
#include <QObject>
#include <QPointF>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace maillage {

namespace postgres {
class ChangeFeed;
class ServerWatch;
}

/// The open territory: its store, its undo stack, and the signals views follow.
///
/// Every edit goes through apply(): its row operations run in one transaction that is
/// committed at once, then an undo command that can replay or revert them is pushed. If the
/// transaction fails nothing is pushed and the file is unchanged.
class Document : public QObject
{
    Q_OBJECT

public:
    /// Ids for QUndoCommand::id(): consecutive edits with the same id and the same target
    /// merge into one undo step (e.g. the steps of a spin box, or one drag).
    enum MergeId { NoMerge = -1, MergeFieldEdit = 1, MergeMove = 2 };

    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    bool create(const QString &path, const QString &territoryName, QString *error = nullptr);
    /// Opens `path`. Opened for writing, a file whose last erasure or pseudonymisation was
    /// cut short before its purge (see privacy::finishPendingPurge()) is purged first.
    bool open(const QString &path, Store::Access access = Store::Access::ReadWrite,
              QString *error = nullptr, const Store::Options &options = Store::Options());
    void close();
    /// Writes a copy to `path` and goes on working in that copy ("Save as").
    bool saveAs(const QString &path, QString *error = nullptr);

    bool isOpen() const { return m_store.isOpen(); }
    /// Read-only: the file or the role cannot write, or the shared territory's server is
    /// out of reach (see isOnline()).
    bool isReadOnly() const { return m_store.isReadOnly() || !m_online; }
    QString path() const { return m_store.path(); }
    Store &store() { return m_store; }
    const Store &store() const { return m_store; }
    QUndoStack *undoStack() { return &m_undo; }
    QString lastError() const { return m_lastError; }
    /// Whether the last open() finished the purge of an earlier erasure or pseudonymisation
    /// that had been cut short (a crash, a kill).
    bool finishedPendingPurge() const { return m_finishedPendingPurge; }
    /// Ids of the rows the last apply() inserted, in order.
    QList<qint64> lastInsertedIds() const { return m_lastInserted; }

    // Reading, typed.
    Territory territory() const;
    /// Every actor (empty on a read error: see Projections for reads that say why).
    QList<Actor> actors() const { return Projections(m_store).actors().value_or(QList<Actor>()); }
    std::optional<Actor> actor(qint64 id) const;
    QList<Link> links() const { return Projections(m_store).links().value_or(QList<Link>()); }
    std::optional<Link> link(qint64 id) const;
    QList<Category> categories() const;
    QList<LinkType> linkTypes() const;
    QList<Tag> tags() const;
    QList<Theme> themes() const;
    QList<qint64> tagsOfActor(qint64 actorId) const;
    /// Custom fields of "actor" or "link" (empty: both), by position.
    QList<CustomField> customFields(const QString &subject = QString()) const;
    std::optional<CustomField> customField(qint64 id) const;
    /// One actor's (link's) custom values: field id → stored (canonical) value.
    QHash<qint64, QString> fieldValues(const QString &subject, qint64 ownerId) const;

    // The generic edit path.
    bool apply(const QString &text, QList<RowOp> ops, int mergeId = NoMerge,
               QString *error = nullptr);
    /// An insert; `values` may use negative ids as placeholders for rows inserted earlier in
    /// the same edit (the first insert with id -1 becomes the row other ops call -1).
    RowOp insertOp(const QString &table, Row values) const;
    /// An update of `changes` on row `id`; nullopt when nothing would change.
    std::optional<RowOp> updateOp(const QString &table, qint64 id, const Row &changes) const;
    /// The deletion of rows and of everything the database would remove or clear with them;
    /// a row reached twice (a link between two deleted actors) is deleted once.
    QList<RowOp> deleteOps(const QString &table, const QList<Row> &keys) const;
    QList<RowOp> deleteOps(const QString &table, const QList<qint64> &ids) const;

    // Typed convenience edits, each one undo step.
    std::optional<qint64> addActor(const Actor &actor, const QList<qint64> &tagIds = {},
                                   QString *error = nullptr);
    bool updateRow(const QString &table, qint64 id, const Row &changes, const QString &text,
                   int mergeId = NoMerge, QString *error = nullptr);
    bool updateActor(qint64 id, const Row &changes, QString *error = nullptr);
    bool setActorTags(qint64 actorId, const QList<qint64> &tagIds, QString *error = nullptr);
    /// Deletes actors, their links and every row that goes with them (tags, field values,
    /// attendances, roles, partnerships; actions they lead lose their lead) as one typed undo
    /// step: undo writes every row back as it was, ids and times included. An id that is not
    /// an actor's changes nothing and says so.
    bool removeActors(const QList<qint64> &ids, QString *error = nullptr);
    std::optional<qint64> addLink(const Link &link, QString *error = nullptr);
    /// Deletes links and their field values as one typed undo step (as removeActors()).
    bool removeLinks(const QList<qint64> &ids, QString *error = nullptr);
    std::optional<qint64> addRow(const QString &table, const Row &values, const QString &text,
                                 QString *error = nullptr);
    bool removeRows(const QString &table, const QList<qint64> &ids, const QString &text,
                    QString *error = nullptr);
    bool updateTerritory(const Row &changes, QString *error = nullptr);

    // Typed commands for the frequent edits: they write through the store's cached
    // statements, hold typed values (no row maps), and are one undo step each.
    /// Moves actors to `to` (x, y; NaN clears a position) as one undo step titled `text`
    /// (empty: “Move “NAME”” or “Move N actors”). Actors already there are left out; true
    /// with no undo step when nothing moves. Successive moves of the same actors with
    /// `mergeId` MergeMove, a few seconds apart at most, merge into one step (a drag).
    bool moveActors(const QList<ActorPosition> &to, const QString &text = QString(),
                    int mergeId = MergeMove, QString *error = nullptr);
    /// Applies computed positions (a layout's result) as one undo step titled `text`: pinned
    /// actors that have a position keep it, positions are rounded to 0.01, unknown ids are
    /// ignored. True with no undo step when nothing moves; false with nothing changed on error.
    bool applyPositions(const QHash<qint64, QPointF> &positions, const QString &text,
                        QString *error = nullptr);
    /// Sets where actors are on the ground (WGS 84 degrees; NaN clears) and how precisely
    /// ("manual" for a place set by hand) as one undo step titled `text` (empty: “Place
    /// “NAME”” or “Place N actors”). Coordinates out of range change nothing and say so.
    struct Place
    {
        qint64 id = 0;
        double latitude = kNoPosition, longitude = kNoPosition;
        QString precision;
    };
    bool placeActors(const QList<Place> &places, const QString &text = QString(),
                     QString *error = nullptr);
    /// Renames actor `id` (one undo step “Edit “OLD””; successive renames of the same actor a
    /// few seconds apart merge, as typing does). True with no step when the name is the same.
    bool renameActor(qint64 id, const QString &name, QString *error = nullptr);
    /// Sets one or several fields of row `id` of `table` (a table with ids) as one undo step
    /// titled `text`, with updated_at when the table has it; fields already so are left out
    /// (true with no step when none changes). Successive edits of the same fields of the same
    /// row with `mergeId`, a few seconds apart, merge. A failure (the row gone, a value the
    /// file refuses) changes nothing. updateRow() on a table with ids comes here.
    bool setFields(Table table, qint64 id, const QList<QPair<Column, QVariant>> &values,
                   const QString &text, int mergeId = MergeFieldEdit, QString *error = nullptr);

    // Custom fields, each edit one undo step. A name is unique among the fields of its
    // subject, ignoring case; an edit that breaks a rule changes nothing and says why.
    std::optional<qint64> addCustomField(const CustomField &field, QString *error = nullptr);
    /// Renames, retypes, or changes the unit, choices, personal flag or position of field
    /// `field.id`. Retyping converts every stored value to the new type in the same step, and
    /// is refused (nothing changed) when a value is not one of the new type; retyping to a
    /// choice list adds the values in use to its choices.
    bool updateCustomField(const CustomField &field, QString *error = nullptr);
    /// Moves a field one place up (`delta` -1) or down (+1) among its subject's fields: one
    /// undo step; false with nothing changed at either end.
    bool moveCustomField(qint64 id, int delta, QString *error = nullptr);
    /// Deletes a field and every value of it (undo restores them).
    bool removeCustomField(qint64 id, QString *error = nullptr);
    /// Sets the value of field `fieldId` for actor (link) `ownerId` from `value` as typed (see
    /// fields::canonical()); an empty value clears it.
    bool setFieldValue(qint64 fieldId, qint64 ownerId, const QString &value,
                       QString *error = nullptr);
    bool clearFieldValue(qint64 fieldId, qint64 ownerId, QString *error = nullptr)
    {
        return setFieldValue(fieldId, ownerId, QString(), error);
    }

    /// Applies `ops` (real ids: no negative placeholders) and then `inserts` as ONE undo step,
    /// through the store's bulk writer (core/store/bulkwriter.h): the path for imports of
    /// tens of thousands of rows. Any error, or a cancel from `progress` (then `*cancelled`
    /// is set), rolls everything back and pushes nothing. Undo deletes the inserted rows by id
    /// range and reverts `ops`; redo writes them again. The change signals are emitted as
    /// for apply().
    bool applyBulk(const QString &text, QList<RowOp> ops, QList<BulkInsert> inserts,
                   QString *error = nullptr, const BulkProgress &progress = {},
                   bool *cancelled = nullptr);
    /// Runs a bulk edit forward (redo) or backward (undo) in one transaction and tells views
    /// (or, given `untold`, leaves the changes there for the caller to tell); used by its
    /// command. On a shared territory its rows are checked first (execute()): an undo or a
    /// redo against what the step left, `*stepTransaction` being the server transaction of
    /// the step's last run forward (set by a run forward).
    bool runBulk(QList<RowOp> &ops, QList<BulkInsert> &inserts, bool forward, QString *error,
                 const BulkProgress &progress = {}, bool *cancelled = nullptr,
                 qint64 *stepTransaction = nullptr, ChangeSet *untold = nullptr);

    /// Runs ops forward (redo) or backward (undo) in one transaction; used by the commands.
    bool execute(QList<RowOp> &ops, bool forward, QString *error);
    /// Work done after the row operations, in the same transaction, before it is committed
    /// (writes the row operations cannot express, e.g. by rowid in any column of the file);
    /// it adds what it changed to `changes`, which views are told of. Returning false rolls
    /// the whole transaction back.
    using InTransaction = std::function<bool(ChangeSet &changes, QString *error)>;
    bool execute(QList<RowOp> &ops, bool forward, QString *error, const InTransaction &more);
    /// On a shared territory, the rows `ops` update or delete (and `checks`) are first checked
    /// against their server versions (core/store/postgresversions.h): an edit of a row someone
    /// else changed since this client read it is refused, nothing written, and views are
    /// told the row's current state (wasStale() is then true).
    bool execute(QList<RowOp> &ops, bool forward, QString *error, const InTransaction &more,
                 const QList<postgres::RowCheck> &checks);
    /// Runs `write` in one transaction (rolled back when it returns false) and tells views
    /// what it changed; used by the typed commands, which name the rows they change in
    /// `checks`.
    bool write(const InTransaction &write, QString *error,
               const QList<postgres::RowCheck> &checks = {});
    /// Whether the last edit, undo or redo was refused because someone else had changed its
    /// rows (a shared territory). An undo or redo so refused leaves the history.
    bool wasStale() const { return m_stale; }
    /// On a shared territory, the server transaction of this document's last committed edit
    /// (what the server's announcements and row versions name); 0 for a file.
    qint64 lastServerTransaction() const { return m_versions.lastOwn(); }
    /// Marks edits run while it lives as undo (or redo) of this client's own steps: they are
    /// checked against what the steps left in the rows, not against what the client read.
    class Replay
    {
    public:
        Replay(Document *doc, bool undo) : m_doc(doc) { doc->m_replay = undo ? 2 : 1; }
        ~Replay() { m_doc->m_replay = 0; }
        Replay(const Replay &) = delete;
        Replay &operator=(const Replay &) = delete;

    private:
        Document *m_doc;
    };

    /// On a shared territory, follows the edits others commit (the server's announcements,
    /// core/store/postgreswatch.h): each is told to views through changed() and the other
    /// signals, as the document's own edits are, and through editedByOthers(). Needs an
    /// event loop; stops at close. False with `error` when the server cannot be listened to;
    /// true with nothing to follow for a file.
    bool followOthers(QString *error = nullptr);

    // The connection to a shared territory's server (core/document/document_shared.cpp).
    // Once followOthers() is called, a watch on a thread of its own asks the server every
    // heartbeat whether it answers. When it stops: connectionChanged(false) at once, the
    // document is read-only and every edit is refused (“Not saved…”, nothing pushed on the
    // undo stack); the watch tries again after each retry delay (the last one repeats). When
    // it answers again: the territory is opened again, read again by every view (opened() is
    // emitted with isReconnecting() true), followed again, and connectionChanged(true).
    /// False while a shared territory's server is out of reach; always true for a file.
    bool isOnline() const { return m_online; }
    /// Whether opened() is being emitted for a reconnection (the same territory read again).
    bool isReconnecting() const { return m_reconnecting; }
    /// The watch's timing in ms (the defaults: 1000; 250, 500, 1000, 2000, 4000, 8000).
    /// Takes effect at the next followOthers().
    void setConnectionTiming(int heartbeat, const QList<int> &retryDelays);

signals:
    /// Edits committed by others on a shared territory (after followOthers()): who (their
    /// server role) and what; changed() is emitted with the same changes.
    void editedByOthers(const QString &author, const maillage::ChangeSet &changes);
    void opened();
    /// A shared territory's server stopped answering (false) or answers again and the
    /// territory was read again (true). See isOnline().
    void connectionChanged(bool online);
    void aboutToClose();
    void closed();
    /// After every committed edit, undo and redo.
    void changed(const maillage::ChangeSet &changes);
    void actorsInserted(const QList<qint64> &ids);
    void actorsUpdated(const QList<qint64> &ids);
    void actorsRemoved(const QList<qint64> &ids);
    void linksInserted(const QList<qint64> &ids);
    void linksUpdated(const QList<qint64> &ids);
    void linksRemoved(const QList<qint64> &ids);
    /// An undo or redo could not be written (disk full, file removed…).
    void failed(const QString &message);

private:
    void emitChanges(const ChangeSet &changes);
    void othersChanged(const QJsonObject &change);
    void refuseStale(const postgres::Conflict &conflict, QString *error);
    bool refusedAsGone(const QString &table, qint64 id, QString *error);
    // document_shared.cpp
    bool refuseOffline(QString *error);
    void editFailed(QString *error);
    void goOffline();
    QString offlineMessage() const;
    /// Opens every public edit: refuses it while the server is out of reach (refused()); when
    /// the edit met a dead connection meanwhile, its error becomes the same "not saved" line
    /// and the document goes offline at once (the destructor).
    class EditGuard
    {
    public:
        EditGuard(Document *doc, QString *error);
        ~EditGuard();
        EditGuard(const EditGuard &) = delete;
        EditGuard &operator=(const EditGuard &) = delete;
        bool refused() const { return m_refused; }

    private:
        Document *m_doc;
        QString *m_error;
        bool m_refused;
    };
    void startWatching();
    void stopWatching();
    void serverReachable(bool up);
    std::unique_ptr<postgres::ServerWatch> m_watch;
    bool m_online = true;
    bool m_reconnecting = false;
    int m_heartbeat = 1000;
    QList<int> m_retryDelays{250, 500, 1000, 2000, 4000, 8000};
    Store::Access m_access = Store::Access::ReadWrite;
    Store m_store;
    postgres::RowVersions m_versions;
    int m_replay = 0;  ///< 0: a new edit; 1: a redo; 2: an undo (Replay)
    bool m_stale = false;
    std::unique_ptr<postgres::ChangeFeed> m_feed;
    ChangeSet m_othersPending;
    QString m_othersAuthor;
    QUndoStack m_undo;
    QString m_lastError;
    QList<qint64> m_lastInserted;
    bool m_finishedPendingPurge = false;
};

} // namespace maillage
