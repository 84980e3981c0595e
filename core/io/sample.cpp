#include "core/io/sample.h"
#include "core/util/i18n.h"

#include "core/analysis/layout.h"
#include "core/store/repositories.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace maillage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::KeyedJson)
};

QDate jdate(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

double jreal(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

class Loader
{
public:
    Loader(Store &store, const QString &source) : m_store(store), m_source(source) {}

    bool run(const QJsonObject &root, QString *error)
    {
        m_error = error;
        for (const Category &c : CategoryRepository(m_store).list())
            m_categories.insert(c.code, c.id);
        for (const LinkType &t : LinkTypeRepository(m_store).list())
            m_linkTypes.insert(t.code, t.id);
        for (const Theme &t : ThemeRepository(m_store).list())
            m_themes.insert(t.code, t.id);
        return territory(root.value(QLatin1String("territory")).toObject()) &&
               tags(root.value(QLatin1String("tags")).toArray()) &&
               actors(root.value(QLatin1String("actors")).toArray()) &&
               links(root.value(QLatin1String("links")).toArray()) &&
               meetings(root.value(QLatin1String("meetings")).toArray()) &&
               problems(root.value(QLatin1String("problems")).toArray()) &&
               actions(root.value(QLatin1String("actions")).toArray()) &&
               meetingProblems(root.value(QLatin1String("meetings")).toArray());
    }

private:
    bool bad(const QString &what)
    {
        if (m_error)
            *m_error = Tr::tr("%1: %2").arg(m_source, what);
        return false;
    }
    bool sqlFailed(const QString &why) { return bad(why); }

    qint64 lookup(const QHash<QString, qint64> &map, const QJsonValue &key, const char *kind,
                  bool *ok)
    {
        if (key.isNull() || key.isUndefined() || key.toString().isEmpty())
            return 0;
        const auto it = map.find(key.toString());
        if (it == map.end()) {
            *ok = bad(Tr::tr("unknown %1 “%2”").arg(QLatin1String(kind), key.toString()));
            return 0;
        }
        return it.value();
    }

    bool territory(const QJsonObject &o)
    {
        TerritoryRepository repo(m_store);
        Territory t = repo.get();
        t.name = o.value(QLatin1String("name")).toString(t.name);
        t.kind = o.value(QLatin1String("kind")).toString(t.kind);
        t.inseeCodes = o.value(QLatin1String("insee_codes")).toString();
        t.description = o.value(QLatin1String("description")).toString();
        t.author = o.value(QLatin1String("author")).toString();
        t.retentionMonths = o.value(QLatin1String("retention_months")).toInt(36);
        QString why;
        return repo.update(t, &why) || sqlFailed(why);
    }

    bool tags(const QJsonArray &a)
    {
        TagRepository repo(m_store);
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            Tag t;
            t.name = o.value(QLatin1String("name")).toString();
            t.color = o.value(QLatin1String("color")).toString(t.color);
            QString why;
            const auto id = repo.create(t, &why);
            if (!id)
                return sqlFailed(why);
            m_tags.insert(o.value(QLatin1String("key")).toString(t.name), *id);
        }
        return true;
    }

    bool actors(const QJsonArray &a)
    {
        ActorRepository repo(m_store);
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            auto s = [&](const char *k) { return o.value(QLatin1String(k)).toString(); };
            auto n = [&](const char *k) { return o.value(QLatin1String(k)).toInt(); };
            Actor x;
            bool ok = true;
            x.name = s("name");
            x.categoryId = lookup(m_categories, o.value(QLatin1String("category")), "category", &ok);
            x.organisation = s("organisation");
            x.role = s("role");
            x.sector = s("sector");
            x.commune = s("commune");
            x.email = s("email");
            x.phone = s("phone");
            x.address = s("address");
            x.website = s("website");
            x.description = s("description");
            x.influence = n("influence");
            x.interest = n("interest");
            x.attitude = n("attitude");
            x.engagement = n("engagement");
            x.isPerson = o.value(QLatin1String("is_person")).toBool();
            x.legalBasis = s("legal_basis");
            x.consentDate = jdate(o.value(QLatin1String("consent_date")));
            x.consentMethod = s("consent_method");
            x.retentionDate = jdate(o.value(QLatin1String("retention_date")));
            x.lastContact = jdate(o.value(QLatin1String("last_contact")));
            x.since = jdate(o.value(QLatin1String("since")));
            x.until = jdate(o.value(QLatin1String("until")));
            if (o.contains(QLatin1String("x")) && o.contains(QLatin1String("y"))) {
                x.x = o.value(QLatin1String("x")).toDouble();
                x.y = o.value(QLatin1String("y")).toDouble();
            }
            if (o.contains(QLatin1String("latitude")) && o.contains(QLatin1String("longitude"))) {
                x.latitude = o.value(QLatin1String("latitude")).toDouble();
                x.longitude = o.value(QLatin1String("longitude")).toDouble();
                x.locationPrecision = s("location_precision");
            }
            if (!ok)
                return false;
            if (x.name.trimmed().isEmpty())
                return bad(Tr::tr("an actor has no name"));
            QString why;
            const auto id = repo.create(x, &why);
            if (!id)
                return sqlFailed(Tr::tr("actor “%1”: %2").arg(x.name, why));
            const QString key = s("key").isEmpty() ? x.name : s("key");
            m_actors.insert(key, *id);
            for (const QJsonValue &tag : o.value(QLatin1String("tags")).toArray()) {
                const qint64 tagId = lookup(m_tags, tag, "tag", &ok);
                if (!ok)
                    return false;
                if (!m_store.insertRow(QStringLiteral("actor_tag"),
                                       {{QStringLiteral("actor_id"), *id},
                                        {QStringLiteral("tag_id"), tagId}},
                                       &why))
                    return sqlFailed(why);
            }
        }
        return true;
    }

    bool links(const QJsonArray &a)
    {
        LinkRepository repo(m_store);
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            bool ok = true;
            Link l;
            l.sourceId = lookup(m_actors, o.value(QLatin1String("from")), "actor", &ok);
            l.targetId = lookup(m_actors, o.value(QLatin1String("to")), "actor", &ok);
            l.typeId = lookup(m_linkTypes, o.value(QLatin1String("type")), "link type", &ok);
            l.strength = o.value(QLatin1String("strength")).toInt(3);
            l.description = o.value(QLatin1String("description")).toString();
            l.since = jdate(o.value(QLatin1String("since")));
            l.until = jdate(o.value(QLatin1String("until")));
            if (!ok)
                return false;
            if (!l.sourceId || !l.targetId)
                return bad(Tr::tr("a link needs “from” and “to”"));
            QString why;
            if (!repo.create(l, &why))
                return sqlFailed(why);
        }
        return true;
    }

    bool meetings(const QJsonArray &a)
    {
        MeetingRepository repo(m_store);
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            Meeting m;
            m.title = o.value(QLatin1String("title")).toString();
            m.kind = o.value(QLatin1String("kind")).toString(m.kind);
            m.heldOn = jdate(o.value(QLatin1String("held_on")));
            m.place = o.value(QLatin1String("place")).toString();
            m.notes = o.value(QLatin1String("notes")).toString();
            m.decisions = o.value(QLatin1String("decisions")).toString();
            QString why;
            const auto id = repo.create(m, &why);
            if (!id)
                return sqlFailed(why);
            m_meetings.insert(o.value(QLatin1String("key")).toString(m.title), *id);
            for (const QJsonValue &who : o.value(QLatin1String("attendees")).toArray()) {
                bool ok = true;
                const qint64 actorId = lookup(m_actors, who, "actor", &ok);
                if (!ok)
                    return false;
                if (!m_store.insertRow(QStringLiteral("meeting_attendee"),
                                       {{QStringLiteral("meeting_id"), *id},
                                        {QStringLiteral("actor_id"), actorId}},
                                       &why))
                    return sqlFailed(why);
            }
        }
        return true;
    }

    bool problems(const QJsonArray &a)
    {
        ProblemRepository repo(m_store);
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            bool ok = true;
            Problem p;
            p.title = o.value(QLatin1String("title")).toString();
            p.description = o.value(QLatin1String("description")).toString();
            p.themeId = lookup(m_themes, o.value(QLatin1String("theme")), "theme", &ok);
            p.scale = o.value(QLatin1String("scale")).toString(p.scale);
            p.severity = o.value(QLatin1String("severity")).toInt(3);
            p.status = o.value(QLatin1String("status")).toString(p.status);
            p.raisedOn = jdate(o.value(QLatin1String("raised_on")));
            p.meetingId = lookup(m_meetings, o.value(QLatin1String("meeting")), "meeting", &ok);
            if (!ok)
                return false;
            QString why;
            const auto id = repo.create(p, &why);
            if (!id)
                return sqlFailed(Tr::tr("problem “%1”: %2").arg(p.title, why));
            m_problems.insert(o.value(QLatin1String("key")).toString(p.title), *id);
            for (const QJsonValue &pair : o.value(QLatin1String("actors")).toArray()) {
                const QJsonArray ar = pair.toArray();
                const qint64 actorId = lookup(m_actors, ar.at(0), "actor", &ok);
                if (!ok)
                    return false;
                if (!m_store.insertRow(QStringLiteral("problem_actor"),
                                       {{QStringLiteral("problem_id"), *id},
                                        {QStringLiteral("actor_id"), actorId},
                                        {QStringLiteral("role"), ar.at(1).toString()}},
                                       &why))
                    return sqlFailed(Tr::tr("problem “%1”: %2").arg(p.title, why));
            }
        }
        return true;
    }

    bool actions(const QJsonArray &a)
    {
        ActionRepository repo(m_store);
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            bool ok = true;
            ActionItem x;
            x.title = o.value(QLatin1String("title")).toString();
            x.description = o.value(QLatin1String("description")).toString();
            x.status = o.value(QLatin1String("status")).toString(x.status);
            x.startDate = jdate(o.value(QLatin1String("start_date")));
            x.endDate = jdate(o.value(QLatin1String("end_date")));
            x.leadActorId = lookup(m_actors, o.value(QLatin1String("lead")), "actor", &ok);
            if (!ok)
                return false;
            QString why;
            const auto id = repo.create(x, &why);
            if (!id)
                return sqlFailed(Tr::tr("action “%1”: %2").arg(x.title, why));
            for (const QJsonValue &who : o.value(QLatin1String("partners")).toArray()) {
                const qint64 actorId = lookup(m_actors, who, "actor", &ok);
                if (!ok || !m_store.insertRow(QStringLiteral("action_partner"),
                                              {{QStringLiteral("action_id"), *id},
                                               {QStringLiteral("actor_id"), actorId}},
                                              &why))
                    return ok ? sqlFailed(why) : false;
            }
            for (const QJsonValue &p : o.value(QLatin1String("problems")).toArray()) {
                const qint64 problemId = lookup(m_problems, p, "problem", &ok);
                if (!ok || !m_store.insertRow(QStringLiteral("action_problem"),
                                              {{QStringLiteral("action_id"), *id},
                                               {QStringLiteral("problem_id"), problemId}},
                                              &why))
                    return ok ? sqlFailed(why) : false;
            }
            for (const QJsonValue &iv : o.value(QLatin1String("indicators")).toArray()) {
                const QJsonObject io = iv.toObject();
                Indicator ind;
                ind.name = io.value(QLatin1String("name")).toString();
                ind.unit = io.value(QLatin1String("unit")).toString();
                ind.baseline = jreal(io.value(QLatin1String("baseline")));
                ind.target = jreal(io.value(QLatin1String("target")));
                ind.description = io.value(QLatin1String("description")).toString();
                ind.actionId = *id;
                const auto indId = IndicatorRepository(m_store).create(ind, &why);
                if (!indId)
                    return sqlFailed(why);
                for (const QJsonValue &val : io.value(QLatin1String("values")).toArray()) {
                    const QJsonObject vo = val.toObject();
                    IndicatorValue value;
                    value.indicatorId = *indId;
                    value.measuredOn = jdate(vo.value(QLatin1String("date")));
                    value.value = vo.value(QLatin1String("value")).toDouble();
                    value.note = vo.value(QLatin1String("note")).toString();
                    if (!value.measuredOn.isValid())
                        return bad(Tr::tr("indicator “%1”: a value has no valid date")
                                       .arg(ind.name));
                    if (!IndicatorValueRepository(m_store).create(value, &why))
                        return sqlFailed(why);
                }
            }
        }
        return true;
    }

    bool meetingProblems(const QJsonArray &a)
    {
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            const qint64 meetingId = m_meetings.value(o.value(QLatin1String("key")).toString(
                o.value(QLatin1String("title")).toString()));
            for (const QJsonValue &p : o.value(QLatin1String("problems")).toArray()) {
                bool ok = true;
                const qint64 problemId = lookup(m_problems, p, "problem", &ok);
                QString why;
                if (!ok)
                    return false;
                if (!m_store.insertRow(QStringLiteral("meeting_problem"),
                                       {{QStringLiteral("meeting_id"), meetingId},
                                        {QStringLiteral("problem_id"), problemId}},
                                       &why))
                    return sqlFailed(why);
            }
        }
        return true;
    }

    Store &m_store;
    QString m_source;
    QString *m_error = nullptr;
    QHash<QString, qint64> m_categories, m_linkTypes, m_themes, m_tags, m_actors, m_meetings,
        m_problems;
};

} // namespace

