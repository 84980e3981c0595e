#pragma once

#include "core/workshop/compare.h"
#include "core/workshop/snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>

#include <optional>

// Named snapshots of a territory's map, kept in the file's `snapshot` table. A snapshot's
// content is the map only, as JSON (snapshotJson()): the actors with their category,
// influence, interest, attitude, engagement, position and dates, the links with their type,
// strength and dates, the categories and the link types. Nothing else is copied (no contact
// fields, notes or descriptions), so a snapshot holds as little personal data as it can.
//
// Persons' names are in snapshots too: privacy::erase() removes them from every snapshot
// (with their links), privacy::pseudonymize() renames them there, and the right of access
// lists the snapshots they are in (see eraseFromSnapshots() and personInSnapshots()).
namespace maillage {
class Document;
class Store;
}

namespace maillage::workshop {

/// One row of the snapshot table, without its content.
struct SnapshotInfo
{
    qint64 id = 0;
    QString name;
    QDateTime takenAt;  ///< UTC
    QString note;
    int actors = 0;
    int links = 0;
};

/// The territory's map with what snapshots and the timeline need (see snapshotJson()), read
/// with two lean queries (readMap() reads every column: ten times slower at 10k actors).
MapData readMapLean(const Store &store);

/// The map as snapshot content: {"format": "maillage-snapshot", "version": 1, "territory",
/// "categories": [{id, code, name, color, shape, person}], "link_types": [{id, code, name,
/// color, line_style, directed, sign}], "actors": [{id, name, category_id, influence,
/// interest, attitude, engagement, is_person, x, y, since, until}], "links": [{id,
/// source_id, target_id, type_id, strength, since, until}]}. Dates are YYYY-MM-DD or null.
QByteArray snapshotJson(const MapData &map);
/// Reads snapshotJson(); `error` says what is wrong when it cannot.
bool mapFromSnapshotJson(const QByteArray &json, MapData *map, QString *error);

/// Every snapshot of the file, oldest first.
QList<SnapshotInfo> listSnapshots(const Store &store);
std::optional<SnapshotInfo> snapshotInfo(const Store &store, qint64 id);
/// The snapshot called `nameOrId`: an id ("3") or a name (exact first, then ignoring case and
/// accents). Several snapshots of the same name: the latest. nullopt when there is none.
std::optional<SnapshotInfo> findSnapshot(const Store &store, const QString &nameOrId);
/// The snapshot's map; its `file` is the snapshot's name.
bool loadSnapshot(const Store &store, qint64 id, MapData *map, QString *error);

/// Takes a snapshot of the document's territory as it is now: one undoable edit.
std::optional<qint64> takeSnapshot(Document &doc, const QString &name, const QString &note,
                                   QString *error = nullptr);
/// Renames a snapshot and sets its note: one undoable edit (nothing when unchanged).
bool editSnapshot(Document &doc, qint64 id, const QString &name, const QString &note,
                  QString *error = nullptr);
/// Deletes snapshots: one undoable edit.
bool deleteSnapshots(Document &doc, const QList<qint64> &ids, QString *error = nullptr);

/// What one side of a comparison is.
struct DiffSide
{
    enum Kind { Now, Snapshot, Date };
    Kind kind = Now;
    qint64 snapshotId = 0;  ///< Snapshot
    QDate date;             ///< Date: the current territory as it stood on that day
};
/// A translated label for a side ("now", "snapshot “Spring 2018”", "15 Mar 2018").
QString sideLabel(const Store &store, const DiffSide &side, const QLocale &locale = QLocale());
/// The changes from `before` to `after`. Two dates of the territory pair actors by id
/// (diffDates()); anything else pairs them by name (diffMaps()). `before` and `after` of the
/// result are the sides' labels.
bool diffSides(const Store &store, const DiffSide &before, const DiffSide &after,
               SnapshotDiff *diff, QString *error, const QLocale &locale = QLocale());

/// The diff as plain text (translated, dates and numbers in `locale`'s format).
QString diffText(const SnapshotDiff &diff, const QLocale &locale = QLocale());
/// The diff as CSV: one line per change, columns change, name, category, source, target,
/// type, directed, strength_before, strength_after (change codes: actor_appeared, actor_left,
/// link_appeared, link_strengthened, link_weakened, link_disappeared).
QByteArray diffCsv(const SnapshotDiff &diff);

// Personal data -----------------------------------------------------------------------------

/// A person as the privacy code sees them: the actor's id and name, and for a
/// pseudonymisation the pseudonym.
struct SnapshotPerson
{
    qint64 actorId = 0;
    QString name;
    QString replacement;
};
/// A snapshot rewritten for persons.
struct SnapshotRewrite
{
    qint64 id = 0;
    QString name;        ///< the snapshot's name
    QString content;     ///< new content
    int actors = 0;      ///< actors removed or renamed
    int links = 0;       ///< links removed with them
};
/// Whether actor `actor` of a snapshot (a JSON object of its "actors") is `person`: the
/// same name once folded (case, accents, spacing), or the same id and marked as a person in
/// the snapshot (the name may have been corrected since).
bool isPersonInSnapshot(const QJsonObject &actor, const SnapshotPerson &person);
/// The snapshots that hold one of `persons`, with the persons and their links removed. A
/// damaged content (not JSON) has their names replaced by their `replacement` instead.
QList<SnapshotRewrite> eraseFromSnapshots(const Store &store, const QList<SnapshotPerson> &persons);
/// The snapshots that hold one of `persons`, with the persons renamed to their replacement.
QList<SnapshotRewrite> renameInSnapshots(const Store &store, const QList<SnapshotPerson> &persons);
/// The snapshots the person is in.
QList<SnapshotInfo> personInSnapshots(const Store &store, const SnapshotPerson &person);

} // namespace maillage::workshop
