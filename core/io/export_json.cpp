// Maillage's own JSON: the whole territory out (territoryJson) and a new territory file made
// from it (createFromJson).

#include "core/io/export_parts.h"

#include "core/geo/geojson.h"
#include "core/io/csv.h"
#include "core/io/pseudonymize.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>
#include <cmath>

namespace maillage::io {

using namespace exportparts;

#define K(s) QStringLiteral(s)

namespace {

QJsonObject rowJson(const Row &r, const Pseudonymizer *p)
{
    QJsonObject o;
    for (auto it = r.begin(); it != r.end(); ++it) {
        const QVariant &v = it.value();
        if (v.isNull())
            o.insert(it.key(), QJsonValue::Null);
        else if (v.typeId() == QMetaType::QString)
            o.insert(it.key(), p ? p->text(v.toString()) : v.toString());
        else if (v.typeId() == QMetaType::Double)
            o.insert(it.key(), v.toDouble());
        else
            o.insert(it.key(), v.toLongLong());
    }
    return o;
}

/// A join table's pairs, by its first column.
QMultiHash<qint64, QJsonValue> joinRows(const Store &store, const QString &table,
                                        const QString &first, const QString &second)
{
    QMultiHash<qint64, QJsonValue> out;
    for (const auto &[a, b] : store.pairs(table, first, second).value_or(QList<QPair<qint64, qint64>>()))
        out.insert(a, b);
    return out;
}

QJsonArray values(const QMultiHash<qint64, QJsonValue> &h, qint64 id)
{
    QList<QJsonValue> v = h.values(id);
    std::reverse(v.begin(), v.end());  // QMultiHash returns the latest first
    QJsonArray a;
    for (const QJsonValue &x : v)
        a << x;
    return a;
}

} // namespace

QByteArray territoryJson(Store &store, const ExportOptions &options)
{
    std::optional<Pseudonymizer> p;
    if (options.anonymize)
        p = Pseudonymizer::fromStore(store);
    const Pseudonymizer *text = p ? &*p : nullptr;
    auto table = [&](const char *name) {
        return store.rows(QLatin1String(name), QString(), QVariant(), K("id"));
    };
    QJsonObject root{{K("format"), K("maillage-territory")},
                     {K("version"), 1},
                     {K("schema_version"), store.schemaVersion()}};
    root.insert(K("territory"), rowJson(table("territory").value(0), text));
    for (const char *name : {"category", "link_type", "tag", "theme"}) {
        QJsonArray a;
        for (const Row &r : table(name))
            a << rowJson(r, text);
        root.insert(QLatin1String(name) == QLatin1String("category")    ? K("categories")
                    : QLatin1String(name) == QLatin1String("link_type") ? K("link_types")
                    : QLatin1String(name) == QLatin1String("tag")       ? K("tags")
                                                                        : K("themes"),
                    a);
    }
    QJsonArray fieldRows;
    QSet<qint64> personalFields;
    for (const Row &r : table("field")) {
        fieldRows << rowJson(r, text);
        if (r.value(K("personal")).toInt() != 0)
            personalFields.insert(r.value(K("id")).toLongLong());
    }
    root.insert(K("fields"), fieldRows);
    const FieldRepository fieldRepo(store);
    const auto actorValues = fieldRepo.allValues(K("actor"));
    const auto linkValues = fieldRepo.allValues(K("link"));
    // An actor's (link's) custom values, [{"field_id", "value"}] by field id; anonymized,
    // persons' values of personal fields are left out (for links: a person at either end).
    auto valuesJson = [&](const QHash<qint64, QString> &byField, bool person) {
        QList<qint64> ids = byField.keys();
        std::sort(ids.begin(), ids.end());
        QJsonArray a;
        for (qint64 f : ids) {
            if (person && personalFields.contains(f))
                continue;
            const QString v = byField.value(f);
            a << QJsonObject{{K("field_id"), f}, {K("value"), text ? text->text(v) : v}};
        }
        return a;
    };
    const auto actorTags =
        joinRows(store, K("actor_tag"), K("actor_id"), K("tag_id"));
    QJsonArray actors;
    for (const Row &r : table("actor")) {
        const qint64 id = r.value(K("id")).toLongLong();
        QJsonObject o = rowJson(r, text);
        if (p && p->isPerson(id)) {
            o.insert(K("name"), p->name(id, QString()));
            for (const char *c : {"email", "phone", "address", "website"})
                o.insert(QLatin1String(c), QString());
            // A person's own place is personal data; a commune's centre is not.
            if (r.value(K("location_precision")).toString() != QLatin1String("commune")) {
                o.insert(K("latitude"), QJsonValue::Null);
                o.insert(K("longitude"), QJsonValue::Null);
                o.insert(K("location_precision"), QString());
            }
        }
        o.insert(K("tags"), values(actorTags, id));
        o.insert(K("field_values"), valuesJson(actorValues.value(id), p && p->isPerson(id)));
        actors << o;
    }
    root.insert(K("actors"), actors);
    QJsonArray links;
    for (const Row &r : table("link")) {
        QJsonObject o = rowJson(r, text);
        const bool person = p && (p->isPerson(r.value(K("source_id")).toLongLong()) ||
                                  p->isPerson(r.value(K("target_id")).toLongLong()));
        o.insert(K("field_values"),
                 valuesJson(linkValues.value(r.value(K("id")).toLongLong()), person));
        links << o;
    }
    root.insert(K("links"), links);
    QMultiHash<qint64, QJsonValue> problemActors;
    for (const auto &[problem, actor, role] :
         Projections(store).problemActorRoles().value_or(QList<std::tuple<qint64, qint64, QString>>()))
        problemActors.insert(problem, QJsonObject{{K("actor_id"), actor}, {K("role"), role}});
    QJsonArray problems;
    for (const Row &r : table("problem")) {
        QJsonObject o = rowJson(r, text);
        o.insert(K("actors"), values(problemActors, r.value(K("id")).toLongLong()));
        problems << o;
    }
    root.insert(K("problems"), problems);
    const auto partners = joinRows(store, K("action_partner"), K("action_id"), K("actor_id"));
    const auto actionProblems = joinRows(store, K("action_problem"), K("action_id"), K("problem_id"));
    QJsonArray actions;
    for (const Row &r : table("action_item")) {
        QJsonObject o = rowJson(r, text);
        const qint64 id = r.value(K("id")).toLongLong();
        o.insert(K("partners"), values(partners, id));
        o.insert(K("problems"), values(actionProblems, id));
        actions << o;
    }
    root.insert(K("actions"), actions);
    QHash<qint64, QJsonArray> indicatorValues;
    for (const Row &r : table("indicator_value"))
        indicatorValues[r.value(K("indicator_id")).toLongLong()] << rowJson(r, text);
    QJsonArray indicators;
    for (const Row &r : table("indicator")) {
        QJsonObject o = rowJson(r, text);
        o.insert(K("values"), indicatorValues.value(r.value(K("id")).toLongLong()));
        indicators << o;
    }
    root.insert(K("indicators"), indicators);
    const auto attendees = joinRows(store, K("meeting_attendee"), K("meeting_id"), K("actor_id"));
    const auto meetingProblems = joinRows(store, K("meeting_problem"), K("meeting_id"), K("problem_id"));
    QJsonArray meetings;
    for (const Row &r : table("meeting")) {
        QJsonObject o = rowJson(r, text);
        const qint64 id = r.value(K("id")).toLongLong();
        o.insert(K("attendees"), values(attendees, id));
        o.insert(K("problems"), values(meetingProblems, id));
        meetings << o;
    }
    root.insert(K("meetings"), meetings);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

/// A JSON value as the store binds it (whole numbers as integers).
QVariant fromJson(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9e15)
            return qint64(d);
        return d;
    }
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toString();
}

} // namespace

