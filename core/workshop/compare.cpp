#include "core/workshop/compare.h"
#include "core/workshop/compare_p.h"

#include "core/store/repositories.h"
#include "core/store/store.h"
#include "core/util/text.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace maillage::workshop {

namespace {

template <class T> const T *findById(const QList<T> &list, qint64 id)
{
    if (id == 0)
        return nullptr;
    for (const T &x : list)
        if (x.id == id)
            return &x;
    return nullptr;
}

/// Whether two categories (or link types) of different files denote the same thing: the same
/// stable code when both have one, else the same folded name.
template <class T> bool sameKind(const T *a, const T *b)
{
    if (!a || !b)
        return !a && !b;
    if (!a->code.isEmpty() && !b->code.isEmpty())
        return a->code == b->code;
    return text::fold(a->name) == text::fold(b->name);
}

/// Maps each item of `candidate` to the first item of `reference` of the same kind.
template <class T>
QHash<qint64, qint64> kindMap(const QList<T> &reference, const QList<T> &candidate)
{
    QHash<qint64, qint64> out;
    for (const T &c : candidate)
        for (const T &r : reference)
            if (sameKind(&r, &c)) {
                out.insert(c.id, r.id);
                break;
            }
    return out;
}

} // namespace

namespace detail {

int boundedEditDistance(QStringView a, QStringView b, int k)
{
    // Common ends cost nothing; what is left of two similar names is short.
    while (!a.isEmpty() && !b.isEmpty() && a.front() == b.front()) {
        a = a.mid(1);
        b = b.mid(1);
    }
    while (!a.isEmpty() && !b.isEmpty() && a.back() == b.back()) {
        a.chop(1);
        b.chop(1);
    }
    const int n = int(a.size()), m = int(b.size());
    const int over = k + 1;
    if (std::abs(n - m) > k)
        return over;
    if (n == 0 || m == 0)
        return std::min(std::max(n, m), over);
    // Levenshtein rows restricted to the diagonal band |i - j| <= k (Ukkonen): cells outside
    // it cannot lead to a distance within k.
    QVarLengthArray<int, 128> prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j <= k ? j : over;
    for (int i = 1; i <= n; ++i) {
        const int lo = std::max(1, i - k), hi = std::min(m, i + k);
        std::fill(cur.begin(), cur.end(), over);
        cur[0] = i <= k ? i : over;
        int rowMin = cur[0];
        for (int j = lo; j <= hi; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            const int v = std::min({prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1, over});
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > k)
            return over;
        std::swap(prev, cur);
    }
    return std::min(prev[m], over);
}


bool foldedLess(const QString &a, const QString &b)
{
    const QString fa = text::fold(a), fb = text::fold(b);
    return fa != fb ? fa < fb : a < b;
}

void sortNames(QStringList &names)
{
    std::sort(names.begin(), names.end(), foldedLess);
}

bool linkLess(const LinkRef &a, const LinkRef &b)
{
    if (text::fold(a.source) != text::fold(b.source))
        return foldedLess(a.source, b.source);
    if (text::fold(a.target) != text::fold(b.target))
        return foldedLess(a.target, b.target);
    return foldedLess(a.type, b.type);
}

LinkRef describe(const MapData &map, qint64 source, qint64 target, qint64 type)
{
    LinkRef r;
    const Actor *s = map.actor(source);
    const Actor *t = map.actor(target);
    const LinkType *lt = map.linkType(type);
    r.source = s ? s->name : QString();
    r.target = t ? t->name : QString();
    r.type = lt ? lt->name : QString();
    r.directed = lt && lt->directed;
    return r;
}

ReferenceLinkKey keyOf(const MapData &reference, qint64 source, qint64 target, qint64 type)
{
    const LinkType *lt = reference.linkType(type);
    if (!(lt && lt->directed) && target < source)
        std::swap(source, target);
    return {source, target, type};
}

QHash<qint64, qint64> linkTypeMap(const MapData &reference, const MapData &candidate)
{
    return kindMap(reference.linkTypes, candidate.linkTypes);
}

} // namespace detail

using detail::describe;
using detail::foldedLess;
using detail::keyOf;
using detail::linkLess;
using detail::sortNames;

const Actor *MapData::actor(qint64 id) const
{
    return findById(actors, id);
}

const Category *MapData::category(qint64 id) const
{
    return findById(categories, id);
}

const LinkType *MapData::linkType(qint64 id) const
{
    return findById(linkTypes, id);
}

MapData readMap(Store &store)
{
    MapData m;
    m.file = store.path();
    m.territory = TerritoryRepository(store).get().name;
    m.actors = ActorRepository(store).list();
    m.links = LinkRepository(store).list();
    m.categories = CategoryRepository(store).list();
    m.linkTypes = LinkTypeRepository(store).list();
    return m;
}

