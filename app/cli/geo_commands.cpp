// locate: places actors on the ground (SIRENE geolocation file, the Base Adresse Nationale's
// geocoder, commune centres), as one undoable step.
#include "cli.h"

#include "core/geo/geojson.h"
#include "core/geo/geocoder.h"

#include <QCoreApplication>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

int runLocate(const QStringList &args)
{
    const QString command = QStringLiteral("locate");
    QCommandLineParser p;
    const QCommandLineOption sirene(
        QStringLiteral("sirene-geo"),
        Tr::tr("INSEE's SIRENE geolocation file (GeolocalisationEtablissement_Sirene_pour_"
               "etudes_statistiques, siret;x;y;qualite_xy;epsg…): places the establishments "
               "already imported from SIRENE, joined by SIRET."),
        Tr::tr("FILE"));
    const QCommandLineOption geocode(
        QStringLiteral("geocode"),
        Tr::tr("Send the addresses of actors without a place to the Base Adresse Nationale's "
               "geocoder (the internet) and apply the results scoring at least --min-score."));
    const QCommandLineOption service(
        QStringLiteral("service"),
        Tr::tr("The geocoder's address (default: the setting, else "
               "https://api-adresse.data.gouv.fr/search/csv/)."),
        Tr::tr("URL"));
    const QCommandLineOption minScore(
        QStringLiteral("min-score"),
        Tr::tr("The lowest geocoding score applied, 0 to 1 (default 0.5); the others are "
               "listed, not applied."),
        Tr::tr("SCORE"), QStringLiteral("0.5"));
    const QCommandLineOption persons(
        QStringLiteral("include-persons"),
        Tr::tr("Also send persons' addresses to the geocoder (personal data leaves the "
               "computer)."));
    const QCommandLineOption communes(
        QStringLiteral("communes"),
        Tr::tr("Commune outlines or points (GeoJSON with INSEE codes): actors still without a "
               "place but with a commune are placed at its centre (approximate)."),
        Tr::tr("COMMUNES.geojson"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        Tr::tr("Also place actors that have a place already (never those placed by hand)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Print what would be located; change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the report as JSON."));
    for (const QCommandLineOption *o :
         {&sirene, &geocode, &service, &minScore, &persons, &communes, &replace, &dryRun, &json})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    if (!parse(p, command, args, 1, &status))
        return status;
    auto usage = [&](const QString &message) {
        err() << "maillage-cli " << command << ": " << message << Qt::endl;
        return int(Usage);
    };
    if (p.positionalArguments().size() != 1)
        return usage(Tr::tr("give one file; see “maillage-cli %1 --help”").arg(command));
    if (!p.isSet(sirene) && !p.isSet(geocode) && !p.isSet(communes))
        return usage(Tr::tr("say where places come from: --sirene-geo FILE, --geocode or "
                            "--communes FILE"));
    QString scoreText = p.value(minScore).trimmed();
    scoreText.replace(QLatin1Char(','), QLatin1Char('.'));
    bool okScore = false;
    const double threshold = scoreText.toDouble(&okScore);
    if (!okScore || threshold < 0 || threshold > 1)
        return usage(Tr::tr("--min-score must be a number from 0 to 1, not “%1”")
                         .arg(p.value(minScore)));
    if ((p.isSet(service) || p.isSet(persons) || p.isSet(minScore)) && !p.isSet(geocode))
        return usage(Tr::tr("--service, --min-score and --include-persons go with --geocode"));

    // Every source is read before the territory is changed: a bad file changes nothing.
    geo::CommuneCentres centres;
    QString error;
    if (p.isSet(communes) && !centres.load(p.value(communes), &error))
        return fail(error);
    Document doc;
    if (!openDocument(doc, p.positionalArguments().first(), !p.isSet(dryRun)))
        return Failed;
    geo::LocateReport report;
    report.minScore = threshold;
    QSet<qint64> placed;
    if (p.isSet(sirene)) {
        report.sirene = true;
        const QHash<QString, qint64> wanted = geo::Locate::sireneActors(doc, p.isSet(replace));
        QList<geo::Placement> found;
        if (!geo::Locate::readSireneGeolocation(p.value(sirene), wanted, &found,
                                                &report.sireneRows, &error))
            return fail(error);
        report.sireneWanted = int(wanted.size());
        report.sireneNotInFile = int(wanted.size() - found.size());
        for (geo::Placement &f : found) {
            if (const auto a = doc.actor(f.actorId))
                f.actorName = a->name;
            placed.insert(f.actorId);
        }
        report.applied << found;
    }
    if (p.isSet(geocode)) {
        report.geocoded = true;
        const QUrl url = p.isSet(service) ? QUrl(p.value(service)) : geo::Geocoder::defaultService();
        if (!url.isValid() || url.scheme().isEmpty())
            return usage(Tr::tr("--service must be a URL, not “%1”").arg(p.value(service)));
        const QList<geo::GeocodeQuery> queries = geo::Geocoder::queries(
            doc, p.isSet(persons), p.isSet(replace), placed, &report.personsLeftOut);
        report.geocodeSent = int(queries.size());
        QList<geo::Placement> found;
        if (!geo::Geocoder(url).geocode(queries, &found, &report.notFound, &error))
            return fail(error);
        for (const geo::Placement &f : std::as_const(found)) {
            if (f.score >= threshold) {
                report.applied << f;
                placed.insert(f.actorId);
            } else {
                report.belowScore << f;
            }
        }
    }
    if (p.isSet(communes)) {
        report.communes = true;
        report.applied << geo::Locate::communePlacements(doc, centres, placed,
                                                         &report.unknownCommunes);
    }
    if (!p.isSet(dryRun) &&
        !geo::Locate::apply(doc, report.applied, Tr::tr("Locate actors"), &error))
        return fail(error);
    if (p.isSet(json))
        printJson(report.toJson());
    else
        out() << report.summary() << Qt::endl;
    return Ok;
}

const Registration regLocate([] {
    return Command{QStringLiteral("locate"),
                   QStringLiteral("locate FILE [--sirene-geo FILE] [--geocode [--service URL] "
                                  "[--min-score S] [--include-persons]] [--communes FILE] "
                                  "[--replace] [--dry-run] [--json]"),
                   Tr::tr("Place actors on the ground: SIRENE's geolocation file, the Base "
                          "Adresse Nationale's geocoder, or their commune's centre."),
                   runLocate};
});

} // namespace
} // namespace maillage::cli
