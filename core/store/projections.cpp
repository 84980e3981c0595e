// The typed projections of core/store/repositories.h (Projections): one struct per frequent
// use, each read by one cached statement by column index, and the typed writes of the
// document's commands (positions, names, fields, whole actors and links, deletions).
// repositories.cpp holds the conversions, the row traits, the repositories and relations.
#include "core/store/repositories.h"
#include "core/store/reads.h"
#include "core/store/schema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace maillage {
using namespace convert;
using namespace reads;
} // namespace maillage

namespace maillage {

namespace {

constexpr auto kActorColumns =
    "id, name, category_id, organisation, role, sector, commune, email, phone, address, "
    "website, description, influence, interest, attitude, engagement, is_person, legal_basis, "
    "consent_date, consent_method, retention_date, last_contact, x, y, pinned, since, until, "
    "latitude, longitude, location_precision";
constexpr auto kLinkColumns =
    "id, source_id, target_id, type_id, strength, description, since, until, weight";

template <class C> Actor actorAt(const C &c)
{
    Actor a;
    a.id = c.integer(0);
    a.name = c.text(1);
    a.categoryId = c.ref(2);
    a.organisation = c.text(3);
    a.role = c.text(4);
    a.sector = c.text(5);
    a.commune = c.text(6);
    a.email = c.text(7);
    a.phone = c.text(8);
    a.address = c.text(9);
    a.website = c.text(10);
    a.description = c.text(11);
    a.influence = int(c.integer(12));
    a.interest = int(c.integer(13));
    a.attitude = int(c.integer(14));
    a.engagement = int(c.integer(15));
    a.isPerson = int(c.integer(16)) != 0;
    a.legalBasis = c.text(17);
    a.consentDate = dateOf(c, 18);
    a.consentMethod = c.text(19);
    a.retentionDate = dateOf(c, 20);
    a.lastContact = dateOf(c, 21);
    a.x = c.real(22);
    a.y = c.real(23);
    a.pinned = int(c.integer(24)) != 0;
    a.since = dateOf(c, 25);
    a.until = dateOf(c, 26);
    a.latitude = c.real(27);
    a.longitude = c.real(28);
    a.locationPrecision = c.text(29);
    return a;
}

template <class C> Link linkAt(const C &c)
{
    return {c.integer(0), c.ref(1), c.ref(2), c.ref(3), int(c.integer(4)),
            c.text(5), dateOf(c, 6), dateOf(c, 7), c.real(8)};
}

} // namespace

std::optional<QList<Actor>> Projections::actors(QString *error) const
{
    return readRows<Actor>(m_store,
                          QStringLiteral("SELECT %1 FROM actor ORDER BY id")
                              .arg(QLatin1String(kActorColumns)),
                          {}, [](const auto &c) { return actorAt(c); }, error);
}

std::optional<Actor> Projections::actor(qint64 id, QString *error) const
{
    return readOneRow<Actor>(m_store,
                          QStringLiteral("SELECT %1 FROM actor WHERE id = ?")
                              .arg(QLatin1String(kActorColumns)),
                          id, [](const auto &c) { return actorAt(c); }, error);
}

std::optional<QList<Link>> Projections::links(QString *error) const
{
    return readRows<Link>(m_store,
                         QStringLiteral("SELECT %1 FROM link ORDER BY id")
                             .arg(QLatin1String(kLinkColumns)),
                         {}, [](const auto &c) { return linkAt(c); }, error);
}

std::optional<Link> Projections::link(qint64 id, QString *error) const
{
    return readOneRow<Link>(m_store,
                         QStringLiteral("SELECT %1 FROM link WHERE id = ?")
                             .arg(QLatin1String(kLinkColumns)),
                         id, [](const auto &c) { return linkAt(c); }, error);
}

namespace {
template <class C> ActorPosition positionAt(const C &c)
{
    return {c.integer(0), c.real(1), c.real(2), int(c.integer(3)) != 0};
}
} // namespace

std::optional<QList<ActorPosition>> Projections::positions(QString *error) const
{
    return readRows<ActorPosition>(
        m_store, QStringLiteral("SELECT id, x, y, pinned FROM actor ORDER BY id"), {},
        [](const auto &c) { return positionAt(c); }, error);
}

std::optional<QList<ActorPosition>> Projections::positions(const QList<qint64> &ids,
                                                           QString *error) const
{
    QList<ActorPosition> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        const auto one = readRows<ActorPosition>(
            m_store, QStringLiteral("SELECT id, x, y, pinned FROM actor WHERE id = ?"), {id},
            [](const auto &c) { return positionAt(c); }, error);
        if (!one)
            return std::nullopt;
        if (!one->isEmpty())
            out << one->first();
    }
    return out;
}

