#include "core/geo/geocoder.h"

#include "core/document/document.h"
#include "core/io/csv.h"
#include "core/geo/geojson.h"
#include "core/render/tiles.h"
#include "core/util/text.h"

#include <QBuffer>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QTimer>

namespace maillage::geo {

namespace {

#define K(s) QStringLiteral(s)

const QString kServiceKey = K("geocoding/service");

QSettings sharedSettings()
{
    // The window's and the command line's settings alike.
    return QSettings(K("Maillage"), K("Maillage"));
}

QString precisionFromType(const QString &type)
{
    if (type == QLatin1String("housenumber"))
        return K("exact");
    if (type == QLatin1String("municipality"))
        return K("commune");
    return K("street");  // street, locality
}

QString csvField(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) &&
        !v.contains(QLatin1Char('\n')) && !v.contains(QLatin1Char('\r')))
        return v;
    QString q = v;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

// ---- geocoder ----------------------------------------------------------------------------

QUrl Geocoder::defaultService()
{
    const QString s = sharedSettings().value(kServiceKey).toString().trimmed();
    return s.isEmpty() ? builtInService() : QUrl(s);
}

QUrl Geocoder::builtInService()
{
    return QUrl(K("https://api-adresse.data.gouv.fr/search/csv/"));
}

void Geocoder::setDefaultService(const QUrl &url)
{
    QSettings settings = sharedSettings();
    if (url.isEmpty())
        settings.remove(kServiceKey);
    else
        settings.setValue(kServiceKey, url.toString());
}

QList<GeocodeQuery> Geocoder::queries(const Document &doc, bool includePersons, bool replace,
                                      const QSet<qint64> &skip, int *personsLeftOut)
{
    QList<GeocodeQuery> out;
    *personsLeftOut = 0;
    for (const Actor &a : doc.actors()) {
        if (skip.contains(a.id) || a.address.trimmed().isEmpty())
            continue;
        const bool manual = a.locationPrecision == QLatin1String("manual");
        if (a.hasLocation() && (!replace || manual))
            continue;
        if (a.isPerson && !includePersons) {
            ++*personsLeftOut;
            continue;
        }
        GeocodeQuery q;
        q.actorId = a.id;
        q.actorName = a.name;
        q.query = a.address.simplified();
        if (!a.commune.trimmed().isEmpty() &&
            !text::fold(q.query).contains(text::fold(a.commune.trimmed())))
            q.query += QLatin1Char(' ') + a.commune.trimmed();
        out << q;
    }
    return out;
}

bool Geocoder::readAnswer(const QByteArray &csv, const QList<GeocodeQuery> &queries,
                          QList<Placement> *found, QStringList *notFound, QString *error)
{
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    io::CsvOptions options;
    options.encoding = io::CsvEncoding::Utf8;
    io::CsvReader r(&buffer, tr("the geocoder's answer"), options);
    if (!r.readHeader()) {
        *error = r.error();
        return false;
    }
    const QStringList h = r.header();
    const int id = int(h.indexOf(K("id"))), lat = int(h.indexOf(K("latitude"))),
              lon = int(h.indexOf(K("longitude"))), score = int(h.indexOf(K("result_score"))),
              type = int(h.indexOf(K("result_type"))), label = int(h.indexOf(K("result_label"))),
              status = int(h.indexOf(K("result_status")));
    if (id < 0 || lat < 0 || lon < 0 || score < 0) {
        *error = tr("the geocoder's answer is not the Base Adresse Nationale's CSV (no id, "
                    "latitude, longitude, result_score columns)");
        return false;
    }
    QHash<qint64, const GeocodeQuery *> byId;
    for (const GeocodeQuery &q : queries)
        byId.insert(q.actorId, &q);
    QList<Placement> placed;
    QStringList missing;
    QSet<qint64> answered;
    QStringList f;
    while (r.next(f)) {
        const qint64 actor = f.value(id).toLongLong();
        const GeocodeQuery *q = byId.value(actor);
        if (!q)
            continue;
        answered.insert(actor);
        bool okLat = false, okLon = false, okScore = false;
        const double la = f.value(lat).toDouble(&okLat), lo = f.value(lon).toDouble(&okLon);
        const double sc = f.value(score).toDouble(&okScore);
        const QString st = status >= 0 ? f.value(status) : K("ok");
        if (!okLat || !okLon || !okScore || (st != QLatin1String("ok") && !st.isEmpty()) ||
            !validLonLat(lo, la)) {
            missing << tr("%1 — “%2”").arg(q->actorName, q->query);
            continue;
        }
        Placement p;
        p.actorId = actor;
        p.actorName = q->actorName;
        p.latitude = la;
        p.longitude = lo;
        p.score = sc;
        p.query = q->query;
        p.label = label >= 0 ? f.value(label) : QString();
        p.precision = precisionFromType(type >= 0 ? f.value(type) : QString());
        p.how = K("geocoder");
        placed << p;
    }
    if (r.hasError()) {
        *error = r.error();
        return false;
    }
    for (const GeocodeQuery &q : queries)
        if (!answered.contains(q.actorId))
            missing << tr("%1 — “%2”").arg(q.actorName, q.query);
    *found = std::move(placed);
    *notFound = std::move(missing);
    return true;
}

bool Geocoder::geocode(const QList<GeocodeQuery> &queries, QList<Placement> *found,
                       QStringList *notFound, QString *error) const
{
    if (queries.isEmpty()) {
        found->clear();
        notFound->clear();
        return true;
    }
    QByteArray csv = "id,q\n";
    for (const GeocodeQuery &q : queries)
        csv += QByteArray::number(q.actorId) + ',' + csvField(q.query).toUtf8() + '\n';

    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart data;
    data.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QVariant(K("form-data; name=\"data\"; filename=\"maillage.csv\"")));
    data.setHeader(QNetworkRequest::ContentTypeHeader, QVariant(K("text/csv")));
    data.setBody(csv);
    multi->append(data);
    QHttpPart columns;
    columns.setHeader(QNetworkRequest::ContentDispositionHeader,
                      QVariant(K("form-data; name=\"columns\"")));
    columns.setBody("q");
    multi->append(columns);

    QNetworkAccessManager manager;
    QNetworkRequest request(m_service);
    request.setHeader(QNetworkRequest::UserAgentHeader, render::TileStore::userAgent());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = manager.post(request, multi);
    multi->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    m_cancelled = false;
    if (m_cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [this, reply] {
            if (*m_cancel && !m_cancelled) {
                m_cancelled = true;
                reply->abort();
            }
        });
        poll.start(100);
    }
    if (!reply->isFinished())
        loop.exec();
    poll.stop();
    if (m_cancelled) {
        *error = tr("geocoding cancelled; nothing was located");
        return false;
    }
    const QByteArray body = reply->readAll();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netText = reply->errorString();
    reply->deleteLater();
    if (netError != QNetworkReply::NoError || httpStatus != 200) {
        *error = tr("the geocoding service %1 cannot be reached (%2); nothing was located")
                     .arg(m_service.toString(),
                          httpStatus ? tr("HTTP %1").arg(httpStatus) : netText);
        return false;
    }
    QString problem;
    if (!readAnswer(body, queries, found, notFound, &problem)) {
        *error = tr("the geocoding service %1: %2; nothing was located")
                     .arg(m_service.toString(), problem);
        return false;
    }
    return true;
}

} // namespace maillage::geo
