#include "core/document/document.h"

#include "core/privacy/erasure.h"
#include "core/store/postgreswatch.h"
#include "core/store/serversession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>
#include <QSet>

#include <cmath>
#include <variant>

namespace maillage {

namespace {

#define K(name) QStringLiteral(name)

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
        QString error;
        const Document::Replay replay(m_doc, !forward);
        if (!m_doc->execute(m_ops, forward, &error)) {
            // Someone else changed the rows since: the step leaves the history (QUndoStack
            // deletes an obsolete command), so that their change stays and the steps left
            // are still in order.
            if (m_doc->wasStale())
                setObsolete(true);
            emit m_doc->failed(error);
        }
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
        QString error;
        QList<postgres::RowCheck> checks;
        for (const ActorPosition &p : expected)
            checks << postgres::RowCheck{QStringLiteral("actor"), p.id,
                                         {{QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y}}};
        const Document::Replay replay(m_doc, undo);
        if (!write(m_doc, to, stamps, &error, checks)) {
            if (m_doc->wasStale())
                setObsolete(true);
            emit m_doc->failed(error);
        }
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
        QString error;
        const Document::Replay replay(m_doc, undo);
        if (!write(m_doc, m_id, name, stamp, &error,
                   {postgres::RowCheck{QStringLiteral("actor"), m_id,
                                       {{QStringLiteral("name"), expected}}, false, expected}})) {
            if (m_doc->wasStale())
                setObsolete(true);
            emit m_doc->failed(error);
        }
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
        QString error;
        Row expect;
        for (int i = 0; i < m_columns.size(); ++i)
            expect.insert(columnName(m_columns.at(i)), expected.value(i));
        const Document::Replay replay(m_doc, undo);
        if (!write(m_doc, m_table, m_id, m_columns, values, &error,
                   {postgres::RowCheck{tableName(m_table), m_id, expect}})) {
            if (m_doc->wasStale())
                setObsolete(true);
            emit m_doc->failed(error);
        }
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
        QString error;
        const Document::Replay replay(m_doc, false);
        if (!create(m_doc, m_row, m_tags, m_stamp, &error, {check(true)})) {
            if (m_doc->wasStale())
                setObsolete(true);
            emit m_doc->failed(error);
        }
    }
    void undo() override
    {
        QString error;
        const Document::Replay replay(m_doc, true);
        if (!remove(&error)) {
            if (m_doc->wasStale())
                setObsolete(true);
            emit m_doc->failed(error);
        }
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

bool runRowOps(Store &store, QList<RowOp> &ops, bool forward, ChangeSet &changes,
               QString *error, QList<qint64> *inserted);

/// The columns of an actor's or a link's row that its struct does not hold, kept by a typed
/// deletion so that undo writes the row back exactly.
const QList<Column> &keptColumns()
{
    static const QList<Column> columns{Column::CreatedAt, Column::UpdatedAt, Column::ImportSource,
                                       Column::ImportKey};
    return columns;
}

QList<postgres::RowCheck> checksOf(const QList<RowOp> &ops, bool forward, bool replay);

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
        QString error;
        const Document::Replay replay(m_doc, false);
        if (!remove(m_doc, m_deletion, &error, true)) {
            if (m_doc->wasStale())
                setObsolete(true);
            emit m_doc->failed(error);
        }
    }
    void undo() override
    {
        QString error;
        const Document::Replay replay(m_doc, true);
        if (!restore(&error)) {
            if (m_doc->wasStale())
                setObsolete(true);
            emit m_doc->failed(error);
        }
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

/// The undo step of a bulk edit (an import): the store's bulk writer, forward or back.
class BulkCommand : public QUndoCommand
{
public:
    BulkCommand(Document *doc, const QString &text, QList<RowOp> ops, QList<BulkInsert> inserts)
        : QUndoCommand(text), m_doc(doc), m_ops(std::move(ops)), m_inserts(std::move(inserts))
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
        QString error;
        if (!m_doc->runBulk(m_ops, m_inserts, forward, &error))
            emit m_doc->failed(error);
    }
    Document *m_doc;
    QList<RowOp> m_ops;
    QList<BulkInsert> m_inserts;
    bool m_first = true;
};

bool samePosition(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

qint64 firstKey(const QString &table, const Row &row)
{
    const TableInfo *info = schema::table(table);
    return row.value(info->key.first()).toLongLong();
}

bool isIdColumn(const QString &c)
{
    return c == QLatin1String("id") || c.endsWith(QLatin1String("_id"));
}

/// Runs row operations forward or backward inside the caller's transaction (no begin, no
/// commit), adding what they change to `changes` and the ids of new rows to `inserted`.
bool runRowOps(Store &store, QList<RowOp> &ops, bool forward, ChangeSet &changes,
               QString *error, QList<qint64> *inserted)
{
    QString why;
    QHash<qint64, qint64> placeholders;  // -n → id of the n-th new row
    qint64 nextPlaceholder = -1;
    auto resolve = [&](Row &r) {
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (!isIdColumn(it.key()) || it.value().isNull())
                continue;
            const qint64 v = it.value().toLongLong();
            if (v < 0 && placeholders.contains(v))
                it.value() = placeholders.value(v);
        }
    };
    auto note = [&](const QString &name, Change::Kind kind, qint64 id, const Row &cols) {
        const Table table = tableOf(name);
        if (!changes.isEmpty() && changes.last().table == table && changes.last().kind == kind) {
            changes.last().ids << id;
        } else {
            changes << Change{table, kind, {id}, {}};
        }
        if (kind == Change::Updated)
            for (auto it = cols.keyBegin(); it != cols.keyEnd(); ++it)
                changes.last().columns.insert(columnOf(*it));
    };

    bool ok = true;
    const int n = int(ops.size());
    for (int step = 0; ok && step < n; ++step) {
        RowOp &op = ops[forward ? step : n - 1 - step];
        const TableInfo *info = schema::table(op.table);
        RowOp::Kind kind = op.kind;
        if (!forward)
            kind = kind == RowOp::Insert ? RowOp::Delete
                   : kind == RowOp::Delete ? RowOp::Insert
                                           : RowOp::Update;
        switch (kind) {
        case RowOp::Insert: {
            Row &values = forward ? op.after : op.before;
            resolve(values);
            const bool isNew = info->hasId() && !values.contains(K("id"));
            const auto id = store.insertRow(op.table, values, &why);
            ok = id.has_value();
            if (ok && isNew) {
                values.insert(K("id"), *id);
                placeholders.insert(nextPlaceholder--, *id);
                if (inserted)
                    *inserted << *id;
            }
            if (ok)
                note(op.table, Change::Inserted, firstKey(op.table, values), {});
            break;
        }
        case RowOp::Delete: {
            const Row &values = forward ? op.before : op.after;
            Row key;
            for (const QString &c : info->key)
                key.insert(c, values.value(c));
            ok = store.deleteRow(op.table, key, &why);
            if (ok)
                note(op.table, Change::Removed, firstKey(op.table, values), {});
            break;
        }
        case RowOp::Update: {
            Row &values = forward ? op.after : op.before;
            resolve(values);
            Row key;
            for (const QString &c : info->key)
                key.insert(c, values.value(c));
            ok = store.updateRow(op.table, key, values, &why);
            if (ok)
                note(op.table, Change::Updated, firstKey(op.table, values), values);
            break;
        }
        }
    }
    if (!ok && error)
        *error = why;
    return ok;
}

} // namespace

