#pragma once

#include "core/domain/customfield.h"
#include "core/domain/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace maillage {

class Store;

namespace privacy {

/// The actors `query` names: an actor id ("12") or a name compared folded (case, accents and
/// spacing ignored). Several results mean the name is ambiguous.
QList<Actor> findActors(const Store &store, const QString &query);

/// A custom value of the person (or of one of their links).
struct PersonFieldValue
{
    QString name;
    FieldType type = FieldType::Text;
    QString unit;
    QString value;  ///< as stored (canonical: numbers in the C locale, dates ISO, yes/no 1/0)
    bool personal = false;  ///< the field is marked as personal data
};

/// A link of the person, with what is needed of the actor at the other end: its name and
/// category, nothing else.
struct PersonLink
{
    qint64 linkId = 0;
    qint64 otherId = 0;
    QString otherName;
    QString otherCategory;
    QString type;        ///< the link type's name
    bool directed = false;
    bool outgoing = true;  ///< the person is the link's source
    int strength = 3;
    QString description;
    QDate since, until;
    QList<PersonFieldValue> fields;  ///< the link's custom values
};

struct PersonMeeting
{
    qint64 id = 0;
    QString title;
    QString kind;  ///< code, see labels::meetingKind()
    QDate heldOn;
    QString place;
};

/// A problem or an action the person is part of, and how.
struct PersonInvolvement
{
    qint64 id = 0;
    QString title;
    QString status;     ///< code
    QStringList roles;  ///< problems: affected, raised, can_act; actions: lead, partner
};

/// A note or description of another row that names the person.
struct Mention
{
    QString table;
    qint64 id = 0;
    QString column;
    QString rowLabel;  ///< the row's title or name, when it has one
    QStringList excerpts;  ///< the sentences that name the person
    int occurrences = 0;
};

/// A named snapshot of the map (workshop mode) that holds a copy of the person.
struct PersonSnapshot
{
    qint64 id = 0;
    QString name;
    QDateTime takenAt;
};

/// Everything the territory holds about one person (right of access, GDPR art. 15), and
/// nothing about anyone else beyond the names needed to make sense of it.
struct PersonRecord
{
    QString territory;
    QDateTime generatedAt;
    Actor actor;
    QString category;
    QStringList tags;
    QList<PersonFieldValue> fields;  ///< the person's custom values, in the fields' order
    QList<PersonLink> links;
    QList<PersonMeeting> meetings;
    QList<PersonInvolvement> problems;
    QList<PersonInvolvement> actions;
    QList<Mention> mentions;
    QList<PersonSnapshot> snapshots;  ///< snapshots holding a copy of them (and their links)
};

/// The person's record, or nullopt when `actorId` is no actor.
std::optional<PersonRecord> collectPersonRecord(const Store &store, qint64 actorId);

/// Where `name` appears in the text of rows other than the actor `selfId` and the links in
/// `skipLinks`: any value stored as text in any column of any table (see textCells()); in a
/// JSON value (a snapshot, a saved view's settings) the excerpts come from its strings.
QList<Mention> findMentions(const Store &store, const QString &name, qint64 selfId,
                            const QList<qint64> &skipLinks = {});

/// The record as JSON: {"format": "maillage-person-export", "version": 1, "territory",
/// "generated_at", "person": {every field}, "tags", "fields" ([{"name", "type", "unit",
/// "value", "personal"}]), "links" (each with its "fields"), "meetings", "problems",
/// "actions", "mentions", "snapshots"}. Coded values are given with their code and translated label.
QJsonObject personRecordJson(const PersonRecord &record);

/// Translated names of the tables and text columns a Mention points at, for previews,
/// exports and the access PDF ("Meeting", "notes"); unknown names (a column added by a later
/// version) are returned as they are.
QString tableLabel(const QString &table);
QString columnLabel(const QString &column);

} // namespace privacy
} // namespace maillage
