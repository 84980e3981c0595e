#include "core/workshop/comparisonitems.h"
#include "core/workshop/compare_p.h"

namespace maillage::workshop {

ComparisonItems comparisonItems(const MapData &reference, const MapData &candidate,
                                const MapComparison &comparison)
{
    ComparisonItems items;
    for (const ActorPair &p : comparison.pairs) {
        items.referenceOfCandidate.insert(p.candidateId, p.referenceId);
        items.candidateOfReference.insert(p.referenceId, p.candidateId);
    }
    for (const Actor &a : reference.actors)
        if (!items.candidateOfReference.contains(a.id))
            items.missingActors << a.id;
    for (const Actor &a : candidate.actors)
        if (!items.referenceOfCandidate.contains(a.id))
            items.extraActors << a.id;
    for (const Link &l : reference.links)
        if (!comparison.matchedReferenceLinks.contains(l.id))
            items.missingLinks << l.id;

    // The candidate side of the link matching in compareMap(): the same walk in the same
    // order, so each reference link is claimed by the same candidate link.
    const QHash<qint64, qint64> typeOfCandidate = detail::linkTypeMap(reference, candidate);
    QHash<ReferenceLinkKey, int> unmatched;
    for (const Link &l : reference.links)
        ++unmatched[detail::keyOf(reference, l.sourceId, l.targetId, l.typeId)];
    for (const Link &l : candidate.links) {
        const auto s = items.referenceOfCandidate.constFind(l.sourceId);
        const auto t = items.referenceOfCandidate.constFind(l.targetId);
        const auto type = typeOfCandidate.constFind(l.typeId);
        if (s != items.referenceOfCandidate.cend() && t != items.referenceOfCandidate.cend() &&
            type != typeOfCandidate.cend()) {
            auto found = unmatched.find(detail::keyOf(reference, *s, *t, *type));
            if (found != unmatched.end() && *found > 0) {
                --*found;
                continue;
            }
        }
        items.extraLinks << l.id;
    }
    return items;
}

} // namespace maillage::workshop