bool createFromJson(const QString &path, const QString &jsonPath, QString *error)
{
    auto failed = [&](const QString &what) {
        if (error)
            *error = CsvReader::located(jsonPath, 0, what);
        return false;
    };
    if (QFileInfo::exists(path)) {
        if (error)
            *error = Tr::tr("“%1” already exists; a JSON territory is imported into a new file.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile f(jsonPath);
    if (!f.open(QIODevice::ReadOnly))
        return failed(Tr::tr("cannot be read (%1)").arg(f.errorString()));
    const QByteArray bytes = f.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const qint64 line = bytes.left(pe.offset).count('\n') + 1;
        if (error)
            *error = CsvReader::located(jsonPath, line,
                                        Tr::tr("malformed JSON: %1").arg(pe.errorString()));
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(K("format")).toString() != QLatin1String("maillage-territory"))
        return failed(Tr::tr("not a Maillage territory JSON file (no \"format\": "
                             "\"maillage-territory\")"));
    if (root.value(K("version")).toInt() > 1)
        return failed(Tr::tr("written by a newer Maillage (version %1)")
                          .arg(root.value(K("version")).toInt()));
    const QString temp = path + K(".importing");
    QFile::remove(temp);
    Store store;
    QString why;
    const QJsonObject territory = root.value(K("territory")).toObject();
    if (!store.create(temp, territory.value(K("name")).toString(), &why))
        return failed(why);
    auto abandon = [&](const QString &what) {
        store.rollback();
        store.close();
        QFile::remove(temp);
        return failed(what);
    };
    if (!store.begin(&why))
        return abandon(why);
    for (const char *t : {"link", "actor_tag", "actor", "tag", "category", "link_type", "theme"})
        if (!store.clearTable(QLatin1String(t), &why))
            return abandon(why);
    auto insert = [&](const QString &table, const QJsonObject &o, const QString &what) {
        const TableInfo *info = schema::table(table);
        Row r;
        for (const QString &c : info->columns)
            if (o.contains(c))
                r.insert(c, fromJson(o.value(c)));
        if (info->columns.contains(K("created_at"))) {
            const QString now = nowTimestamp();
            if (r.value(K("created_at")).toString().isEmpty())
                r.insert(K("created_at"), now);
            if (r.value(K("updated_at")).toString().isEmpty())
                r.insert(K("updated_at"), now);
        }
        if (!store.insertRow(table, r, &why)) {
            why = Tr::tr("%1: %2").arg(what, why);
            return false;
        }
        return true;
    };
    Row t;
    for (const QString &c : schema::table(K("territory"))->columns)
        if (territory.contains(c) && c != QLatin1String("id"))
            t.insert(c, fromJson(territory.value(c)));
    if (!t.isEmpty() && !store.updateRow(K("territory"), {{K("id"), 1}}, t, &why))
        return abandon(why);
    struct Part
    {
        const char *key;
        const char *table;
    };
    for (const Part &part : {Part{"categories", "category"}, Part{"link_types", "link_type"},
                             Part{"tags", "tag"}, Part{"themes", "theme"},
                             Part{"fields", "field"},
                             Part{"actors", "actor"}, Part{"links", "link"},
                             Part{"meetings", "meeting"}, Part{"problems", "problem"},
                             Part{"actions", "action_item"}, Part{"indicators", "indicator"}}) {
        const QJsonArray rows = root.value(QLatin1String(part.key)).toArray();
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject o = rows.at(i).toObject();
            const QString what = K("%1[%2]").arg(QLatin1String(part.key)).arg(i);
            const QString table = QLatin1String(part.table);
            QJsonObject plain = o;
            if (table == QLatin1String("problem"))
                plain.remove(K("meeting_id"));  // set once meetings and problems exist
            if (!insert(table, plain, what))
                return abandon(why);
            const qint64 id = o.value(K("id")).toInteger();
            auto join = [&](const char *key, const char *joinTable, const char *self,
                            const char *other) {
                for (const QJsonValue &v : o.value(QLatin1String(key)).toArray()) {
                    QJsonObject jr{{QLatin1String(self), id}};
                    if (v.isObject()) {
                        const QJsonObject vo = v.toObject();
                        for (auto it = vo.begin(); it != vo.end(); ++it)
                            jr.insert(it.key(), it.value());
                    } else {
                        jr.insert(QLatin1String(other), v);
                    }
                    if (!insert(QLatin1String(joinTable), jr, what))
                        return false;
                }
                return true;
            };
            bool ok = true;
            if (table == QLatin1String("actor"))
                ok = join("tags", "actor_tag", "actor_id", "tag_id") &&
                     join("field_values", "actor_field_value", "actor_id", "");
            else if (table == QLatin1String("link"))
                ok = join("field_values", "link_field_value", "link_id", "");
            else if (table == QLatin1String("meeting"))
                ok = join("attendees", "meeting_attendee", "meeting_id", "actor_id");
            else if (table == QLatin1String("problem"))
                ok = join("actors", "problem_actor", "problem_id", "actor_id") &&
                     (o.value(K("meeting_id")).isNull() ||
                      store.updateRow(K("problem"), {{K("id"), id}},
                                      {{K("meeting_id"), fromJson(o.value(K("meeting_id")))}},
                                      &why));
            else if (table == QLatin1String("action_item"))
                ok = join("partners", "action_partner", "action_id", "actor_id") &&
                     join("problems", "action_problem", "action_id", "problem_id");
            else if (table == QLatin1String("indicator")) {
                for (const QJsonValue &v : o.value(K("values")).toArray())
                    ok = ok && insert(K("indicator_value"), v.toObject(), what);
            }
            if (!ok)
                return abandon(why);
        }
    }
    // Problems raised at meetings: the meeting rows exist now.
    for (const QJsonValue &v : root.value(K("meetings")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 id = o.value(K("id")).toInteger();
        for (const QJsonValue &pv : o.value(K("problems")).toArray())
            if (!insert(K("meeting_problem"), {{K("meeting_id"), id}, {K("problem_id"), pv}},
                        K("meetings")))
                return abandon(why);
    }
    if (!store.commit(&why))
        return abandon(why);
    store.close();
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return failed(Tr::tr("“%1” could not be written").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

} // namespace maillage::io