std::optional<QList<ActorName>> Projections::names(QString *error) const
{
    return readRows<ActorName>(
        m_store, QStringLiteral("SELECT id, name, category_id, is_person FROM actor ORDER BY id"), {},
        [](const auto &c) {
            return ActorName{c.integer(0), c.text(1), c.integer(2), c.integer(3) != 0};
        },
        error);
}

std::optional<QList<ActorImportKey>> Projections::importKeys(QString *error) const
{
    return readAll<ActorImportKey>(
        m_store,
        QStringLiteral("SELECT id, import_source, import_key FROM actor "
                       "WHERE import_key IS NOT NULL AND import_key <> '' ORDER BY id"),
        {},
        [](const Statement &q) {
            return ActorImportKey{q.value(0).toLongLong(), text(q, 1), text(q, 2)};
        },
        error);
}

std::optional<QList<GraphNode>> Projections::graphNodes(QString *error) const
{
    return readRows<GraphNode>(
        m_store,
        QStringLiteral("SELECT id, name, category_id, influence, interest, x, y, pinned "
                       "FROM actor ORDER BY id"),
        {},
        [](const auto &c) {
            return GraphNode{c.integer(0),      c.text(1),         c.ref(2),
                             int(c.integer(3)), int(c.integer(4)), c.real(5),
                             c.real(6),         c.integer(7) != 0};
        },
        error);
}

namespace {
constexpr auto kMapActorColumns = "id, name, category_id, influence, is_person, x, y";
template <class C> MapActor mapActorAt(const C &c)
{
    return MapActor{c.integer(0), c.text(1), c.ref(2), int(c.integer(3)), c.integer(4) != 0,
                    c.real(5),    c.real(6)};
}
} // namespace

std::optional<QList<MapActor>> Projections::mapActors(QString *error) const
{
    return readRows<MapActor>(
        m_store,
        QStringLiteral("SELECT %1 FROM actor ORDER BY id").arg(QLatin1String(kMapActorColumns)),
        {}, [](const auto &c) { return mapActorAt(c); }, error);
}

std::optional<MapActor> Projections::mapActor(qint64 id, QString *error) const
{
    return readOneRow<MapActor>(
        m_store,
        QStringLiteral("SELECT %1 FROM actor WHERE id = ?").arg(QLatin1String(kMapActorColumns)),
        id, [](const auto &c) { return mapActorAt(c); }, error);
}

std::optional<QList<GraphEdge>> Projections::graphEdges(QString *error) const
{
    return readRows<GraphEdge>(
        m_store,
        QStringLiteral("SELECT l.id, l.source_id, l.target_id, l.type_id, l.strength, "
                       "t.directed, t.sign, l.weight "
                       "FROM link l LEFT JOIN link_type t ON t.id = l.type_id ORDER BY l.id"),
        {},
        [](const auto &c) {
            return GraphEdge{c.integer(0),      c.ref(1),          c.ref(2),
                             c.ref(3),          int(c.integer(4)), c.integer(5) != 0,
                             int(c.integer(6)), c.real(7)};
        },
        error);
}

std::optional<QList<MapEdge>> Projections::mapEdges(QString *error) const
{
    return readRows<MapEdge>(
        m_store,
        QStringLiteral("SELECT id, source_id, target_id, type_id, strength FROM link ORDER BY id"),
        {},
        [](const auto &c) {
            return MapEdge{c.integer(0), c.ref(1), c.ref(2), c.ref(3), int(c.integer(4))};
        },
        error);
}

std::optional<QList<QPair<qint64, QString>>> Projections::categories(QString *error) const
{
    return readAll<QPair<qint64, QString>>(
        m_store, QStringLiteral("SELECT id, name FROM category ORDER BY position, id"), {},
        [](const Statement &q) { return qMakePair(q.value(0).toLongLong(), text(q, 1)); },
        error);
}