bool loadKeyedJson(Store &store, const QByteArray &json, const QString &sourceName,
                   QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        // Report the line: count newlines up to the error offset.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        if (error)
            *error = Tr::tr("%1, line %2: %3").arg(sourceName).arg(line).arg(parseError.errorString());
        return false;
    }
    if (!store.begin(error))
        return false;
    Loader loader(store, sourceName);
    if (!loader.run(doc.object(), error)) {
        store.rollback();
        return false;
    }
    return store.commit(error);
}

namespace {

/// The sample's texts in English: every text field whose French text has an English one in
/// mirecourt-en.json. Keys, codes and the references between items are left alone.
QByteArray sampleInEnglish(const QByteArray &json)
{
    QFile f(QStringLiteral(":/maillage/sample/mirecourt-en.json"));
    if (!f.open(QIODevice::ReadOnly))
        return json;
    const QJsonObject strings =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("strings")).toObject();
    static const QSet<QString> textFields{
        QStringLiteral("name"),   QStringLiteral("description"), QStringLiteral("author"),
        QStringLiteral("role"),   QStringLiteral("sector"),      QStringLiteral("consent_method"),
        QStringLiteral("address"), QStringLiteral("title"),      QStringLiteral("place"),
        QStringLiteral("notes"),  QStringLiteral("decisions"),   QStringLiteral("unit"),
        QStringLiteral("note")};
    std::function<QJsonValue(const QJsonValue &)> translate = [&](const QJsonValue &v) -> QJsonValue {
        if (v.isArray()) {
            QJsonArray out;
            for (const QJsonValue &item : v.toArray())
                out.append(translate(item));
            return out;
        }
        if (!v.isObject())
            return v;
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString()) {
                if (textFields.contains(it.key()) && strings.contains(it.value().toString()))
                    it.value() = strings.value(it.value().toString());
            } else {
                it.value() = translate(it.value());
            }
        }
        return o;
    };
    return QJsonDocument(translate(QJsonDocument::fromJson(json).object()).toObject())
        .toJson(QJsonDocument::Compact);
}

} // namespace

