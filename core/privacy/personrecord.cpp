#include "core/privacy/personrecord.h"

#include "core/domain/labels.h"
#include "core/privacy/namematch.h"
#include "core/store/changeset.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include "core/privacy/textscan.h"
#include "core/util/text.h"
#include "core/workshop/snapshots.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <cmath>

namespace maillage::privacy {

namespace {

#define K(s) QStringLiteral(s)

QString nameOf(const Store &store, const QString &table, qint64 id, const QString &column)
{
    if (id == 0)
        return QString();
    const auto r = store.row(table, id);
    return r ? r->value(column).toString() : QString();
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue realJson(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QJsonObject coded(const QString &code, const QString &label)
{
    return {{K("code"), code}, {K("label"), label}};
}

} // namespace

QList<Actor> findActors(const Store &store, const QString &query)
{
    QList<Actor> out;
    const QString q = query.trimmed();
    bool isId = false;
    const qint64 id = q.toLongLong(&isId);
    if (isId) {
        if (const auto r = store.row(K("actor"), id))
            out << RowTraits<Actor>::fromRow(*r);
        return out;
    }
    const QString key = text::fold(q);
    if (key.isEmpty())
        return out;
    for (const Row &r : store.rows(K("actor")))
        if (text::fold(r.value(K("name")).toString()) == key)
            out << RowTraits<Actor>::fromRow(r);
    return out;
}

QList<Mention> findMentions(const Store &store, const QString &name, qint64 selfId,
                            const QList<qint64> &skipLinks)
{
    QList<Mention> out;
    if (nameForms(name).isEmpty())
        return out;
    for (const TextCell &c : textCells(store)) {
        const Table table = tableOf(c.table);
        if ((table == Table::Actor && c.rowid == selfId) ||
            (table == Table::Link && skipLinks.contains(c.rowid)))
            continue;
        Mention m{c.table, c.rowid, c.column, c.rowLabel, {}, 0};
        for (const QString &text : textPieces(c.value)) {
            const QList<NameSpan> spans = findName(text, name);
            m.occurrences += int(spans.size());
            for (const NameSpan &s : spans) {
                const QString e = excerpt(text, s);
                if (!m.excerpts.contains(e))
                    m.excerpts << e;
            }
        }
        if (m.occurrences > 0)
            out << m;
    }
    return out;
}

std::optional<PersonRecord> collectPersonRecord(const Store &store, qint64 actorId)
{
    const auto row = store.row(K("actor"), actorId);
    if (!row)
        return std::nullopt;
    PersonRecord rec;
    rec.territory = nameOf(store, K("territory"), 1, K("name"));
    rec.generatedAt = QDateTime::currentDateTimeUtc();
    rec.actor = RowTraits<Actor>::fromRow(*row);
    rec.category = nameOf(store, K("category"), rec.actor.categoryId, K("name"));
    for (const Row &t : store.rows(K("actor_tag"), K("actor_id"), actorId))
        rec.tags << nameOf(store, K("tag"), t.value(K("tag_id")).toLongLong(), K("name"));
    rec.tags.sort();
    const FieldRepository fieldRepo(store);
    auto fieldValues = [&](const QString &subject, qint64 owner) {
        QList<PersonFieldValue> out;
        const QHash<qint64, QString> values = fieldRepo.valuesOf(subject, owner);
        if (values.isEmpty())
            return out;
        for (const CustomField &f : fieldRepo.list(subject))
            if (values.contains(f.id))
                out << PersonFieldValue{f.name, f.type, f.unit, values.value(f.id), f.personal};
        return out;
    };
    rec.fields = fieldValues(K("actor"), actorId);

    // Links, from both ends, in id order.
    QList<Row> links = store.rows(K("link"), K("source_id"), actorId);
    for (const Row &l : store.rows(K("link"), K("target_id"), actorId))
        if (l.value(K("source_id")).toLongLong() != actorId)  // a loop is listed once
            links << l;
    std::sort(links.begin(), links.end(), [](const Row &a, const Row &b) {
        return a.value(K("id")).toLongLong() < b.value(K("id")).toLongLong();
    });
    QList<qint64> linkIds;
    for (const Row &r : links) {
        const Link l = RowTraits<Link>::fromRow(r);
        linkIds << l.id;
        PersonLink pl;
        pl.linkId = l.id;
        pl.outgoing = l.sourceId == actorId;
        pl.otherId = pl.outgoing ? l.targetId : l.sourceId;
        if (const auto other = store.row(K("actor"), pl.otherId)) {
            pl.otherName = other->value(K("name")).toString();
            pl.otherCategory = nameOf(store, K("category"),
                                      other->value(K("category_id")).toLongLong(), K("name"));
        }
        if (const auto type = store.row(K("link_type"), l.typeId)) {
            pl.type = type->value(K("name")).toString();
            pl.directed = type->value(K("directed")).toBool();
        }
        pl.strength = l.strength;
        pl.description = l.description;
        pl.since = l.since;
        pl.until = l.until;
        pl.fields = fieldValues(K("link"), l.id);
        rec.links << pl;
    }

    for (const Row &a : store.rows(K("meeting_attendee"), K("actor_id"), actorId)) {
        const auto m = store.row(K("meeting"), a.value(K("meeting_id")).toLongLong());
        if (!m)
            continue;
        const Meeting meeting = RowTraits<Meeting>::fromRow(*m);
        rec.meetings << PersonMeeting{meeting.id, meeting.title, meeting.kind, meeting.heldOn,
                                      meeting.place};
    }
    std::sort(rec.meetings.begin(), rec.meetings.end(),
              [](const PersonMeeting &a, const PersonMeeting &b) {
                  return a.heldOn != b.heldOn ? a.heldOn < b.heldOn : a.id < b.id;
              });

    QMap<qint64, PersonInvolvement> problems;
    for (const Row &pa : store.rows(K("problem_actor"), K("actor_id"), actorId)) {
        const qint64 pid = pa.value(K("problem_id")).toLongLong();
        if (!problems.contains(pid)) {
            const auto p = store.row(K("problem"), pid);
            if (!p)
                continue;
            problems.insert(pid, {pid, p->value(K("title")).toString(),
                                  p->value(K("status")).toString(), {}});
        }
        problems[pid].roles << pa.value(K("role")).toString();
    }
    rec.problems = problems.values();

    QMap<qint64, PersonInvolvement> actions;
    auto addAction = [&](qint64 aid, const QString &role) {
        if (!actions.contains(aid)) {
            const auto a = store.row(K("action_item"), aid);
            if (!a)
                return;
            actions.insert(aid, {aid, a->value(K("title")).toString(),
                                 a->value(K("status")).toString(), {}});
        }
        actions[aid].roles << role;
    };
    for (const Row &a : store.rows(K("action_item"), K("lead_actor_id"), actorId))
        addAction(a.value(K("id")).toLongLong(), K("lead"));
    for (const Row &p : store.rows(K("action_partner"), K("actor_id"), actorId))
        addAction(p.value(K("action_id")).toLongLong(), K("partner"));
    rec.actions = actions.values();

    rec.mentions = findMentions(store, rec.actor.name, actorId, linkIds);
    for (const workshop::SnapshotInfo &s :
         workshop::personInSnapshots(store, {actorId, rec.actor.name, QString()}))
        rec.snapshots << PersonSnapshot{s.id, s.name, s.takenAt};
    return rec;
}

namespace {
QJsonArray fieldsJson(const QList<PersonFieldValue> &fields)
{
    QJsonArray out;
    for (const PersonFieldValue &f : fields)
        out.append(QJsonObject{{K("name"), f.name},
                               {K("type"), coded(fields::typeCode(f.type), fields::typeLabel(f.type))},
                               {K("unit"), f.unit},
                               {K("value"), f.value},
                               {K("personal"), f.personal}});
    return out;
}
} // namespace

QJsonObject personRecordJson(const PersonRecord &rec)
{
    const Actor &a = rec.actor;
    QJsonObject person{
        {K("id"), a.id},
        {K("name"), a.name},
        {K("category"), rec.category},
        {K("is_person"), a.isPerson},
        {K("organisation"), a.organisation},
        {K("role"), a.role},
        {K("sector"), a.sector},
        {K("commune"), a.commune},
        {K("email"), a.email},
        {K("phone"), a.phone},
        {K("address"), a.address},
        {K("website"), a.website},
        {K("description"), a.description},
        {K("influence"), a.influence},
        {K("interest"), a.interest},
        {K("attitude"), coded(QString::number(a.attitude), labels::attitude(a.attitude))},
        {K("engagement"), coded(QString::number(a.engagement), labels::engagement(a.engagement))},
        {K("legal_basis"), coded(a.legalBasis, labels::legalBasis(a.legalBasis))},
        {K("consent_date"), dateJson(a.consentDate)},
        {K("consent_method"), a.consentMethod},
        {K("retention_date"), dateJson(a.retentionDate)},
        {K("last_contact"), dateJson(a.lastContact)},
        {K("since"), dateJson(a.since)},
        {K("until"), dateJson(a.until)},
        {K("x"), realJson(a.x)},
        {K("y"), realJson(a.y)},
        // Where the person is on the ground (WGS 84) and how precisely.
        {K("latitude"), realJson(a.latitude)},
        {K("longitude"), realJson(a.longitude)},
        {K("location_precision"), a.locationPrecision},
    };
    QJsonArray links;
    for (const PersonLink &l : rec.links)
        links.append(QJsonObject{
            {K("id"), l.linkId},
            {K("other"), QJsonObject{{K("id"), l.otherId},
                                     {K("name"), l.otherName},
                                     {K("category"), l.otherCategory}}},
            {K("type"), l.type},
            {K("direction"), !l.directed ? K("both") : l.outgoing ? K("outgoing") : K("incoming")},
            {K("strength"), l.strength},
            {K("description"), l.description},
            {K("since"), dateJson(l.since)},
            {K("until"), dateJson(l.until)},
            {K("fields"), fieldsJson(l.fields)},
        });
    QJsonArray meetings;
    for (const PersonMeeting &m : rec.meetings)
        meetings.append(QJsonObject{{K("id"), m.id},
                                    {K("title"), m.title},
                                    {K("kind"), coded(m.kind, labels::meetingKind(m.kind))},
                                    {K("held_on"), dateJson(m.heldOn)},
                                    {K("place"), m.place}});
    auto involvement = [](const QList<PersonInvolvement> &list, bool problem) {
        QJsonArray arr;
        for (const PersonInvolvement &p : list) {
            QJsonArray roles;
            for (const QString &r : p.roles) {
                QString label;
                if (problem)
                    label = labels::problemRole(r);
                else
                    label = r == QLatin1String("lead")
                                ? QCoreApplication::translate("maillage::privacy", "Lead")
                                : QCoreApplication::translate("maillage::privacy", "Partner");
                roles.append(coded(r, label));
            }
            arr.append(QJsonObject{
                {K("id"), p.id},
                {K("title"), p.title},
                {K("status"), coded(p.status, problem ? labels::problemStatus(p.status)
                                                      : labels::actionStatus(p.status))},
                {K("roles"), roles}});
        }
        return arr;
    };
    QJsonArray mentions;
    for (const Mention &m : rec.mentions)
        mentions.append(QJsonObject{{K("table"), m.table},
                                    {K("id"), m.id},
                                    {K("column"), m.column},
                                    {K("row"), m.rowLabel},
                                    {K("occurrences"), m.occurrences},
                                    {K("excerpts"), QJsonArray::fromStringList(m.excerpts)}});
    QJsonArray snapshots;
    for (const PersonSnapshot &s : rec.snapshots)
        snapshots.append(QJsonObject{{K("id"), s.id},
                                     {K("name"), s.name},
                                     {K("taken_at"), s.takenAt.toString(Qt::ISODate)}});
    return {
        {K("format"), K("maillage-person-export")},
        {K("version"), 1},
        {K("territory"), rec.territory},
        {K("generated_at"), rec.generatedAt.toString(Qt::ISODate)},
        {K("person"), person},
        {K("tags"), QJsonArray::fromStringList(rec.tags)},
        {K("fields"), fieldsJson(rec.fields)},
        {K("links"), links},
        {K("meetings"), meetings},
        {K("problems"), involvement(rec.problems, true)},
        {K("actions"), involvement(rec.actions, false)},
        {K("mentions"), mentions},
        {K("snapshots"), snapshots},
    };
}

} // namespace maillage::privacy
