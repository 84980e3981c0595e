#pragma once

// Internal to core/document (included only by core/document/document*.cpp): the undo
// commands Document pushes, typed (positions, a name, fields, a new actor or link, a
// deletion) or as row operations, and the helpers they share with Document. Each command
// runs its edit through Document::write or Document::execute, one transaction each.

#include "core/document/document.h"

#include <QElapsedTimer>
#include <QUndoCommand>

#include <variant>

namespace maillage::detail {

#ifndef K
#define K(name) QStringLiteral(name)
#endif

/// Runs row operations forward or backward inside the caller's transaction (no begin, no
/// commit), adding what they change to `changes` and the ids of new rows to `inserted`.
bool runRowOps(Store &store, QList<RowOp> &ops, bool forward, ChangeSet &changes,
               QString *error, QList<qint64> *inserted);
/// The columns of an actor's or a link's row that its struct does not hold, kept by a typed
/// deletion so that undo writes the row back exactly.
const QList<Column> &keptColumns();
/// The rows `ops` change, run `forward` or back, for the version check: for a new edit, the
/// rows it updates or deletes; for an undo or redo, every row with what it must still hold.
/// A row is named once, by the first operation that reaches it (the one that sees it as it is).
QList<postgres::RowCheck> checksOf(const QList<RowOp> &ops, bool forward, bool replay);

/// Runs an undo (`undo`) or a redo of `command` as a replay of this client's own step
/// (Document::Replay). When it is refused because someone else changed the rows since, the
/// step leaves the history (QUndoStack deletes an obsolete command), so that their change
/// stays and the steps left are still in order; any refusal is told through failed().
template <class Run> void replayStep(QUndoCommand *command, Document *doc, bool undo, Run run)
{
    QString error;
    const Document::Replay replay(doc, undo);
    if (!run(&error)) {
        if (doc->wasStale())
            command->setObsolete(true);
        emit doc->failed(error);
    }
}

/// The undo step of one edit: the row operations it ran.
class RowOpsCommand : public QUndoCommand
{
public:
    RowOpsCommand(Document *doc, const QString &text, QList<RowOp> ops, int mergeId)
        : QUndoCommand(text), m_doc(doc), m_ops(std::move(ops)), m_mergeId(mergeId)
    {
        m_time.start();
    }

    void redo() override
    {
        // The edit already ran before the command was pushed.
        if (m_first) {
            m_first = false;
            return;
        }
        run(true);
    }
    void undo() override { run(false); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const RowOpsCommand *>(other);
        if (!o)
            return false;
        // Merge only single updates of the same columns of the same row, made in a burst.
        if (m_ops.size() != 1 || o->m_ops.size() != 1 || m_time.elapsed() > 3000)
            return false;
        const RowOp &a = m_ops.first();
        const RowOp &b = o->m_ops.first();
        if (a.kind != RowOp::Update || b.kind != RowOp::Update || a.table != b.table ||
            a.after.value(K("id")) != b.after.value(K("id")) ||
            QSet<QString>(a.after.keyBegin(), a.after.keyEnd()) !=
                QSet<QString>(b.after.keyBegin(), b.after.keyEnd()))
            return false;
        m_ops.first().after = b.after;
        m_time.start();
        return true;
    }

private:
    void run(bool forward)
    {
        replayStep(this, m_doc, !forward, [&](QString *error) {
            return m_doc->execute(m_ops, forward, error);
        });
    }