bool writeSample(const QString &path, QString *error, const QString &language)
{
    QFile f(QStringLiteral(":/maillage/sample/mirecourt.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("The sample territory is missing from this build.");
        return false;
    }
    // Written in French; in English, whole, on request.
    QByteArray json = f.readAll();
    const bool french = !language.startsWith(QLatin1String("en"));
    if (!french)
        json = sampleInEnglish(json);
    const QString territoryName =
        french ? QStringLiteral("Mirecourt (démo)") : QStringLiteral("Mirecourt (demo)");
    // Build beside the target and move into place only when complete.
    const QFileInfo info(path);
    if (info.exists()) {
        if (error)
            *error = Tr::tr("Cannot write “%1”: a file with that name already exists.").arg(path);
        return false;
    }
    const QString temp = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                         QStringLiteral(".sample");
    QFile::remove(temp);
    {
        // The vocabulary (categories, themes, link types) in the sample's own language, whatever
        // the interface's: a French sample has French themes.
        const i18n::LanguageScope vocabulary(french ? QStringLiteral("fr") : QStringLiteral("en"));
        Store store;
        if (!store.create(temp, territoryName, error))
            return false;
        if (!loadKeyedJson(store, json, QStringLiteral("mirecourt.json"), error)) {
            store.close();
            QFile::remove(temp);
            return false;
        }
        // Ship the sample already laid out (same seed every time), so it opens readable.
        layout::Options options;
        options.seed = 2018;
        const layout::Result placed = layout::run(layout::Graph::fromStore(store), options);
        if (placed.ok() && store.begin()) {
            for (auto it = placed.positions.cbegin(); it != placed.positions.cend(); ++it)
                store.updateRow(QStringLiteral("actor"), {{QStringLiteral("id"), it.key()}},
                                {{QStringLiteral("x"), it.value().x()},
                                 {QStringLiteral("y"), it.value().y()}});
            store.commit();
        }
        store.close();
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        if (error)
            *error = Tr::tr("Cannot write “%1”.").arg(path);
        return false;
    }
    return true;
}

} // namespace maillage