bool loadMap(const QString &path, MapData *map, QString *error)
{
    Store store;
    if (!store.open(path, Store::Access::ReadOnly, error))
        return false;
    *map = readMap(store);
    map->file = path;
    store.close();
    return true;
}

int spellingTolerance(qsizetype length)
{
    if (length < 5)
        return 0;
    return length < 10 ? 1 : 2;
}

QList<ActorPair> matchActors(const MapData &reference, const MapData &candidate)
{
    const auto &ra = reference.actors;
    const auto &ca = candidate.actors;
    QStringList rf, cf;
    rf.reserve(ra.size());
    cf.reserve(ca.size());
    for (const Actor &a : ra)
        rf << text::fold(a.name);
    for (const Actor &a : ca)
        cf << text::fold(a.name);

    struct Option
    {
        int r, c, distance;
        bool sameCategory;
    };
    QList<Option> options;
    auto sameCategory = [&](int r, int c) {
        return sameKind(reference.category(ra[r].categoryId), candidate.category(ca[c].categoryId));
    };

    // Same folded name. A name that is unique on both sides pairs for sure (nothing can beat
    // distance 0 without a rival), so it takes no part in the spelling search below.
    QHash<QString, QList<int>> refByName, candByName;
    for (int i = 0; i < rf.size(); ++i)
        refByName[rf[i]] << i;
    for (int i = 0; i < cf.size(); ++i)
        candByName[cf[i]] << i;
    QList<bool> refSettled(ra.size(), false), candSettled(ca.size(), false);
    for (auto it = refByName.cbegin(); it != refByName.cend(); ++it) {
        const auto c = candByName.constFind(it.key());
        if (c == candByName.cend())
            continue;
        for (int r : it.value())
            for (int ci : c.value())
                options << Option{r, ci, 0, sameCategory(r, ci)};
        if (it.value().size() == 1 && c.value().size() == 1) {
            refSettled[it.value().first()] = true;
            candSettled[c.value().first()] = true;
        }
    }

    // Small spelling differences between the others.
    for (int r = 0; r < rf.size(); ++r) {
        if (refSettled[r] || rf[r].size() < 5)
            continue;
        for (int c = 0; c < cf.size(); ++c) {
            if (candSettled[c] || rf[r] == cf[c])
                continue;
            const int tolerance = spellingTolerance(std::min(rf[r].size(), cf[c].size()));
            if (tolerance == 0 || std::abs(rf[r].size() - cf[c].size()) > tolerance)
                continue;
            const int d = detail::boundedEditDistance(rf[r], cf[c], tolerance);
            if (d <= tolerance)
                options << Option{r, c, d, sameCategory(r, c)};
        }
    }

    std::sort(options.begin(), options.end(), [&](const Option &a, const Option &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.sameCategory != b.sameCategory)
            return a.sameCategory;
        if (rf[a.r] != rf[b.r])
            return rf[a.r] < rf[b.r];
        if (cf[a.c] != cf[b.c])
            return cf[a.c] < cf[b.c];
        if (ra[a.r].id != ra[b.r].id)
            return ra[a.r].id < ra[b.r].id;
        return ca[a.c].id < ca[b.c].id;
    });
    QList<int> candOfRef(ra.size(), -1);
    QList<bool> candTaken(ca.size(), false);
    QList<Option> chosen(ra.size());
    for (const Option &o : std::as_const(options)) {
        if (candOfRef[o.r] >= 0 || candTaken[o.c])
            continue;
        candOfRef[o.r] = o.c;
        candTaken[o.c] = true;
        chosen[o.r] = o;
    }
    QList<ActorPair> pairs;
    for (int r = 0; r < ra.size(); ++r)
        if (candOfRef[r] >= 0)
            pairs << ActorPair{ra[r].id, ca[candOfRef[r]].id, chosen[r].distance,
                               chosen[r].sameCategory};
    return pairs;
}

SetScore score(int reference, int candidate, int matched)
{
    SetScore s;
    s.reference = reference;
    s.candidate = candidate;
    s.matched = matched;
    s.precision = candidate > 0 ? double(matched) / candidate : (reference == 0 ? 1.0 : 0.0);
    s.recall = reference > 0 ? double(matched) / reference : (candidate == 0 ? 1.0 : 0.0);
    s.f1 = s.precision + s.recall > 0
               ? 2 * s.precision * s.recall / (s.precision + s.recall)
               : 0.0;
    return s;
}