    Document *m_doc;
    QList<RowOp> m_ops;
    int m_mergeId;
    bool m_first = true;
    QElapsedTimer m_time;
};

/// Moves of actors: their positions and updated_at before and after, typed.
class PositionsCommand : public QUndoCommand
{
public:
    PositionsCommand(Document *doc, const QString &text, QList<ActorPosition> before,
                     QList<QString> beforeStamps, QList<ActorPosition> after,
                     QList<QString> afterStamps, int mergeId)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)),
          m_beforeStamps(std::move(beforeStamps)), m_after(std::move(after)),
          m_afterStamps(std::move(afterStamps)), m_mergeId(mergeId)
    {
        m_time.start();
    }
    void redo() override
    {
        if (std::exchange(m_first, false))
            return;  // the edit ran before the command was pushed
        run(m_after, m_afterStamps, m_before, false);
    }
    void undo() override { run(m_before, m_beforeStamps, m_after, true); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const PositionsCommand *>(other);
        if (!o || m_time.elapsed() > 3000 || o->m_after.size() != m_after.size())
            return false;
        for (int i = 0; i < m_after.size(); ++i)
            if (m_after.at(i).id != o->m_after.at(i).id)
                return false;
        m_after = o->m_after;
        m_afterStamps = o->m_afterStamps;
        m_time.start();
        return true;
    }
    static bool write(Document *doc, const QList<ActorPosition> &to, const QList<QString> &stamps,
                      QString *error, const QList<postgres::RowCheck> &checks)
    {
        return doc->write(
            [&](ChangeSet &changes, QString *why) {
                if (!Projections::writePositions(doc->store(), to, stamps, why))
                    return false;
                Change c{Table::Actor, Change::Updated, {}, {Column::Id, Column::UpdatedAt, Column::X, Column::Y}};
                for (const ActorPosition &p : to)
                    c.ids << p.id;
                changes << c;
                return true;
            },
            error, checks);
    }

private:
    void run(const QList<ActorPosition> &to, const QList<QString> &stamps,
             const QList<ActorPosition> &expected, bool undo)
    {
        QList<postgres::RowCheck> checks;
        for (const ActorPosition &p : expected)
            checks << postgres::RowCheck{QStringLiteral("actor"), p.id,
                                         {{QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y}}};
        replayStep(this, m_doc, undo, [&](QString *error) {
            return write(m_doc, to, stamps, error, checks);
        });
    }
    Document *m_doc;
    QList<ActorPosition> m_before;
    QList<QString> m_beforeStamps;
    QList<ActorPosition> m_after;
    QList<QString> m_afterStamps;
    int m_mergeId;
    bool m_first = true;
    QElapsedTimer m_time;
};

/// A new name for one actor, typed.
class RenameCommand : public QUndoCommand
{
public:
    RenameCommand(Document *doc, const QString &text, qint64 id, QString before,
                  QString beforeStamp, QString after, QString afterStamp)
        : QUndoCommand(text), m_doc(doc), m_id(id), m_before(std::move(before)),
          m_beforeStamp(std::move(beforeStamp)), m_after(std::move(after)),
          m_afterStamp(std::move(afterStamp))
    {
        m_time.start();
    }
    void redo() override
    {
        if (std::exchange(m_first, false))
            return;
        run(m_after, m_afterStamp, m_before, false);
    }
    void undo() override { run(m_before, m_beforeStamp, m_after, true); }
    int id() const override { return Document::MergeFieldEdit; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const RenameCommand *>(other);
        if (!o || o->m_id != m_id || m_time.elapsed() > 3000)
            return false;
        m_after = o->m_after;
        m_afterStamp = o->m_afterStamp;
        m_time.start();
        return true;
    }
    static bool write(Document *doc, qint64 id, const QString &name, const QString &stamp,
                      QString *error, const QList<postgres::RowCheck> &checks)
    {
        return doc->write(
            [&](ChangeSet &changes, QString *why) {
                if (!Projections::writeName(doc->store(), id, name, stamp, why))
                    return false;
                changes << Change{Table::Actor, Change::Updated, {id},
                                  {Column::Id, Column::Name, Column::UpdatedAt}};
                return true;
            },
            error, checks);
    }

private:
    void run(const QString &name, const QString &stamp, const QString &expected, bool undo)
    {
        replayStep(this, m_doc, undo, [&](QString *error) {
            return write(m_doc, m_id, name, stamp, error,
                         {postgres::RowCheck{QStringLiteral("actor"), m_id,
                                             {{QStringLiteral("name"), expected}}, false, expected}});
        });
    }
    Document *m_doc;
    qint64 m_id;
    QString m_before, m_beforeStamp, m_after, m_afterStamp;
    bool m_first = true;
    QElapsedTimer m_time;
};