Document::Document(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<maillage::ChangeSet>();
}

Document::~Document()
{
    close();
}

bool Document::create(const QString &path, const QString &territoryName, QString *error)
{
    close();
    if (!m_store.create(path, territoryName, error))
        return false;
    emit opened();
    return true;
}

bool Document::open(const QString &path, Store::Access access, QString *error,
                    const Store::Options &options)
{
    close();
    m_finishedPendingPurge = false;
    m_access = access;
    if (!m_store.open(path, access, error, options))
        return false;
    // An erasure or a pseudonymisation killed between its commit and its purge left the
    // removed data in the file's free pages and log: finish it before anything else. When the
    // purge fails again (a full disk) the file still opens, and the next open retries.
    if (!m_store.isReadOnly()) {
        QString why;
        if (!privacy::finishPendingPurge(*this, &m_finishedPendingPurge, &why))
            m_lastError = why;
    }
    // A shared territory: what this client has read starts with the server's snapshot now.
    QString why;
    if (!m_versions.start(m_store, &why)) {
        m_store.close();
        if (error)
            *error = why;
        return false;
    }
    emit opened();
    return true;
}

void Document::close()
{
    // A shared territory whose connection died is still open (see document_shared.cpp).
    if (!m_store.isOpen() && !m_store.isShared())
        return;
    emit aboutToClose();
    stopWatching();
    m_feed.reset();
    m_versions.stop();
    m_othersPending.clear();
    m_undo.clear();
    m_store.close();
    emit closed();
}

bool Document::saveAs(const QString &path, QString *error)
{
    if (!m_store.saveCopy(path, error))
        return false;
    // Commands hold ids, not connections, so the history stays valid in the copy.
    QString why;
    const QString old = m_store.path();
    emit aboutToClose();
    m_store.close();
    if (!m_store.open(path, Store::Access::ReadWrite, &why)) {
        m_store.open(old, Store::Access::ReadWrite);
        if (error)
            *error = why;
        emit opened();
        return false;
    }
    emit opened();
    return true;
}

Territory Document::territory() const
{
    return TerritoryRepository(const_cast<Store &>(m_store)).get();
}

std::optional<Actor> Document::actor(qint64 id) const
{
    return Projections(m_store).actor(id);
}

std::optional<Link> Document::link(qint64 id) const
{
    return Projections(m_store).link(id);
}

namespace {
template <class T> QList<T> ordered(const Store &store, const QString &orderBy)
{
    QList<T> out;
    for (const Row &r : store.rows(RowTraits<T>::table(), QString(), QVariant(), orderBy))
        out << RowTraits<T>::fromRow(r);
    return out;
}
} // namespace

QList<Category> Document::categories() const
{
    return ordered<Category>(m_store, K("position, id"));
}
QList<LinkType> Document::linkTypes() const
{
    return ordered<LinkType>(m_store, K("position, id"));
}
QList<Tag> Document::tags() const
{
    return ordered<Tag>(m_store, K("name"));
}
QList<Theme> Document::themes() const
{
    return ordered<Theme>(m_store, K("position, id"));
}
QList<qint64> Document::tagsOfActor(qint64 actorId) const
{
    return Relations(const_cast<Store &>(m_store)).tagsOfActor(actorId);
}

QList<CustomField> Document::customFields(const QString &subject) const
{
    return FieldRepository(m_store).list(subject);
}

std::optional<CustomField> Document::customField(qint64 id) const
{
    return FieldRepository(m_store).get(id);
}

QHash<qint64, QString> Document::fieldValues(const QString &subject, qint64 ownerId) const
{
    return FieldRepository(m_store).valuesOf(subject, ownerId);
}

RowOp Document::insertOp(const QString &table, Row values) const
{
    const TableInfo *info = schema::table(table);
    Q_ASSERT(info);
    if (info->columns.contains(K("created_at"))) {
        const QString now = nowTimestamp();
        values.insert(K("created_at"), now);
        values.insert(K("updated_at"), now);
    }
    if (info->hasId() && values.value(K("id")).toLongLong() == 0)
        values.remove(K("id"));
    return {RowOp::Insert, table, {}, values};
}

std::optional<RowOp> Document::updateOp(const QString &table, qint64 id, const Row &changes) const
{
    const auto current = m_store.row(table, id);
    if (!current)
        return std::nullopt;
    Row before{{K("id"), id}}, after{{K("id"), id}};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QVariant old = current->value(it.key());
        const bool same = old.isNull() == it.value().isNull() &&
                          (old.isNull() || old.toString() == it.value().toString());
        if (same || it.key() == QLatin1String("id"))
            continue;
        before.insert(it.key(), old);
        after.insert(it.key(), it.value());
    }
    if (after.size() == 1)
        return std::nullopt;
    if (current->contains(K("updated_at"))) {
        before.insert(K("updated_at"), current->value(K("updated_at")));
        after.insert(K("updated_at"), nowTimestamp());
    }
    return RowOp{RowOp::Update, table, before, after};
}

