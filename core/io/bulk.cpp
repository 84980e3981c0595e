#include "bulk.h"

#include "document/document.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoCommand>

#include <memory>
#include <unordered_map>

namespace maillage::io {

namespace {

#define K(s) QStringLiteral(s)

constexpr qsizetype kRebuildIndexesFrom = 20000;

bool isIdColumn(const QString &c)
{
    return c == QLatin1String("id") || c.endsWith(QLatin1String("_id"));
}

QVariant bindable(const QVariant &v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

/// Runs row operations with one prepared statement per (table, kind, columns).
class Executor
{
public:
    explicit Executor(Document &doc) : m_doc(doc), m_db(doc.store().database()) {}

    bool run(QList<RowOp> &ops, bool forward, ChangeSet &changes, QString *error)
    {
        QString why;
        // A page cache big enough for the tables being filled: with SQLite's default 2 MB
        // every insert re-reads b-tree pages from the file.
        QSqlQuery pragma(m_db);
        int oldCache = -2000;
        if (pragma.exec(K("PRAGMA cache_size")) && pragma.next())
            oldCache = pragma.value(0).toInt();
        pragma.exec(K("PRAGMA cache_size = -131072"));
        struct RestoreCache
        {
            QSqlQuery &q;
            int size;
            ~RestoreCache() { q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size)); }
        } restore{pragma, oldCache};
        if (!m_doc.store().begin(&why))
            return fail(why, error);
        // Many inserts: drop the secondary indexes of the tables written and build them again
        // once the rows are in, which is much faster than maintaining them row by row.
        QStringList rebuild;
        if (ops.size() >= kRebuildIndexesFrom) {
            QSet<QString> tables;
            for (const RowOp &op : ops)
                tables.insert(op.table);
            QSqlQuery q(m_db);
            q.exec(K("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND "
                     "sql IS NOT NULL"));
            QStringList names;
            while (q.next()) {
                if (!tables.contains(q.value(1).toString()))
                    continue;
                names << q.value(0).toString();
                rebuild << q.value(2).toString();
            }
            for (const QString &n : names) {
                if (!q.exec(K("DROP INDEX %1").arg(quoted(n)))) {
                    why = q.lastError().text();
                    m_doc.store().rollback();
                    return fail(why, error);
                }
            }
        }
        QHash<qint64, qint64> placeholders;
        qint64 nextPlaceholder = -1;
        const int n = int(ops.size());
        for (int step = 0; step < n; ++step) {
            RowOp &op = ops[forward ? step : n - 1 - step];
            const TableInfo *info = schema::table(op.table);
            RowOp::Kind kind = op.kind;
            if (!forward)
                kind = kind == RowOp::Insert   ? RowOp::Delete
                       : kind == RowOp::Delete ? RowOp::Insert
                                               : RowOp::Update;
            Row &values = kind == RowOp::Delete ? (forward ? op.before : op.after)
                                                : (forward ? op.after : op.before);
            if (kind != RowOp::Delete) {
                for (auto it = values.begin(); it != values.end(); ++it) {
                    if (!isIdColumn(it.key()) || it.value().isNull())
                        continue;
                    const qint64 v = it.value().toLongLong();
                    if (v < 0 && placeholders.contains(v))
                        it.value() = placeholders.value(v);
                }
            }
            bool ok = false;
            if (kind == RowOp::Insert) {
                const bool isNew = info->hasId() && !values.contains(K("id"));
                QStringList cols;
                for (const QString &c : info->columns)
                    if (values.contains(c))
                        cols << c;
                QSqlQuery &q = statement(K("I|") + op.table + QLatin1Char('|') +
                                             cols.join(QLatin1Char(',')),
                                         [&] {
                                             QStringList marks(cols.size(), K("?"));
                                             QStringList qc;
                                             for (const QString &c : cols)
                                                 qc << quoted(c);
                                             return K("INSERT INTO %1 (%2) VALUES (%3)")
                                                 .arg(quoted(op.table), qc.join(QLatin1Char(',')),
                                                      marks.join(QLatin1Char(',')));
                                         });
                for (int i = 0; i < cols.size(); ++i)
                    q.bindValue(i, bindable(values.value(cols.at(i))));
                ok = q.exec();
                if (ok && isNew) {
                    const qint64 id = q.lastInsertId().toLongLong();
                    values.insert(K("id"), id);
                    placeholders.insert(nextPlaceholder--, id);
                }
                if (!ok)
                    why = q.lastError().text();
                if (ok)
                    note(changes, op.table, Change::Inserted,
                         values.value(info->key.first()).toLongLong(), {});
            } else if (kind == RowOp::Delete) {
                QSqlQuery &q = statement(K("D|") + op.table, [&] {
                    QStringList where;
                    for (const QString &k : info->key)
                        where << quoted(k) + K(" = ?");
                    return K("DELETE FROM %1 WHERE %2")
                        .arg(quoted(op.table), where.join(K(" AND ")));
                });
                for (int i = 0; i < info->key.size(); ++i)
                    q.bindValue(i, values.value(info->key.at(i)));
                ok = q.exec();
                if (!ok)
                    why = q.lastError().text();
                else
                    note(changes, op.table, Change::Removed,
                         values.value(info->key.first()).toLongLong(), {});
            } else {
                QStringList cols;
                for (const QString &c : info->columns)
                    if (values.contains(c) && !info->key.contains(c))
                        cols << c;
                if (cols.isEmpty())
                    continue;
                QSqlQuery &q = statement(
                    K("U|") + op.table + QLatin1Char('|') + cols.join(QLatin1Char(',')), [&] {
                        QStringList sets, where;
                        for (const QString &c : cols)
                            sets << quoted(c) + K(" = ?");
                        for (const QString &k : info->key)
                            where << quoted(k) + K(" = ?");
                        return K("UPDATE %1 SET %2 WHERE %3")
                            .arg(quoted(op.table), sets.join(QLatin1Char(',')),
                                 where.join(K(" AND ")));
                    });
                int i = 0;
                for (const QString &c : cols)
                    q.bindValue(i++, bindable(values.value(c)));
                for (const QString &k : info->key)
                    q.bindValue(i++, values.value(k));
                ok = q.exec();
                if (!ok)
                    why = q.lastError().text();
                else
                    note(changes, op.table, Change::Updated,
                         values.value(info->key.first()).toLongLong(), values);
            }
            if (!ok) {
                m_statements.clear();
                m_doc.store().rollback();
                return fail(why, error);
            }
        }
        m_statements.clear();
        for (const QString &sql : rebuild) {
            QSqlQuery q(m_db);
            if (!q.exec(sql)) {
                why = q.lastError().text();
                m_doc.store().rollback();
                return fail(why, error);
            }
        }
        if (!m_doc.store().commit(&why))
            return fail(why, error);
        return true;
    }

private:
    static bool fail(const QString &why, QString *error)
    {
        if (error)
            *error = why;
        return false;
    }

