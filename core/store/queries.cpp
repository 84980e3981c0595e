// The typed reads and writes that features and views need beyond whole entities: every one
// of them is here, in core/store, so that no SQL text lives anywhere else (enforced by
// tests/core/tst_layering). Each goes through the store's statement cache and reports a
// read error as nullopt with the reason, never as an empty list.
#include "core/store/postgres.h"
#include "core/store/reads.h"
#include "core/store/repositories.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace maillage {

using namespace reads;

namespace {

#define K(x) QStringLiteral(x)

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

/// Whether `table` (and each of `columns`) is one of the schema's: names reach SQL text here,
/// so anything else is refused.
bool known(const QString &table, const QStringList &columns, QString *error)
{
    const TableInfo *info = schema::table(table);
    QString bad;
    if (!info)
        bad = table;
    else
        for (const QString &c : columns)
            if (!c.isEmpty() && !info->columns.contains(c)) {
                bad = table + QLatin1Char('.') + c;
                break;
            }
    if (bad.isEmpty())
        return true;
    if (error)
        *error = QCoreApplication::translate("maillage::Store", "no such table or column: %1")
                     .arg(bad);
    return false;
}

bool run(const Store &store, const QString &sql, const QVariantList &binds, QString *error)
{
    Statement q = store.statement(sql);
    if (q.exec(binds))
        return true;
    if (error)
        *error = q.error();
    return false;
}

template <class T> std::optional<T> scalar(const Store &store, const QString &sql,
                                           const QVariantList &binds, QString *error)
{
    auto all = readAll<T>(store, sql, binds,
                          [](const Statement &q) { return q.value(0).value<T>(); }, error);
    if (!all)
        return std::nullopt;
    return all->isEmpty() ? T() : all->first();
}

} // namespace

// --- Store: whole-table reads and writes by name ------------------------------------------

std::optional<QList<qint64>> Store::ids(const QString &table, const QString &column,
                                        const QVariant &value, QString *error) const
{
    if (!known(table, {K("id"), column}, error))
        return std::nullopt;
    QString sql = K("SELECT id FROM %1").arg(quoted(table));
    if (!column.isEmpty())
        sql += K(" WHERE %1 = ?").arg(quoted(column));
    sql += K(" ORDER BY id");
    return readAll<qint64>(*this, sql, column.isEmpty() ? QVariantList() : QVariantList{value},
                           [](const Statement &q) { return q.value(0).toLongLong(); }, error);
}

std::optional<qint64> Store::countWhere(const QString &table, const QString &column,
                                        const QVariant &value, QString *error) const
{
    if (!known(table, {column}, error))
        return std::nullopt;
    return scalar<qint64>(*this,
                          K("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(quoted(table), quoted(column)),
                          {value}, error);
}

std::optional<QSet<qint64>> Store::distinctRefs(const QString &table, const QString &column,
                                                QString *error, bool nullAsZero) const
{
    if (!known(table, {column}, error))
        return std::nullopt;
    const auto all = readAll<qint64>(
        *this, (nullAsZero ? K("SELECT DISTINCT coalesce(%1, 0) FROM %2")
                    : K("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL"))
            .arg(quoted(column), quoted(table)),
        {}, [](const Statement &q) { return q.value(0).toLongLong(); }, error);
    if (!all)
        return std::nullopt;
    return QSet<qint64>(all->begin(), all->end());
}

std::optional<qint64> Store::maxId(const QString &table, QString *error) const
{
    if (!known(table, {K("id")}, error))
        return std::nullopt;
    // On a server, others' inserts draw their ids from the table's counter, whose last value
    // may be past the largest id of the rows committed yet.
    if (m_shared)
        return scalar<qint64>(
            *this,
            K("SELECT GREATEST(coalesce(max(id), 0), coalesce(pg_sequence_last_value("
              "pg_get_serial_sequence(?, 'id')::regclass), 0)) FROM %1")
                .arg(quoted(table)),
            {table}, error);
    return scalar<qint64>(*this, K("SELECT coalesce(max(id), 0) FROM %1").arg(quoted(table)), {},
                          error);
}

std::optional<QList<QPair<qint64, qint64>>> Store::pairs(const QString &table,
                                                         const QString &first,
                                                         const QString &second,
                                                         QString *error) const
{
    if (!known(table, {first, second}, error))
        return std::nullopt;
    return readAll<QPair<qint64, qint64>>(
        *this,
        K("SELECT %1, %2 FROM %3 ORDER BY %1, %2").arg(quoted(first), quoted(second), quoted(table)),
        {},
        [](const Statement &q) { return qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong()); },
        error);
}