QList<RowOp> Document::deleteOps(const QString &table, const QList<qint64> &ids) const
{
    QList<Row> keys;
    for (qint64 id : ids)
        keys << Row{{K("id"), id}};
    return deleteOps(table, keys);
}

QList<RowOp> Document::deleteOps(const QString &table, const QList<Row> &keys) const
{
    QList<RowOp> ops;
    QSet<QString> seen;
    std::function<void(const QString &, const Row &)> collect = [&](const QString &t,
                                                                    const Row &k) {
        const TableInfo *info = schema::table(t);
        QStringList sig{t};
        for (const QString &c : info->key)
            sig << k.value(c).toString();
        if (seen.contains(sig.join(QLatin1Char('|'))))
            return;
        seen.insert(sig.join(QLatin1Char('|')));
        Row full = k;
        if (info->hasId()) {
            const auto r = m_store.row(t, k.value(K("id")).toLongLong());
            if (!r)
                return;
            full = *r;
            const qint64 id = k.value(K("id")).toLongLong();
            for (const ForeignKey &fk : schema::referencing(t)) {
                const TableInfo *child = schema::table(fk.table);
                for (const Row &c : m_store.rows(fk.table, fk.column, id)) {
                    Row ck;
                    for (const QString &kc : child->key)
                        ck.insert(kc, c.value(kc));
                    if (fk.onDelete == OnDelete::Cascade) {
                        // A join row with values beyond its key (a tower's height) is kept
                        // whole, so that undo restores it as it was.
                        collect(fk.table, child->hasId() ? ck : c);
                    } else {
                        Row before = ck, after = ck;
                        before.insert(fk.column, id);
                        after.insert(fk.column, QVariant(QMetaType(QMetaType::LongLong)));
                        ops << RowOp{RowOp::Update, fk.table, before, after};
                    }
                }
            }
        } else {
            // Join rows carry nothing but their key.
        }
        ops << RowOp{RowOp::Delete, t, full, {}};
    };
    for (const Row &key : keys)
        collect(table, key);
    return ops;
}

bool Document::execute(QList<RowOp> &ops, bool forward, QString *error)
{
    return execute(ops, forward, error, {});
}

bool Document::execute(QList<RowOp> &ops, bool forward, QString *error, const InTransaction &more)
{
    return execute(ops, forward, error, more, {});
}

namespace {

/// The rows `ops` change, run `forward` or back, for the version check: for a new edit, the
/// rows it updates or deletes; for an undo or redo, every row with what it must still hold.
/// A row is named once, by the first operation that reaches it (the one that sees it as it is).
QList<postgres::RowCheck> checksOf(const QList<RowOp> &ops, bool forward, bool replay)
{
    QList<postgres::RowCheck> out;
    QSet<QPair<QString, qint64>> seen;
    const qsizetype n = ops.size();
    for (qsizetype step = 0; step < n; ++step) {
        const RowOp &op = ops.at(forward ? step : n - 1 - step);
        const TableInfo *info = schema::table(op.table);
        if (!info || !info->hasId())
            continue;
        const Row &values = op.kind == RowOp::Insert ? op.after : op.before;
        const qint64 id = values.value(K("id")).toLongLong();
        if (id <= 0 || seen.contains({op.table, id}))
            continue;
        const QString name = op.before.value(K("name"), op.after.value(K("name"))).toString();
        if (!replay) {
            if (op.kind != RowOp::Insert)
                out << postgres::RowCheck{op.table, id, {}, false, name};
        } else if (forward) {  // redo: the row as the undo left it
            if (op.kind == RowOp::Insert)
                out << postgres::RowCheck{op.table, id, {}, true, name};
            else
                out << postgres::RowCheck{op.table, id, op.before, false, name};
        } else {  // undo: the row as the edit left it
            if (op.kind == RowOp::Delete)
                out << postgres::RowCheck{op.table, id, {}, true, name};
            else
                out << postgres::RowCheck{op.table, id, op.after, false, name};
        }
        seen.insert({op.table, id});
    }
    return out;
}

} // namespace

bool Document::refusedAsGone(const QString &table, qint64 id, QString *error)
{
    if (!m_versions.active())
        return false;
    // The row is gone: when someone else deleted it since this client read it, say who (the
    // version check of an edit that writes nothing).
    QString why;
    return !write([](ChangeSet &, QString *) { return true; }, &why,
                  {postgres::RowCheck{table, id}}) &&
           m_stale && (error ? (*error = why, true) : true);
}

void Document::refuseStale(const postgres::Conflict &conflict, QString *error)
{
    m_stale = true;
    const QString message = postgres::RowVersions::message(conflict, m_replay != 0, m_replay == 2);
    m_lastError = message;
    if (error)
        *error = message;
    // The row as it is now is what this client has read from here on, and views show it.
    m_versions.seen(conflict.table, conflict.id, conflict.tx);
    const bool gone = conflict.op == QLatin1String("delete");
    Change c{tableOf(conflict.table), gone ? Change::Removed : Change::Updated, {conflict.id}, {}};
    if (!gone) {
        c.columns.insert(Column::Id);
        for (const QString &col : conflict.columns)
            c.columns.insert(columnOf(col));
    }
    emitChanges({c});
}