    template <class F> QSqlQuery &statement(const QString &key, F sql)
    {
        auto &slot = m_statements[key];
        if (!slot) {
            slot = std::make_unique<QSqlQuery>(m_db);
            slot->prepare(sql());
        }
        return *slot;
    }

    static void note(ChangeSet &changes, const QString &table, Change::Kind kind, qint64 id,
                     const Row &cols)
    {
        if (changes.isEmpty() || changes.last().table != table || changes.last().kind != kind)
            changes << Change{table, kind, {}, {}};
        changes.last().ids << id;
        if (kind == Change::Updated)
            for (auto it = cols.keyBegin(); it != cols.keyEnd(); ++it)
                if (!changes.last().columns.contains(*it))
                    changes.last().columns << *it;
    }

    Document &m_doc;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

void emitChanges(Document &doc, const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    emit doc.changed(changes);
    for (const Change &c : changes) {
        const bool actor = c.table == QLatin1String("actor");
        if (!actor && c.table != QLatin1String("link"))
            continue;
        switch (c.kind) {
        case Change::Inserted:
            actor ? emit doc.actorsInserted(c.ids) : emit doc.linksInserted(c.ids);
            break;
        case Change::Updated:
            actor ? emit doc.actorsUpdated(c.ids) : emit doc.linksUpdated(c.ids);
            break;
        case Change::Removed:
            actor ? emit doc.actorsRemoved(c.ids) : emit doc.linksRemoved(c.ids);
            break;
        }
    }
}

class BulkCommand : public QUndoCommand
{
public:
    BulkCommand(Document &doc, const QString &text, QList<RowOp> ops)
        : QUndoCommand(text), m_doc(doc), m_ops(std::move(ops))
    {
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(true);
    }
    void undo() override { run(false); }

private:
    void run(bool forward)
    {
        ChangeSet changes;
        QString error;
        if (!Executor(m_doc).run(m_ops, forward, changes, &error)) {
            emit m_doc.failed(error);
            return;
        }
        emitChanges(m_doc, changes);
    }
    Document &m_doc;
    QList<RowOp> m_ops;
    bool m_first = true;
};

} // namespace

bool bulkApply(Document &doc, const QString &text, QList<RowOp> ops, QString *error)
{
    if (ops.isEmpty())
        return true;
    ChangeSet changes;
    if (!Executor(doc).run(ops, true, changes, error))
        return false;
    doc.undoStack()->push(new BulkCommand(doc, text, std::move(ops)));
    emitChanges(doc, changes);
    return true;
}

} // namespace maillage::io