std::optional<QHash<qint64, QPair<ActorPosition, QString>>>
Projections::stampedPositions(const QList<qint64> &ids, QString *error) const
{
    using Stamped = QPair<ActorPosition, QString>;
    auto read = [](const Statement &q) {
        return Stamped{positionAt(QtCursor{q}), text(q, 4)};
    };
    QHash<qint64, Stamped> out;
    if (ids.size() <= 32) {
        for (qint64 id : ids) {
            const auto one = readAll<Stamped>(
                m_store,
                QStringLiteral("SELECT id, x, y, pinned, updated_at FROM actor WHERE id = ?"),
                {id}, read, error);
            if (!one)
                return std::nullopt;
            if (!one->isEmpty())
                out.insert(id, one->first());
        }
        return out;
    }
    const QSet<qint64> wanted(ids.begin(), ids.end());
    const auto all = readAll<Stamped>(
        m_store, QStringLiteral("SELECT id, x, y, pinned, updated_at FROM actor"), {}, read,
        error);
    if (!all)
        return std::nullopt;
    for (const Stamped &s : *all)
        if (wanted.contains(s.first.id))
            out.insert(s.first.id, s);
    return out;
}

std::optional<QString> Projections::actorUpdatedAt(qint64 id, QString *error) const
{
    return readOne<QString>(m_store, QStringLiteral("SELECT updated_at FROM actor WHERE id = ?"),
                            id, [](const Statement &q) { return text(q, 0); }, error);
}

bool Projections::writePositions(Store &store, const QList<ActorPosition> &positions,
                                 const QList<QString> &updatedAt, QString *error)
{
    Statement q = store.statement(
        QStringLiteral("UPDATE actor SET x = ?, y = ?, updated_at = ? WHERE id = ?"));
    for (int i = 0; i < positions.size(); ++i) {
        const ActorPosition &p = positions.at(i);
        if (!q.exec({convert::real(p.x), convert::real(p.y), updatedAt.value(i), p.id})) {
            if (error)
                *error = q.error();
            return false;
        }
        if (q.query().numRowsAffected() != 1) {
            if (error)
                *error = tr("Actor %1 no longer exists.").arg(p.id);
            return false;
        }
    }
    return true;
}

bool Projections::writeName(Store &store, qint64 id, const QString &name,
                            const QString &updatedAt, QString *error)
{
    Statement q =
        store.statement(QStringLiteral("UPDATE actor SET name = ?, updated_at = ? WHERE id = ?"));
    if (!q.exec({name, updatedAt, id})) {
        if (error)
            *error = q.error();
        return false;
    }
    if (q.query().numRowsAffected() != 1) {
        if (error)
            *error = tr("Actor %1 no longer exists.").arg(id);
        return false;
    }
    return true;
}

namespace {
/// The table's and columns' names, checked against the schema (they go into SQL text).
bool namesOf(Table table, const QList<Column> &columns, QString &tableText, QStringList &names,
             QString *error)
{
    tableText = tableName(table);
    const TableInfo *info = schema::table(tableText);
    if (!info || !info->hasId()) {
        if (error)
            *error = Projections::tr("There is no table “%1” with ids.").arg(tableText);
        return false;
    }
    for (Column c : columns) {
        const QString name = columnName(c);
        if (!info->columns.contains(name) || name == QLatin1String("id")) {
            if (error)
                *error = Projections::tr("The table “%1” has no column “%2”.").arg(tableText, name);
            return false;
        }
        names << name;
    }
    return !names.isEmpty();
}

QString gone(Table table, qint64 id)
{
    return table == Table::Actor  ? Projections::tr("Actor %1 no longer exists.").arg(id)
           : table == Table::Link ? Projections::tr("Link %1 no longer exists.").arg(id)
                                  : Projections::tr("Row %1 of “%2” no longer exists.")
                                        .arg(id)
                                        .arg(tableName(table));
}
} // namespace

