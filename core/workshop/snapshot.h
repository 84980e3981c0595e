#pragma once

#include "core/workshop/compare.h"

#include <QDate>

// What changed between two states of a territory: two dates of one file (actors and links
// carry since/until dates) or two files (snapshots saved at different times).
//
// Date convention: both ends are inclusive. Something with since = D is present on D;
// something with until = D is still present on D and gone the day after. No since means
// "always been there", no until "still there". A link is present on a date only when it and
// both its actors are.
namespace maillage::workshop {

/// Whether something dated [since, until] is present on `date` (see above).
bool presentOn(const QDate &since, const QDate &until, const QDate &date);

/// `map` as it stood on `date`: the actors and links present then.
MapData mapAt(const MapData &map, const QDate &date);

struct ActorChange
{
    QString name;
    QString category;
};

struct LinkChange
{
    LinkRef link;
    int strengthBefore = 0;  ///< 0 for a link that appeared
    int strengthAfter = 0;   ///< 0 for a link that disappeared
};

struct SnapshotDiff
{
    QString before;  ///< what was compared: a file name or a date
    QString after;
    int actorsBefore = 0, actorsAfter = 0;
    int linksBefore = 0, linksAfter = 0;
    QList<ActorChange> appeared;  ///< actors present after only, by name
    QList<ActorChange> left;      ///< actors present before only, by name
    QList<LinkChange> linksAppeared;
    QList<LinkChange> strengthened;
    QList<LinkChange> weakened;
    QList<LinkChange> linksDisappeared;
    bool isEmpty() const
    {
        return appeared.isEmpty() && left.isEmpty() && linksAppeared.isEmpty() &&
               strengthened.isEmpty() && weakened.isEmpty() && linksDisappeared.isEmpty();
    }
};

/// The changes from `before` to `after`, two files: actors are matched by name as in a
/// comparison (matchActors), links by matched ends and type. Two links between the same
/// actors with the same type pair up one to one in id order; a pair whose strength differs
/// was strengthened or weakened. Links name their actors as in `after` when they exist
/// there, else as in `before`.
SnapshotDiff diffMaps(const MapData &before, const MapData &after);

/// The changes in one file between two dates: actors are the same rows, so they pair by id;
/// links pair by ends and type as in diffMaps(), so a link ended and replaced by one of
/// another strength counts as strengthened or weakened.
SnapshotDiff diffDates(const MapData &map, const QDate &from, const QDate &to);

} // namespace maillage::workshop