bool Store::clearTable(const QString &table, QString *error)
{
    if (!known(table, {}, error))
        return false;
    return run(*this, K("DELETE FROM %1").arg(quoted(table)), {}, error);
}

bool Store::deleteAllBut(const QString &table, const QList<qint64> &keep, QString *error)
{
    if (!known(table, {K("id")}, error))
        return false;
    // The ids are numbers written into the statement, which is run once (not cached).
    QStringList list;
    list.reserve(keep.size());
    for (qint64 id : keep)
        list << QString::number(id);
    QSqlQuery q(m_db);
    if (q.exec(K("DELETE FROM %1 WHERE id NOT IN (%2)").arg(quoted(table), list.join(QLatin1Char(',')))))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool Store::vacuum(QString *error)
{
    if (m_shared)
        return postgres::vacuumTerritory(*this, error);
    // Not through the cache: VACUUM fails while any statement is still open.
    QSqlQuery q(m_db);
    if (q.exec(K("VACUUM")))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// --- Projections ---------------------------------------------------------------------------

std::optional<QList<ActorListRow>> Projections::listRows(qint64 from, qint64 to,
                                                         QString *error) const
{
    return readRows<ActorListRow>(
        m_store,
        K("SELECT id, name, organisation, role, commune, category_id, influence, interest, "
          "attitude, engagement FROM actor WHERE id BETWEEN ? AND ? ORDER BY id"),
        {from, to},
        [](const auto &c) {
            ActorListRow r;
            r.id = c.integer(0);
            r.name = c.text(1);
            r.organisation = c.text(2);
            r.role = c.text(3);
            r.commune = c.text(4);
            r.categoryId = c.ref(5);
            r.influence = int(c.integer(6));
            r.interest = int(c.integer(7));
            r.attitude = int(c.integer(8));
            r.engagement = int(c.integer(9));
            return r;
        },
        error);
}

std::optional<QList<QPair<qint64, qint64>>> Projections::actorTags(qint64 from, qint64 to,
                                                                   QString *error) const
{
    return readAll<QPair<qint64, qint64>>(
        m_store,
        K("SELECT actor_id, tag_id FROM actor_tag WHERE actor_id BETWEEN ? AND ? "
          "ORDER BY actor_id, tag_id"),
        {from, to},
        [](const Statement &q) { return qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong()); },
        error);
}

std::optional<QList<Actor>> Projections::timelineActors(QString *error) const
{
    return readAll<Actor>(
        m_store,
        K("SELECT id, name, category_id, influence, interest, attitude, engagement, is_person, "
          "x, y, since, until FROM actor ORDER BY id"),
        {},
        [](const Statement &q) {
            Actor a;
            a.id = q.value(0).toLongLong();
            a.name = text(q, 1);
            a.categoryId = q.value(2).toLongLong();
            a.influence = q.value(3).toInt();
            a.interest = q.value(4).toInt();
            a.attitude = q.value(5).toInt();
            a.engagement = q.value(6).toInt();
            a.isPerson = q.value(7).toInt() != 0;
            a.x = realAt(q, 8);
            a.y = realAt(q, 9);
            a.since = dateAt(q, 10);
            a.until = dateAt(q, 11);
            return a;
        },
        error);
}

std::optional<QList<Link>> Projections::timelineLinks(QString *error) const
{
    return readAll<Link>(
        m_store,
        K("SELECT id, source_id, target_id, type_id, strength, since, until FROM link "
          "ORDER BY id"),
        {},
        [](const Statement &q) {
            Link l;
            l.id = q.value(0).toLongLong();
            l.sourceId = q.value(1).toLongLong();
            l.targetId = q.value(2).toLongLong();
            l.typeId = q.value(3).toLongLong();
            l.strength = q.value(4).toInt();
            l.since = dateAt(q, 5);
            l.until = dateAt(q, 6);
            return l;
        },
        error);
}

std::optional<QList<SnapshotSummary>> Projections::snapshots(std::optional<qint64> id,
                                                             QString *error) const
{
    if (m_store.isShared()) {
        // PostgreSQL 15 has no test of valid JSON that cannot fail: the counts are read here.
        const QString sql = K("SELECT id, name, taken_at, note, content FROM snapshot %1 "
                              "ORDER BY taken_at, id")
                                .arg(id ? K("WHERE id = ?") : QString());
        return readAll<SnapshotSummary>(
            m_store, sql, id ? QVariantList{*id} : QVariantList(),
            [](const Statement &q) {
                const QJsonObject content =
                    QJsonDocument::fromJson(text(q, 4).toUtf8()).object();
                return SnapshotSummary{q.value(0).toLongLong(), text(q, 1), text(q, 2),
                                       text(q, 3),
                                       int(content.value(QLatin1String("actors")).toArray().size()),
                                       int(content.value(QLatin1String("links")).toArray().size())};
            },
            error);
    }
    const QString sql =
        K("SELECT id, name, taken_at, note, "
          "CASE WHEN json_valid(content) THEN json_array_length(content, '$.actors') END, "
          "CASE WHEN json_valid(content) THEN json_array_length(content, '$.links') END "
          "FROM snapshot %1 ORDER BY taken_at, id")
            .arg(id ? K("WHERE id = ?") : QString());
    return readAll<SnapshotSummary>(
        m_store, sql, id ? QVariantList{*id} : QVariantList(),
        [](const Statement &q) {
            return SnapshotSummary{q.value(0).toLongLong(), text(q, 1), text(q, 2), text(q, 3),
                                   q.value(4).toInt(),      q.value(5).toInt()};
        },
        error);
}

std::optional<QString> Projections::snapshotContent(qint64 id, QString *error) const
{
    const auto all = readAll<QString>(m_store, K("SELECT content FROM snapshot WHERE id = ?"),
                                      {id}, [](const Statement &q) { return text(q, 0); }, error);
    if (!all || all->isEmpty())
        return std::nullopt;
    return all->first();
}

std::optional<QList<SnapshotContent>> Projections::snapshotContents(QString *error) const
{
    return readAll<SnapshotContent>(
        m_store, K("SELECT id, name, content FROM snapshot ORDER BY id"), {},
        [](const Statement &q) {
            return SnapshotContent{q.value(0).toLongLong(), text(q, 1), text(q, 2)};
        },
        error);
}

std::optional<QList<ImportIdentity>> Projections::importIdentities(const QString &table,
                                                                   QString *error) const
{
    if (table != QLatin1String("actor") && table != QLatin1String("link"))
        return QList<ImportIdentity>();
    return readAll<ImportIdentity>(
        m_store,
        K("SELECT id, import_source, import_key FROM %1 WHERE import_key IS NOT NULL ORDER BY id")
            .arg(quoted(table)),
        {},
        [](const Statement &q) {
            return ImportIdentity{q.value(0).toLongLong(), text(q, 1), text(q, 2)};
        },
        error);
}

std::optional<QList<std::tuple<qint64, qint64, QString>>>
Projections::problemActorRoles(QString *error) const
{
    return readAll<std::tuple<qint64, qint64, QString>>(
        m_store,
        K("SELECT problem_id, actor_id, role FROM problem_actor ORDER BY problem_id, actor_id, "
          "role"),
        {},
        [](const Statement &q) {
            return std::make_tuple(q.value(0).toLongLong(), q.value(1).toLongLong(), text(q, 2));
        },
        error);
}

} // namespace maillage
