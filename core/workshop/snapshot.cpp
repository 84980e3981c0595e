#include "core/workshop/snapshot.h"

#include "core/workshop/compare_p.h"

#include <algorithm>

namespace maillage::workshop {

namespace {

using detail::describe;
using detail::keyOf;
using detail::linkLess;

QList<ActorChange> actorChanges(const MapData &map, const QSet<qint64> &paired)
{
    QList<ActorChange> out;
    for (const Actor &a : map.actors) {
        if (paired.contains(a.id))
            continue;
        const Category *c = map.category(a.categoryId);
        out << ActorChange{a.name, c ? c->name : QString()};
    }
    std::stable_sort(out.begin(), out.end(), [](const ActorChange &a, const ActorChange &b) {
        return detail::foldedLess(a.name, b.name);
    });
    return out;
}

void sortLinks(QList<LinkChange> &links)
{
    std::stable_sort(links.begin(), links.end(), [](const LinkChange &a, const LinkChange &b) {
        return linkLess(a.link, b.link);
    });
}

/// The changes from `before` to `after`, given which actor and link type of `after` is which
/// of `before`.
SnapshotDiff diff(const MapData &before, const MapData &after,
                  const QHash<qint64, qint64> &beforeActorOf,
                  const QHash<qint64, qint64> &beforeTypeOf)
{
    SnapshotDiff d;
    d.actorsBefore = int(before.actors.size());
    d.actorsAfter = int(after.actors.size());
    d.linksBefore = int(before.links.size());
    d.linksAfter = int(after.links.size());

    QSet<qint64> pairedAfter, pairedBefore;
    for (auto it = beforeActorOf.cbegin(); it != beforeActorOf.cend(); ++it) {
        pairedAfter.insert(it.key());
        pairedBefore.insert(it.value());
    }
    d.appeared = actorChanges(after, pairedAfter);
    d.left = actorChanges(before, pairedBefore);

    QList<Link> beforeLinks = before.links, afterLinks = after.links;
    auto byId = [](const Link &a, const Link &b) { return a.id < b.id; };
    std::sort(beforeLinks.begin(), beforeLinks.end(), byId);
    std::sort(afterLinks.begin(), afterLinks.end(), byId);
    QHash<ReferenceLinkKey, QList<int>> open;  // links of `before` not paired yet
    for (int i = 0; i < beforeLinks.size(); ++i) {
        const Link &l = beforeLinks[i];
        open[keyOf(before, l.sourceId, l.targetId, l.typeId)] << i;
    }
    QList<bool> pairedLink(beforeLinks.size(), false);
    for (const Link &l : std::as_const(afterLinks)) {
        const LinkRef ref = describe(after, l.sourceId, l.targetId, l.typeId);
        const auto s = beforeActorOf.constFind(l.sourceId);
        const auto t = beforeActorOf.constFind(l.targetId);
        const auto type = beforeTypeOf.constFind(l.typeId);
        if (s != beforeActorOf.cend() && t != beforeActorOf.cend() &&
            type != beforeTypeOf.cend()) {
            auto found = open.find(keyOf(before, *s, *t, *type));
            if (found != open.end() && !found->isEmpty()) {
                const int i = found->takeFirst();
                pairedLink[i] = true;
                const int was = beforeLinks[i].strength;
                if (l.strength > was)
                    d.strengthened << LinkChange{ref, was, l.strength};
                else if (l.strength < was)
                    d.weakened << LinkChange{ref, was, l.strength};
                continue;
            }
        }
        d.linksAppeared << LinkChange{ref, 0, l.strength};
    }
    for (int i = 0; i < beforeLinks.size(); ++i) {
        if (pairedLink[i])
            continue;
        const Link &l = beforeLinks[i];
        d.linksDisappeared << LinkChange{describe(before, l.sourceId, l.targetId, l.typeId),
                                         l.strength, 0};
    }
    sortLinks(d.linksAppeared);
    sortLinks(d.strengthened);
    sortLinks(d.weakened);
    sortLinks(d.linksDisappeared);
    return d;
}

} // namespace

bool presentOn(const QDate &since, const QDate &until, const QDate &date)
{
    return (!since.isValid() || since <= date) && (!until.isValid() || date <= until);
}

MapData mapAt(const MapData &map, const QDate &date)
{
    MapData m = map;
    m.actors.clear();
    m.links.clear();
    QSet<qint64> present;
    for (const Actor &a : map.actors)
        if (presentOn(a.since, a.until, date)) {
            m.actors << a;
            present.insert(a.id);
        }
    for (const Link &l : map.links)
        if (presentOn(l.since, l.until, date) && present.contains(l.sourceId) &&
            present.contains(l.targetId))
            m.links << l;
    return m;
}

SnapshotDiff diffMaps(const MapData &before, const MapData &after)
{
    QHash<qint64, qint64> beforeActorOf;
    for (const ActorPair &p : matchActors(before, after))
        beforeActorOf.insert(p.candidateId, p.referenceId);
    SnapshotDiff d = diff(before, after, beforeActorOf, detail::linkTypeMap(before, after));
    d.before = before.file;
    d.after = after.file;
    return d;
}

SnapshotDiff diffDates(const MapData &map, const QDate &from, const QDate &to)
{
    const MapData before = mapAt(map, from);
    const MapData after = mapAt(map, to);
    QHash<qint64, qint64> sameActor, sameType;
    for (const Actor &a : after.actors)
        sameActor.insert(a.id, a.id);
    for (const LinkType &t : map.linkTypes)
        sameType.insert(t.id, t.id);
    // Actors present on both dates pair with themselves; the others appeared or left.
    QSet<qint64> wasThere;
    for (const Actor &a : before.actors)
        wasThere.insert(a.id);
    for (auto it = sameActor.begin(); it != sameActor.end();)
        it = wasThere.contains(it.key()) ? std::next(it) : sameActor.erase(it);
    SnapshotDiff d = diff(before, after, sameActor, sameType);
    d.before = from.toString(Qt::ISODate);
    d.after = to.toString(Qt::ISODate);
    return d;
}

} // namespace maillage::workshop
