#include "core/store/bulkwriter.h"

#include "core/store/postgresbulk.h"

#include "core/store/schema.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <bit>
#include <map>
#include <memory>
#include <tuple>

namespace maillage {

namespace {

#define K(s) QStringLiteral(s)

constexpr qsizetype kRebuildIndexesFrom = 20000;

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}


/// How SQLite stores a value of this type.
enum class Storage { Integer, Real, Text, Blob, Other };
Storage storageOf(int typeId)
{
    switch (typeId) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return Storage::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return Storage::Real;
    case QMetaType::QString:
        return Storage::Text;
    case QMetaType::QByteArray:
        return Storage::Blob;
    default:
        return Storage::Other;
    }
}

/// Appends `s` in UTF-8 (the database's encoding). ASCII text, most of it, is narrowed in
/// place: cheaper than a UTF-8 conversion or SQLite's UTF-16 translation.
void appendUtf8(QByteArray &out, const QString &s)
{
    const qsizetype n = s.size();
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    bool ascii = true;
    for (qsizetype i = 0; i < n && ascii; ++i)
        ascii = p[i] < 0x80;
    if (!ascii) {
        out += s.toUtf8();
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + n);
    char *d = out.data() + at;
    for (qsizetype i = 0; i < n; ++i)
        d[i] = char(p[i]);
}

