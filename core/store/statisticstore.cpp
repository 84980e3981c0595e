#include "core/store/statisticstore.h"

#include "core/store/repositories.h"
#include "core/store/store.h"

#include <cmath>

namespace maillage::statisticstore {

namespace {

QString K(const char *s)
{
    return QString::fromLatin1(s);
}

QVariantList columns(const Stored &v)
{
    const Statistic &s = v.statistic;
    const bool known = !s.secret() && !std::isnan(s.value);  // no marker of any kind
    return {s.indicator,
            s.level,
            s.code,
            known ? QVariant(s.value) : QVariant(QMetaType(QMetaType::Double)),
            isSecret(s) ? 1 : 0,
            s.marker,
            s.unit,
            s.source,
            s.vintage,
            s.geographyYear > 0 ? QVariant(s.geographyYear) : QVariant(QMetaType(QMetaType::Int)),
            v.importedAt};
}

} // namespace

std::optional<QHash<QString, Stored>> all(const Store &store, QString *error)
{
    Statement q = store.statement(
        K("SELECT id, indicator, geo_level, geo_code, value, marker, unit, source, vintage, "
          "geography_year, imported_at FROM statistic"));
    if (!q.exec()) {
        *error = q.error();
        return std::nullopt;
    }
    QHash<QString, Stored> out;
    while (q.next()) {
        Stored v;
        Statistic &s = v.statistic;
        s.id = q.value(0).toLongLong();
        s.indicator = q.value(1).toString();
        s.level = q.value(2).toString();
        s.code = q.value(3).toString();
        if (!q.isNull(4))
            s.value = q.value(4).toDouble();
        s.marker = q.value(5).toString();
        s.unit = q.value(6).toString();
        s.source = q.value(7).toString();
        s.vintage = q.value(8).toInt();
        s.geographyYear = q.isNull(9) ? 0 : q.value(9).toInt();
        v.importedAt = q.value(10).toString();
        out.insert(StatisticRepository::key(s.indicator, s.level, s.code, s.vintage), v);
    }
    return out;
}

bool insert(Store &store, QList<Stored> &values, QString *error)
{
    if (store.isShared()) {
        // PostgreSQL gives no row id for a NULL key and no rowid to ask for afterwards: new
        // rows take the identity column's next value and return it.
        Statement withId = store.statement(
            K("INSERT INTO statistic (id, indicator, geo_level, geo_code, value, secret, marker, "
              "unit, source, vintage, geography_year, imported_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        Statement fresh = store.statement(
            K("INSERT INTO statistic (indicator, geo_level, geo_code, value, secret, marker, "
              "unit, source, vintage, geography_year, imported_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        for (Stored &v : values) {
            QVariantList binds = columns(v);
            Statement &q = v.statistic.id ? withId : fresh;
            if (v.statistic.id)
                binds.prepend(v.statistic.id);
            if (!q.exec(binds)) {
                *error = q.error();
                return false;
            }
            if (!v.statistic.id && q.next())
                v.statistic.id = q.value(0).toLongLong();
        }
        return true;
    }
    Statement q = store.statement(
        K("INSERT INTO statistic (id, indicator, geo_level, geo_code, value, secret, marker, "
          "unit, source, vintage, geography_year, imported_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (Stored &v : values) {
        QVariantList binds = columns(v);
        binds.prepend(v.statistic.id ? QVariant(v.statistic.id)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec(binds)) {
            *error = q.error();
            return false;
        }
        // The row's id (a step to the end, not a row to read as RETURNING would give).
        if (!v.statistic.id)
            v.statistic.id = q.query().lastInsertId().toLongLong();
    }
    return true;
}

bool update(Store &store, const QList<Stored> &values, QString *error)
{
    Statement q = store.statement(
        K("UPDATE statistic SET indicator = ?, geo_level = ?, geo_code = ?, value = ?, "
          "secret = ?, marker = ?, unit = ?, source = ?, vintage = ?, geography_year = ?, "
          "imported_at = ? WHERE id = ?"));
    for (const Stored &v : values) {
        QVariantList binds = columns(v);
        binds << v.statistic.id;
        if (!q.exec(binds)) {
            *error = q.error();
            return false;
        }
    }
    return true;
}

bool remove(Store &store, const QList<qint64> &ids, QString *error)
{
    Statement q = store.statement(K("DELETE FROM statistic WHERE id = ?"));
    for (const qint64 id : ids)
        if (!q.exec({id})) {
            *error = q.error();
            return false;
        }
    return true;
}

bool setTerritoryEpci(Store &store, const QString &epci, QString *error)
{
    Statement q = store.statement(K("UPDATE territory SET epci = ?"));
    if (!q.exec({epci})) {
        *error = q.error();
        return false;
    }
    return true;
}

} // namespace maillage::statisticstore
