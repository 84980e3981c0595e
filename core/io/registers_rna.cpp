// The register import: reading the Répertoire national des associations (RNA): associations.

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

bool Reader::readRna(const QString &path, QString *variant, QString *error)
{
    Sheet s;
    if (!s.open(path, false, m_options, error))
        return false;
    m_file = path;
    const int id = s.column({"id"});
    const int title = s.column({"titre"});
    const int commune = s.column({"adrs_codeinsee"});
    if (title < 0 && commune < 0)
        return (*error = notRegister(s, Tr::tr("an RNA associations file (id, titre, objet, "
                                              "adrs_codeinsee, position…)"))),
               false;
    const int position = s.column({"position"});
    if (!require(s,
                 {{id, "id"}, {title, "titre"}, {commune, "adrs_codeinsee"},
                  {position, "position"}},
                 error))
        return false;
    const int shortTitle = s.column({"titre_court"});
    const int purpose = s.column({"objet"});
    const int siret = s.column({"siret"});
    const int dissolved = s.column({"date_disso"});
    const int created = s.column({"date_creat"});
    const int website = s.column({"siteweb"});
    const int complement = s.column({"adrs_complement"});
    const int number = s.column({"adrs_numvoie"});
    const int repeat = s.column({"adrs_repetition"});
    const int type = s.column({"adrs_typevoie"});
    const int street = s.column({"adrs_libvoie"});
    const int distribution = s.column({"adrs_distrib"});
    const int postcode = s.column({"adrs_codepostal"});
    const int town = s.column({"adrs_libcommune"});
    *variant = Tr::tr("RNA associations");

    QStringList f;
    while (s.next(f, error)) {
        ++m_stats.rows;
        m_line = s.line();
        const QString code = normalizedCommuneCode(f.at(commune));
        if (!wanted(code))
            continue;
        QDate gone, since;
        if (!parseDate(value(f, dissolved), &gone))
            return badDate(s, s.header().at(dissolved), value(f, dissolved), error);
        if (value(f, position) != QLatin1String("A") || gone.isValid()) {
            ++m_stats.inactive;
            continue;
        }
        if (!parseDate(value(f, created), &since))
            return badDate(s, s.header().at(created), value(f, created), error);
        const QString rna = value(f, id);
        if (rna.isEmpty()) {
            *error = s.located(Tr::tr("the “id” column (RNA number) is empty"));
            return false;
        }
        QString name = value(f, title).simplified();
        if (name.isEmpty())
            name = value(f, shortTitle).simplified();
        if (name.isEmpty())
            name = QStringLiteral("Association %1").arg(rna);
        NodeRecord n;
        n.file = path;
        n.line = m_line;
        n.key = K("rna:") + rna;
        n.category = K("association");
        n.fields.insert(K("name"), name);
        n.fields.insert(K("is_person"), 0);
        n.fields.insert(K("__suffix"), rna);
        const QString objet = value(f, purpose);
        if (!objet.isEmpty())
            n.fields.insert(K("description"), objet);
        const QString communeName = titleCase(value(f, town));
        if (!communeName.isEmpty())
            n.fields.insert(K("commune"), communeName);
        const QString where =
            address(value(f, complement), value(f, number), value(f, repeat), value(f, type),
                    value(f, street), value(f, distribution), value(f, postcode),
                    value(f, town));
        if (!where.isEmpty())
            n.fields.insert(K("address"), where);
        const QString site = value(f, website);
        if (!site.isEmpty())
            n.fields.insert(K("website"), site);
        if (since.isValid())
            n.fields.insert(K("since"), since.toString(Qt::ISODate));
        n.extras << Tr::tr("RNA: %1").arg(rna);
        if (!value(f, siret).isEmpty())
            n.extras << Tr::tr("SIRET: %1").arg(value(f, siret));
        keep(std::move(n));
    }
    return error->isEmpty();
}

} // namespace maillage::io::registerparts