/// One or several fields of one row (an actor's, a link's…), typed by column: their values
/// before and after. Successive edits of the same fields of the same row with the same merge
/// id, a few seconds apart, merge (typing in a field, a spin box).
class FieldsCommand : public QUndoCommand
{
public:
    FieldsCommand(Document *doc, const QString &text, Table table, qint64 id,
                  QList<Column> columns, QVariantList before, QVariantList after, int mergeId)
        : QUndoCommand(text), m_doc(doc), m_table(table), m_id(id), m_columns(std::move(columns)),
          m_before(std::move(before)), m_after(std::move(after)), m_mergeId(mergeId)
    {
        m_time.start();
    }
    void redo() override
    {
        if (std::exchange(m_first, false))
            return;
        run(m_after, m_before, false);
    }
    void undo() override { run(m_before, m_after, true); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const FieldsCommand *>(other);
        if (!o || o->m_table != m_table || o->m_id != m_id || o->m_columns != m_columns ||
            m_time.elapsed() > 3000)
            return false;
        m_after = o->m_after;
        m_time.start();
        return true;
    }
    static bool write(Document *doc, Table table, qint64 id, const QList<Column> &columns,
                      const QVariantList &values, QString *error,
                      const QList<postgres::RowCheck> &checks)
    {
        return doc->write(
            [&](ChangeSet &changes, QString *why) {
                if (!Projections::writeFields(doc->store(), table, id, columns, values, why))
                    return false;
                Change c{table, Change::Updated, {id}, {Column::Id}};
                for (Column col : columns)
                    c.columns.insert(col);
                changes << c;
                return true;
            },
            error, checks);
    }

private:
    void run(const QVariantList &values, const QVariantList &expected, bool undo)
    {
        Row expect;
        for (int i = 0; i < m_columns.size(); ++i)
            expect.insert(columnName(m_columns.at(i)), expected.value(i));
        replayStep(this, m_doc, undo, [&](QString *error) {
            return write(m_doc, m_table, m_id, m_columns, values, error,
                         {postgres::RowCheck{tableName(m_table), m_id, expect}});
        });
    }
    Document *m_doc;
    Table m_table;
    qint64 m_id;
    QList<Column> m_columns;
    QVariantList m_before, m_after;
    int m_mergeId;
    bool m_first = true;
    QElapsedTimer m_time;
};

