// The conversions between stored values and value types, the row traits of the domain types,
// the repositories (fields, territory, statistics), the relations and the erased imports.
// projections.cpp holds the typed projections (Projections).
#include "core/store/repositories.h"
#include "core/store/reads.h"
#include "core/store/schema.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace maillage {

namespace convert {
QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
QDate date(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
QVariant ref(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
qint64 ref(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}
QVariant real(double d)
{
    return std::isnan(d) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(d);
}
double real(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}
} // namespace convert

using namespace convert;
using namespace reads;

namespace {
QString s(const Row &r, const char *k)
{
    return r.value(QLatin1String(k)).toString();
}
int i(const Row &r, const char *k)
{
    return r.value(QLatin1String(k)).toInt();
}
qint64 id(const Row &r, const char *k)
{
    return ref(r.value(QLatin1String(k)));
}
QDate d(const Row &r, const char *k)
{
    return date(r.value(QLatin1String(k)));
}
double f(const Row &r, const char *k)
{
    return real(r.value(QLatin1String(k)));
}
#define K(name) QStringLiteral(name)
#define TABLE(Type, name)                                                                       \
    const QString &RowTraits<Type>::table()                                                     \
    {                                                                                           \
        static const QString t = QStringLiteral(name);                                          \
        return t;                                                                               \
    }
} // namespace

TABLE(Category, "category")
Row RowTraits<Category>::toRow(const Category &c)
{
    return {{K("id"), c.id},
            {K("code"), c.code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : c.code},
            {K("name"), c.name},
            {K("color"), c.color},
            {K("shape"), c.shape},
            {K("person"), c.person ? 1 : 0},
            {K("position"), c.position}};
}
Category RowTraits<Category>::fromRow(const Row &r)
{
    return {id(r, "id"), s(r, "code"), s(r, "name"), s(r, "color"),
            s(r, "shape"), i(r, "person") != 0, i(r, "position")};
}

TABLE(Tag, "tag")
Row RowTraits<Tag>::toRow(const Tag &t)
{
    return {{K("id"), t.id}, {K("name"), t.name}, {K("color"), t.color}};
}
Tag RowTraits<Tag>::fromRow(const Row &r)
{
    return {id(r, "id"), s(r, "name"), s(r, "color")};
}

TABLE(Actor, "actor")
Row RowTraits<Actor>::toRow(const Actor &a)
{
    return {{K("id"), a.id},
            {K("name"), a.name},
            {K("category_id"), ref(a.categoryId)},
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
            {K("attitude"), a.attitude},
            {K("engagement"), a.engagement},
            {K("is_person"), a.isPerson ? 1 : 0},
            {K("legal_basis"), a.legalBasis},
            {K("consent_date"), date(a.consentDate)},
            {K("consent_method"), a.consentMethod},
            {K("retention_date"), date(a.retentionDate)},
            {K("last_contact"), date(a.lastContact)},
            {K("x"), real(a.x)},
            {K("y"), real(a.y)},
            {K("pinned"), a.pinned ? 1 : 0},
            {K("since"), date(a.since)},
            {K("until"), date(a.until)},
            {K("latitude"), real(a.latitude)},
            {K("longitude"), real(a.longitude)},
            {K("location_precision"), a.locationPrecision}};
}
Actor RowTraits<Actor>::fromRow(const Row &r)
{
    Actor a;
    a.id = id(r, "id");
    a.name = s(r, "name");
    a.categoryId = id(r, "category_id");
    a.organisation = s(r, "organisation");
    a.role = s(r, "role");
    a.sector = s(r, "sector");
    a.commune = s(r, "commune");
    a.email = s(r, "email");
    a.phone = s(r, "phone");
    a.address = s(r, "address");
    a.website = s(r, "website");
    a.description = s(r, "description");
    a.influence = i(r, "influence");
    a.interest = i(r, "interest");
    a.attitude = i(r, "attitude");
    a.engagement = i(r, "engagement");
    a.isPerson = i(r, "is_person") != 0;
    a.legalBasis = s(r, "legal_basis");
    a.consentDate = d(r, "consent_date");
    a.consentMethod = s(r, "consent_method");
    a.retentionDate = d(r, "retention_date");
    a.lastContact = d(r, "last_contact");
    a.x = f(r, "x");
    a.y = f(r, "y");
    a.pinned = i(r, "pinned") != 0;
    a.since = d(r, "since");
    a.until = d(r, "until");
    a.latitude = f(r, "latitude");
    a.longitude = f(r, "longitude");
    a.locationPrecision = s(r, "location_precision");
    return a;
}

TABLE(LinkType, "link_type")
Row RowTraits<LinkType>::toRow(const LinkType &t)
{
    return {{K("id"), t.id},
            {K("code"), t.code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : t.code},
            {K("name"), t.name},
            {K("color"), t.color},
            {K("line_style"), t.lineStyle},
            {K("directed"), t.directed ? 1 : 0},
            {K("sign"), t.sign},
            {K("position"), t.position}};
}
LinkType RowTraits<LinkType>::fromRow(const Row &r)
{
    return {id(r, "id"),           s(r, "code"), s(r, "name"),     s(r, "color"),
            s(r, "line_style"), i(r, "directed") != 0, i(r, "sign"), i(r, "position")};
}

TABLE(Link, "link")
Row RowTraits<Link>::toRow(const Link &l)
{
    Row row{{K("id"), l.id},
            {K("source_id"), l.sourceId},
            {K("target_id"), l.targetId},
            {K("type_id"), ref(l.typeId)},
            {K("strength"), l.strength},
            {K("description"), l.description},
            {K("since"), date(l.since)},
            {K("until"), date(l.until)}};
    // No weight is not written: a link edited without one keeps the weight it came with.
    if (l.hasWeight())
        row.insert(K("weight"), l.weight);
    return row;
}
Link RowTraits<Link>::fromRow(const Row &r)
{
    return {id(r, "id"),       id(r, "source_id"),   id(r, "target_id"), id(r, "type_id"),
            i(r, "strength"), s(r, "description"), d(r, "since"),      d(r, "until"),
            f(r, "weight")};
}

TABLE(Theme, "theme")
Row RowTraits<Theme>::toRow(const Theme &t)
{
    return {{K("id"), t.id},
            {K("code"), t.code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : t.code},
            {K("name"), t.name},
            {K("description"), t.description},
            {K("position"), t.position}};
}
Theme RowTraits<Theme>::fromRow(const Row &r)
{
    return {id(r, "id"), s(r, "code"), s(r, "name"), s(r, "description"), i(r, "position")};
}

TABLE(Problem, "problem")
Row RowTraits<Problem>::toRow(const Problem &p)
{
    return {{K("id"), p.id},
            {K("title"), p.title},
            {K("description"), p.description},
            {K("theme_id"), ref(p.themeId)},
            {K("scale"), p.scale},
            {K("severity"), p.severity},
            {K("status"), p.status},
            {K("raised_on"), date(p.raisedOn)},
            {K("meeting_id"), ref(p.meetingId)}};
}
Problem RowTraits<Problem>::fromRow(const Row &r)
{
    return {id(r, "id"),       s(r, "title"),  s(r, "description"), id(r, "theme_id"),
            s(r, "scale"),    i(r, "severity"), s(r, "status"),    d(r, "raised_on"),
            id(r, "meeting_id")};
}

TABLE(ActionItem, "action_item")
Row RowTraits<ActionItem>::toRow(const ActionItem &a)
{
    return {{K("id"), a.id},
            {K("title"), a.title},
            {K("description"), a.description},
            {K("status"), a.status},
            {K("start_date"), date(a.startDate)},
            {K("end_date"), date(a.endDate)},
            {K("lead_actor_id"), ref(a.leadActorId)}};
}
ActionItem RowTraits<ActionItem>::fromRow(const Row &r)
{
    return {id(r, "id"),         s(r, "title"),    s(r, "description"),
            s(r, "status"),      d(r, "start_date"), d(r, "end_date"),
            id(r, "lead_actor_id")};
}

TABLE(Indicator, "indicator")
Row RowTraits<Indicator>::toRow(const Indicator &x)
{
    return {{K("id"), x.id},
            {K("name"), x.name},
            {K("unit"), x.unit},
            {K("baseline"), real(x.baseline)},
            {K("target"), real(x.target)},
            {K("action_id"), ref(x.actionId)},
            {K("problem_id"), ref(x.problemId)},
            {K("description"), x.description},
            {K("baseline_source"), x.baselineSource}};
}
Indicator RowTraits<Indicator>::fromRow(const Row &r)
{
    return {id(r, "id"),        s(r, "name"),       s(r, "unit"),
            f(r, "baseline"),   f(r, "target"),     id(r, "action_id"),
            id(r, "problem_id"), s(r, "description"), s(r, "baseline_source")};
}

TABLE(IndicatorValue, "indicator_value")
Row RowTraits<IndicatorValue>::toRow(const IndicatorValue &v)
{
    return {{K("id"), v.id},
            {K("indicator_id"), v.indicatorId},
            {K("measured_on"), date(v.measuredOn)},
            {K("value"), v.value},
            {K("note"), v.note}};
}
IndicatorValue RowTraits<IndicatorValue>::fromRow(const Row &r)
{
    return {id(r, "id"), id(r, "indicator_id"), d(r, "measured_on"),
            r.value(K("value")).toDouble(), s(r, "note")};
}

TABLE(Meeting, "meeting")
Row RowTraits<Meeting>::toRow(const Meeting &m)
{
    return {{K("id"), m.id},         {K("title"), m.title},
            {K("kind"), m.kind},     {K("held_on"), date(m.heldOn)},
            {K("place"), m.place},   {K("notes"), m.notes},
            {K("decisions"), m.decisions}};
}
Meeting RowTraits<Meeting>::fromRow(const Row &r)
{
    return {id(r, "id"),     s(r, "title"), s(r, "kind"),     d(r, "held_on"),
            s(r, "place"),   s(r, "notes"), s(r, "decisions")};
}

TABLE(CustomField, "field")
Row RowTraits<CustomField>::toRow(const CustomField &f)
{
    return {{K("id"), f.id},
            {K("subject"), f.subject},
            {K("name"), f.name},
            {K("type"), fields::typeCode(f.type)},
            {K("unit"), f.unit},
            {K("choices"), f.choices.join(QLatin1Char('\n'))},
            {K("personal"), f.personal ? 1 : 0},
            {K("position"), f.position}};
}
CustomField RowTraits<CustomField>::fromRow(const Row &r)
{
    CustomField f;
    f.id = id(r, "id");
    f.subject = s(r, "subject");
    f.name = s(r, "name");
    f.type = fields::typeFromCode(s(r, "type")).value_or(FieldType::Text);
    f.unit = s(r, "unit");
    f.choices = s(r, "choices").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    f.personal = i(r, "personal") != 0;
    f.position = i(r, "position");
    return f;
}

QList<CustomField> FieldRepository::list(const QString &subject) const
{
    QList<CustomField> out;
    const QList<Row> rows = subject.isEmpty()
                                ? m_store.rows(K("field"), QString(), QVariant(),
                                               K("subject, position, id"))
                                : m_store.rows(K("field"), K("subject"), subject,
                                               K("position, id"));
    for (const Row &r : rows)
        out << RowTraits<CustomField>::fromRow(r);
    return out;
}

std::optional<CustomField> FieldRepository::get(qint64 fieldId) const
{
    if (const auto r = m_store.row(K("field"), fieldId))
        return RowTraits<CustomField>::fromRow(*r);
    return std::nullopt;
}

std::optional<CustomField> FieldRepository::byName(const QString &subject,
                                                   const QString &name) const
{
    for (const CustomField &f : list(subject))
        if (f.name == name)
            return f;
    return std::nullopt;
}

QString FieldRepository::valueTable(const QString &subject)
{
    return subject == QLatin1String("link") ? K("link_field_value") : K("actor_field_value");
}

QString FieldRepository::ownerColumn(const QString &subject)
{
    return subject == QLatin1String("link") ? K("link_id") : K("actor_id");
}

QHash<qint64, QString> FieldRepository::valuesOf(const QString &subject, qint64 ownerId) const
{
    QHash<qint64, QString> out;
    for (const Row &r : m_store.rows(valueTable(subject), ownerColumn(subject), ownerId))
        out.insert(r.value(K("field_id")).toLongLong(), r.value(K("value")).toString());
    return out;
}

QHash<qint64, QHash<qint64, QString>> FieldRepository::allValues(const QString &subject) const
{
    QHash<qint64, QHash<qint64, QString>> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.exec(K("SELECT %1, field_id, value FROM %2")
               .arg(ownerColumn(subject), valueTable(subject)));
    while (q.next())
        out[q.value(0).toLongLong()].insert(q.value(1).toLongLong(), q.value(2).toString());
    return out;
}

QHash<qint64, QString> FieldRepository::fieldValues(const CustomField &field) const
{
    QHash<qint64, QString> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(K("SELECT %1, value FROM %2 WHERE field_id = ?")
                  .arg(ownerColumn(field.subject), valueTable(field.subject)));
    q.addBindValue(field.id);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

qint64 FieldRepository::valueCount(const CustomField &field) const
{
    QSqlQuery q(m_store.database());
    q.prepare(K("SELECT count(*) FROM %1 WHERE field_id = ?").arg(valueTable(field.subject)));
    q.addBindValue(field.id);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Row TerritoryRepository::toRow(const Territory &t)
{
    return {{K("name"), t.name},
            {K("kind"), t.kind},
            {K("insee_codes"), t.inseeCodes},
            {K("epci"), t.epci},
            {K("description"), t.description},
            {K("author"), t.author},
            {K("retention_months"), t.retentionMonths}};
}

Territory TerritoryRepository::fromRow(const Row &r)
{
    Territory t;
    t.name = s(r, "name");
    t.kind = s(r, "kind");
    t.inseeCodes = s(r, "insee_codes");
    t.epci = s(r, "epci");
    t.description = s(r, "description");
    t.author = s(r, "author");
    t.retentionMonths = i(r, "retention_months");
    return t;
}

Territory TerritoryRepository::get() const
{
    if (auto r = m_store.row(K("territory"), 1))
        return fromRow(*r);
    return {};
}

bool TerritoryRepository::update(const Territory &t, QString *error)
{
    Row r = toRow(t);
    r.insert(K("updated_at"), nowTimestamp());
    return m_store.updateRow(K("territory"), {{K("id"), 1}}, r, error);
}

QList<Statistic> StatisticRepository::list(const QString &level, const QStringList &codes) const
{
    QList<Statistic> out;
    QSqlQuery q(m_store.database());
    QString sql = K("SELECT id, indicator, geo_level, geo_code, value, secret, marker, unit, "
                    "source, vintage, geography_year FROM statistic WHERE geo_level = ?");
    if (!codes.isEmpty()) {
        QStringList marks;
        for (qsizetype n = 0; n < codes.size(); ++n)
            marks << K("?");
        sql += K(" AND geo_code IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += K(" ORDER BY indicator, vintage, geo_code");
    q.prepare(sql);
    q.addBindValue(level);
    for (const QString &c : codes)
        q.addBindValue(c);
    if (!q.exec())
        return out;
    while (q.next()) {
        Statistic st;
        st.id = q.value(0).toLongLong();
        st.indicator = q.value(1).toString();
        st.level = q.value(2).toString();
        st.code = q.value(3).toString();
        if (!q.value(4).isNull())
            st.value = q.value(4).toDouble();
        st.marker = q.value(6).toString();
        if (q.value(5).toInt() != 0 && st.marker.isEmpty())
            st.marker = K("s");
        st.unit = q.value(7).toString();
        st.source = q.value(8).toString();
        st.vintage = q.value(9).toInt();
        st.geographyYear = q.value(10).isNull() ? 0 : q.value(10).toInt();
        out << st;
    }
    return out;
}

QHash<QString, qint64> StatisticRepository::ids() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_store.database());
    if (!q.exec(K("SELECT id, indicator, geo_level, geo_code, vintage FROM statistic")))
        return out;
    while (q.next())
        out.insert(key(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toInt()),
                   q.value(0).toLongLong());
    return out;
}

qint64 StatisticRepository::count() const
{
    return m_store.count(K("statistic"));
}

QString StatisticRepository::key(const QString &indicator, const QString &level,
                                 const QString &code, int vintage)
{
    return indicator + QLatin1Char('|') + level + QLatin1Char('|') + code + QLatin1Char('|') +
           QString::number(vintage);
}

Row StatisticRepository::toRow(const Statistic &st)
{
    return {{K("indicator"), st.indicator},
            {K("geo_level"), st.level},
            {K("geo_code"), st.code},
            {K("value"), std::isnan(st.value) || st.secret() ? QVariant() : QVariant(st.value)},
            {K("secret"), st.secret() ? 1 : 0},
            {K("marker"), st.marker},
            {K("unit"), st.unit},
            {K("source"), st.source},
            {K("vintage"), st.vintage},
            {K("geography_year"), st.geographyYear > 0 ? QVariant(st.geographyYear) : QVariant()},
            {K("imported_at"), nowTimestamp()}};
}

Statistic StatisticRepository::fromRow(const Row &r)
{
    Statistic st;
    st.id = r.value(K("id")).toLongLong();
    st.indicator = s(r, "indicator");
    st.level = s(r, "geo_level");
    st.code = s(r, "geo_code");
    if (!r.value(K("value")).isNull())
        st.value = r.value(K("value")).toDouble();
    st.marker = s(r, "marker");
    st.unit = s(r, "unit");
    st.source = s(r, "source");
    st.vintage = i(r, "vintage");
    st.geographyYear = i(r, "geography_year");
    return st;
}

QList<qint64> Relations::column(const QString &table, const QString &whereColumn, qint64 value,
                                const QString &selectColumn) const
{
    QList<qint64> out;
    for (const Row &r : m_store.rows(table, whereColumn, value))
        out << r.value(selectColumn).toLongLong();
    return out;
}

QList<qint64> Relations::tagsOfActor(qint64 a) const
{
    return column(K("actor_tag"), K("actor_id"), a, K("tag_id"));
}
QList<qint64> Relations::actorsWithTag(qint64 t) const
{
    return column(K("actor_tag"), K("tag_id"), t, K("actor_id"));
}
QList<qint64> Relations::attendees(qint64 m) const
{
    return column(K("meeting_attendee"), K("meeting_id"), m, K("actor_id"));
}
QList<qint64> Relations::meetingsOfActor(qint64 a) const
{
    return column(K("meeting_attendee"), K("actor_id"), a, K("meeting_id"));
}
QList<qint64> Relations::problemsOfMeeting(qint64 m) const
{
    return column(K("meeting_problem"), K("meeting_id"), m, K("problem_id"));
}
QList<QPair<qint64, QString>> Relations::problemActors(qint64 p) const
{
    QList<QPair<qint64, QString>> out;
    for (const Row &r : m_store.rows(K("problem_actor"), K("problem_id"), p))
        out << qMakePair(r.value(K("actor_id")).toLongLong(), r.value(K("role")).toString());
    return out;
}
QList<qint64> Relations::partners(qint64 a) const
{
    return column(K("action_partner"), K("action_id"), a, K("actor_id"));
}
QList<qint64> Relations::problemsOfAction(qint64 a) const
{
    return column(K("action_problem"), K("action_id"), a, K("problem_id"));
}

} // namespace maillage

// ---- Erased imports --------------------------------------------------------------------------

namespace maillage {

QByteArray ErasedImports::salt() const
{
    Statement q = m_store.statement(QStringLiteral("SELECT erasure_salt FROM territory LIMIT 1"));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString().toLatin1();
}

QSet<QByteArray> ErasedImports::digests() const
{
    QSet<QByteArray> out;
    Statement q = m_store.statement(QStringLiteral("SELECT digest FROM erased_import"));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString().toLatin1());
    return out;
}

QPair<QString, QString> ErasedImports::importIdentity(qint64 actorId) const
{
    Statement q = m_store.statement(
        QStringLiteral("SELECT import_source, import_key FROM actor WHERE id = ?"));
    if (!q.exec({actorId}) || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

std::optional<QByteArray> ErasedImports::remember(Store &store, const QByteArray &newSalt,
                                                  const QList<QByteArray> &digests,
                                                  QString *error)
{
    QByteArray salt = ErasedImports(store).salt();
    if (salt.isEmpty()) {
        Statement w = store.statement(QStringLiteral("UPDATE territory SET erasure_salt = ?"));
        if (!w.exec({QString::fromLatin1(newSalt)})) {
            if (error)
                *error = w.error();
            return std::nullopt;
        }
        salt = newSalt;
    }
    Statement add = store.statement(
        // Portable (SQLite's upsert and PostgreSQL's): a shared territory runs it too.
        QStringLiteral("INSERT INTO erased_import (digest) VALUES (?) ON CONFLICT DO NOTHING"));
    for (const QByteArray &d : digests) {
        if (!add.exec({QString::fromLatin1(d)})) {
            if (error)
                *error = add.error();
            return std::nullopt;
        }
    }
    return salt;
}

} // namespace maillage
