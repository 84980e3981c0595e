#pragma once

#include "core/privacy/personrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace maillage {

class Document;
class Store;

namespace privacy {

/// A text value of another row that an erasure or a pseudonymisation rewrites because it
/// names the person: any value stored as text in any column of any table of the file (see
/// textCells()), JSON values string by string.
struct TextChange
{
    QString table;
    qint64 id = 0;      ///< the row's id (its rowid, for tables without an id column)
    QString column;
    QString rowLabel;   ///< the row's title or name, when it has one
    QString before;
    QString after;
    int occurrences = 0;
};

/// What erasing some persons will remove and change, computed before asking the user.
struct ErasurePlan
{
    QList<PersonRecord> persons;     ///< what is held about each (their links, meetings…)
    QList<TextChange> textChanges;   ///< text of other rows where their names are replaced
    /// Notes that name someone by the family name alone ("Mme Perrin"): they may be about
    /// the person but could be about someone else, so they are left as they are and shown
    /// to the user to check.
    QList<Mention> possibleMentions;
    /// New content of the snapshots that held copies of them (those copies and their links
    /// taken out), by snapshot id; a text change of the same content starts from it.
    QHash<qint64, QString> snapshotContents;
    /// Translated lines for a confirmation dialog or the CLI preview: every place changed.
    QStringList describe() const;
};

/// The text that replaces an erased person's name in notes: "[erased]", translated.
QString erasedMarker();

/// What erase() would do with `actorIds`; unknown ids are left out.
ErasurePlan planErasure(const Store &store, const QList<qint64> &actorIds);

/// Erases persons and every trace of them, for good: the actors, their tags, links,
/// meeting attendance, roles in problems and partnerships in actions (an action they lead
/// keeps no lead), and their names wherever else they are written — any text value of any
/// table, tag and snapshot names, the territory's author, briefs, interview questions,
/// JSON settings (replaced by erasedMarker(), numbered in unique columns: "[erased] (2)");
/// snapshots lose their copies of them and of their links. This cannot be undone: the undo
/// history, which holds the erased data, is cleared, and the file is purged (see
/// purgeFile()) so that the names are gone from its bytes. Returns false and changes nothing
/// when the edit fails. `done` receives what was erased and rewritten.
bool erase(Document &doc, const QList<qint64> &actorIds, QString *error = nullptr,
           ErasurePlan *done = nullptr);
/// erase() up to its commit, without the purge: the deletion and the rewrites are committed
/// together with the file's mark that its purge is still to be done (territory.purge_pending),
/// so that an erasure killed before its purge is finished by finishPendingPurge() at the
/// next open. erase() is this, then purgeFile(); alone it is what a kill between the two
/// leaves behind (the tests simulate that crash with it).
bool eraseUnpurged(Document &doc, const QList<qint64> &actorIds, QString *error = nullptr,
                   ErasurePlan *done = nullptr);

/// The pseudonym a person gets: "Resident N" for citizens, "Elected official N" for elected
/// officials, "Person N" for anyone else (translated), N one more than the highest such
/// number already in use in the territory.
struct Pseudonymisation
{
    qint64 actorId = 0;
    QString name;       ///< the name replaced
    QString pseudonym;
    /// Ids and names of the fields marked personal data the person has a value of: blanked.
    QList<qint64> personalFieldIds;
    QStringList personalFields;
};

/// What pseudonymize() would do: the new names and the notes rewritten.
struct PseudonymPlan
{
    QList<Pseudonymisation> persons;
    QList<TextChange> textChanges;
    QList<Mention> possibleMentions;  ///< as in ErasurePlan
    QStringList snapshots;  ///< names of the snapshots where they are renamed too
    QHash<qint64, QString> snapshotContents;  ///< as in ErasurePlan, with them renamed
    QStringList describe() const;
};
PseudonymPlan planPseudonymisation(const Store &store, const QList<qint64> &actorIds);

/// Pseudonymises persons in place: the name becomes the pseudonym, contact fields (e-mail,
/// phone, address, website) and their values of custom fields marked personal are blanked, the name is replaced in their other fields, in
/// every text value of every other row (as for erase()) and in the snapshots; links,
/// meetings, problems and actions are kept. Like erasure it cannot be undone and purges the
/// file, since the undo history and the file's free pages would otherwise still hold the
/// names; a purge cut short is finished at the next open. `done` receives what was done.
bool pseudonymize(Document &doc, const QList<qint64> &actorIds, QString *error = nullptr,
                  PseudonymPlan *done = nullptr);
/// pseudonymize() up to its commit, without the purge (see eraseUnpurged()).
bool pseudonymizeUnpurged(Document &doc, const QList<qint64> &actorIds,
                          QString *error = nullptr, PseudonymPlan *done = nullptr);

/// Moves the retention date of persons `months` later (from their current retention date,
/// or from the default one when they have none). One ordinary, undoable edit.
bool extendRetention(Document &doc, const QList<qint64> &actorIds, int months,
                     QString *error = nullptr);

/// Makes deleted data unrecoverable from the open file: clears the document's undo history,
/// folds the write-ahead log into the file and empties it, and rebuilds the file (VACUUM) so
/// no freed page or slack space keeps old values; then clears the file's pending-purge mark.
bool purgeFile(Document &doc, QString *error = nullptr);

/// Whether the open file is marked as waiting for the purge of an erasure or a
/// pseudonymisation (territory.purge_pending): the process that made it was stopped
/// between its commit and its purge.
bool purgePending(const Store &store);

/// Finishes the purge a killed erasure or pseudonymisation left to do, when the file is open
/// for writing and marked so; does nothing otherwise. Document::open() calls it, so every
/// read-write open (the application, maillage-cli) finishes it. `finished` tells whether a
/// purge was done. Returns false when the purge failed (the mark is kept for the next open).
bool finishPendingPurge(Document &doc, bool *finished = nullptr, QString *error = nullptr);

} // namespace privacy
} // namespace maillage
