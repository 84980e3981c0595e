#pragma once

#include "core/geo/locate.h"

#include <QUrl>

#include <atomic>

// The Base Adresse Nationale's batch geocoder, over HTTP (QtNetwork): a library of its own
// (maillage_geocoder), so that the rest of core needs no network module.
namespace maillage::geo {

/// One address to geocode.
struct GeocodeQuery
{
    qint64 actorId = 0;
    QString actorName;
    QString query;  ///< the address, with the commune when the address lacks it
};

/// The Base Adresse Nationale's batch geocoder (POST SERVICE/search/csv/, the CSV in the
/// `data` part, the `q` column geocoded): its answer CSV repeats the columns sent and adds
/// `latitude`, `longitude`, `result_label`, `result_score`, `result_type` (housenumber,
/// street, locality, municipality), `result_status` (ok, not-found, error)…
class Geocoder
{
    Q_DECLARE_TR_FUNCTIONS(maillage::geo::Geocoder)
public:
    /// The service's address: the setting `geocoding/service` (QSettings "Maillage"), else
    /// https://api-adresse.data.gouv.fr/search/csv/.
    static QUrl defaultService();
    /// https://api-adresse.data.gouv.fr/search/csv/, the service used without the setting.
    static QUrl builtInService();
    static void setDefaultService(const QUrl &url);

    explicit Geocoder(const QUrl &service) : m_service(service) {}
    /// Milliseconds before a silent service is given up (default 60 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    /// A flag another thread may raise to stop the request (geocode() then fails with
    /// cancelled() set); checked ten times a second.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    bool cancelled() const { return m_cancelled; }

    /// The actors of `doc` to geocode: without a place (or any, with `replace`, except those
    /// placed by hand) and with an address; persons only with `includePersons`
    /// (`personsLeftOut` counts the others).
    static QList<GeocodeQuery> queries(const Document &doc, bool includePersons, bool replace,
                                       const QSet<qint64> &skip, int *personsLeftOut);

    /// Sends the queries in one batch and reads the answers: found ones as placements (with
    /// score and label; precision from result_type), the others' "Name — query" in
    /// `notFound`. False with one line in `error` when the service cannot be reached or
    /// answers something else than its CSV: then nothing is returned.
    bool geocode(const QList<GeocodeQuery> &queries, QList<Placement> *found,
                 QStringList *notFound, QString *error) const;

    /// Reads the service's answer CSV (for the queries, in order); public for the tests.
    static bool readAnswer(const QByteArray &csv, const QList<GeocodeQuery> &queries,
                           QList<Placement> *found, QStringList *notFound, QString *error);

private:
    QUrl m_service;
    int m_timeoutMs = 60000;
    const std::atomic_bool *m_cancel = nullptr;
    mutable bool m_cancelled = false;
};

} // namespace maillage::geo
