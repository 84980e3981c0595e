#include "core/store/postgresversions.h"

#include "core/store/schema.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace maillage::postgres {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::postgres)
};

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString idArray(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return QLatin1Char('{') + s.join(QLatin1Char(',')) + QLatin1Char('}');
}

/// Keeps in `said` the first conflict found, or a later one that names its row (an actor
/// rather than the links a deletion took with it): the one the refusal says.
void keepNamed(std::optional<Conflict> &said, const Conflict &c)
{
    if (!said || (said->name.isEmpty() && !c.name.isEmpty()))
        said = c;
}

bool isNullish(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return true;
    return v.typeId() == QMetaType::Double && std::isnan(v.toDouble());
}

/// Whether the server's value is the one a command wrote (as the generic path compares
/// them: numbers as numbers, the rest as text).
bool sameValue(const QVariant &server, const QVariant &written)
{
    if (isNullish(server) || isNullish(written))
        return isNullish(server) == isNullish(written);
    bool a = false, b = false;
    const double x = server.toDouble(&a), y = written.toDouble(&b);
    if (a && b)
        return x == y;
    if (written.typeId() == QMetaType::Bool)
        return server.toLongLong() == (written.toBool() ? 1 : 0);
    return server.toString() == written.toString();
}

/// The stamps a command writes with its values: its own, never anyone else's edit.
bool isStamp(const QString &column)
{
    return column == QLatin1String("updated_at") || column == QLatin1String("created_at");
}

} // namespace

bool RowVersions::start(Store &store, QString *error)
{
    stop();
    if (!store.isShared() || store.isReadOnly())
        return true;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT to_regclass('maillage_row') IS NOT NULL, "
                               "txid_current_snapshot()::text")) ||
        !q.next()) {
        if (error)
            *error = q.lastError().databaseText().simplified();
        return false;
    }
    m_active = q.value(0).toBool();
    m_snapshot = q.value(1).toString();
    return true;
}

void RowVersions::stop()
{
    m_active = false;
    m_snapshot.clear();
    m_own.clear();
    m_known.clear();
    m_pending = 0;
    m_last = 0;
}

