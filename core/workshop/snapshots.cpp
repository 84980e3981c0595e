#include "core/workshop/snapshots.h"

#include "core/document/document.h"
#include "core/io/csv.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include "core/util/text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace maillage::workshop {

namespace {

#define K(s) QStringLiteral(s)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::workshop::Snapshots)
};

const QLatin1String kFormat("maillage-snapshot");
constexpr int kVersion = 1;

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDate jsonDate(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

QJsonValue realJson(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

double jsonReal(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : kNoPosition;
}

SnapshotInfo infoFrom(const SnapshotSummary &r)
{
    SnapshotInfo s;
    s.id = r.id;
    s.name = r.name;
    s.takenAt = QDateTime::fromString(r.takenAt, Qt::ISODateWithMs);
    s.takenAt.setTimeSpec(Qt::UTC);
    s.note = r.note;
    s.actors = r.actors;
    s.links = r.links;
    return s;
}

QList<SnapshotInfo> query(const Store &store, std::optional<qint64> id = std::nullopt)
{
    QList<SnapshotInfo> out;
    for (const SnapshotSummary &r :
         Projections(store).snapshots(id).value_or(QList<SnapshotSummary>()))
        out << infoFrom(r);
    return out;
}

QString contentOf(const Store &store, qint64 id)
{
    return Projections(store).snapshotContent(id).value_or(QString());
}

/// Every snapshot's id, name and content.
QList<SnapshotContent> allContents(const Store &store)
{
    return Projections(store).snapshotContents().value_or(QList<SnapshotContent>());
}

QString linkText(const LinkRef &l)
{
    return (l.directed ? Tr::tr("%1 → %2 (%3)") : Tr::tr("%1 — %2 (%3)"))
        .arg(l.source, l.target, l.type);
}

} // namespace

MapData readMapLean(const Store &store)
{
    // Two lean queries: the repositories read every column (0.45 s for 10k actors alone).
    MapData m;
    m.file = store.path();
    Store &s = const_cast<Store &>(store);
    m.territory = TerritoryRepository(s).get().name;
    m.categories = CategoryRepository(s).list();
    m.linkTypes = LinkTypeRepository(s).list();
    const Projections read(store);
    m.actors = read.timelineActors().value_or(QList<Actor>());
    m.links = read.timelineLinks().value_or(QList<Link>());
    return m;
}

QByteArray snapshotJson(const MapData &map)
{
    QJsonArray categories, types, actors, links;
    for (const Category &c : map.categories)
        categories << QJsonObject{{K("id"), c.id},         {K("code"), c.code},
                                  {K("name"), c.name},     {K("color"), c.color},
                                  {K("shape"), c.shape},   {K("person"), c.person}};
    for (const LinkType &t : map.linkTypes)
        types << QJsonObject{{K("id"), t.id},
                             {K("code"), t.code},
                             {K("name"), t.name},
                             {K("color"), t.color},
                             {K("line_style"), t.lineStyle},
                             {K("directed"), t.directed},
                             {K("sign"), t.sign}};
    for (const Actor &a : map.actors)
        actors << QJsonObject{{K("id"), a.id},
                              {K("name"), a.name},
                              {K("category_id"), a.categoryId},
                              {K("influence"), a.influence},
                              {K("interest"), a.interest},
                              {K("attitude"), a.attitude},
                              {K("engagement"), a.engagement},
                              {K("is_person"), a.isPerson},
                              {K("x"), realJson(a.x)},
                              {K("y"), realJson(a.y)},
                              {K("since"), dateJson(a.since)},
                              {K("until"), dateJson(a.until)}};
    for (const Link &l : map.links)
        links << QJsonObject{{K("id"), l.id},
                             {K("source_id"), l.sourceId},
                             {K("target_id"), l.targetId},
                             {K("type_id"), l.typeId},
                             {K("strength"), l.strength},
                             {K("since"), dateJson(l.since)},
                             {K("until"), dateJson(l.until)}};
    const QJsonObject o{{K("format"), kFormat},       {K("version"), kVersion},
                        {K("territory"), map.territory}, {K("categories"), categories},
                        {K("link_types"), types},     {K("actors"), actors},
                        {K("links"), links}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool mapFromSnapshotJson(const QByteArray &json, MapData *map, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    auto bad = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (doc.isNull())
        return bad(Tr::tr("its content is not JSON (%1 at offset %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
    const QJsonObject o = doc.object();
    if (o.value(K("format")).toString() != kFormat)
        return bad(Tr::tr("its content is not a Maillage snapshot"));
    if (o.value(K("version")).toInt() > kVersion)
        return bad(Tr::tr("it was written by a newer version of Maillage"));
    for (const char *key : {"categories", "link_types", "actors", "links"})
        if (!o.value(QLatin1String(key)).isArray())
            return bad(Tr::tr("its “%1” list is missing").arg(QLatin1String(key)));
    MapData m;
    m.territory = o.value(K("territory")).toString();
    for (const QJsonValue &v : o.value(K("categories")).toArray()) {
        const QJsonObject c = v.toObject();
        Category cat;
        cat.id = c.value(K("id")).toInteger();
        cat.code = c.value(K("code")).toString();
        cat.name = c.value(K("name")).toString();
        cat.color = c.value(K("color")).toString(cat.color);
        cat.shape = c.value(K("shape")).toString(cat.shape);
        cat.person = c.value(K("person")).toBool();
        m.categories << cat;
    }
    for (const QJsonValue &v : o.value(K("link_types")).toArray()) {
        const QJsonObject t = v.toObject();
        LinkType type;
        type.id = t.value(K("id")).toInteger();
        type.code = t.value(K("code")).toString();
        type.name = t.value(K("name")).toString();
        type.color = t.value(K("color")).toString(type.color);
        type.lineStyle = t.value(K("line_style")).toString(type.lineStyle);
        type.directed = t.value(K("directed")).toBool();
        type.sign = t.value(K("sign")).toInt();
        m.linkTypes << type;
    }
    QSet<qint64> actorIds;
    for (const QJsonValue &v : o.value(K("actors")).toArray()) {
        const QJsonObject a = v.toObject();
        Actor actor;
        actor.id = a.value(K("id")).toInteger();
        actor.name = a.value(K("name")).toString();
        if (actor.id <= 0 || actor.name.isEmpty())
            return bad(Tr::tr("an actor has no id or no name"));
        actor.categoryId = a.value(K("category_id")).toInteger();
        actor.influence = a.value(K("influence")).toInt();
        actor.interest = a.value(K("interest")).toInt();
        actor.attitude = a.value(K("attitude")).toInt();
        actor.engagement = a.value(K("engagement")).toInt();
        actor.isPerson = a.value(K("is_person")).toBool();
        actor.x = jsonReal(a.value(K("x")));
        actor.y = jsonReal(a.value(K("y")));
        actor.since = jsonDate(a.value(K("since")));
        actor.until = jsonDate(a.value(K("until")));
        actorIds.insert(actor.id);
        m.actors << actor;
    }
    for (const QJsonValue &v : o.value(K("links")).toArray()) {
        const QJsonObject l = v.toObject();
        Link link;
        link.id = l.value(K("id")).toInteger();
        link.sourceId = l.value(K("source_id")).toInteger();
        link.targetId = l.value(K("target_id")).toInteger();
        link.typeId = l.value(K("type_id")).toInteger();
        link.strength = l.value(K("strength")).toInt(3);
        link.since = jsonDate(l.value(K("since")));
        link.until = jsonDate(l.value(K("until")));
        if (!actorIds.contains(link.sourceId) || !actorIds.contains(link.targetId))
            return bad(Tr::tr("link %1 joins an actor the snapshot does not hold").arg(link.id));
        m.links << link;
    }
    *map = m;
    return true;
}

QList<SnapshotInfo> listSnapshots(const Store &store)
{
    return query(store);
}

std::optional<SnapshotInfo> snapshotInfo(const Store &store, qint64 id)
{
    const QList<SnapshotInfo> found = query(store, id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<SnapshotInfo> findSnapshot(const Store &store, const QString &nameOrId)
{
    const QList<SnapshotInfo> all = listSnapshots(store);
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    // Latest first: a name used twice means the most recent snapshot of that name.
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (it->name == nameOrId)
            return *it;
    if (isNumber)
        for (const SnapshotInfo &s : all)
            if (s.id == id)
                return s;
    const QString folded = text::fold(nameOrId);
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (text::fold(it->name) == folded)
            return *it;
    return std::nullopt;
}

bool loadSnapshot(const Store &store, qint64 id, MapData *map, QString *error)
{
    const auto info = snapshotInfo(store, id);
    if (!info) {
        if (error)
            *error = Tr::tr("There is no snapshot %1 in %2.").arg(id).arg(store.path());
        return false;
    }
    QString why;
    if (!mapFromSnapshotJson(contentOf(store, id).toUtf8(), map, &why)) {
        if (error)
            *error = Tr::tr("The snapshot “%1” in %2 cannot be read: %3.")
                         .arg(info->name, store.path(), why);
        return false;
    }
    map->file = info->name;
    return true;
}

std::optional<qint64> takeSnapshot(Document &doc, const QString &name, const QString &note,
                                   QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = Tr::tr("A snapshot needs a name.");
        return std::nullopt;
    }
    const MapData map = readMapLean(doc.store());
    const Row row{{K("name"), trimmed},
                  {K("taken_at"), nowTimestamp()},
                  {K("note"), note.trimmed()},
                  {K("content"), QString::fromUtf8(snapshotJson(map))}};
    return doc.addRow(K("snapshot"), row, Tr::tr("Take snapshot “%1”").arg(trimmed), error);
}

bool editSnapshot(Document &doc, qint64 id, const QString &name, const QString &note,
                  QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = Tr::tr("A snapshot needs a name.");
        return false;
    }
    const auto op = doc.updateOp(K("snapshot"), id,
                                 {{K("name"), trimmed}, {K("note"), note.trimmed()}});
    if (!op)
        return true;
    return doc.apply(Tr::tr("Rename snapshot “%1”").arg(trimmed), {*op}, Document::NoMerge,
                     error);
}

bool deleteSnapshots(Document &doc, const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    QString text;
    if (ids.size() == 1) {
        const auto info = snapshotInfo(doc.store(), ids.first());
        text = Tr::tr("Delete snapshot “%1”").arg(info ? info->name : QString());
    } else {
        text = Tr::tr("Delete %Ln snapshots", nullptr, int(ids.size()));
    }
    return doc.removeRows(K("snapshot"), ids, text, error);
}

QString sideLabel(const Store &store, const DiffSide &side, const QLocale &locale)
{
    switch (side.kind) {
    case DiffSide::Now:
        return Tr::tr("now");
    case DiffSide::Snapshot: {
        const auto info = snapshotInfo(store, side.snapshotId);
        return info ? Tr::tr("snapshot “%1”").arg(info->name)
                    : Tr::tr("snapshot %1").arg(side.snapshotId);
    }
    case DiffSide::Date: {
        // The long format without the day of the week: "1 March 2017", "1 mars 2017".
        QString format = locale.dateFormat(QLocale::LongFormat);
        format.remove(QRegularExpression(K("d{4}[,.]?\\s*")));
        return locale.toString(side.date, format.trimmed());
    }
    }
    return QString();
}

bool diffSides(const Store &store, const DiffSide &before, const DiffSide &after,
               SnapshotDiff *diff, QString *error, const QLocale &locale)
{
    const MapData current = readMapLean(store);
    if (before.kind == DiffSide::Date && after.kind == DiffSide::Date) {
        *diff = diffDates(current, before.date, after.date);
    } else {
        auto resolve = [&](const DiffSide &side, MapData *map) {
            switch (side.kind) {
            case DiffSide::Now:
                *map = current;
                return true;
            case DiffSide::Date:
                *map = mapAt(current, side.date);
                return true;
            case DiffSide::Snapshot:
                return loadSnapshot(store, side.snapshotId, map, error);
            }
            return false;
        };
        MapData a, b;
        if (!resolve(before, &a) || !resolve(after, &b))
            return false;
        *diff = diffMaps(a, b);
    }
    diff->before = sideLabel(store, before, locale);
    diff->after = sideLabel(store, after, locale);
    return true;
}

QString diffText(const SnapshotDiff &d, const QLocale &locale)
{
    QString out;
    auto line = [&](const QString &s) { out += s + QLatin1Char('\n'); };
    line(Tr::tr("From %1 to %2").arg(d.before, d.after));
    line(Tr::tr("Actors: %1 → %2")
             .arg(locale.toString(d.actorsBefore), locale.toString(d.actorsAfter)));
    line(Tr::tr("Links: %1 → %2")
             .arg(locale.toString(d.linksBefore), locale.toString(d.linksAfter)));
    if (d.isEmpty()) {
        line(Tr::tr("No change."));
        return out;
    }
    auto section = [&](const QString &title, const QStringList &items) {
        if (items.isEmpty())
            return;
        line(QString());
        line(Tr::tr("%1 (%2)").arg(title, locale.toString(qint64(items.size()))));
        for (const QString &i : items)
            line(QStringLiteral("  ") + i);
    };
    auto actors = [](const QList<ActorChange> &list) {
        QStringList items;
        for (const ActorChange &c : list)
            items << (c.category.isEmpty() ? c.name : Tr::tr("%1 (%2)").arg(c.name, c.category));
        return items;
    };
    auto links = [&](const QList<LinkChange> &list, bool before, bool after) {
        QStringList items;
        for (const LinkChange &c : list) {
            if (before && after)
                items << Tr::tr("%1: strength %2 → %3")
                             .arg(linkText(c.link), locale.toString(c.strengthBefore),
                                  locale.toString(c.strengthAfter));
            else
                items << Tr::tr("%1, strength %2")
                             .arg(linkText(c.link),
                                  locale.toString(before ? c.strengthBefore : c.strengthAfter));
        }
        return items;
    };
    section(Tr::tr("Actors who appeared"), actors(d.appeared));
    section(Tr::tr("Actors who left"), actors(d.left));
    section(Tr::tr("Links that appeared"), links(d.linksAppeared, false, true));
    section(Tr::tr("Links that strengthened"), links(d.strengthened, true, true));
    section(Tr::tr("Links that weakened"), links(d.weakened, true, true));
    section(Tr::tr("Links that disappeared"), links(d.linksDisappeared, true, false));
    return out;
}

QByteArray diffCsv(const SnapshotDiff &d)
{
    QByteArray out = "change,name,category,source,target,type,directed,strength_before,"
                     "strength_after\r\n";
    auto row = [&](const QStringList &fields) {
        QByteArrayList cells;
        for (const QString &f : fields)
            cells << io::csvField(f);
        out += cells.join(',') + "\r\n";
    };
    for (const ActorChange &c : d.appeared)
        row({K("actor_appeared"), c.name, c.category, {}, {}, {}, {}, {}, {}});
    for (const ActorChange &c : d.left)
        row({K("actor_left"), c.name, c.category, {}, {}, {}, {}, {}, {}});
    auto links = [&](const QString &code, const QList<LinkChange> &list, bool before,
                     bool after) {
        for (const LinkChange &c : list)
            row({code, {}, {}, c.link.source, c.link.target, c.link.type,
                 c.link.directed ? K("true") : K("false"),
                 before ? QString::number(c.strengthBefore) : QString(),
                 after ? QString::number(c.strengthAfter) : QString()});
    };
    links(K("link_appeared"), d.linksAppeared, false, true);
    links(K("link_strengthened"), d.strengthened, true, true);
    links(K("link_weakened"), d.weakened, true, true);
    links(K("link_disappeared"), d.linksDisappeared, true, false);
    return out;
}

// Personal data -------------------------------------------------------------------------------

namespace {

/// `folded` is the actor's name folded, `person.name` the person's name folded.
bool isPerson(const QJsonObject &actor, const QString &folded, const SnapshotPerson &person)
{
    if (actor.value(K("id")).toInteger() == person.actorId &&
        actor.value(K("is_person")).toBool())
        return true;
    return !folded.isEmpty() && folded == person.name;
}

} // namespace

bool isPersonInSnapshot(const QJsonObject &actor, const SnapshotPerson &person)
{
    SnapshotPerson folded = person;
    folded.name = text::fold(person.name);
    return isPerson(actor, text::fold(actor.value(K("name")).toString()), folded);
}

namespace {

/// Rewrites every snapshot holding one of `persons`: `erase` removes them and their links,
/// else they are renamed.
QList<SnapshotRewrite> rewrite(const Store &store, const QList<SnapshotPerson> &persons,
                               bool erase)
{
    QList<SnapshotRewrite> out;
    if (persons.isEmpty())
        return out;
    // The persons with their names folded once (isPerson compares folded names).
    QList<SnapshotPerson> folds = persons;
    for (SnapshotPerson &p : folds)
        p.name = text::fold(p.name);
    for (const SnapshotContent &s : allContents(store)) {
        const QJsonDocument doc = QJsonDocument::fromJson(s.content.toUtf8());
        if (!doc.isObject()) {
            // Damaged content: no structure to edit, but the names must go all the same.
            QString content = s.content;
            int changed = 0;
            for (const SnapshotPerson &p : persons)
                if (!p.name.isEmpty() && content.contains(p.name, Qt::CaseInsensitive)) {
                    content.replace(p.name, p.replacement, Qt::CaseInsensitive);
                    ++changed;
                }
            if (changed)
                out << SnapshotRewrite{s.id, s.name, content, changed, 0};
            continue;
        }
        QJsonObject o = doc.object();
        QJsonArray actors = o.value(K("actors")).toArray();
        QJsonArray kept;
        QSet<qint64> removed;
        int changed = 0;
        for (const QJsonValue &v : std::as_const(actors)) {
            QJsonObject a = v.toObject();
            const SnapshotPerson *match = nullptr;
            const QString folded = text::fold(a.value(K("name")).toString());
            for (const SnapshotPerson &p : folds)
                if (isPerson(a, folded, p)) {
                    match = &p;
                    break;
                }
            if (!match) {
                kept << a;
                continue;
            }
            ++changed;
            if (erase) {
                removed.insert(a.value(K("id")).toInteger());
            } else {
                a.insert(K("name"), match->replacement);
                kept << a;
            }
        }
        if (changed == 0)
            continue;
        int linksRemoved = 0;
        if (erase) {
            QJsonArray links;
            for (const QJsonValue &v : o.value(K("links")).toArray()) {
                const QJsonObject l = v.toObject();
                if (removed.contains(l.value(K("source_id")).toInteger()) ||
                    removed.contains(l.value(K("target_id")).toInteger()))
                    ++linksRemoved;
                else
                    links << l;
            }
            o.insert(K("links"), links);
        }
        o.insert(K("actors"), kept);
        out << SnapshotRewrite{s.id, s.name,
                               QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)),
                               changed, linksRemoved};
    }
    return out;
}

} // namespace

QList<SnapshotRewrite> eraseFromSnapshots(const Store &store, const QList<SnapshotPerson> &persons)
{
    return rewrite(store, persons, true);
}

QList<SnapshotRewrite> renameInSnapshots(const Store &store, const QList<SnapshotPerson> &persons)
{
    QList<SnapshotPerson> renamed;
    for (const SnapshotPerson &p : persons)
        if (p.replacement != p.name)
            renamed << p;
    return rewrite(store, renamed, false);
}

QList<SnapshotInfo> personInSnapshots(const Store &store, const SnapshotPerson &person)
{
    // Only looks: no content is rewritten (that is for erasure).
    SnapshotPerson folded = person;
    folded.name = text::fold(person.name);
    QSet<qint64> holding;
    for (const SnapshotContent &s : allContents(store)) {
        const QJsonDocument doc = QJsonDocument::fromJson(s.content.toUtf8());
        if (!doc.isObject()) {
            if (!person.name.isEmpty() && s.content.contains(person.name, Qt::CaseInsensitive))
                holding.insert(s.id);
            continue;
        }
        for (const QJsonValue &v : doc.object().value(K("actors")).toArray()) {
            const QJsonObject a = v.toObject();
            if (isPerson(a, text::fold(a.value(K("name")).toString()), folded)) {
                holding.insert(s.id);
                break;
            }
        }
    }
    QList<SnapshotInfo> out;
    for (const SnapshotInfo &s : listSnapshots(store))
        if (holding.contains(s.id))
            out << s;
    return out;
}

} // namespace maillage::workshop
