#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cmath>
#include <functional>

#include "core/domain/types.h"

#include <QLocale>

namespace maillage {
class Document;
}

// Placing actors on the ground (`maillage-cli locate`): from INSEE's SIRENE geolocation
// file joined by SIRET, from the Base Adresse Nationale's batch geocoder, or at their
// commune's centre. Every source gives Placements; applyPlacements() writes them as one undo
// step. Nothing is written until every source has been read without error.
namespace maillage::geo {

class CommuneCentres;

/// One actor's new place and how it was found.
struct Placement
{
    qint64 actorId = 0;
    QString actorName;
    double latitude = NAN, longitude = NAN;
    QString precision;  ///< exact, street, commune, manual or ""
    QString how;        ///< "sirene", "geocoder", "commune"
    double score = NAN; ///< the geocoder's score (0–1); NaN for other sources
    QString query;      ///< what was sent to the geocoder
    QString label;      ///< the geocoder's answer ("12 Rue …, 88500 Mirecourt")
};

/// What a locate run found, applied and left out.
struct LocateReport
{
    Q_DECLARE_TR_FUNCTIONS(maillage::geo::LocateReport)
public:
    QList<Placement> applied;
    // SIRENE geolocation file
    bool sirene = false;
    qint64 sireneRows = 0;          ///< rows read
    int sireneWanted = 0;           ///< establishments of the territory without a place
    int sireneNotInFile = 0;        ///< of those, not in the file (or without coordinates)
    // geocoder
    bool geocoded = false;
    int geocodeSent = 0;
    QList<Placement> belowScore;    ///< found, but with a score below the minimum: not applied
    QList<Placement> setAside;      ///< found, left out by hand at the window's review
    QStringList notFound;           ///< "Name — query": the service found nothing
    int personsLeftOut = 0;         ///< persons with an address not sent (no --include-persons)
    double minScore = 0.5;
    // commune centres
    bool communes = false;
    QStringList unknownCommunes;    ///< communes of actors that the file does not hold
    /// The report is the window's (Locate… dialog): its hints name the dialog's choices
    /// instead of the command line's options.
    bool window = false;

    int count(const QString &how) const;
    /// The report people read: counts by source and precision, then each geocoding result
    /// for review (applied or not, with its score).
    QString summary() const;
    QJsonObject toJson() const;
};

/// The precision's name for people: "exact", "in the street", "the commune's centre", "set by
/// hand" (translated); empty for "".
QString precisionLabel(const QString &precision);
/// "48.300512, 6.134871 (exact)" in `locale`'s numbers; empty without a place.
QString locationText(const QLocale &locale, const Actor &actor);

/// The precision INSEE's `qualite_xy` gives: 11, 21 → exact (the number found in the
/// street), 12, 22 → street (somewhere in the street), 33 → commune; "" otherwise.
QString precisionFromQualite(const QString &qualite);

class Locate
{
    Q_DECLARE_TR_FUNCTIONS(maillage::geo::Locate)
public:
    /// The SIRENE establishments of `doc` (actors whose import key is a 14-digit SIRET) by
    /// SIRET; only those without a place unless `replace` (never those placed by hand).
    static QHash<QString, qint64> sireneActors(const Document &doc, bool replace);

    /// Streams INSEE's geolocation file (GeolocalisationEtablissement_Sirene_pour_etudes_
    /// statistiques: `siret;x;y;qualite_xy;epsg;…;y_latitude;x_longitude`, columns found by
    /// name, `;` or `,`) and places the establishments of `wanted`: x, y converted from
    /// EPSG:`epsg` with PROJ (by batch per projection), else `x_longitude`/`y_latitude`
    /// taken as they are. Rows of other SIRETs are skipped unread. False with `error`
    /// ("FILE, line N: what") on a bad row or an unknown projection; nothing is placed then.
    /// `progress` (bytes read, file size), called now and then, stops the reading when it
    /// returns false (then false, with `error` saying it was cancelled).
    static bool readSireneGeolocation(const QString &path, const QHash<QString, qint64> &wanted,
                                      QList<Placement> *out, qint64 *rows, QString *error,
                                      const std::function<bool(qint64, qint64)> &progress = {});

    /// Actors without a place (persons too: a commune's centre is not theirs) whose commune
    /// (INSEE code or name) `centres` holds, placed there with precision "commune";
    /// `unknown` gets the communes it does not hold.
    static QList<Placement> communePlacements(const Document &doc, const CommuneCentres &centres,
                                              const QSet<qint64> &skip, QStringList *unknown);

    /// Writes the placements as ONE undo step (latitude, longitude, location_precision of
    /// each actor), named `undoText`. False with `error` set and nothing written on failure.
    static bool apply(Document &doc, const QList<Placement> &placements,
                      const QString &undoText, QString *error);
};

} // namespace maillage::geo