bool Document::execute(QList<RowOp> &ops, bool forward, QString *error, const InTransaction &more,
                       const QList<postgres::RowCheck> &checks)
{
    m_stale = false;
    if (refuseOffline(error))
        return false;
    QString why;
    if (!m_store.begin(&why)) {
        editFailed(&why);
        if (error)
            *error = why;
        return false;
    }
    if (m_versions.active()) {
        bool ok = true;
        const auto conflict = m_versions.check(
            m_store, checks + checksOf(ops, forward, m_replay != 0), m_replay != 0, &ok, &why);
        if (conflict || !ok) {
            m_store.rollback();
            if (conflict) {
                refuseStale(*conflict, error);
            } else {
                m_lastError = why;
                if (error)
                    *error = why;
            }
            return false;
        }
    }
    m_lastInserted.clear();
    ChangeSet changes;
    bool ok = runRowOps(m_store, ops, forward, changes, &why, &m_lastInserted);
    if (ok && more)
        ok = more(changes, &why);
    if (ok)
        ok = m_versions.noteTransaction(m_store, &why);
    if (!ok || !m_store.commit(&why)) {
        m_store.rollback();
        m_versions.rolledBack();
        editFailed(&why);
        m_lastError = why;
        if (error)
            *error = why;
        return false;
    }
    m_versions.committed();
    emitChanges(changes);
    return true;
}

bool Document::followOthers(QString *error)
{
    if (!m_store.isShared())
        return true;
    if (m_feed)
        return true;
    auto feed = std::make_unique<postgres::ChangeFeed>();
    if (!feed->start(*m_store.sharedAddress(), error))
        return false;
    connect(feed.get(), &postgres::ChangeFeed::changed, this, &Document::othersChanged);
    m_feed = std::move(feed);
    startWatching();
    return true;
}

void Document::othersChanged(const QJsonObject &change)
{
    // Our own edits come back too: they were told when they were made.
    if (change.value(QLatin1String("pid")).toInteger() == m_store.serverProcessId())
        return;
    const QString op = change.value(QLatin1String("op")).toString();
    const Change::Kind kind = op == QLatin1String("insert")   ? Change::Inserted
                              : op == QLatin1String("delete") ? Change::Removed
                                                              : Change::Updated;
    const Table table = tableOf(change.value(QLatin1String("table")).toString());
    const QString author = change.value(QLatin1String("by")).toString();
    // From now on this client has read that change (views are told of it below).
    m_versions.seen(change.value(QLatin1String("table")).toString(),
                    change.value(QLatin1String("id")).toInteger(),
                    change.value(QLatin1String("tx")).toInteger());
    if (!m_othersPending.isEmpty() && author != m_othersAuthor) {
        const ChangeSet done = std::exchange(m_othersPending, {});
        emitChanges(done);
        emit editedByOthers(m_othersAuthor, done);
    }
    m_othersAuthor = author;
    if (m_othersPending.isEmpty() || m_othersPending.last().table != table ||
        m_othersPending.last().kind != kind)
        m_othersPending << Change{table, kind, {}, {}};
    Change &c = m_othersPending.last();
    c.ids << change.value(QLatin1String("id")).toInteger();
    for (const QJsonValue &column : change.value(QLatin1String("columns")).toArray())
        c.columns.insert(columnOf(column.toString()));
    // Everything the server sent in one go is told at once, on the next turn of the loop.
    if (m_othersPending.size() == 1 && c.ids.size() == 1)
        QTimer::singleShot(0, this, [this] {
            if (m_othersPending.isEmpty())
                return;
            const ChangeSet done = std::exchange(m_othersPending, {});
            emitChanges(done);
            emit editedByOthers(m_othersAuthor, done);
        });
}

void Document::emitChanges(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    emit changed(changes);
    for (const Change &c : changes) {
        if (c.table == Table::Actor) {
            if (c.kind == Change::Inserted)
                emit actorsInserted(c.ids);
            else if (c.kind == Change::Updated)
                emit actorsUpdated(c.ids);
            else
                emit actorsRemoved(c.ids);
        } else if (c.table == Table::Link) {
            if (c.kind == Change::Inserted)
                emit linksInserted(c.ids);
            else if (c.kind == Change::Updated)
                emit linksUpdated(c.ids);
            else
                emit linksRemoved(c.ids);
        }
    }
}

bool Document::runBulk(QList<RowOp> &ops, QList<BulkInsert> &inserts, bool forward,
                       QString *error, const BulkProgress &progress, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (refuseOffline(error))
        return false;
    ChangeSet changes;
    BulkWriter writer(m_store, progress);
    if (!writer.run(ops, inserts, forward, changes, error)) {
        if (cancelled)
            *cancelled = writer.cancelled();
        if (!writer.cancelled())
            editFailed(error);
        if (error)
            m_lastError = *error;
        return false;
    }
    emitChanges(changes);
    return true;
}

bool Document::applyBulk(const QString &text, QList<RowOp> ops, QList<BulkInsert> inserts,
                         QString *error, const BulkProgress &progress, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    qsizetype rows = ops.size();
    for (const BulkInsert &b : inserts)
        rows += b.size();
    if (rows == 0)
        return true;
    if (refuseOffline(error))
        return false;
    // The command is pushed before the changes are told, as apply() does: views that follow
    // them see the undo stack as it will stay.
    ChangeSet changes;
    BulkWriter writer(m_store, progress);
    if (!writer.run(ops, inserts, true, changes, error)) {
        if (cancelled)
            *cancelled = writer.cancelled();
        if (!writer.cancelled())
            editFailed(error);
        if (error)
            m_lastError = *error;
        return false;
    }
    m_undo.push(new BulkCommand(this, text, std::move(ops), std::move(inserts)));
    emitChanges(changes);
    return true;
}

bool Document::apply(const QString &text, QList<RowOp> ops, int mergeId, QString *error)
{
    if (refuseOffline(error))
        return false;
    if (ops.isEmpty())
        return true;
    if (!execute(ops, true, error))
        return false;
    m_undo.push(new RowOpsCommand(this, text, std::move(ops), mergeId));
    return true;
}

