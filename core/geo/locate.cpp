#include "core/geo/locate.h"

#include "core/document/document.h"
#include "core/geo/geojson.h"
#include "core/io/csv.h"
#include "core/geo/projection.h"
#include "core/store/repositories.h"
#include "core/util/text.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <climits>

namespace maillage::geo {

namespace {

#define K(s) QStringLiteral(s)

bool isSiret(const QString &key)
{
    if (key.size() != 14)
        return false;
    for (QChar c : key)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

QString precisionLabel(const QString &precision)
{
    if (precision == QLatin1String("exact"))
        return LocateReport::tr("exact");
    if (precision == QLatin1String("street"))
        return LocateReport::tr("in the street");
    if (precision == QLatin1String("commune"))
        return LocateReport::tr("the commune's centre");
    if (precision == QLatin1String("manual"))
        return LocateReport::tr("set by hand");
    return QString();
}

QString locationText(const QLocale &locale, const Actor &actor)
{
    if (!actor.hasLocation())
        return QString();
    //: latitude, longitude (French: "%1 ; %2", the decimal comma being taken)
    const QString where = LocateReport::tr("%1, %2").arg(locale.toString(actor.latitude, 'f', 6),
                                                         locale.toString(actor.longitude, 'f', 6));
    const QString how = precisionLabel(actor.locationPrecision);
    return how.isEmpty() ? where : LocateReport::tr("%1 (%2)").arg(where, how);
}

QString precisionFromQualite(const QString &qualite)
{
    const QString q = qualite.trimmed();
    if (q == QLatin1String("11") || q == QLatin1String("21"))
        return K("exact");
    if (q == QLatin1String("12") || q == QLatin1String("22"))
        return K("street");
    if (q == QLatin1String("33"))
        return K("commune");
    return QString();
}

// ---- SIRENE geolocation file -------------------------------------------------------------

QHash<QString, qint64> Locate::sireneActors(const Document &doc, bool replace)
{
    QHash<QString, qint64> out;
    const auto keys = Projections(doc.store()).importKeys();
    if (!keys)
        return out;
    // Those without a place, or (replace) any not placed by hand.
    QSet<qint64> keep;
    if (const auto actors = Projections(doc.store()).actors())
        for (const Actor &a : *actors) {
            const bool manual = a.locationPrecision == QLatin1String("manual");
            if (!a.hasLocation() || (replace && !manual))
                keep.insert(a.id);
        }
    for (const ActorImportKey &k : *keys)
        if (isSiret(k.key) && keep.contains(k.id))
            out.insert(k.key, k.id);
    return out;
}

bool Locate::readSireneGeolocation(const QString &path, const QHash<QString, qint64> &wanted,
                                   QList<Placement> *out, qint64 *rows, QString *error,
                                   const std::function<bool(qint64, qint64)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = io::CsvReader::located(path, 0, tr("cannot be read (%1)").arg(file.errorString()));
        return false;
    }
    io::CsvReader r(&file, path);
    if (!r.readHeader()) {
        *error = r.error();
        return false;
    }
    const QStringList header = r.header();
    auto column = [&](const char *name) {
        for (int i = 0; i < header.size(); ++i)
            if (header.at(i).trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
        return -1;
    };
    const int siret = column("siret");
    const int x = column("x"), y = column("y"), epsg = column("epsg");
    const int quality = column("qualite_xy");
    const int lon = column("x_longitude"), lat = column("y_latitude");
    if (siret < 0 || ((x < 0 || y < 0 || epsg < 0) && (lon < 0 || lat < 0))) {
        *error = io::CsvReader::located(
            path, 1,
            tr("not INSEE's SIRENE geolocation file: it needs the columns siret, x, y and epsg "
               "(or x_longitude and y_latitude)"));
        return false;
    }
    // Projected positions gathered by projection, converted by batch at the end.
    struct Pending
    {
        QList<QPointF> points;
        QList<qsizetype> placements;
        QList<qint64> lines;
    };
    QHash<int, Pending> byEpsg;
    QList<Placement> found;
    QStringList f;
    qint64 count = 0;
    auto number = [](const QString &v, bool *ok) {
        QString t = v.trimmed();
        t.replace(QLatin1Char(','), QLatin1Char('.'));
        return t.toDouble(ok);
    };
    const qint64 size = file.size();
    while (r.next(f)) {
        ++count;
        if (progress && (count & 4095) == 0 && !progress(file.pos(), size)) {
            *error = tr("%1: reading cancelled; nothing was located").arg(path);
            return false;
        }
        const auto it = wanted.constFind(f.value(siret).trimmed());
        if (it == wanted.cend())
            continue;
        Placement p;
        p.actorId = it.value();
        p.how = K("sirene");
        p.precision = quality >= 0 ? precisionFromQualite(f.value(quality)) : QString();
        const QString xs = x >= 0 ? f.value(x).trimmed() : QString();
        const QString ys = y >= 0 ? f.value(y).trimmed() : QString();
        const QString es = epsg >= 0 ? f.value(epsg).trimmed() : QString();
        bool okX = false, okY = false, okE = false;
        const double px = number(xs, &okX), py = number(ys, &okY);
        const int code = es.toInt(&okE);
        if (!xs.isEmpty() && !ys.isEmpty() && !es.isEmpty()) {
            if (!okX || !okY || !okE) {
                *error = io::CsvReader::located(
                    path, r.line(), tr("x, y and epsg must be numbers (“%1”, “%2”, “%3”)")
                                        .arg(xs, ys, es));
                return false;
            }
            Pending &pending = byEpsg[code];
            pending.points << QPointF(px, py);
            pending.placements << found.size();
            pending.lines << r.line();
            found << p;
            continue;
        }
        const QString los = lon >= 0 ? f.value(lon).trimmed() : QString();
        const QString las = lat >= 0 ? f.value(lat).trimmed() : QString();
        if (los.isEmpty() || las.isEmpty())
            continue;  // INSEE could not place it
        bool okLo = false, okLa = false;
        p.longitude = number(los, &okLo);
        p.latitude = number(las, &okLa);
        if (!okLo || !okLa || !validLonLat(p.longitude, p.latitude)) {
            *error = io::CsvReader::located(
                path, r.line(),
                tr("x_longitude “%1”, y_latitude “%2” is not a WGS 84 position").arg(los, las));
            return false;
        }
        found << p;
    }
    if (r.hasError()) {
        *error = r.error();
        return false;
    }
    for (auto it = byEpsg.begin(); it != byEpsg.end(); ++it) {
        QString problem;
        if (!Projection::toWgs84(it.key(), it->points, &problem)) {
            // Say which row: convert one by one to find it.
            qint64 line = it->lines.value(0);
            for (qsizetype i = 0; i < it->points.size(); ++i) {
                QString e;
                if (!Projection::toWgs84(it.key(), it->points.at(i).x(), it->points.at(i).y(), &e)) {
                    line = it->lines.at(i);
                    problem = e;
                    break;
                }
            }
            *error = io::CsvReader::located(path, line, problem);
            return false;
        }
        for (qsizetype i = 0; i < it->points.size(); ++i) {
            Placement &p = found[it->placements.at(i)];
            p.longitude = it->points.at(i).x();
            p.latitude = it->points.at(i).y();
        }
    }
    *rows = count;
    *out = std::move(found);
    return true;
}

// ---- commune centres ---------------------------------------------------------------------

QList<Placement> Locate::communePlacements(const Document &doc, const CommuneCentres &centres,
                                           const QSet<qint64> &skip, QStringList *unknown)
{
    QList<Placement> out;
    QSet<QString> missing;
    for (const Actor &a : doc.actors()) {
        if (a.hasLocation() || skip.contains(a.id) || a.commune.trimmed().isEmpty())
            continue;
        auto c = centres.centre(a.commune);
        if (!c)
            c = centres.centreByName(a.commune);
        if (!c) {
            missing.insert(a.commune.trimmed());
            continue;
        }
        Placement p;
        p.actorId = a.id;
        p.actorName = a.name;
        p.longitude = c->x();
        p.latitude = c->y();
        p.precision = K("commune");
        p.how = K("commune");
        out << p;
    }
    *unknown = QStringList(missing.cbegin(), missing.cend());
    unknown->sort(Qt::CaseInsensitive);
    return out;
}

// ---- writing -----------------------------------------------------------------------------

bool Locate::apply(Document &doc, const QList<Placement> &placements, const QString &undoText,
                   QString *error)
{
    // The rows' values before, read in two passes over the table (not one read per actor:
    // a SIRENE locate places thousands).
    const Projections read(doc.store());
    const auto actors = read.actors(error);
    if (!actors)
        return false;
    QHash<qint64, const Actor *> byId;
    for (const Actor &a : *actors)
        byId.insert(a.id, &a);
    QList<qint64> ids;
    for (const Placement &p : placements)
        ids << p.actorId;
    const auto stamps = read.stampedPositions(ids, error);
    if (!stamps)
        return false;
    const QString now = nowTimestamp();
    auto real = [](double v) {
        return std::isnan(v) ? QVariant(QMetaType::fromType<double>()) : QVariant(v);
    };
    QList<RowOp> ops;
    ops.reserve(placements.size());
    for (const Placement &p : placements) {
        if (!validLonLat(p.longitude, p.latitude)) {
            *error = tr("actor %1: %2, %3 is not a WGS 84 position")
                         .arg(p.actorId)
                         .arg(p.latitude)
                         .arg(p.longitude);
            return false;
        }
        const Actor *a = byId.value(p.actorId);
        if (!a) {
            *error = tr("actor %1 does not exist").arg(p.actorId);
            return false;
        }
        if (a->latitude == p.latitude && a->longitude == p.longitude &&
            a->locationPrecision == p.precision)
            continue;
        const Row before{{K("id"), p.actorId},
                         {K("latitude"), real(a->latitude)},
                         {K("longitude"), real(a->longitude)},
                         {K("location_precision"), a->locationPrecision},
                         {K("updated_at"), stamps->value(p.actorId).second}};
        const Row after{{K("id"), p.actorId},
                        {K("latitude"), p.latitude},
                        {K("longitude"), p.longitude},
                        {K("location_precision"), p.precision},
                        {K("updated_at"), now}};
        ops << RowOp{RowOp::Update, K("actor"), before, after};
    }
    if (ops.isEmpty())
        return true;
    return doc.apply(undoText, std::move(ops), Document::NoMerge, error);
}

// ---- report ------------------------------------------------------------------------------

int LocateReport::count(const QString &how) const
{
    int n = 0;
    for (const Placement &p : applied)
        n += p.how == how;
    return n;
}

QString LocateReport::summary() const
{
    QStringList lines;
    auto byPrecision = [&](const QString &how) {
        QHash<QString, int> n;
        for (const Placement &p : applied)
            if (p.how == how)
                ++n[p.precision];
        QStringList parts;
        if (n.value(K("exact")))
            parts << tr("%Ln exact", nullptr, n.value(K("exact")));
        if (n.value(K("street")))
            parts << tr("%Ln in the street", nullptr, n.value(K("street")));
        if (n.value(K("commune")))
            parts << tr("%Ln at the commune's centre", nullptr, n.value(K("commune")));
        if (n.value(QString()))
            parts << tr("%Ln of unknown precision", nullptr, n.value(QString()));
        return parts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(parts.join(QLatin1String(", ")));
    };
    if (sirene)
        lines << tr("SIRENE geolocation: %Ln establishment(s) located", nullptr, count(K("sirene"))) +
                     byPrecision(K("sirene")) +
                     tr(", %Ln not in the file or without coordinates", nullptr, sireneNotInFile) +
                     tr(" (%Ln row(s) read)", nullptr, int(std::min<qint64>(sireneRows, INT_MAX)));
    if (geocoded) {
        lines << tr("Geocoding: %Ln address(es) sent", nullptr, geocodeSent) +
                     tr(", %Ln applied (score at least %1)", nullptr, count(K("geocoder")))
                         .arg(QLocale().toString(minScore, 'f', 2)) +
                     byPrecision(K("geocoder")) +
                     tr(", %Ln not applied (score below)", nullptr, int(belowScore.size())) +
                     tr(", %Ln not found", nullptr, int(notFound.size()));
        for (const Placement &p : applied)
            if (p.how == QLatin1String("geocoder"))
                lines << tr("  applied      %1  %2 — “%3” → %4")
                             .arg(QLocale().toString(p.score, 'f', 2), p.actorName, p.query,
                                  p.label);
        for (const Placement &p : belowScore)
            lines << tr("  not applied  %1  %2 — “%3” → %4")
                         .arg(QLocale().toString(p.score, 'f', 2), p.actorName, p.query, p.label);
        for (const Placement &p : setAside)
            if (p.how == QLatin1String("geocoder"))
                lines << tr("  left out     %1  %2 — “%3” → %4")
                             .arg(QLocale().toString(p.score, 'f', 2), p.actorName, p.query,
                                  p.label);
        for (const QString &n : notFound)
            lines << tr("  not found          %1").arg(n);
    }
    if (!setAside.isEmpty())
        lines << tr("Left out at the review: %Ln place(s) found", nullptr, int(setAside.size()));
    if (personsLeftOut > 0)
        lines << (window ? tr("%Ln person(s) with an address not sent to the geocoder "
                              "(personal data: they are sent only when you tick the box that names "
                              "them)",
                              nullptr, personsLeftOut)
                         : tr("%Ln person(s) with an address not sent to the geocoder (personal "
                              "data: add --include-persons to send them)",
                              nullptr, personsLeftOut));
    if (communes) {
        lines << tr("Commune centres: %Ln actor(s) placed at their commune's centre", nullptr,
                    count(K("commune")));
        if (!unknownCommunes.isEmpty())
            lines << tr("Communes not in the communes file: %1")
                         .arg(unknownCommunes.join(QLatin1String(", ")));
    }
    lines << tr("Located: %Ln actor(s) in all, as one undoable step", nullptr,
                int(applied.size()));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject LocateReport::toJson() const
{
    auto placement = [](const Placement &p) {
        QJsonObject o{{K("actor_id"), p.actorId},     {K("name"), p.actorName},
                      {K("latitude"), p.latitude},    {K("longitude"), p.longitude},
                      {K("precision"), p.precision},  {K("source"), p.how}};
        if (!std::isnan(p.score))
            o.insert(K("score"), p.score);
        if (!p.query.isEmpty())
            o.insert(K("query"), p.query);
        if (!p.label.isEmpty())
            o.insert(K("label"), p.label);
        return o;
    };
    QJsonArray applied_, below;
    for (const Placement &p : applied)
        applied_ << placement(p);
    for (const Placement &p : belowScore)
        below << placement(p);
    return QJsonObject{{K("applied"), applied_},
                       {K("not_applied_below_score"), below},
                       {K("not_found"), QJsonArray::fromStringList(notFound)},
                       {K("min_score"), minScore},
                       {K("sirene_rows"), sireneRows},
                       {K("sirene_not_in_file"), sireneNotInFile},
                       {K("persons_left_out"), personsLeftOut},
                       {K("unknown_communes"), QJsonArray::fromStringList(unknownCommunes)}};
}

} // namespace maillage::geo