MapComparison compareMap(const MapData &reference, const MapData &candidate,
                         const CompareOptions &options)
{
    MapComparison m;
    m.file = candidate.file;
    m.territory = candidate.territory;

    // Actors.
    m.pairs = matchActors(reference, candidate);
    QHash<qint64, qint64> referenceOfCandidate;
    for (const ActorPair &p : std::as_const(m.pairs)) {
        m.candidateOfReference.insert(p.referenceId, p.candidateId);
        referenceOfCandidate.insert(p.candidateId, p.referenceId);
    }
    m.actors = score(int(reference.actors.size()), int(candidate.actors.size()),
                     int(m.pairs.size()));
    for (const Actor &a : reference.actors)
        if (!m.candidateOfReference.contains(a.id))
            m.missingActors << a.name;
    for (const Actor &a : candidate.actors)
        if (!referenceOfCandidate.contains(a.id))
            m.extraActors << a.name;
    sortNames(m.missingActors);
    sortNames(m.extraActors);

    int sameCategory = 0;
    double influenceSum = 0;
    QList<InfluenceDifference> differences;
    for (const ActorPair &p : std::as_const(m.pairs)) {
        const Actor *r = reference.actor(p.referenceId);
        const Actor *c = candidate.actor(p.candidateId);
        sameCategory += p.sameCategory ? 1 : 0;
        influenceSum += std::abs(c->influence - r->influence);
        if (r->name != c->name)
            m.renamedActors << qMakePair(r->name, c->name);
        if (c->influence != r->influence)
            differences << InfluenceDifference{r->name, c->name, r->influence, c->influence};
    }
    if (!m.pairs.isEmpty()) {
        m.categoryAgreement = double(sameCategory) / m.pairs.size();
        m.influenceMeanAbsDifference = influenceSum / m.pairs.size();
    }
    std::stable_sort(differences.begin(), differences.end(),
                     [](const InfluenceDifference &a, const InfluenceDifference &b) {
                         if (std::abs(a.difference()) != std::abs(b.difference()))
                             return std::abs(a.difference()) > std::abs(b.difference());
                         return foldedLess(a.reference, b.reference);
                     });
    m.largestInfluenceDifferences =
        differences.mid(0, std::max(0, options.largestInfluenceDifferences));

    // Links: each reference link is found at most once.
    const QHash<qint64, qint64> typeOfCandidate =
        kindMap(reference.linkTypes, candidate.linkTypes);
    QHash<ReferenceLinkKey, QList<qint64>> unmatched;  // reference links not found yet
    for (const Link &l : reference.links)
        unmatched[keyOf(reference, l.sourceId, l.targetId, l.typeId)] << l.id;
    int linksMatched = 0;
    for (const Link &l : candidate.links) {
        const auto s = referenceOfCandidate.constFind(l.sourceId);
        const auto t = referenceOfCandidate.constFind(l.targetId);
        const auto type = typeOfCandidate.constFind(l.typeId);
        if (s != referenceOfCandidate.cend() && t != referenceOfCandidate.cend() &&
            type != typeOfCandidate.cend()) {
            const ReferenceLinkKey key = keyOf(reference, *s, *t, *type);
            auto found = unmatched.find(key);
            if (found != unmatched.end() && !found->isEmpty()) {
                m.matchedReferenceLinks.insert(found->takeFirst());
                ++linksMatched;
                continue;
            }
            m.extraReferenceLinks << key;
        }
        m.extraLinks << describe(candidate, l.sourceId, l.targetId, l.typeId);
    }
    for (const Link &l : reference.links)
        if (!m.matchedReferenceLinks.contains(l.id))
            m.missingLinks << describe(reference, l.sourceId, l.targetId, l.typeId);
    std::stable_sort(m.missingLinks.begin(), m.missingLinks.end(), linkLess);
    std::stable_sort(m.extraLinks.begin(), m.extraLinks.end(), linkLess);
    m.links = score(int(reference.links.size()), int(candidate.links.size()), linksMatched);
    return m;
}