/// A new actor (with its tags) or a new link, typed; undo deletes it, redo writes it again
/// under the same id.
class CreateCommand : public QUndoCommand
{
public:
    CreateCommand(Document *doc, const QString &text, std::variant<Actor, Link> row,
                  QList<qint64> tags, QString stamp)
        : QUndoCommand(text), m_doc(doc), m_row(std::move(row)), m_tags(std::move(tags)),
          m_stamp(std::move(stamp))
    {
    }
    void redo() override
    {
        if (std::exchange(m_first, false))
            return;
        replayStep(this, m_doc, false, [&](QString *error) {
            return create(m_doc, m_row, m_tags, m_stamp, error, {check(true)});
        });
    }
    void undo() override
    {
        replayStep(this, m_doc, true, [&](QString *error) {
            return remove(error);
        });
    }
    /// Writes the row (its id set in `row` when new) and its tags in one transaction.
    static bool create(Document *doc, std::variant<Actor, Link> &row, const QList<qint64> &tags,
                       const QString &stamp, QString *error,
                       const QList<postgres::RowCheck> &checks = {})
    {
        return doc->write(
            [&](ChangeSet &changes, QString *why) {
                Store &store = doc->store();
                if (auto *a = std::get_if<Actor>(&row)) {
                    const auto id = Projections::insertActor(store, *a, stamp, why);
                    if (!id)
                        return false;
                    a->id = *id;
                    changes << Change{Table::Actor, Change::Inserted, {*id}, {}};
                    if (!tags.isEmpty()) {
                        Change c{Table::ActorTag, Change::Inserted, {}, {}};
                        for (qint64 tag : tags) {
                            if (!store.insertRow(QStringLiteral("actor_tag"),
                                                 {{QStringLiteral("actor_id"), *id},
                                                  {QStringLiteral("tag_id"), tag}},
                                                 why))
                                return false;
                            c.ids << *id;
                        }
                        changes << c;
                    }
                    return true;
                }
                Link &l = std::get<Link>(row);
                const auto id = Projections::insertLink(store, l, stamp, why);
                if (!id)
                    return false;
                l.id = *id;
                changes << Change{Table::Link, Change::Inserted, {*id}, {}};
                return true;
            },
            error, checks);
    }

private:
    /// The row as this command left it: absent (before a redo) or there (before an undo).
    postgres::RowCheck check(bool gone) const
    {
        if (const auto *a = std::get_if<Actor>(&m_row))
            return {QStringLiteral("actor"), a->id, gone ? Row() : Row{{QStringLiteral("name"), a->name}},
                    gone, a->name};
        return {QStringLiteral("link"), std::get<Link>(m_row).id, {}, gone, {}};
    }
    bool remove(QString *error)
    {
        return m_doc->write(
            [&](ChangeSet &changes, QString *why) {
                Store &store = m_doc->store();
                if (const auto *a = std::get_if<Actor>(&m_row)) {
                    if (!m_tags.isEmpty()) {
                        Change c{Table::ActorTag, Change::Removed, {}, {}};
                        for (qint64 tag : m_tags) {
                            if (!store.deleteRow(QStringLiteral("actor_tag"),
                                                 {{QStringLiteral("actor_id"), a->id},
                                                  {QStringLiteral("tag_id"), tag}},
                                                 why))
                                return false;
                            c.ids << a->id;
                        }
                        changes << c;
                    }
                    if (!Projections::deleteRow(store, Table::Actor, a->id, why))
                        return false;
                    changes << Change{Table::Actor, Change::Removed, {a->id}, {}};
                    return true;
                }
                const qint64 id = std::get<Link>(m_row).id;
                if (!Projections::deleteRow(store, Table::Link, id, why))
                    return false;
                changes << Change{Table::Link, Change::Removed, {id}, {}};
                return true;
            },
            error, {check(false)});
    }
    Document *m_doc;
    std::variant<Actor, Link> m_row;
    QList<qint64> m_tags;
    QString m_stamp;
    bool m_first = true;
};

/// What a deletion removes: whole actors and links, typed (with the columns of keptColumns()),
/// and the rows of other tables that go with them as row operations (deleted, or their
/// reference cleared), in the order they are deleted.
struct Deletion
{
    QList<Actor> actors;
    QList<QVariantList> actorsKept;
    QList<Link> links;
    QList<QVariantList> linksKept;
    QList<RowOp> dependents;
};