/// Binds `v`; text goes through `buffer`, which must live until the statement has run.
void bind(sqlite3_stmt *stmt, int index, const QVariant &v, QByteArray &buffer)
{
    // A null of any type (a NULL column read back, as an update's old value) binds NULL, not
    // the type's zero.
    if (v.isNull()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    switch (storageOf(v.typeId())) {
    case Storage::Text:
        buffer.clear();
        appendUtf8(buffer, *static_cast<const QString *>(v.constData()));
        sqlite3_bind_text(stmt, index, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
        return;
    case Storage::Integer:
        sqlite3_bind_int64(stmt, index, v.toLongLong());
        return;
    case Storage::Real:
        sqlite3_bind_double(stmt, index, v.toDouble());
        return;
    case Storage::Blob: {
        const QByteArray b = v.toByteArray();
        sqlite3_bind_blob(stmt, index, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        return;
    }
    case Storage::Other:
        break;
    }
    if (!v.isValid() || v.isNull()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    const QString s = v.toString();
    sqlite3_bind_text16(stmt, index, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT);
}

void bindValue(sqlite3_stmt *stmt, int index, const BulkInsert::Value &v, const QByteArray &text)
{
    switch (v.kind) {
    case BulkInsert::Value::Null:
        sqlite3_bind_null(stmt, index);
        return;
    case BulkInsert::Value::Integer:
        sqlite3_bind_int64(stmt, index, v.data);
        return;
    case BulkInsert::Value::Real:
        sqlite3_bind_double(stmt, index, std::bit_cast<double>(v.data));
        return;
    case BulkInsert::Value::Text:
        // `text` is not changed while the statement runs.
        sqlite3_bind_text(stmt, index, text.constData() + v.data, int(v.size), SQLITE_STATIC);
        return;
    }
}

} // namespace

/// Runs row operations and bulk inserts with one prepared statement per (table, kind,
/// columns), taken from the store's raw statement cache, in one transaction. The statements
/// talk to SQLite directly: QSqlQuery::bindValue() alone costs more than SQLite's insert (it
/// formats a placeholder name with QString::arg for every value bound).
class BulkWriter::Executor
{
public:
    Executor(Store &store, const BulkProgress &progress)
        : m_store(store), m_db(store.database()), m_handle(store.handle()), m_progress(progress)
    {
    }
    ~Executor()
    {
        // Text is bound without a copy: no binding outlives this run.
        for (sqlite3_stmt *s : std::as_const(m_used))
            sqlite3_clear_bindings(s);
    }

    bool cancelled() const { return m_cancelled; }

    bool run(QList<RowOp> &ops, QList<BulkInsert> &inserts, bool forward, ChangeSet &changes,
             QString *error)
    {
        QString why;
        if (!m_handle)
            return fail(K("the database driver is not SQLite"), error);
        m_total = ops.size();
        for (const BulkInsert &b : inserts)
            m_total += b.size();
        m_clock.start();
        // A page cache big enough for the tables being filled: with SQLite's default 2 MB
        // every insert re-reads b-tree pages from the file.
        QSqlQuery pragma(m_db);
        int oldCache = -2000;
        if (pragma.exec(K("PRAGMA cache_size")) && pragma.next())
            oldCache = pragma.value(0).toInt();
        pragma.finish();
        pragma.exec(K("PRAGMA cache_size = -131072"));
        struct RestoreCache
        {
            QSqlQuery &q;
            int size;
            ~RestoreCache() { q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size)); }
        } restore{pragma, oldCache};
        // Foreign keys are checked once for the whole batch (PRAGMA foreign_key_check before
        // the commit) instead of row by row: the per-row checks and the statement journals they
        // need cost more than the inserts themselves. The pragma cannot change inside a
        // transaction, so it is switched off before and on again after.
        QSet<QString> written;
        for (const RowOp &op : ops)
            written.insert(op.table);
        for (const BulkInsert &b : inserts)
            written.insert(b.table);
        QStringList checked(written.begin(), written.end());
        for (const QString &t : written)
            for (const ForeignKey &fk : schema::referencing(t))
                if (!checked.contains(fk.table))
                    checked << fk.table;
        sqlite3_exec(m_handle, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
        struct RestoreForeignKeys
        {
            sqlite3 *h;
            ~RestoreForeignKeys()
            {
                sqlite3_progress_handler(h, 0, nullptr, nullptr);
                sqlite3_exec(h, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
            }
        } restoreKeys{m_handle};
        if (!m_store.begin(&why))
            return fail(why, error);
        // Many rows: drop the secondary indexes of the tables written and build them again
        // once the rows are in, which is much faster than maintaining them row by row.
        QStringList rebuild;
        if (m_total >= kRebuildIndexesFrom) {
            QSqlQuery q(m_db);
            q.exec(K("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND "
                     "sql IS NOT NULL"));
            QStringList names;
            while (q.next()) {
                if (!written.contains(q.value(1).toString()))
                    continue;
                names << q.value(0).toString();
                rebuild << q.value(2).toString();
            }
            q.finish();
            for (const QString &n : names) {
                if (!q.exec(K("DROP INDEX %1").arg(quoted(n)))) {
                    m_lastError = q.lastError().text();
                    return abort(error);
                }
            }
        }

        if (forward) {
            if (!runOps(ops, true, changes) || !runInserts(inserts, changes))
                return abort(error);
        } else {
            for (auto b = inserts.crbegin(); b != inserts.crend(); ++b)
                if (!deleteRange(*b, changes))
                    return abort(error);
            if (!runOps(ops, false, changes))
                return abort(error);
        }
        m_statements.clear();
        // Index building and the checks run inside SQLite for a while: its progress handler
        // keeps reporting (and lets the caller cancel) meanwhile.
        if (m_progress)
            sqlite3_progress_handler(m_handle, 50000, &Executor::onSqliteProgress, this);
        for (const QString &sql : rebuild) {
            QSqlQuery q(m_db);
            if (!q.exec(sql)) {
                m_lastError = q.lastError().text();
                return abort(error);
            }
        }
        // Rows only added or changed (an import, or its redo): the foreign keys of exactly
        // those rows are checked, which is much cheaper than checking whole tables again.
        // Rows deleted (an undo) may leave any child table pointing nowhere: those tables are
        // checked whole.
        bool deletes = !forward && !inserts.isEmpty();
        for (const RowOp &op : ops)
            deletes = deletes || (forward ? op.kind == RowOp::Delete : op.kind == RowOp::Insert);
        if (!deletes) {
            if (!checkKeys(ops, forward, inserts))
                return abort(error);
            checked.clear();
        }
        for (const QString &t : checked) {
            QSqlQuery q(m_db);
            if (!q.exec(K("PRAGMA foreign_key_check(%1)").arg(quoted(t)))) {
                m_lastError = q.lastError().text();
                return abort(error);
            }
            if (q.next()) {
                m_lastError = K("FOREIGN KEY constraint failed (%1 row %2 → %3)")
                                  .arg(q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString());
                q.finish();
                return abort(error);
            }
        }
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        if (!report(true))
            return abort(error);
        if (!m_store.commit(&why)) {
            m_lastError = why;
            return abort(error);
        }
        return true;
    }

private:
    static bool fail(const QString &why, QString *error)
    {
        if (error)
            *error = why;
        return false;
    }

    bool abort(QString *error)
    {
        const QString why = m_cancelled ? K("cancelled") : m_lastError;
        m_statements.clear();
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        m_store.rollback();
        return fail(why, error);
    }

    /// Reports progress at most every 40 ms (always when `force`); false once cancelled.
    bool report(bool force = false)
    {
        if (m_cancelled)
            return false;
        if (!m_progress || (!force && m_clock.elapsed() - m_lastReport < 40))
            return true;
        m_lastReport = m_clock.elapsed();
        if (!m_progress(m_done, m_total))
            m_cancelled = true;
        return !m_cancelled;
    }

    static int onSqliteProgress(void *self)
    {
        return static_cast<BulkWriter::Executor *>(self)->report() ? 0 : 1;
    }

    /// The foreign keys of `table` (child → parent columns).
    static const QList<ForeignKey> &foreignKeysOf(const QString &table)
    {
        static const QHash<QString, QList<ForeignKey>> byChild = [] {
            QHash<QString, QList<ForeignKey>> h;
            for (const TableInfo &t : schema::tables())
                for (const ForeignKey &fk : schema::referencing(t.name))
                    h[fk.table] << fk;
            return h;
        }();
        static const QList<ForeignKey> none;
        const auto it = byChild.constFind(table);
        return it == byChild.cend() ? none : it.value();
    }

    /// Whether row `id` of `parent` exists (in the inserts, or in the database).
    bool parentExists(const QString &parent, qint64 id, const QList<BulkInsert> &inserts)
    {
        for (const BulkInsert &b : inserts)
            if (b.table == parent && id >= b.firstId && id < b.firstId + b.size())
                return true;
        QSet<qint64> &known = m_knownParents[parent];
        if (known.contains(id))
            return true;
        sqlite3_stmt *&lookup = m_parentLookups[parent];
        if (!lookup) {
            lookup = m_store.rawStatement(K("SELECT 1 FROM %1 WHERE id = ?").arg(quoted(parent)),
                                          &m_lastError);
            if (!lookup) {
                m_parentLookups.remove(parent);
                return false;
            }
            m_used.insert(lookup);
        }
        sqlite3_bind_int64(lookup, 1, id);
        const bool found = sqlite3_step(lookup) == SQLITE_ROW;
        sqlite3_reset(lookup);
        if (found)
            known.insert(id);
        return found;
    }

    bool keyFailure(const QString &table, qint64 row, const ForeignKey &fk, qint64 value)
    {
        if (m_lastError.isEmpty())
            m_lastError = K("FOREIGN KEY constraint failed (%1 row %2: %3 = %4 is not in %5)")
                              .arg(table)
                              .arg(row)
                              .arg(fk.column)
                              .arg(value)
                              .arg(fk.parentTable);
        return false;
    }

    /// Checks the foreign keys of every row inserted or updated (by `ops` run in that
    /// direction, and by `inserts`), as PRAGMA foreign_key_check would for those rows.
    bool checkKeys(const QList<RowOp> &ops, bool forward, const QList<BulkInsert> &inserts)
    {
        qint64 checkedRows = 0;
        for (const RowOp &op : ops) {
            const Row &values = forward ? op.after : op.before;
            for (const ForeignKey &fk : foreignKeysOf(op.table)) {
                const auto v = values.constFind(fk.column);
                if (v == values.cend() || v->isNull())
                    continue;
                if (!parentExists(fk.parentTable, v->toLongLong(), inserts))
                    return keyFailure(op.table, values.value(K("id")).toLongLong(), fk,
                                      v->toLongLong());
            }
            if ((++checkedRows & 0xFFF) == 0 && !report())
                return false;
        }
        if (!forward)
            return true;
        for (const BulkInsert &b : inserts) {
            const TableInfo *info = schema::table(b.table);
            // Each foreign key column's place among the row's values, found from the mask.
            struct Key
            {
                const ForeignKey *fk;
                int column;
            };
            QList<Key> keys;
            for (const ForeignKey &fk : foreignKeysOf(b.table))
                if (const int c = int(info->columns.indexOf(fk.column)); c >= 0 && c < 63)
                    keys << Key{&fk, c};
            if (keys.isEmpty())
                continue;
            const BulkInsert::Value *value = b.values.constData();
            for (qsizetype r = 0; r < b.size(); ++r) {
                const quint64 mask = b.masks.at(r);
                for (const Key &k : std::as_const(keys)) {
                    if (!(mask & (quint64(1) << k.column)))
                        continue;
                    const BulkInsert::Value &v =
                        value[std::popcount(mask & ((quint64(1) << k.column) - 1))];
                    if (v.kind == BulkInsert::Value::Null)
                        continue;
                    const qint64 id = v.kind == BulkInsert::Value::Integer
                                          ? v.data
                                          : b.text.mid(v.data, v.size).toLongLong();
                    if (!parentExists(k.fk->parentTable, id, inserts))
                        return keyFailure(b.table, b.firstId + r, *k.fk, id);
                }
                value += std::popcount(mask);
                if ((++checkedRows & 0xFFF) == 0 && !report())
                    return false;
            }
        }
        return true;
    }

    bool runOps(QList<RowOp> &ops, bool forward, ChangeSet &changes)
    {
        QList<const QVariant *> bound;
        QList<int> boundColumns;
        const int n = int(ops.size());
        const TableInfo *info = nullptr;
        QString infoTable;
        for (int step = 0; step < n; ++step) {
            if ((++m_done & 0xFF) == 0 && !report())
                return false;
            RowOp &op = ops[forward ? step : n - 1 - step];
            if (!info || op.table != infoTable) {
                info = schema::table(op.table);
                infoTable = op.table;
            }
            RowOp::Kind kind = op.kind;
            if (!forward)
                kind = kind == RowOp::Insert   ? RowOp::Delete
                       : kind == RowOp::Delete ? RowOp::Insert
                                               : RowOp::Update;
            Row &values = kind == RowOp::Delete ? (forward ? op.before : op.after)
                                                : (forward ? op.after : op.before);
            if (info->columns.size() > 64) {
                m_lastError = K("table %1 has more than 64 columns").arg(op.table);
                return false;
            }
            // The columns present, as a bit mask over the table's columns.
            const QHash<QString, int> &index = columnIndex(info);
            const QVariant *byColumn[64];
            quint64 mask = 0;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const auto c = index.constFind(it.key());
                if (c == index.cend())
                    continue;
                if (kind == RowOp::Update && info->key.contains(it.key()))
                    continue;
                mask |= quint64(1) << c.value();
                byColumn[c.value()] = &it.value();
            }
            bound.clear();
            boundColumns.clear();
            for (int c = 0; c < info->columns.size(); ++c) {
                if (mask & (quint64(1) << c)) {
                    bound << byColumn[c];
                    boundColumns << c;
                }
            }
            sqlite3_stmt *stmt = nullptr;
            if (kind == RowOp::Insert) {
                const bool isNew = info->hasId() && !values.contains(K("id"));
                stmt = statement(info, kind, mask, [&] {
                    QStringList marks(boundColumns.size(), K("?"));
                    QStringList qc;
                    for (int c : boundColumns)
                        qc << quoted(info->columns.at(c));
                    return K("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(quoted(op.table), qc.join(QLatin1Char(',')),
                             marks.join(QLatin1Char(',')));
                });
                if (!stmt)
                    return false;
                for (int i = 0; i < bound.size(); ++i)
                    bind(stmt, i + 1, *bound.at(i), m_buffers[i]);
                if (!step1(stmt))
                    return false;
                if (isNew)
                    values.insert(K("id"), sqlite3_last_insert_rowid(m_handle));
                note(changes, op.table, Change::Inserted,
                     values.value(info->key.first()).toLongLong(), {});
            } else if (kind == RowOp::Delete) {
                stmt = statement(info, kind, 0, [&] {
                    QStringList where;
                    for (const QString &k : info->key)
                        where << quoted(k) + K(" = ?");
                    return K("DELETE FROM %1 WHERE %2")
                        .arg(quoted(op.table), where.join(K(" AND ")));
                });
                if (!stmt)
                    return false;
                for (int i = 0; i < info->key.size(); ++i)
                    bind(stmt, i + 1, values.value(info->key.at(i)), m_buffers[i]);
                if (!step1(stmt))
                    return false;
                note(changes, op.table, Change::Removed,
                     values.value(info->key.first()).toLongLong(), {});
            } else {
                if (boundColumns.isEmpty())
                    continue;
                stmt = statement(info, kind, mask, [&] {
                    QStringList sets, where;
                    for (int c : boundColumns)
                        sets << quoted(info->columns.at(c)) + K(" = ?");
                    for (const QString &k : info->key)
                        where << quoted(k) + K(" = ?");
                    return K("UPDATE %1 SET %2 WHERE %3")
                        .arg(quoted(op.table), sets.join(QLatin1Char(',')),
                             where.join(K(" AND ")));
                });
                if (!stmt)
                    return false;
                int i = 1;
                for (const QVariant *v : bound) {
                    bind(stmt, i, *v, m_buffers[i - 1]);
                    ++i;
                }
                for (const QString &k : info->key) {
                    bind(stmt, i, values.value(k), m_buffers[i - 1]);
                    ++i;
                }
                if (!step1(stmt))
                    return false;
                note(changes, op.table, Change::Updated,
                     values.value(info->key.first()).toLongLong(), values);
            }
        }
        return true;
    }

    bool runInserts(const QList<BulkInsert> &inserts, ChangeSet &changes)
    {
        for (const BulkInsert &b : inserts) {
            if (b.masks.isEmpty())
                continue;
            const TableInfo *info = schema::table(b.table);
            if (!info || !info->hasId() || info->columns.size() > 64) {
                m_lastError = K("table %1 cannot take bulk inserts").arg(b.table);
                return false;
            }
            const int idColumn = int(info->columns.indexOf(QLatin1String("id")));
            const BulkInsert::Value *value = b.values.constData();
            const BulkInsert::Value *const valuesEnd = value + b.values.size();
            const qsizetype n = b.masks.size();
            quint64 lastMask = ~quint64(0);
            sqlite3_stmt *stmt = nullptr;
            for (qsizetype r = 0; r < n; ++r) {
                if ((++m_done & 0xFF) == 0 && !report())
                    return false;
                quint64 mask = b.masks.at(r) & ~(quint64(1) << idColumn);
                if (mask != lastMask || !stmt) {
                    stmt = statement(info, RowOp::Insert, mask | (quint64(1) << 63), [&] {
                        QStringList qc{quoted(K("id"))};
                        for (quint64 m = mask; m; m &= m - 1)
                            qc << quoted(info->columns.at(std::countr_zero(m)));
                        return K("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(quoted(b.table), qc.join(QLatin1Char(',')),
                                 QStringList(qc.size(), K("?")).join(QLatin1Char(',')));
                    });
                    if (!stmt)
                        return false;
                    lastMask = mask;
                }
                sqlite3_bind_int64(stmt, 1, b.firstId + r);
                int i = 2;
                for (quint64 m = mask; m; m &= m - 1, ++i) {
                    if (value == valuesEnd) {
                        m_lastError = K("bulk insert into %1: fewer values than columns")
                                          .arg(b.table);
                        return false;
                    }
                    bindValue(stmt, i, *value++, b.text);
                }
                if (!step1(stmt))
                    return false;
            }
            Change c{tableOf(b.table), Change::Inserted, {}, {}};
            c.ids.reserve(n);
            for (qsizetype r = 0; r < n; ++r)
                c.ids << b.firstId + r;
            changes << c;
        }
        return true;
    }

    bool deleteRange(const BulkInsert &b, ChangeSet &changes)
    {
        if (b.masks.isEmpty())
            return true;
        sqlite3_stmt *range = m_store.rawStatement(
            K("DELETE FROM %1 WHERE id BETWEEN ?1 AND ?2").arg(quoted(b.table)), &m_lastError);
        if (!range)
            return false;
        const qint64 last = b.firstId + b.size() - 1;
        sqlite3_bind_int64(range, 1, b.firstId);
        sqlite3_bind_int64(range, 2, last);
        if (!step1(range))
            return false;
        if (sqlite3_changes(m_handle) != b.size()) {
            m_lastError = K("%1 rows of %2 were expected but %3 were found")
                              .arg(b.size())
                              .arg(b.table)
                              .arg(sqlite3_changes(m_handle));
            return false;
        }
        m_done += b.size();
        Change c{tableOf(b.table), Change::Removed, {}, {}};
        c.ids.reserve(b.size());
        for (qint64 id = last; id >= b.firstId; --id)
            c.ids << id;
        changes << c;
        return true;
    }

    bool step1(sqlite3_stmt *stmt)
    {
        const int rc = sqlite3_step(stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            m_lastError = QString::fromUtf8(sqlite3_errmsg(m_handle));
            sqlite3_reset(stmt);
            return false;
        }
        sqlite3_reset(stmt);
        return true;
    }

    const QHash<QString, int> &columnIndex(const TableInfo *info)
    {
        auto &slot = m_columnIndex[info];
        if (slot.isEmpty())
            for (int c = 0; c < info->columns.size(); ++c)
                slot.insert(info->columns.at(c), c);
        return slot;
    }

    /// The statement for (table, kind, columns): its SQL is made once per run, and the
    /// statement comes from the store's cache.
    template <class F>
    sqlite3_stmt *statement(const TableInfo *table, RowOp::Kind kind, quint64 mask, F sql)
    {
        sqlite3_stmt *&slot = m_statements[std::make_tuple(table, int(kind), mask)];
        if (!slot) {
            slot = m_store.rawStatement(sql(), &m_lastError);
            if (!slot) {
                m_statements.erase(std::make_tuple(table, int(kind), mask));
                return nullptr;
            }
            m_used.insert(slot);
        }
        return slot;
    }

    static void note(ChangeSet &changes, const QString &table, Change::Kind kind, qint64 id,
                     const Row &cols)
    {
        const Table t = tableOf(table);
        if (changes.isEmpty() || changes.last().table != t || changes.last().kind != kind)
            changes << Change{t, kind, {}, {}};
        changes.last().ids << id;
        if (kind == Change::Updated)
            for (auto it = cols.keyBegin(); it != cols.keyEnd(); ++it)
                changes.last().columns.insert(columnOf(*it));
    }

    Store &m_store;
    QSqlDatabase m_db;
    sqlite3 *m_handle;
    const BulkProgress m_progress;  // a copy: the writer may outlive the caller's function
    QElapsedTimer m_clock;
    qint64 m_lastReport = -1000;
    qint64 m_done = 0, m_total = 0;
    bool m_cancelled = false;
    QString m_lastError;
    QHash<const TableInfo *, QHash<QString, int>> m_columnIndex;
    QHash<QString, QSet<qint64>> m_knownParents;  ///< parent rows found by checkKeys()
    QSet<sqlite3_stmt *> m_used;  ///< statements bound during this run
    QHash<QString, sqlite3_stmt *> m_parentLookups;  ///< by parent table
    QByteArray m_buffers[72];  ///< text bound to the statement being run, one per parameter
    std::map<std::tuple<const TableInfo *, int, quint64>, sqlite3_stmt *> m_statements;
};

BulkWriter::BulkWriter(Store &store, const BulkProgress &progress)
    : d(std::make_unique<Executor>(store, progress)), m_store(store), m_progress(progress)
{
}

BulkWriter::~BulkWriter() = default;

bool BulkWriter::run(QList<RowOp> &ops, QList<BulkInsert> &inserts, bool forward,
                     ChangeSet &changes, QString *error)
{
    // A shared territory has no SQLite connection: its own path (core/store/postgresbulk.cpp).
    if (m_store.isShared())
        return postgres::bulkRun(m_store, ops, inserts, forward, changes, m_progress,
                                 &m_sharedCancelled, error, m_before, m_after);
    return d->run(ops, inserts, forward, changes, error);
}

bool BulkWriter::cancelled() const
{
    return m_sharedCancelled || d->cancelled();
}

void BulkWriter::setSharedChecks(InTransaction before, InTransaction after)
{
    m_before = std::move(before);
    m_after = std::move(after);
}

Row BulkInsert::row(qsizetype r) const
{
    Row out;
    const TableInfo *info = schema::table(table);
    if (!info || r < 0 || r >= size())
        return out;
    qsizetype at = 0;
    for (qsizetype i = 0; i < r; ++i)
        at += std::popcount(masks.at(i));
    out.insert(QStringLiteral("id"), qlonglong(firstId + r));
    for (quint64 m = masks.at(r); m && at < values.size(); m &= m - 1) {
        const QString column = info->columns.at(std::countr_zero(m));
        const Value &v = values.at(at++);
        if (column == QLatin1String("id"))
            continue;
        switch (v.kind) {
        case Value::Null: out.insert(column, QVariant()); break;
        case Value::Integer: out.insert(column, qlonglong(v.data)); break;
        case Value::Real: out.insert(column, std::bit_cast<double>(v.data)); break;
        case Value::Text:
            out.insert(column, QString::fromUtf8(text.constData() + v.data, qsizetype(v.size)));
            break;
        }
    }
    return out;
}

void BulkInsert::append(const QVariant &v)
{
    Value value;
    if (v.isNull()) {
        values << value;
        return;
    }
    switch (storageOf(v.typeId())) {
    case Storage::Integer:
        value.kind = Value::Integer;
        value.data = v.toLongLong();
        break;
    case Storage::Real:
        value.kind = Value::Real;
        value.data = std::bit_cast<qint64>(v.toDouble());
        break;
    default: {
        value.kind = Value::Text;
        value.data = text.size();
        appendUtf8(text, v.toString());
        value.size = quint32(text.size() - value.data);
        break;
    }
    }
    values << value;
}

} // namespace maillage