std::optional<qint64> Document::addActor(const Actor &actor, const QList<qint64> &tagIds,
                                         QString *error)
{
    if (refuseOffline(error))
        return std::nullopt;
    // A typed command: the actor's values as they are, no row map, one cached statement.
    std::variant<Actor, Link> row = actor;  // with its id when it has one, as insertOp keeps
    QList<qint64> tags;
    for (qint64 tag : tagIds)
        if (!tags.contains(tag))
            tags << tag;
    const QString stamp = nowTimestamp();
    if (!CreateCommand::create(this, row, tags, stamp, error))
        return std::nullopt;
    const qint64 id = std::get<Actor>(row).id;
    m_undo.push(new CreateCommand(this, tr("Add actor “%1”").arg(actor.name), row, tags, stamp));
    m_lastInserted = {id};
    return id;
}

bool Document::setFields(Table table, qint64 id, const QList<QPair<Column, QVariant>> &values,
                         const QString &text, int mergeId, QString *error)
{
    if (refuseOffline(error))
        return false;
    QList<Column> columns;
    for (const auto &v : values)
        if (v.first != Column::Id && !columns.contains(v.first))
            columns << v.first;
    if (columns.isEmpty())
        return true;
    const TableInfo *info = schema::table(tableName(table));
    const bool stamped = info && info->columns.contains(QStringLiteral("updated_at"));
    QList<Column> read = columns;
    if (stamped && !read.contains(Column::UpdatedAt))
        read << Column::UpdatedAt;
    QString why;
    const auto current = Projections(m_store).fields(table, id, read, &why);
    if (!current) {
        if (!refusedAsGone(tableName(table), id, error) && error)
            *error = why;
        return false;
    }
    // Only the fields whose value changes (as the generic path compares them), then the time
    // of the edit.
    QList<Column> changed;
    QVariantList before, after;
    for (const auto &v : values) {
        const qsizetype at = read.indexOf(v.first);
        if (at < 0 || v.first == Column::UpdatedAt || changed.contains(v.first))
            continue;
        const QVariant &old = current->at(at);
        const bool same = old.isNull() == v.second.isNull() &&
                          (old.isNull() || old.toString() == v.second.toString());
        if (same)
            continue;
        changed << v.first;
        before << old;
        after << v.second;
    }
    if (changed.isEmpty())
        return true;
    if (stamped) {
        changed << Column::UpdatedAt;
        before << current->at(read.indexOf(Column::UpdatedAt));
        after << nowTimestamp();
    }
    if (!FieldsCommand::write(this, table, id, changed, after, error,
                              {postgres::RowCheck{tableName(table), id}}))
        return false;
    m_undo.push(new FieldsCommand(this, text, table, id, changed, before, after, mergeId));
    return true;
}

bool Document::updateRow(const QString &table, qint64 id, const Row &changes, const QString &text,
                         int mergeId, QString *error)
{
    if (refuseOffline(error))
        return false;
    // Fields of a row with an id, all of them columns of its table: the typed command.
    const TableInfo *info = schema::table(table);
    if (info && info->hasId() && tableOf(table) != Table::Other) {
        QList<QPair<Column, QVariant>> values;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.key() == QLatin1String("id"))
                continue;
            const Column c = columnOf(it.key());
            if (c == Column::Other || !info->columns.contains(it.key())) {
                values.clear();
                break;
            }
            values << qMakePair(c, it.value());
        }
        if (!values.isEmpty())
            return setFields(tableOf(table), id, values, text, mergeId, error);
    }
    const auto op = updateOp(table, id, changes);
    if (!op)
        return true;
    return apply(text, {*op}, mergeId, error);
}

bool Document::updateActor(qint64 id, const Row &changes, QString *error)
{
    if (refuseOffline(error))
        return false;
    const auto a = actor(id);
    if (!a) {
        if (error)
            *error = tr("This actor no longer exists.");
        return false;
    }
    // The frequent edits go through their typed commands.
    if (changes.size() == 2 && changes.contains(K("x")) && changes.contains(K("y")))
        return moveActors({ActorPosition{id, convert::real(changes.value(K("x"))),
                                         convert::real(changes.value(K("y"))), a->pinned}},
                          tr("Move “%1”").arg(a->name), MergeFieldEdit, error);
    if (changes.size() == 1 && changes.contains(K("name")))
        return renameActor(id, changes.value(K("name")).toString(), error);
    return updateRow(K("actor"), id, changes, tr("Edit “%1”").arg(a->name), MergeFieldEdit,
                     error);
}

bool Document::placeActors(const QList<Place> &places, const QString &text, QString *error)
{
    if (refuseOffline(error))
        return false;
    QList<RowOp> ops;
    QString first;
    for (const Place &p : places) {
        const bool clear = std::isnan(p.latitude) || std::isnan(p.longitude);
        if (!clear && (!(p.latitude >= -90 && p.latitude <= 90) ||
                       !(p.longitude >= -180 && p.longitude <= 180))) {
            if (error)
                *error = tr("A place must have a latitude between −90 and 90 and a longitude "
                            "between −180 and 180 degrees, not %1, %2.")
                             .arg(p.latitude)
                             .arg(p.longitude);
            return false;
        }
        const auto a = actor(p.id);
        if (!a) {
            if (error)
                *error = tr("This actor no longer exists.");
            return false;
        }
        if (first.isEmpty())
            first = a->name;
        const Row changes{{K("latitude"), clear ? QVariant() : QVariant(p.latitude)},
                          {K("longitude"), clear ? QVariant() : QVariant(p.longitude)},
                          {K("location_precision"), clear ? QStringLiteral("") : p.precision}};
        if (auto op = updateOp(K("actor"), p.id, changes))
            ops << *op;
    }
    if (ops.isEmpty())
        return true;
    const QString title = !text.isEmpty() ? text
                          : places.size() == 1 ? tr("Place “%1”").arg(first)
                                               : tr("Place %n actor(s)", nullptr, int(places.size()));
    return apply(title, ops, NoMerge, error);
}

bool Document::write(const InTransaction &write, QString *error,
                     const QList<postgres::RowCheck> &checks)
{
    QList<RowOp> none;
    return execute(none, true, error, write, checks);
}