std::optional<Conflict> RowVersions::check(Store &store, const QList<RowCheck> &rows, bool replay,
                                           bool *ok, QString *error)
{
    *ok = true;
    if (!m_active || rows.isEmpty())
        return std::nullopt;
    auto failed = [&](const QString &why) {
        *ok = false;
        if (error)
            *error = why;
        return std::nullopt;
    };
    // The first conflict of each table (keepNamed).
    std::optional<Conflict> said;
    // Table by table, in the order first named.
    QStringList order;
    QHash<QString, QList<int>> byTable;
    for (int i = 0; i < rows.size(); ++i) {
        if (!byTable.contains(rows.at(i).table))
            order << rows.at(i).table;
        byTable[rows.at(i).table] << i;
    }
    for (const QString &table : std::as_const(order)) {
        const TableInfo *info = schema::table(table);
        if (!info || !info->hasId())
            continue;
        QList<qint64> ids;
        QStringList columns;
        for (int i : byTable.value(table)) {
            ids << rows.at(i).id;
            for (auto it = rows.at(i).expected.keyBegin(); it != rows.at(i).expected.keyEnd(); ++it)
                if (!columns.contains(*it) && *it != QLatin1String("id") && !isStamp(*it) &&
                    info->columns.contains(*it))
                    columns << *it;
        }
        columns.sort();
        const bool named = info->columns.contains(QStringLiteral("name"));
        QString select = QStringLiteral(
            "SELECT r.id, m.tx, m.by, m.op, array_to_string(m.columns, ','), "
            "m.tx IS NULL OR txid_visible_in_snapshot(m.tx, ?::txid_snapshot), %1")
                             .arg(named ? QStringLiteral("r.name") : QStringLiteral("NULL"));
        for (const QString &c : std::as_const(columns))
            select += QStringLiteral(", r.") + quoted(c);
        // Locked in id order, so that two clients editing the same rows queue, not deadlock.
        select += QStringLiteral(" FROM %1 r LEFT JOIN maillage_row m ON m.tbl = ? AND m.id = r.id "
                                 "WHERE r.id = ANY (?::bigint[]) ORDER BY r.id FOR UPDATE OF r")
                      .arg(quoted(table));
        struct Found
        {
            qint64 tx = 0;
            QString by, op, name;
            QStringList columns;
            bool visible = true;
            QVariantList values;
        };
        QHash<qint64, Found> found;
        {
            Statement q = store.statement(select);
            if (!q.exec({m_snapshot, table, idArray(ids)}))
                return failed(q.error());
            while (q.next()) {
                Found f;
                f.tx = q.isNull(1) ? 0 : q.value(1).toLongLong();
                f.by = q.value(2).toString();
                f.op = q.value(3).toString();
                f.columns = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
                f.visible = q.value(5).toBool();
                f.name = q.value(6).toString();
                for (int c = 0; c < columns.size(); ++c)
                    f.values << q.value(7 + c);
                found.insert(q.value(0).toLongLong(), f);
            }
        }
        QList<qint64> missing;
        for (qint64 id : std::as_const(ids))
            if (!found.contains(id))
                missing << id;
        QHash<qint64, Found> gone;
        if (!missing.isEmpty()) {
            Statement q = store.statement(QStringLiteral(
                "SELECT id, tx, by, op FROM maillage_row WHERE tbl = ? AND id = ANY (?::bigint[])"));
            if (!q.exec({table, idArray(missing)}))
                return failed(q.error());
            while (q.next())
                gone.insert(q.value(0).toLongLong(),
                            Found{q.value(1).toLongLong(), q.value(2).toString(),
                                  q.value(3).toString(), QString(), {}, false, {}});
        }
        for (int i : byTable.value(table)) {
            if (said && said->table == table)
                break;
            const RowCheck &r = rows.at(i);
            Conflict c{table, r.id, {}, QStringLiteral("update"), {}, 0, r.name, {}};
            const auto here = found.constFind(r.id);
            if (here == found.constEnd()) {
                if (r.mustBeGone)
                    continue;
                const auto g = gone.constFind(r.id);
                if (g == gone.constEnd() || g->op != QLatin1String("delete") || m_own.contains(g->tx))
                    continue;  // never there, or gone by this client's own edit
                c.by = g->by;
                c.op = g->op;
                c.tx = g->tx;
                keepNamed(said, c);
                continue;
            }
            const Found &f = *here;
            if (r.mustBeGone)
                continue;
            c.name = r.name.isEmpty() ? f.name : r.name;
            c.tx = f.tx;
            c.columns = f.columns;
            if (f.columns.contains(QStringLiteral("name")))
                c.nowReads = f.name;
            const bool own = f.tx == 0 || m_own.contains(f.tx);
            if (!replay) {
                const auto k = m_known.constFind({table, r.id});
                const bool read = own || (k != m_known.constEnd() ? *k == f.tx : f.visible);
                if (read)
                    continue;
                c.by = f.by;
                keepNamed(said, c);
                continue;
            }
            if (!own) {
                c.by = f.by;
                keepNamed(said, c);
                continue;
            }
            // The last writer is this client, yet the row no longer holds what the command
            // left there: someone changed it before a later step of ours that was undone.
            QStringList differ;
            for (int col = 0; col < columns.size(); ++col)
                if (r.expected.contains(columns.at(col)) &&
                    !sameValue(f.values.at(col), r.expected.value(columns.at(col))))
                    differ << columns.at(col);
            if (differ.isEmpty())
                continue;
            c.columns = differ;
            c.nowReads = differ.contains(QStringLiteral("name")) ? f.name : QString();
            keepNamed(said, c);
        }
    }
    return said;
}

