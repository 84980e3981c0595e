#pragma once
// Internal to core/store: reading typed values out of a cached Statement by column index.

#include "repositories.h"

#include <QSqlError>

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


} // namespace maillage::reads