bool Document::moveActors(const QList<ActorPosition> &to, const QString &text, int mergeId,
                          QString *error)
{
    if (refuseOffline(error))
        return false;
    QString why;
    QList<qint64> ids;
    for (const ActorPosition &p : to)
        ids << p.id;
    const auto was = Projections(m_store).stampedPositions(ids, &why);
    if (!was) {
        if (error)
            *error = why;
        return false;
    }
    QList<ActorPosition> before, after;
    QList<QString> beforeStamps, afterStamps;
    const QString now = nowTimestamp();
    QSet<qint64> seen;
    for (const ActorPosition &p : to) {
        if (seen.contains(p.id))
            continue;
        seen.insert(p.id);
        const auto it = was->constFind(p.id);
        if (it == was->constEnd()) {
            if (!refusedAsGone(K("actor"), p.id, error) && error)
                *error = tr("This actor no longer exists.");
            return false;
        }
        const ActorPosition &old = it->first;
        if (samePosition(old.x, p.x) && samePosition(old.y, p.y))
            continue;
        before << old;
        beforeStamps << it->second;
        after << ActorPosition{p.id, p.x, p.y, old.pinned};
        afterStamps << now;
    }
    if (after.isEmpty())
        return true;
    QString title = text;
    if (title.isEmpty()) {
        const auto a = after.size() == 1 ? actor(after.first().id) : std::nullopt;
        title = a ? tr("Move “%1”").arg(a->name) : tr("Move %n actors", nullptr, int(after.size()));
    }
    QList<postgres::RowCheck> checks;
    for (const ActorPosition &p : after)
        checks << postgres::RowCheck{K("actor"), p.id};
    if (!PositionsCommand::write(this, after, afterStamps, error, checks))
        return false;
    m_undo.push(new PositionsCommand(this, title, before, beforeStamps, after, afterStamps,
                                     mergeId));
    return true;
}

bool Document::applyPositions(const QHash<qint64, QPointF> &positions, const QString &text,
                              QString *error)
{
    if (refuseOffline(error))
        return false;
    QString why;
    const auto all = Projections(m_store).positions(&why);
    if (!all) {
        if (error)
            *error = why;
        return false;
    }
    QList<ActorPosition> to;
    for (const ActorPosition &a : *all) {
        if (a.pinned && a.hasPosition())
            continue;
        const auto it = positions.constFind(a.id);
        if (it == positions.constEnd())
            continue;
        // Two decimals are far below a pixel and keep the file tidy.
        to << ActorPosition{a.id, std::round(it->x() * 100) / 100, std::round(it->y() * 100) / 100,
                            a.pinned};
    }
    return moveActors(to, text, NoMerge, error);
}

bool Document::renameActor(qint64 id, const QString &name, QString *error)
{
    if (refuseOffline(error))
        return false;
    QString why;
    const auto a = Projections(m_store).actor(id, &why);
    if (!a) {
        if (!refusedAsGone(K("actor"), id, error) && error)
            *error = why.isEmpty() ? tr("This actor no longer exists.") : why;
        return false;
    }
    if (a->name == name)
        return true;
    const auto stamp = Projections(m_store).actorUpdatedAt(id, &why);
    if (!stamp) {
        if (error)
            *error = why;
        return false;
    }
    const QString now = nowTimestamp();
    if (!RenameCommand::write(this, id, name, now, error,
                              {postgres::RowCheck{K("actor"), id, {}, false, a->name}}))
        return false;
    m_undo.push(new RenameCommand(this, tr("Edit “%1”").arg(a->name), id, a->name, *stamp, name,
                                  now));
    return true;
}

bool Document::setActorTags(qint64 actorId, const QList<qint64> &tagIds, QString *error)
{
    if (refuseOffline(error))
        return false;
    const QList<qint64> current = tagsOfActor(actorId);
    QList<RowOp> ops;
    for (qint64 t : current)
        if (!tagIds.contains(t))
            ops << RowOp{RowOp::Delete, K("actor_tag"), {{K("actor_id"), actorId}, {K("tag_id"), t}}, {}};
    for (qint64 t : tagIds)
        if (!current.contains(t))
            ops << insertOp(K("actor_tag"), {{K("actor_id"), actorId}, {K("tag_id"), t}});
    const auto a = actor(actorId);
    return apply(tr("Change tags of “%1”").arg(a ? a->name : QString()), ops, NoMerge, error);
}