std::optional<Conflict> RowVersions::checkInserted(Store &store, const QList<BulkInsert> &inserts,
                                                   qint64 stepTx, bool undo, bool *ok,
                                                   QString *error)
{
    *ok = true;
    if (!m_active)
        return std::nullopt;
    auto failed = [&](const QString &why) {
        *ok = false;
        if (error)
            *error = why;
        return std::nullopt;
    };
    // The first conflict of each table (keepNamed).
    std::optional<Conflict> said;
    auto inserted = [&](const QString &table, qint64 id) {
        for (const BulkInsert &o : inserts)
            if (o.table == table && id >= o.firstId && id < o.firstId + o.size())
                return true;
        return false;
    };
    for (const BulkInsert &b : inserts) {
        const TableInfo *info = schema::table(b.table);
        if (b.masks.isEmpty() || !info || !info->hasId())
            continue;
        const qint64 first = b.firstId, last = b.firstId + b.size() - 1;
        const bool named = info->columns.contains(QStringLiteral("name"));
        const QString name = named ? QStringLiteral("r.name") : QStringLiteral("NULL");
        auto nameOf = [&](qint64 id) {
            return named ? b.row(id - first).value(QStringLiteral("name")).toString() : QString();
        };
        if (!undo) {
            // Redo: the ids are the step's own (the server's counter went past them), so a row
            // there was written by someone else since the undo.
            Statement q = store.statement(
                QStringLiteral("SELECT r.id, m.tx, m.by, m.op, array_to_string(m.columns, ','), %1 "
                               "FROM %2 r LEFT JOIN maillage_row m ON m.tbl = ? AND m.id = r.id "
                               "WHERE r.id BETWEEN ? AND ? ORDER BY r.id LIMIT 1")
                    .arg(name, quoted(b.table)));
            if (!q.exec({b.table, first, last}))
                return failed(q.error());
            if (q.next())
                keepNamed(said, Conflict{b.table, q.value(0).toLongLong(), q.value(2).toString(),
                               QStringLiteral("update"),
                               q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                               q.value(1).toLongLong(), q.value(5).toString(), {}});
            continue;
        }
        // Undo: every row of the range locked in id order (two clients queue, as for edits).
        qint64 present = 0;
        {
            Statement q = store.statement(
                QStringLiteral("SELECT count(*) FROM (SELECT id FROM %1 WHERE id BETWEEN ? AND ? "
                               "ORDER BY id FOR UPDATE) s")
                    .arg(quoted(b.table)));
            if (!q.exec({first, last}) || !q.next())
                return failed(q.error());
            present = q.value(0).toLongLong();
        }
        if (present < b.size()) {
            // Some are gone: who deleted the first of them.
            Statement q = store.statement(
                QStringLiteral("SELECT m.id, m.tx, m.by FROM maillage_row m WHERE m.tbl = ? AND "
                               "m.id BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM %1 r WHERE "
                               "r.id = m.id) ORDER BY m.id LIMIT 1")
                    .arg(quoted(b.table)));
            if (!q.exec({b.table, first, last}))
                return failed(q.error());
            if (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                keepNamed(said, Conflict{b.table, id, q.value(2).toString(), QStringLiteral("delete"), {},
                               q.value(1).toLongLong(), nameOf(id), {}});
                continue;
            }
        }
        // The rows written since the step: by someone else, refused; by this client (a later
        // step, undone since), refused when they no longer hold the step's values.
        QStringList columns;
        for (const QString &c : info->columns)
            if (c != QLatin1String("id") && !isStamp(c))
                columns << c;
        QString select = QStringLiteral("SELECT r.id, m.tx, m.by, array_to_string(m.columns, ','), %1")
                             .arg(name);
        for (const QString &c : std::as_const(columns))
            select += QStringLiteral(", r.") + quoted(c);
        select += QStringLiteral(" FROM %1 r JOIN maillage_row m ON m.tbl = ? AND m.id = r.id "
                                 "WHERE r.id BETWEEN ? AND ? AND m.tx <> ? ORDER BY r.id")
                      .arg(quoted(b.table));
        Statement q = store.statement(select);
        if (!q.exec({b.table, first, last, stepTx}))
            return failed(q.error());
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong(), tx = q.value(1).toLongLong();
            Conflict c{b.table, id, {}, QStringLiteral("update"),
                       q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), tx,
                       q.value(4).toString(), {}};
            if (!m_own.contains(tx)) {
                c.by = q.value(2).toString();
                if (c.columns.contains(QStringLiteral("name")))
                    c.nowReads = c.name;
                c.name = nameOf(id);
                keepNamed(said, c);
                break;
            }
            const Row wrote = b.row(id - first);
            QStringList differ;
            for (int col = 0; col < columns.size(); ++col)
                if (wrote.contains(columns.at(col)) &&
                    !sameValue(q.value(5 + col), wrote.value(columns.at(col))))
                    differ << columns.at(col);
            if (differ.isEmpty())
                continue;
            c.columns = differ;
            c.nowReads = differ.contains(QStringLiteral("name")) ? c.name : QString();
            c.name = nameOf(id);
            keepNamed(said, c);
            break;
        }
        // Rows of others that point at the inserted ones (a link drawn to an imported actor):
        // deleting them would delete or change those too.
        for (const ForeignKey &fk : schema::referencing(b.table)) {
            const TableInfo *child = schema::table(fk.table);
            if (!child || !child->hasId())
                continue;
            Statement r = store.statement(
                QStringLiteral("SELECT c.%1, m.tx, m.by, c.id FROM %2 c JOIN maillage_row m ON "
                               "m.tbl = ? AND m.id = c.id WHERE c.%1 BETWEEN ? AND ? AND m.tx <> ? "
                               "ORDER BY c.id LIMIT 1000")
                    .arg(quoted(fk.column), quoted(fk.table)));
            if (!r.exec({fk.table, first, last, stepTx}))
                return failed(r.error());
            while (r.next()) {
                // The step's own rows (its links) were checked above, as rows of their table.
                if (m_own.contains(r.value(1).toLongLong()) || inserted(fk.table, r.value(3).toLongLong()))
                    continue;
                const qint64 id = r.value(0).toLongLong();
                keepNamed(said, Conflict{b.table, id, r.value(2).toString(), QStringLiteral("update"), {},
                               r.value(1).toLongLong(), nameOf(id), {}});
                break;
            }
        }
    }
    return said;
}

