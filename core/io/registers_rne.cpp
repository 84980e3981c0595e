// The register import: reading the Répertoire national des élus (RNE): elected officials, their mandates and councils.

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

bool Reader::readRne(const QString &path, QString *variant, QString *error)
{
    Sheet s;
    if (!s.open(path, true, m_options, error))
        return false;
    m_file = path;
    const int nom = s.column({"Nom de l'élu", "nom_elu"});
    const int prenom = s.column({"Prénom de l'élu", "prenom_elu"});
    if (nom < 0 && prenom < 0)
        return (*error = notRegister(s, Tr::tr("the RNE (“Nom de l'élu”, “Prénom de "
                                              "l'élu”…)"))),
               false;
    if (nom < 0)
        return (*error = s.missing(K("Nom de l'élu"))), false;
    if (prenom < 0)
        return (*error = s.missing(K("Prénom de l'élu"))), false;
    const int epci = s.column({"Libellé de l'EPCI", "libelle_epci"});
    const int siren = s.column({"N° SIREN", "numero_siren", "siren", "siren_epci"});
    const int dep = s.column({"Code du département", "code_departement"});
    const int commune = epci >= 0 ? s.column({"Code de la commune de rattachement",
                                              "code_commune_rattachement"})
                                  : s.column({"Code de la commune", "Code Insee de la commune",
                                              "code_commune", "code_insee_commune"});
    const int communeName =
        epci >= 0 ? s.column({"Libellé de la commune de rattachement",
                              "libelle_commune_rattachement"})
                  : s.column({"Libellé de la commune", "libelle_commune"});
    if (commune < 0)
        return (*error = s.missing(epci >= 0 ? K("Code de la commune de rattachement")
                                             : K("Code de la commune"))),
               false;
    if (communeName < 0)
        return (*error = s.missing(epci >= 0 ? K("Libellé de la commune de rattachement")
                                             : K("Libellé de la commune"))),
               false;
    const int sex = s.column({"Code sexe", "code_sexe", "sexe"});
    const int birth = s.column({"Date de naissance", "date_naissance_elu", "date_naissance"});
    const int mandate = s.column({"Date de début du mandat", "date_debut_mandat"});
    const int function = s.column({"Libellé de la fonction", "libelle_fonction"});
    const int functionStart = s.column({"Date de début de la fonction",
                                        "date_debut_fonction"});
    enum Kind { Councillors, Mayors, Community } kind =
        epci >= 0 ? Community : function >= 0 ? Councillors : Mayors;

    const bool snake = s.header().at(nom).contains(QLatin1Char('_'));
    QString period;
    if (s.reportTitle())
        period = Tr::tr("2018–2020 report");
    else if (snake)
        period = Tr::tr("June 2023, snake_case");
    else if (s.separator() == '\t')
        period = Tr::tr("until 2022, tab");
    else if (s.separator() == ',')
        period = Tr::tr("end 2023, comma");
    else
        period = Tr::tr("2024 on, semicolon");
    const QString what = kind == Community ? Tr::tr("RNE community (EPCI) councillors")
                         : kind == Mayors  ? Tr::tr("RNE mayors")
                                           : Tr::tr("RNE municipal councillors");
    *variant = Tr::tr("%1 (%2)").arg(what, period);

    QStringList f;
    while (s.next(f, error)) {
        ++m_stats.rows;
        m_line = s.line();
        const QString rawCode = value(f, commune);
        const QString code = communeCode(value(f, dep), rawCode);
        if (code.isEmpty()) {
            *error = s.located(Tr::tr("“%1” is not a commune code").arg(rawCode));
            return false;
        }
        if (!wanted(code))
            continue;
        const QString last = value(f, nom), first = value(f, prenom);
        if (last.isEmpty() && first.isEmpty()) {
            *error = s.located(Tr::tr("an elected official needs a name (“%1” and “%2” are "
                                      "empty)")
                                   .arg(s.header().at(nom), s.header().at(prenom)));
            return false;
        }
        const QString town = value(f, communeName).simplified();
        if (town.isEmpty()) {
            *error = s.located(
                Tr::tr("the commune's name (“%1”) is empty").arg(s.header().at(communeName)));
            return false;
        }
        QDate born, since, start;
        if (!parseDate(value(f, birth), &born))
            return badDate(s, s.header().at(birth), value(f, birth), error);
        if (!parseDate(value(f, mandate), &since))
            return badDate(s, s.header().at(mandate), value(f, mandate), error);
        if (!parseDate(value(f, functionStart), &start))
            return badDate(s, s.header().at(functionStart), value(f, functionStart), error);
        if (start.isValid())
            since = start;
        const bool woman = value(f, sex).toUpper() == QLatin1String("F");
        QString role = value(f, function);
        if (role.isEmpty()) {
            switch (kind) {
            case Mayors:
                role = K("Maire");
                break;
            case Councillors:
                role = woman ? K("Conseillère municipale") : K("Conseiller municipal");
                break;
            case Community:
                role = woman ? K("Conseillère communautaire") : K("Conseiller communautaire");
                break;
            }
        }
        const QString townHall = townHallName(town);
        const QString townHallKey = K("mairie:") + code;
        addOrganisation(townHallKey, townHall, town, K("institution"));
        const QString name = joined({first, last});
        NodeRecord n;
        n.file = path;
        n.line = m_line;
        n.key = QStringLiteral("elu:%1|%2|%3")
                    .arg(code, text::fold(name), born.toString(Qt::ISODate));
        n.category = K("elected");
        n.fields.insert(K("name"), name);
        n.fields.insert(K("is_person"), 1);
        n.fields.insert(K("legal_basis"), K("public_role"));
        n.fields.insert(K("role"), role);
        n.fields.insert(K("commune"), town);
        n.fields.insert(K("__suffix"), town);
        if (since.isValid())
            n.fields.insert(K("since"), since.toString(Qt::ISODate));
        QString organisation = townHall;
        if (kind == Community) {
            const QString epciName = value(f, epci).simplified();
            if (!epciName.isEmpty()) {
                const QString sirenValue = value(f, siren);
                const QString epciKey =
                    K("epci:") + (sirenValue.isEmpty() ? text::fold(epciName) : sirenValue);
                addOrganisation(epciKey, epciName, QString(), K("institution"));
                addLink(n.key, epciKey);
                organisation = epciName;
            }
        }
        n.fields.insert(K("organisation"), organisation);
        addLink(n.key, townHallKey);
        keep(std::move(n));
    }
    return error->isEmpty();
}

} // namespace maillage::io::registerparts