namespace {

/// Plans the deletion of actors and links (the links of the actors included): reads them
/// typed, then the rows of other tables that reference them, as Document::deleteOps() would
/// (deleted, with what they carry, or their reference cleared). nullopt with the reason when
/// one of them does not exist or a read fails.
std::optional<Deletion> planDeletion(const Document &doc, const QList<qint64> &actorIds,
                                     const QList<qint64> &linkIds, QString *error)
{
    const Store &store = doc.store();
    const Projections read(store);
    Deletion d;
    QSet<qint64> actorsSeen, linksSeen;
    QSet<QString> rowsSeen;
    QString why;
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    // The rows of other tables that reference row `id` of `parent` (links apart).
    auto dependents = [&](const QString &parent, qint64 id) {
        for (const ForeignKey &fk : schema::referencing(parent)) {
            if (tableOf(fk.table) == Table::Link)
                continue;  // typed, below
            const TableInfo *child = schema::table(fk.table);
            for (const Row &c : store.rows(fk.table, fk.column, id)) {
                QList<RowOp> ops;
                if (fk.onDelete == OnDelete::Cascade) {
                    ops = doc.deleteOps(fk.table,
                                        QList<Row>{child->hasId() ? Row{{K("id"), c.value(K("id"))}} : c});
                } else {
                    Row before, after;
                    for (const QString &kc : child->key)
                        before.insert(kc, c.value(kc));
                    after = before;
                    before.insert(fk.column, id);
                    after.insert(fk.column, QVariant(QMetaType(QMetaType::LongLong)));
                    ops << RowOp{RowOp::Update, fk.table, before, after};
                }
                for (const RowOp &op : std::as_const(ops)) {
                    // A row reached twice (through two of the deleted rows) is planned once.
                    QStringList sig{op.table, QString::number(int(op.kind))};
                    const TableInfo *info = schema::table(op.table);
                    const Row &values = op.kind == RowOp::Update ? op.after : op.before;
                    for (const QString &kc : info->key)
                        sig << values.value(kc).toString();
                    if (op.kind == RowOp::Update)
                        sig << op.after.keys();
                    const QString key = sig.join(QLatin1Char('|'));
                    if (rowsSeen.contains(key))
                        continue;
                    rowsSeen.insert(key);
                    d.dependents << op;
                }
            }
        }
    };
    auto addLink = [&](const Link &l) -> bool {
        if (linksSeen.contains(l.id))
            return true;
        linksSeen.insert(l.id);
        const auto kept = read.fields(Table::Link, l.id, keptColumns(), &why);
        if (!kept)
            return false;
        d.links << l;
        d.linksKept << *kept;
        dependents(K("link"), l.id);
        return true;
    };
    for (qint64 id : linkIds) {
        if (linksSeen.contains(id))
            continue;
        const auto l = read.link(id, &why);
        if (!l)
            return fail(why.isEmpty() ? Document::tr("This link no longer exists.") : why);
        if (!addLink(*l))
            return fail(why);
    }
    for (qint64 id : actorIds) {
        if (actorsSeen.contains(id))
            continue;
        actorsSeen.insert(id);
        const auto a = read.actor(id, &why);
        if (!a)
            return fail(why.isEmpty() ? Document::tr("This actor no longer exists.") : why);
        const auto kept = read.fields(Table::Actor, id, keptColumns(), &why);
        if (!kept)
            return fail(why);
        // Its links, from it and to it.
        for (const ForeignKey &fk : schema::referencing(K("actor"))) {
            if (tableOf(fk.table) != Table::Link)
                continue;
            for (const Row &r : store.rows(fk.table, fk.column, id)) {
                const qint64 linkId = r.value(K("id")).toLongLong();
                if (linksSeen.contains(linkId))
                    continue;
                const auto l = read.link(linkId, &why);
                if (!l || !addLink(*l))
                    return fail(why);
            }
        }
        d.actors << *a;
        d.actorsKept << *kept;
        dependents(K("actor"), id);
    }
    return d;
}

} // namespace

bool Document::removeActors(const QList<qint64> &ids, QString *error)
{
    if (refuseOffline(error))
        return false;
    auto deletion = planDeletion(*this, ids, {}, error);
    if (!deletion)
        return false;
    if (deletion->actors.isEmpty())
        return true;
    const QString text = deletion->actors.size() == 1
                             ? tr("Delete actor “%1”").arg(deletion->actors.first().name)
                             : tr("Delete %1 actors").arg(deletion->actors.size());
    if (!DeleteCommand::remove(this, *deletion, error))
        return false;
    m_undo.push(new DeleteCommand(this, text, std::move(*deletion)));
    return true;
}

std::optional<qint64> Document::addLink(const Link &link, QString *error)
{
    if (refuseOffline(error))
        return std::nullopt;
    const auto a = actor(link.sourceId), b = actor(link.targetId);
    if (!a || !b) {
        if (error)
            *error = tr("A link needs two existing actors.");
        return std::nullopt;
    }
    std::variant<Actor, Link> row = link;
    const QString stamp = nowTimestamp();
    if (!CreateCommand::create(this, row, {}, stamp, error))
        return std::nullopt;
    const qint64 id = std::get<Link>(row).id;
    m_undo.push(new CreateCommand(this, tr("Link “%1” and “%2”").arg(a->name, b->name), row, {},
                                  stamp));
    m_lastInserted = {id};
    return id;
}

bool Document::removeLinks(const QList<qint64> &ids, QString *error)
{
    if (refuseOffline(error))
        return false;
    auto deletion = planDeletion(*this, {}, ids, error);
    if (!deletion)
        return false;
    if (deletion->links.isEmpty())
        return true;
    const QString text = deletion->links.size() == 1
                             ? tr("Delete link")
                             : tr("Delete %1 links").arg(deletion->links.size());
    if (!DeleteCommand::remove(this, *deletion, error))
        return false;
    m_undo.push(new DeleteCommand(this, text, std::move(*deletion)));
    return true;
}

std::optional<qint64> Document::addRow(const QString &table, const Row &values,
                                       const QString &text, QString *error)
{
    if (refuseOffline(error))
        return std::nullopt;
    if (!apply(text, {insertOp(table, values)}, NoMerge, error))
        return std::nullopt;
    return m_lastInserted.value(0);
}

bool Document::removeRows(const QString &table, const QList<qint64> &ids, const QString &text,
                          QString *error)
{
    if (refuseOffline(error))
        return false;
    return apply(text, deleteOps(table, ids), NoMerge, error);
}

bool Document::updateTerritory(const Row &changes, QString *error)
{
    if (refuseOffline(error))
        return false;
    return updateRow(K("territory"), 1, changes, tr("Edit territory"), MergeFieldEdit, error);
}

namespace {

bool refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

/// The name of an actor or link, for undo texts.
QString ownerName(const Document &doc, const QString &subject, qint64 id)
{
    if (subject == QLatin1String("link")) {
        const auto l = doc.link(id);
        if (!l)
            return QString();
        const auto a = doc.actor(l->sourceId), b = doc.actor(l->targetId);
        return QStringLiteral("%1 – %2").arg(a ? a->name : QString(), b ? b->name : QString());
    }
    const auto a = doc.actor(id);
    return a ? a->name : QString();
}

} // namespace