/// The undo step of deleting actors and links, typed: redo deletes the dependent rows, the
/// links and the actors; undo writes the actors and links back under their ids, then the
/// dependent rows. Deletions do not merge: each is one step, undone as a whole.
class DeleteCommand : public QUndoCommand
{
public:
    DeleteCommand(Document *doc, const QString &text, Deletion deletion)
        : QUndoCommand(text), m_doc(doc), m_deletion(std::move(deletion))
    {
    }
    void redo() override
    {
        if (std::exchange(m_first, false))
            return;  // the edit ran before the command was pushed
        replayStep(this, m_doc, false, [&](QString *error) {
            return remove(m_doc, m_deletion, error, true);
        });
    }
    void undo() override
    {
        replayStep(this, m_doc, true, [&](QString *error) {
            return restore(error);
        });
    }
    /// The rows a deletion changes, for a shared territory's version check: a new deletion
    /// (or its redo) reaches the actors, links and dependent rows as they are; its undo
    /// needs the actors and links still gone.
    static QList<postgres::RowCheck> checks(const Deletion &d, bool undo, bool replay)
    {
        QList<postgres::RowCheck> out;
        for (const Actor &a : d.actors)
            out << postgres::RowCheck{QStringLiteral("actor"), a.id, {}, undo, a.name};
        for (const Link &l : d.links)
            out << postgres::RowCheck{QStringLiteral("link"), l.id, {}, undo, QString()};
        return out + checksOf(d.dependents, !undo, replay);
    }
    static bool remove(Document *doc, Deletion &d, QString *error, bool replay = false)
    {
        return doc->write(
            [&](ChangeSet &changes, QString *why) {
                if (!runRowOps(doc->store(), d.dependents, true, changes, why, nullptr))
                    return false;
                Store &store = doc->store();
                if (!d.links.isEmpty()) {
                    Change c{Table::Link, Change::Removed, {}, {}};
                    for (const Link &l : std::as_const(d.links)) {
                        if (!Projections::deleteRow(store, Table::Link, l.id, why))
                            return false;
                        c.ids << l.id;
                    }
                    changes << c;
                }
                if (!d.actors.isEmpty()) {
                    Change c{Table::Actor, Change::Removed, {}, {}};
                    for (const Actor &a : std::as_const(d.actors)) {
                        if (!Projections::deleteRow(store, Table::Actor, a.id, why))
                            return false;
                        c.ids << a.id;
                    }
                    changes << c;
                }
                return true;
            },
            error, checks(d, false, replay));
    }

private:
    bool restore(QString *error)
    {
        Deletion &d = m_deletion;
        return m_doc->write(
            [&](ChangeSet &changes, QString *why) {
                Store &store = m_doc->store();
                if (!d.actors.isEmpty()) {
                    Change c{Table::Actor, Change::Inserted, {}, {}};
                    for (int i = 0; i < d.actors.size(); ++i) {
                        const Actor &a = d.actors.at(i);
                        if (!Projections::insertActor(store, a, d.actorsKept.at(i).value(0).toString(), why) ||
                            !Projections::writeFields(store, Table::Actor, a.id, keptColumns(),
                                                      d.actorsKept.at(i), why))
                            return false;
                        c.ids << a.id;
                    }
                    changes << c;
                }
                if (!d.links.isEmpty()) {
                    Change c{Table::Link, Change::Inserted, {}, {}};
                    for (int i = 0; i < d.links.size(); ++i) {
                        const Link &l = d.links.at(i);
                        if (!Projections::insertLink(store, l, d.linksKept.at(i).value(0).toString(), why) ||
                            !Projections::writeFields(store, Table::Link, l.id, keptColumns(),
                                                      d.linksKept.at(i), why))
                            return false;
                        c.ids << l.id;
                    }
                    changes << c;
                }
                return runRowOps(m_doc->store(), d.dependents, false, changes, why, nullptr);
            },
            error, checks(d, true, true));
    }
    Document *m_doc;
    Deletion m_deletion;
    bool m_first = true;
};

/// The undo step of a bulk edit (an import): the store's bulk writer, forward or back. On a
/// shared territory, an undo or redo refused because someone else changed its rows since
/// leaves the history, as the other steps do (replayStep).
class BulkCommand : public QUndoCommand
{
public:
    BulkCommand(Document *doc, const QString &text, QList<RowOp> ops, QList<BulkInsert> inserts,
                qint64 serverTransaction)
        : QUndoCommand(text), m_doc(doc), m_ops(std::move(ops)), m_inserts(std::move(inserts)),
          m_tx(serverTransaction)
    {
    }
    void redo() override
    {
        if (std::exchange(m_first, false))
            return;  // the edit ran before the command was pushed
        run(true);
    }
    void undo() override { run(false); }

private:
    void run(bool forward)
    {
        replayStep(this, m_doc, !forward, [&](QString *error) {
            return m_doc->runBulk(m_ops, m_inserts, forward, error, {}, nullptr, &m_tx);
        });
    }
    Document *m_doc;
    QList<RowOp> m_ops;
    QList<BulkInsert> m_inserts;
    qint64 m_tx = 0;  ///< the server transaction of its last run forward (shared territory)
    bool m_first = true;
};

} // namespace maillage::detail