std::optional<QVariantList> Projections::fields(Table table, qint64 id,
                                                const QList<Column> &columns,
                                                QString *error) const
{
    QString t;
    QStringList names;
    if (!namesOf(table, columns, t, names, error))
        return std::nullopt;
    Statement q = m_store.statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                        .arg(names.join(QStringLiteral(", ")), t));
    if (!q.exec({id})) {
        if (error)
            *error = q.error();
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = q.query().lastError().isValid() ? q.query().lastError().text() : gone(table, id);
        return std::nullopt;
    }
    QVariantList out;
    for (int i = 0; i < names.size(); ++i)
        out << q.value(i);
    return out;
}

bool Projections::writeFields(Store &store, Table table, qint64 id, const QList<Column> &columns,
                              const QVariantList &values, QString *error)
{
    QString t;
    QStringList names;
    if (!namesOf(table, columns, t, names, error))
        return false;
    for (QString &n : names)
        n += QStringLiteral(" = ?");
    Statement q = store.statement(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(t, names.join(QStringLiteral(", "))));
    QVariantList binds = values;
    binds << id;
    if (!q.exec(binds)) {
        if (error)
            *error = q.error();
        return false;
    }
    if (q.query().numRowsAffected() != 1) {
        if (error)
            *error = gone(table, id);
        return false;
    }
    return true;
}

namespace {
std::optional<qint64> insertWhole(Store &store, const QString &table, const QString &columns,
                                  QVariantList binds, qint64 id, const QString &stamp,
                                  QString *error)
{
    // A new row leaves its id to SQLite; a redo writes it back under the id it had.
    QString cols = columns;
    if (id <= 0)
        cols = cols.mid(cols.indexOf(QLatin1Char(',')) + 1).trimmed();
    else
        binds.prepend(id);
    binds << stamp << stamp;
    const int n = int(binds.size());
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    Statement q = store.statement(
        QStringLiteral("INSERT INTO %1 (%2, created_at, updated_at) VALUES (%3) RETURNING id")
            .arg(table, cols, marks.join(QLatin1Char(','))));
    if (!q.exec(binds) || !q.next()) {
        if (error)
            *error = q.error().isEmpty() ? q.query().lastError().text() : q.error();
        return std::nullopt;
    }
    const qint64 out = q.value(0).toLongLong();
    while (q.next()) {
    }
    return out;
}
} // namespace

std::optional<qint64> Projections::insertActor(Store &store, const Actor &a, const QString &stamp,
                                               QString *error)
{
    const QVariantList values{a.name,
                              ref(a.categoryId),
                              a.organisation,
                              a.role,
                              a.sector,
                              a.commune,
                              a.email,
                              a.phone,
                              a.address,
                              a.website,
                              a.description,
                              a.influence,
                              a.interest,
                              a.attitude,
                              a.engagement,
                              a.isPerson ? 1 : 0,
                              a.legalBasis,
                              date(a.consentDate),
                              a.consentMethod,
                              date(a.retentionDate),
                              date(a.lastContact),
                              real(a.x),
                              real(a.y),
                              a.pinned ? 1 : 0,
                              date(a.since),
                              date(a.until),
                              real(a.latitude),
                              real(a.longitude),
                              a.locationPrecision};
    return insertWhole(store, QStringLiteral("actor"), QLatin1String(kActorColumns), values, a.id,
                       stamp, error);
}

std::optional<qint64> Projections::insertLink(Store &store, const Link &l, const QString &stamp,
                                              QString *error)
{
    const QVariantList values{ref(l.sourceId),  ref(l.targetId), ref(l.typeId),
                              l.strength,       l.description,   date(l.since),
                              date(l.until),    real(l.weight)};
    return insertWhole(store, QStringLiteral("link"), QLatin1String(kLinkColumns), values, l.id,
                       stamp, error);
}

bool Projections::deleteRow(Store &store, Table table, qint64 id, QString *error)
{
    const QString t = tableName(table);
    const TableInfo *info = schema::table(t);
    if (!info || !info->hasId()) {
        if (error)
            *error = tr("There is no table “%1” with ids.").arg(t);
        return false;
    }
    Statement q = store.statement(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(t));
    if (!q.exec({id})) {
        if (error)
            *error = q.error();
        return false;
    }
    if (q.query().numRowsAffected() != 1) {
        if (error)
            *error = gone(table, id);
        return false;
    }
    return true;
}

} // namespace maillage