std::optional<qint64> Document::addCustomField(const CustomField &field, QString *error)
{
    if (refuseOffline(error))
        return std::nullopt;
    CustomField f = field;
    f.id = 0;
    f.name = f.name.trimmed();
    if (f.subject != QLatin1String("actor") && f.subject != QLatin1String("link")) {
        refuse(error, tr("A field belongs to actors or to links."));
        return std::nullopt;
    }
    if (f.name.isEmpty()) {
        refuse(error, tr("A field needs a name."));
        return std::nullopt;
    }
    for (const CustomField &other : customFields(f.subject))
        if (other.name.compare(f.name, Qt::CaseInsensitive) == 0) {
            refuse(error, tr("There is already a field named “%1”.").arg(other.name));
            return std::nullopt;
        }
    if (!apply(tr("Add field “%1”").arg(f.name), {insertOp(K("field"), RowTraits<CustomField>::toRow(f))},
               NoMerge, error))
        return std::nullopt;
    return m_lastInserted.value(0);
}

bool Document::updateCustomField(const CustomField &field, QString *error)
{
    if (refuseOffline(error))
        return false;
    const auto current = customField(field.id);
    if (!current)
        return refuse(error, tr("This field no longer exists."));
    CustomField f = field;
    f.subject = current->subject;  // a field does not move between actors and links
    f.name = f.name.trimmed();
    if (f.name.isEmpty())
        return refuse(error, tr("A field needs a name."));
    for (const CustomField &other : customFields(f.subject))
        if (other.id != f.id && other.name.compare(f.name, Qt::CaseInsensitive) == 0)
            return refuse(error, tr("There is already a field named “%1”.").arg(other.name));
    QList<RowOp> ops;
    if (f.type != current->type) {
        const QString table = FieldRepository::valueTable(f.subject);
        const QString owner = FieldRepository::ownerColumn(f.subject);
        int refused = 0;
        QString example;
        for (const Row &r : m_store.rows(table, K("field_id"), f.id)) {
            const QString old = r.value(K("value")).toString();
            // Yes/no values are stored as 1/0: as text they read "Yes"/"No"… in no language
            // in particular, so they stay 1/0.
            const auto now = fields::canonical(f.type, old);
            if (!now || now->isEmpty()) {
                if (example.isEmpty())
                    example = old;
                ++refused;
                continue;
            }
            if (f.type == FieldType::Choice && !f.choices.contains(*now))
                f.choices << *now;
            if (*now == old)
                continue;
            Row before{{owner, r.value(owner)}, {K("field_id"), f.id}, {K("value"), old}};
            Row after = before;
            after.insert(K("value"), *now);
            ops << RowOp{RowOp::Update, table, before, after};
        }
        if (refused > 0)
            return refuse(error, tr("“%1” cannot become a field of type %2: %Ln value(s) do not fit (“%3”…).",
                                    nullptr, refused)
                                     .arg(current->name, fields::typeLabel(f.type).toLower(),
                                          example));
    }
    if (const auto op = updateOp(K("field"), f.id, RowTraits<CustomField>::toRow(f)))
        ops.prepend(*op);
    if (ops.isEmpty())
        return true;
    return apply(tr("Edit field “%1”").arg(current->name), ops, NoMerge, error);
}

bool Document::moveCustomField(qint64 id, int delta, QString *error)
{
    if (refuseOffline(error))
        return false;
    const auto f = customField(id);
    if (!f)
        return refuse(error, tr("This field no longer exists."));
    const QList<CustomField> all = customFields(f->subject);
    int i = 0;
    while (i < all.size() && all.at(i).id != id)
        ++i;
    const int j = i + (delta < 0 ? -1 : 1);
    if (j < 0 || j >= all.size())
        return false;
    // Positions renumbered in the new order (imported fields may share one).
    QList<CustomField> order = all;
    order.swapItemsAt(i, j);
    QList<RowOp> ops;
    for (int k = 0; k < order.size(); ++k)
        if (const auto op = updateOp(K("field"), order.at(k).id, {{K("position"), k}}))
            ops << *op;
    return apply(tr("Move field “%1”").arg(f->name), ops, NoMerge, error);
}

bool Document::removeCustomField(qint64 id, QString *error)
{
    if (refuseOffline(error))
        return false;
    const auto f = customField(id);
    if (!f)
        return refuse(error, tr("This field no longer exists."));
    return apply(tr("Delete field “%1”").arg(f->name), deleteOps(K("field"), QList<qint64>{id}), NoMerge,
                 error);
}

bool Document::setFieldValue(qint64 fieldId, qint64 ownerId, const QString &value,
                             QString *error)
{
    if (refuseOffline(error))
        return false;
    const auto f = customField(fieldId);
    if (!f)
        return refuse(error, tr("This field no longer exists."));
    const QString table = FieldRepository::valueTable(f->subject);
    const QString owner = FieldRepository::ownerColumn(f->subject);
    if (!m_store.row(f->subject, ownerId))
        return refuse(error, f->subject == QLatin1String("link")
                                 ? tr("This link no longer exists.")
                                 : tr("This actor no longer exists."));
    const auto canonical = fields::canonical(f->type, value);
    if (!canonical)
        return refuse(error, tr("“%1” is not a valid value for “%2” (%3).")
                                 .arg(value.trimmed(), f->name,
                                      fields::typeLabel(f->type).toLower()));
    const QHash<qint64, QString> current = fieldValues(f->subject, ownerId);
    const bool had = current.contains(fieldId);
    const Row key{{owner, ownerId}, {K("field_id"), fieldId}};
    QList<RowOp> ops;
    if (canonical->isEmpty()) {
        if (!had)
            return true;
        Row before = key;
        before.insert(K("value"), current.value(fieldId));
        ops << RowOp{RowOp::Delete, table, before, {}};
    } else if (!had) {
        Row after = key;
        after.insert(K("value"), *canonical);
        ops << insertOp(table, after);
    } else {
        if (current.value(fieldId) == *canonical)
            return true;
        Row before = key, after = key;
        before.insert(K("value"), current.value(fieldId));
        after.insert(K("value"), *canonical);
        ops << RowOp{RowOp::Update, table, before, after};
    }
    const QString name = ownerName(*this, f->subject, ownerId);
    const QString text = canonical->isEmpty() ? tr("Clear “%1” of “%2”").arg(f->name, name)
                                              : tr("Set “%1” of “%2”").arg(f->name, name);
    return apply(text, ops, NoMerge, error);
}

} // namespace maillage
