#pragma once

// Internal to core/io's exports: what their files share — the snapshot of the territory
// every graph export reads (pseudonymised when asked) and the helpers for values and
// attributes. export.cpp holds them with the CSV exports and exportTerritory;
// export_kumu.cpp Kumu's blueprint and spreadsheets; export_graph.cpp GeoJSON, GraphML and
// GEXF; export_json.cpp Maillage's own JSON and createFromJson. Never include it from a
// public header.

#include "core/io/export.h"

#include "core/io/pseudonymize.h"
#include "core/store/repositories.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QSet>

namespace maillage::io::exportparts {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::Export)
};

QString num(double d);

QString date(const QDate &d);

/// Everything the graph exports need, pseudonymised when asked.
struct Snapshot
{
    Territory territory;
    QList<Category> categories;
    QList<LinkType> types;
    QList<Actor> actors;
    QList<Link> links;
    QHash<qint64, QStringList> tagNames;  // actor → tag names
    QHash<qint64, Category> categoryById;
    QHash<qint64, LinkType> typeById;
    QHash<qint64, QString> actorName;
    /// Custom fields and their values (owner id → field id → stored value).
    QList<CustomField> actorFields, linkFields;
    QHash<qint64, QHash<qint64, QString>> actorValues, linkValues;

    Snapshot(Store &store, const ExportOptions &options);

    /// Values of fields marked personal are blanked for persons (for links: a link with a
    /// person at either end); every value and field name goes through the pseudonymiser.
    void anonymizeValues(const Pseudonymizer &p);
};

/// A stored custom value as the exchange formats write it: yes/no as true/false (which every
/// tool reads as a boolean), everything else as stored.
QString exchangeValue(const CustomField &f, const QString &stored);

/// The GEXF type of a field (dates are GEXF 1.3's; 1.2 writes them as strings).
QString gexfType(const CustomField &f, bool v13);

/// The GraphML attr.type of a field; GraphML has no dates, URLs nor choices, which Maillage
/// says beside it (maillage.type).
QString graphmlType(const CustomField &f);

const char *const kActorColumns[] = {
    "id",          "name",          "category",       "is_person",      "organisation",
    "role",        "sector",        "commune",        "email",          "phone",
    "address",     "website",       "description",    "tags",           "influence",
    "interest",    "attitude",      "engagement",     "legal_basis",    "consent_date",
    "consent_method", "retention_date", "last_contact", "x",            "y",
    "pinned",      "since",         "until"};

QStringList actorValues(const Snapshot &s, const Actor &a);

QByteArray csvLine(const QStringList &values);

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);

QString vizShape(const QString &shape);

struct Column
{
    const char *id;
    const char *type;  // GEXF/GraphML attribute type
};

// The actor attributes the graph formats carry besides id, label, colour and position.
const Column kNodeAttributes[] = {
    {"category", "string"},      {"is_person", "boolean"},   {"organisation", "string"},
    {"role", "string"},          {"sector", "string"},       {"commune", "string"},
    {"email", "string"},         {"phone", "string"},        {"address", "string"},
    {"website", "string"},       {"description", "string"},  {"tags", "string"},
    {"influence", "integer"},    {"interest", "integer"},    {"attitude", "integer"},
    {"engagement", "integer"},   {"legal_basis", "string"},  {"consent_date", "string"},
    {"consent_method", "string"}, {"retention_date", "string"}, {"last_contact", "string"},
    {"pinned", "boolean"},       {"since", "string"},        {"until", "string"},
};

const Column kEdgeAttributes[] = {{"type", "string"},  {"description", "string"},
                                   {"since", "string"}, {"until", "string"},
                                   {"strength", "integer"}};

QHash<QString, QString> nodeAttributeValues(const Snapshot &s, const Actor &a);

QHash<QString, QString> edgeAttributeValues(const Snapshot &s, const Link &l);

/// Which links are written directed, and how the graph declares it: every link directed, a
/// directed graph; none, an undirected one; some, an undirected graph whose directed links
/// say so one by one (some tools cannot read that: see mixedDirectionsNote()).
struct Directions
{
    QSet<qint64> directed;  ///< ids of the links written directed
    bool all = false, none = false;

    Directions(const Snapshot &s, const ExportOptions &options)
    {
        for (const Link &l : s.links)
            if (options.allDirected || (l.typeId && s.typeById.value(l.typeId).directed))
                directed.insert(l.id);
        all = directed.size() == s.links.size();
        none = directed.isEmpty();
    }
    bool mixed() const { return !all && !none; }
    bool of(const Link &l) const { return directed.contains(l.id); }
};

/// Maillage's map counts y downwards, Gephi (and the tools drawing with y upwards) upwards.
double exportedY(double y);

/// The weight written for a link: its own, else its strength (what other tools weigh).
QString weightOf(const Link &l);

/// One of Kumu's sheets: its columns and, for each row, a typed value per column (Null when
/// empty). The JSON blueprint and the spreadsheets are written from the same sheet.
struct KumuSheet
{
    QStringList columns;
    QList<QList<QJsonValue>> rows;
};

/// A stored custom value as Kumu reads it: numbers as numbers, yes/no as booleans.
QJsonValue kumuValue(const CustomField &f, const QString &stored);
KumuSheet kumuElements(const Snapshot &s);
KumuSheet kumuConnections(const Snapshot &s);
QByteArray kumuCsv(const KumuSheet &sheet);

} // namespace maillage::io::exportparts
