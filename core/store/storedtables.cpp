#include "core/store/storedtables.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace maillage {

namespace {

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Qt binds a QVariant holding a null QString as NULL; an empty text stays empty text.
QVariant bindable(const QVariant &v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

/// On a server (a shared territory) a row's "rowid" is its id, as in a file; in a table
/// without ids (join rows) its place in the table, ctid (block, offset) as one number: stable
/// for the time of an erasure (a row someone changed meanwhile has moved, and the rewrite
/// then touches nothing).
bool serverIds(const QString &table)
{
    const TableInfo *info = schema::table(table);
    return info && info->hasId();
}
QString serverRowid(const QString &table)
{
    return serverIds(table) ? QStringLiteral("id")
                            : QStringLiteral("((ctid::text::point)[0]::bigint * 65536 + "
                                             "(ctid::text::point)[1]::bigint)");
}

} // namespace

QStringList storedTables(const Store &store)
{
    QSqlQuery q(store.database());
    QStringList out;
    if (store.isShared()) {
        // The territory's own tables; maillage_row holds versions (ids and roles), no text.
        if (!q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                   "table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                   "AND table_name <> 'maillage_row' ORDER BY table_name")))
            return out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                               "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<StoredColumn> storedColumns(const Store &store, const QString &table)
{
    QList<StoredColumn> out;
    QSqlQuery q(store.database());
    if (store.isShared()) {
        q.prepare(QStringLiteral(
            "SELECT c.column_name, upper(c.data_type), EXISTS (SELECT 1 FROM pg_index i JOIN "
            "pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) WHERE "
            "i.indisunique AND NOT i.indisprimary AND i.indrelid = (quote_ident(c.table_schema) || "
            "'.' || quote_ident(c.table_name))::regclass AND a.attname = c.column_name) "
            "FROM information_schema.columns c WHERE c.table_schema = current_schema() AND "
            "c.table_name = ? ORDER BY c.ordinal_position"));
        q.addBindValue(table);
        if (q.exec())
            while (q.next())
                out << StoredColumn{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
        return out;
    }
    q.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?) ORDER BY cid"));
    q.addBindValue(table);
    if (!q.exec())
        return out;
    while (q.next())
        out << StoredColumn{q.value(0).toString(), q.value(1).toString(), false};
    // Columns of UNIQUE constraints and unique indexes (a PRIMARY KEY on rowid is no index:
    // its values are integers, never text).
    QSqlQuery u(store.database());
    u.prepare(QStringLiteral("SELECT DISTINCT ii.name FROM pragma_index_list(?) AS il, "
                             "pragma_index_info(il.name) AS ii WHERE il.\"unique\" = 1"));
    u.addBindValue(table);
    if (u.exec()) {
        while (u.next()) {
            const QString column = u.value(0).toString();
            for (StoredColumn &c : out)
                if (c.name == column)
                    c.unique = true;
        }
    }
    return out;
}

QList<StoredRow> storedRows(const Store &store, const QString &table)
{
    QList<StoredRow> out;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // "_rowid_" rather than "rowid": a table may have a column named rowid, never both.
    const QString rowid = store.isShared() ? serverRowid(table) : QStringLiteral("_rowid_");
    if (!q.exec(QStringLiteral("SELECT %2, * FROM %1 ORDER BY 1").arg(quoted(table), rowid)))
        return out;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        StoredRow r;
        r.rowid = q.value(0).toLongLong();
        for (int i = 1; i < rec.count(); ++i)
            r.values.insert(rec.fieldName(i), rec.value(i));
        out << r;
    }
    return out;
}

bool updateStoredRow(Store &store, const QString &table, qint64 rowid, const Row &values,
                     QString *error)
{
    if (values.isEmpty())
        return true;
    QStringList known;
    for (const StoredColumn &c : storedColumns(store, table))
        known << c.name;
    QStringList sets;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!known.contains(it.key())) {
            if (error)
                *error = Store::tr("The table “%1” has no column “%2”.").arg(table, it.key());
            return false;
        }
        sets << quoted(it.key()) + QStringLiteral(" = ?");
        binds << bindable(it.value());
    }
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                  .arg(quoted(table), sets.join(QStringLiteral(", ")),
                       !store.isShared() ? QStringLiteral("_rowid_ = ?")
                       : serverIds(table) ? QStringLiteral("id = ?")
                                          : QStringLiteral("ctid = format('(%s,%s)', ?::bigint / 65536, "
                                                           "?::bigint % 65536)::tid")));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(rowid);
    if (store.isShared() && !serverIds(table))
        q.addBindValue(rowid);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace maillage
