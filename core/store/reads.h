#pragma once
// Internal to core/store: reading typed values out of a cached Statement by column index.

#include "core/store/repositories.h"

#include <QSqlError>

#include <sqlite3.h>

#include <limits>

namespace maillage::reads {

inline QString text(const Statement &q, int i)
{
    return q.value(i).toString();
}
inline qint64 refAt(const Statement &q, int i)
{
    return convert::ref(q.value(i));
}
inline double realAt(const Statement &q, int i)
{
    return convert::real(q.value(i));
}
inline QDate dateAt(const Statement &q, int i)
{
    return convert::date(q.value(i));
}

/// Runs `sql` with `binds` and reads every row with `read`; nullopt (and `error`) on failure.
template <class T, class Read>
std::optional<QList<T>> readAll(const Store &store, const QString &sql, const QVariantList &binds,
                                Read read, QString *error)
{
    Statement q = store.statement(sql);
    if (!q.exec(binds)) {
        if (error)
            *error = q.error();
        return std::nullopt;
    }
    QList<T> out;
    while (q.next())
        out.append(read(q));
    if (q.query().lastError().isValid()) {
        if (error)
            *error = q.query().lastError().text();
        return std::nullopt;
    }
    return out;
}

template <class T, class Read>
std::optional<T> readOne(const Store &store, const QString &sql, qint64 id, Read read,
                         QString *error)
{
    const auto all = readAll<T>(store, sql, {id}, read, error);
    if (!all || all->isEmpty())
        return std::nullopt;
    return all->first();
}

/// Typed access to the current row of a statement, for readers written once for both
/// sides of the store: SQLite's own statement (RawCursor) or Qt's (QtCursor). NULL reads as
/// 0, NaN, an empty string.
struct RawCursor
{
    sqlite3_stmt *st;
    bool isNull(int i) const { return sqlite3_column_type(st, i) == SQLITE_NULL; }
    qint64 integer(int i) const { return sqlite3_column_int64(st, i); }
    qint64 ref(int i) const { return integer(i); }
    double real(int i) const
    {
        return isNull(i) ? std::numeric_limits<double>::quiet_NaN() : sqlite3_column_double(st, i);
    }
    QString text(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, i)) : QString();
    }
};
struct QtCursor
{
    const Statement &q;
    bool isNull(int i) const { return q.isNull(i); }
    qint64 integer(int i) const { return q.value(i).toLongLong(); }
    qint64 ref(int i) const { return refAt(q, i); }
    double real(int i) const { return realAt(q, i); }
    QString text(int i) const { return reads::text(q, i); }
};

template <class C> QDate dateOf(const C &c, int i)
{
    return c.isNull(i) ? QDate() : QDate::fromString(c.text(i), Qt::ISODate);
}

/// As readAll, with `read` taking a cursor (`[](const auto &c)`): on SQLite the rows are read
/// straight from its statement (prepared once, see Store::rawStatement), without the
/// QVariant per value and the row cache of Qt's driver (a third of opening 100 000 actors);
/// on another driver through Qt's. `binds` are integers or text.
template <class T, class Read>
std::optional<QList<T>> readRows(const Store &store, const QString &sql,
                                 const QVariantList &binds, Read read, QString *error)
{
    sqlite3 *db = store.handle();
    if (!db)
        return readAll<T>(store, sql, binds,
                          [&](const Statement &q) { return read(QtCursor{q}); }, error);
    QString why;
    sqlite3_stmt *st = store.rawStatement(sql, &why);
    if (!st) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.isNull())
            sqlite3_bind_null(st, i + 1);
        else if (v.typeId() == QMetaType::QString)
            sqlite3_bind_text16(st, i + 1, v.toString().utf16(), -1, SQLITE_TRANSIENT);
        else
            sqlite3_bind_int64(st, i + 1, v.toLongLong());
    }
    QList<T> out;
    const RawCursor cursor{st};
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        out.append(read(cursor));
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_reset(st);
        return std::nullopt;
    }
    sqlite3_reset(st);
    return out;
}

template <class T, class Read>
std::optional<T> readOneRow(const Store &store, const QString &sql, qint64 id, Read read,
                            QString *error)
{
    const auto all = readRows<T>(store, sql, {id}, read, error);
    if (!all || all->isEmpty())
        return std::nullopt;
    return all->first();
}

} // namespace maillage::reads