bool RowVersions::noteTransaction(Store &store, QString *error)
{
    if (!m_active)
        return true;
    Statement q = store.statement(QStringLiteral("SELECT txid_current()"));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.error();
        return false;
    }
    m_pending = q.value(0).toLongLong();
    return true;
}

void RowVersions::committed()
{
    if (m_pending != 0)
        m_own.insert(m_pending);
    if (m_pending != 0)
        m_last = m_pending;
    m_pending = 0;
}

void RowVersions::seen(const QString &table, qint64 id, qint64 tx)
{
    if (m_active && tx != 0)
        m_known.insert({table, id}, tx);
}

QString RowVersions::message(const Conflict &c, bool replay, bool undo)
{
    const QString who = c.by.isEmpty() ? Tr::tr("Someone else") : c.by;
    const bool deleted = c.op == QLatin1String("delete");
    const bool renamed = !deleted && !c.nowReads.isEmpty() && c.columns.contains(QStringLiteral("name"));
    const bool moved = !deleted && !renamed &&
                       (c.columns.contains(QStringLiteral("x")) || c.columns.contains(QStringLiteral("y")));
    if (c.name.isEmpty()) {
        if (replay)
            return undo ? Tr::tr("Not undone: %1 changed that row since your edit. The step was "
                                 "taken out of the history, so their change stays.").arg(who)
                        : Tr::tr("Not redone: %1 changed that row since. The step was taken out "
                                 "of the history, so their change stays.").arg(who);
        return deleted ? Tr::tr("%1 deleted what you were changing since you read it. Your change "
                                "was not saved.").arg(who)
                       : Tr::tr("%1 changed what you were changing since you read it. Your change "
                                "was not saved.").arg(who);
    }
    if (replay) {
        if (deleted)
            return undo ? Tr::tr("Not undone: %1 deleted “%2” since your edit. The step was taken "
                                 "out of the history.").arg(who, c.name)
                        : Tr::tr("Not redone: %1 deleted “%2” since. The step was taken out of "
                                 "the history.").arg(who, c.name);
        return undo ? Tr::tr("Not undone: %1 changed “%2” since your edit. The step was taken out "
                             "of the history, so their change stays.").arg(who, c.name)
                    : Tr::tr("Not redone: %1 changed “%2” since. The step was taken out of the "
                             "history, so their change stays.").arg(who, c.name);
    }
    if (deleted)
        return Tr::tr("%1 deleted “%2” since you read it. Your change was not saved.").arg(who, c.name);
    if (renamed)
        return Tr::tr("%1 changed the name to “%2” since you read it. Your change was not saved.")
            .arg(who, c.nowReads);
    if (moved)
        return Tr::tr("%1 moved “%2” since you read it. Your change was not saved.").arg(who, c.name);
    return Tr::tr("%1 changed “%2” since you read it. Your change was not saved.").arg(who, c.name);
}

} // namespace maillage::postgres
