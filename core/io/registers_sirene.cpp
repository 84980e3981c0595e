// The register import: reading SIRENE: establishments and legal units, with their places when the file has them.

#include "core/io/registers_parts.h"

#include "core/document/document.h"
#include "core/geo/geojson.h"
#include "core/geo/projection.h"
#include "core/util/text.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

namespace maillage::io::registerparts {

#define K(s) QStringLiteral(s)

bool Reader::readSirene(const QString &path, QString *variant, QString *error)
{
    Sheet s;
    if (!s.open(path, false, m_options, error))
        return false;
    m_file = path;
    const int siret = s.column({"siret"});
    const int commune = s.column({"codeCommuneEtablissement"});
    if (siret < 0 && commune < 0)
        return (*error = notRegister(s, Tr::tr("a SIRENE establishments file (siret, "
                                              "codeCommuneEtablissement…)"))),
               false;
    const int state = s.column({"etatAdministratifEtablissement"});
    if (!require(s,
                 {{siret, "siret"}, {commune, "codeCommuneEtablissement"},
                  {state, "etatAdministratifEtablissement"}},
                 error))
        return false;
    const int denomination = s.column({"denominationUsuelleEtablissement"});
    const int sign = s.column({"enseigne1Etablissement"});
    const int naf = s.column({"activitePrincipaleEtablissement"});
    const int nomenclature = s.column({"nomenclatureActivitePrincipaleEtablissement"});
    const int created = s.column({"dateCreationEtablissement"});
    const int head = s.column({"etablissementSiege"});
    const int complement = s.column({"complementAdresseEtablissement"});
    const int number = s.column({"numeroVoieEtablissement"});
    const int repeat = s.column({"indiceRepetitionEtablissement"});
    const int type = s.column({"typeVoieEtablissement"});
    const int street = s.column({"libelleVoieEtablissement"});
    const int distribution = s.column({"distributionSpecialeEtablissement"});
    const int postcode = s.column({"codePostalEtablissement"});
    const int town = s.column({"libelleCommuneEtablissement"});
    // Where: the geocoded variant's longitude/latitude (WGS 84), else the stock file's
    // Lambert coordinates (Lambert-93, the legal projection overseas), converted by PROJ.
    const int lambertX = s.column({"coordonneeLambertAbscisseEtablissement"});
    const int lambertY = s.column({"coordonneeLambertOrdonneeEtablissement"});
    const int longitude = s.column({"longitude"});
    const int latitude = s.column({"latitude"});
    const int geoType = s.column({"geo_type"});
    if (s.column({"geo_adresse", "longitude"}) >= 0)
        *variant = Tr::tr("SIRENE establishments (geocoded)");
    else if (s.column({"identifiantAdresseEtablissement"}) >= 0)
        *variant = Tr::tr("SIRENE establishments");
    else
        *variant = Tr::tr("SIRENE establishments (older header)");

    QStringList f;
    while (s.next(f, error)) {
        ++m_stats.rows;
        m_line = s.line();
        // The commune first: most rows of a national file stop here.
        const QString code = normalizedCommuneCode(f.at(commune));
        if (!wanted(code))
            continue;
        if (value(f, state) != QLatin1String("A")) {
            ++m_stats.inactive;
            continue;
        }
        const QString id = value(f, siret);
        if (id.isEmpty()) {
            *error = s.located(Tr::tr("the “siret” column is empty"));
            return false;
        }
        QString name = joined({value(f, denomination)});
        if (name.isEmpty())
            name = joined({value(f, sign)});
        if (name.isEmpty())
            name = QStringLiteral("Établissement SIRET %1").arg(id);
        NodeRecord n;
        n.file = path;
        n.line = m_line;
        n.key = K("siret:") + id;
        n.category = K("company");
        n.fields.insert(K("name"), name);
        n.fields.insert(K("is_person"), 0);
        n.fields.insert(K("__suffix"), K("SIRET ") + id);
        const QString activity = value(f, naf);
        const QString scheme = value(f, nomenclature);
        if (scheme.isEmpty() || scheme.startsWith(QLatin1String("NAFRev2"))) {
            const QString sector = nafSectionLabel(nafSection(activity));
            if (!sector.isEmpty())
                n.fields.insert(K("sector"), sector);
        }
        const QString communeName = titleCase(value(f, town));
        if (!communeName.isEmpty() && communeName != QLatin1String("[ND]"))
            n.fields.insert(K("commune"), communeName);
        const QString where =
            address(value(f, complement), value(f, number), value(f, repeat), value(f, type),
                    value(f, street), value(f, distribution), value(f, postcode),
                    value(f, town));
        if (!where.isEmpty())
            n.fields.insert(K("address"), where);
        QDate since;
        if (!parseDate(value(f, created), &since))
            return badDate(s, s.header().at(created), value(f, created), error);
        if (since.isValid())
            n.fields.insert(K("since"), since.toString(Qt::ISODate));
        n.extras << Tr::tr("SIRET: %1").arg(id);
        if (!activity.isEmpty())
            n.extras << Tr::tr("NAF code: %1").arg(activity);
        if (value(f, head).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            n.extras << Tr::tr("Head office of the company");
        // The SIRET is the establishment's identity: `locate --sirene-geo` finds it again.
        n.importKey = id;
        if (!placeSirene(n, code, value(f, longitude), value(f, latitude), value(f, geoType),
                         value(f, lambertX), value(f, lambertY), s, error))
            return false;
        keep(std::move(n));
    }
    return error->isEmpty();
}

bool Reader::placeSirene(NodeRecord &n, const QString &commune, const QString &lon,
                     const QString &lat, const QString &type, const QString &x, const QString &y,
                     const Sheet &s, QString *error)
{
    auto number = [](const QString &v, bool *ok) {
        return v.isEmpty() || v == QLatin1String("[ND]") ? (*ok = false, 0.0)
                                                           : v.toDouble(ok);
    };
    bool okLon = false, okLat = false;
    const double lo = number(lon, &okLon), la = number(lat, &okLat);
    if (okLon && okLat) {
        if (!geo::validLonLat(lo, la))
            return (*error = s.located(Tr::tr("longitude %1, latitude %2 is outside "
                                              "−180…180 / −90…90")
                                           .arg(lon, lat))),
                   false;
        n.fields.insert(K("latitude"), la);
        n.fields.insert(K("longitude"), lo);
        // Etalab's geocoding says how it found the place.
        n.fields.insert(K("location_precision"),
                        type == QLatin1String("housenumber") ? K("exact")
                        : type == QLatin1String("municipality") ? K("commune")
                                                                : K("street"));
        return true;
    }
    bool okX = false, okY = false;
    const double px = number(x, &okX), py = number(y, &okY);
    if (!okX || !okY)
        return true;  // not placed by INSEE
    const int epsg = geo::Projection::sireneEpsg(commune);
    if (epsg == 0)
        return true;  // overseas collectivities without a projection of SIRENE's
    QString problem;
    const auto p = geo::Projection::toWgs84(epsg, px, py, &problem);
    if (!p)
        return (*error = s.located(problem)), false;
    n.fields.insert(K("latitude"), p->y());
    n.fields.insert(K("longitude"), p->x());
    return true;
}

} // namespace maillage::io::registerparts
