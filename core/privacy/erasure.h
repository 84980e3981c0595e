#pragma once

#include "personrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace maillage {

class Document;
class Store;

namespace privacy {

/// A free-text value of another row that an erasure or a pseudonymisation rewrites because
/// it names the person.
struct TextChange
{
    QString table;
    qint64 id = 0;
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
    QList<TextChange> textChanges;   ///< notes of other rows where their names are replaced
    /// Notes that name someone by the family name alone ("Mme Perrin"): they may be about
    /// the person but could be about someone else, so they are left as they are and shown
    /// to the user to check.
    QList<Mention> possibleMentions;
    /// Translated lines for a confirmation dialog or the CLI preview.
    QStringList describe() const;
};

/// The text that replaces an erased person's name in notes: "[erased]", translated.
QString erasedMarker();

/// What erase() would do with `actorIds`; unknown ids are left out.
ErasurePlan planErasure(const Store &store, const QList<qint64> &actorIds);

/// Erases persons and every trace of them, for good: the actors, their tags, links,
/// meeting attendance, roles in problems and partnerships in actions (an action they lead
/// keeps no lead), and their names in the free text of other rows (replaced by
/// erasedMarker()); snapshots lose their copies of them and of their links. This cannot be
/// undone: the undo history, which holds the erased data, is
/// cleared, and the file is purged (see purgeFile()) so that the names are gone from its
/// bytes. Returns false and changes nothing when the edit fails.
/// `done` receives what was erased and rewritten.
bool erase(Document &doc, const QList<qint64> &actorIds, QString *error = nullptr,
           ErasurePlan *done = nullptr);

/// The pseudonym a person gets: "Resident N" for citizens, "Elected official N" for elected
/// officials, "Person N" for anyone else (translated), N one more than the highest such
/// number already in use in the territory.
struct Pseudonymisation
{
    qint64 actorId = 0;
    QString name;       ///< the name replaced
    QString pseudonym;
};

/// What pseudonymize() would do: the new names and the notes rewritten.
struct PseudonymPlan
{
    QList<Pseudonymisation> persons;
    QList<TextChange> textChanges;
    QList<Mention> possibleMentions;  ///< as in ErasurePlan
    QStringList snapshots;  ///< names of the snapshots where they are renamed too
    QStringList describe() const;
};
PseudonymPlan planPseudonymisation(const Store &store, const QList<qint64> &actorIds);

/// Pseudonymises persons in place: the name becomes the pseudonym, contact fields (e-mail,
/// phone, address, website) are blanked, the name is replaced in their description and in
/// every other row's free text and in the snapshots; links, meetings, problems and actions
/// are kept. Like
/// erasure it cannot be undone and purges the file, since the undo history and the file's
/// free pages would otherwise still hold the names. `done` receives what was done.
bool pseudonymize(Document &doc, const QList<qint64> &actorIds, QString *error = nullptr,
                  PseudonymPlan *done = nullptr);

/// Moves the retention date of persons `months` later (from their current retention date,
/// or from the default one when they have none). One ordinary, undoable edit.
bool extendRetention(Document &doc, const QList<qint64> &actorIds, int months,
                     QString *error = nullptr);

/// Makes deleted data unrecoverable from the open file: clears the document's undo history,
/// folds the write-ahead log into the file and empties it, and rebuilds the file (VACUUM) so
/// no freed page or slack space keeps old values.
bool purgeFile(Document &doc, QString *error = nullptr);

} // namespace privacy
} // namespace maillage