Comparison compare(const MapData &reference, const QList<MapData> &candidates,
                   const CompareOptions &options)
{
    Comparison out;
    out.referenceFile = reference.file;
    for (const MapData &c : candidates)
        out.maps << compareMap(reference, c, options);
    Summary &s = out.summary;
    const int n = int(out.maps.size());
    s.maps = n;
    if (n == 0)
        return out;

    // What at least half of the maps missed.
    for (const Actor &a : reference.actors) {
        int missed = 0;
        for (const MapComparison &m : std::as_const(out.maps))
            missed += m.candidateOfReference.contains(a.id) ? 0 : 1;
        if (missed > 0 && 2 * missed >= n) {
            const Category *cat = reference.category(a.categoryId);
            s.mostMissedActors << MissedActor{a.name, cat ? cat->name : QString(), missed};
        }
    }
    std::stable_sort(s.mostMissedActors.begin(), s.mostMissedActors.end(),
                     [](const MissedActor &a, const MissedActor &b) {
                         return a.missedBy != b.missedBy ? a.missedBy > b.missedBy
                                                         : foldedLess(a.name, b.name);
                     });
    QList<int> presence(reference.links.size(), 0);
    for (int i = 0; i < reference.links.size(); ++i) {
        for (const MapComparison &m : std::as_const(out.maps))
            presence[i] += m.matchedReferenceLinks.contains(reference.links[i].id) ? 1 : 0;
        const int missed = n - presence[i];
        const Link &l = reference.links[i];
        if (missed > 0 && 2 * missed >= n)
            s.mostMissedLinks << MissedLink{describe(reference, l.sourceId, l.targetId, l.typeId),
                                            missed};
    }
    std::stable_sort(s.mostMissedLinks.begin(), s.mostMissedLinks.end(),
                     [](const MissedLink &a, const MissedLink &b) {
                         return a.missedBy != b.missedBy ? a.missedBy > b.missedBy
                                                         : linkLess(a.link, b.link);
                     });
    if (n < 2)
        return out;

    // Where the maps disagree: categories and influence of the actors they found…
    QList<QHash<qint64, qint64>> categoryMaps;  // candidate category -> reference category
    for (const MapData &c : candidates)
        categoryMaps << kindMap(reference.categories, c.categories);
    for (const Actor &a : reference.actors) {
        ActorDisagreement d;
        d.name = a.name;
        const Category *refCat = reference.category(a.categoryId);
        d.referenceCategory = refCat ? refCat->name : QString();
        d.referenceInfluence = a.influence;
        QSet<QString> categoryKeys;
        for (int i = 0; i < n; ++i) {
            const auto c = out.maps[i].candidateOfReference.constFind(a.id);
            if (c == out.maps[i].candidateOfReference.cend())
                continue;
            const Actor *ca = candidates[i].actor(*c);
            const Category *cat = candidates[i].category(ca->categoryId);
            d.files << out.maps[i].file;
            d.categories << (cat ? cat->name : QString());
            d.influences << ca->influence;
            const auto mapped = cat ? categoryMaps[i].constFind(cat->id) : categoryMaps[i].cend();
            categoryKeys.insert(mapped != categoryMaps[i].cend()
                                    ? QString::number(*mapped)
                                    : QStringLiteral("name:") +
                                          (cat ? text::fold(cat->name) : QString()));
        }
        if (d.files.size() < 2)
            continue;
        const auto [lo, hi] = std::minmax_element(d.influences.cbegin(), d.influences.cend());
        d.categoryVaries = categoryKeys.size() > 1;
        d.influenceVaries = *hi - *lo >= options.influenceSpread;
        if (d.categoryVaries || d.influenceVaries)
            s.actorDisagreements << d;
    }
    std::stable_sort(s.actorDisagreements.begin(), s.actorDisagreements.end(),
                     [](const ActorDisagreement &a, const ActorDisagreement &b) {
                         return foldedLess(a.name, b.name);
                     });

    // …and links drawn by some maps only: reference links and links between reference actors.
    for (int i = 0; i < reference.links.size(); ++i) {
        if (presence[i] == 0 || presence[i] == n)
            continue;
        const Link &l = reference.links[i];
        LinkDisagreement d;
        d.link = describe(reference, l.sourceId, l.targetId, l.typeId);
        d.inReference = true;
        for (const MapComparison &m : std::as_const(out.maps))
            (m.matchedReferenceLinks.contains(l.id) ? d.presentIn : d.absentFrom) << m.file;
        s.linkDisagreements << d;
    }
    QList<ReferenceLinkKey> extraKeys;
    QHash<ReferenceLinkKey, QList<int>> extraIn;
    for (int i = 0; i < n; ++i)
        for (const ReferenceLinkKey &k : out.maps[i].extraReferenceLinks) {
            auto &maps = extraIn[k];
            if (maps.isEmpty())
                extraKeys << k;
            if (!maps.contains(i))
                maps << i;
        }
    for (const ReferenceLinkKey &k : std::as_const(extraKeys)) {
        const QList<int> &in = extraIn[k];
        if (in.size() == n)
            continue;  // every map agrees on it: an omission of the reference, not a disagreement
        LinkDisagreement d;
        d.link = describe(reference, k.source, k.target, k.type);
        for (int i = 0; i < n; ++i)
            (in.contains(i) ? d.presentIn : d.absentFrom) << out.maps[i].file;
        s.linkDisagreements << d;
    }
    std::stable_sort(s.linkDisagreements.begin(), s.linkDisagreements.end(),
                     [](const LinkDisagreement &a, const LinkDisagreement &b) {
                         return linkLess(a.link, b.link);
                     });
    return out;
}

} // namespace maillage::workshop
