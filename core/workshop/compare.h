#pragma once

#include "core/domain/types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <limits>

// Comparing maps of one territory: a trainer's reference with trainees' maps, or several
// groups' perceptions of the same territory with a shared reference.
//
// Actors are matched one to one. Two names can match when they are equal once folded (case,
// accents, ligatures, spacing: text::fold) or when they are a few typing mistakes apart
// (Levenshtein distance between the folded names, as text::editDistance, see
// spellingTolerance()). Among the possible
// pairs, the closest spelling wins, then the pair whose categories agree, then the order of
// the names (so the result never depends on row order). Links match when their ends are
// matched actors and their types agree (same code, else same folded name); a link of an
// undirected type matches either direction.
namespace maillage {
class Store;
}

namespace maillage::workshop {

/// One territory read into memory: what a comparison or a snapshot diff needs.
struct MapData
{
    QString file;  ///< path as given
    QString territory;
    QList<Actor> actors;
    QList<Link> links;
    QList<Category> categories;
    QList<LinkType> linkTypes;

    const Actor *actor(qint64 id) const;
    const Category *category(qint64 id) const;
    const LinkType *linkType(qint64 id) const;
};

/// Reads the territory of an open store.
MapData readMap(Store &store);
/// Opens `path` read-only, reads it and closes it again; on failure `error` says why and
/// names the file.
bool loadMap(const QString &path, MapData *map, QString *error);

/// How many edits (Levenshtein) two folded names may be apart and still denote the same
/// actor, `length` being the shorter folded name's length in characters (spaces included):
/// none under 5 ("Café" and "Cave" are different places), 1 from 5 to 9 ("Mairie" /
/// "Mairi"), 2 from 10 on ("Conservatoire" / "Conservatiore": a swap of two letters counts as
/// two edits). Short names differ by one letter too often to guess.
int spellingTolerance(qsizetype length);

/// A matched pair: reference actor and candidate actor.
struct ActorPair
{
    qint64 referenceId = 0;
    qint64 candidateId = 0;
    int distance = 0;  ///< edit distance between the folded names (0: same folded name)
    bool sameCategory = false;
};

/// Matches the actors of `candidate` with those of `reference` one to one (see the top of
/// this file). Pairs come in reference order.
QList<ActorPair> matchActors(const MapData &reference, const MapData &candidate);

/// A link described by names, for reports.
struct LinkRef
{
    QString source;
    QString target;
    QString type;
    bool directed = false;
    bool operator==(const LinkRef &o) const = default;
};

/// A link in the reference's ids: ends and type.
struct ReferenceLinkKey
{
    qint64 source = 0;
    qint64 target = 0;
    qint64 type = 0;
    bool operator==(const ReferenceLinkKey &o) const = default;
};
inline size_t qHash(const ReferenceLinkKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.source, k.target, k.type);
}

/// Counts of one kind of item (actors or links) in one comparison.
struct SetScore
{
    int reference = 0;  ///< items in the reference
    int candidate = 0;  ///< items in the compared map
    int matched = 0;
    /// matched / candidate; 1 when both maps are empty, 0 when only the candidate is.
    double precision = 0;
    /// matched / reference; 1 when both maps are empty, 0 when only the reference is.
    double recall = 0;
    /// Harmonic mean of precision and recall; 0 when both are 0.
    double f1 = 0;
};

struct InfluenceDifference
{
    QString reference;  ///< the actor's name in the reference
    QString candidate;  ///< its name in the compared map
    int referenceInfluence = 0;
    int candidateInfluence = 0;
    int difference() const { return candidateInfluence - referenceInfluence; }
};

/// One compared map against the reference.
struct MapComparison
{
    QString file;
    QString territory;
    SetScore actors;
    QStringList missingActors;  ///< reference names not found, sorted
    QStringList extraActors;    ///< candidate names not in the reference, sorted
    /// Matched pairs whose names differ (spelling or case): (reference, candidate).
    QList<QPair<QString, QString>> renamedActors;
    SetScore links;
    QList<LinkRef> missingLinks;  ///< in reference names
    QList<LinkRef> extraLinks;    ///< in the candidate's names
    /// Share of matched actors whose categories agree (same code, else same folded name);
    /// NaN when no actor matched.
    double categoryAgreement = std::numeric_limits<double>::quiet_NaN();
    /// Mean of |candidate influence − reference influence| over matched actors; NaN when no
    /// actor matched.
    double influenceMeanAbsDifference = std::numeric_limits<double>::quiet_NaN();
    /// Matched actors whose influence differs, largest difference first (at most
    /// CompareOptions::largestInfluenceDifferences).
    QList<InfluenceDifference> largestInfluenceDifferences;

    // For summaries over several maps (ids of the reference).
    QList<ActorPair> pairs;
    QHash<qint64, qint64> candidateOfReference;  ///< reference actor id -> candidate actor id
    QSet<qint64> matchedReferenceLinks;          ///< reference link ids found in this map
    /// Extra links whose ends are matched actors and whose type is a reference type, in
    /// reference ids (ends in increasing id order for undirected types).
    QList<ReferenceLinkKey> extraReferenceLinks;
};

struct CompareOptions
{
    int largestInfluenceDifferences = 10;
    /// Over several maps, an actor's influence "varies" when the highest and lowest values the
    /// maps give differ by at least this much.
    int influenceSpread = 2;
};

/// Something most maps missed: `missedBy` of `maps` compared maps lack it.
struct MissedActor
{
    QString name;
    QString category;
    int missedBy = 0;
};
struct MissedLink
{
    LinkRef link;
    int missedBy = 0;
};

/// A reference actor the maps that found it see differently.
struct ActorDisagreement
{
    QString name;  ///< in the reference
    QString referenceCategory;
    int referenceInfluence = 0;
    QStringList files;        ///< the maps that found the actor, in the order given
    QStringList categories;   ///< the category each of them gives
    QList<int> influences;    ///< the influence each of them gives
    bool categoryVaries = false;
    bool influenceVaries = false;
};

/// A link some maps draw and others do not (between reference actors).
struct LinkDisagreement
{
    LinkRef link;  ///< in reference names
    bool inReference = false;
    QStringList presentIn;
    QStringList absentFrom;
};

struct Summary
{
    int maps = 0;
    QList<MissedActor> mostMissedActors;  ///< missed by at least half of the maps
    QList<MissedLink> mostMissedLinks;
    QList<ActorDisagreement> actorDisagreements;  ///< only with two maps or more
    QList<LinkDisagreement> linkDisagreements;    ///< only with two maps or more
};

struct Comparison
{
    QString referenceFile;
    QList<MapComparison> maps;
    Summary summary;
};

/// Compares one map with the reference.
MapComparison compareMap(const MapData &reference, const MapData &candidate,
                         const CompareOptions &options = CompareOptions());
/// Compares every map with the reference and sums up what most missed and where they differ.
Comparison compare(const MapData &reference, const QList<MapData> &candidates,
                   const CompareOptions &options = CompareOptions());

/// Precision, recall and F1 from counts, with the conventions documented on SetScore.
SetScore score(int reference, int candidate, int matched);

} // namespace maillage::workshop
