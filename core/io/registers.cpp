#include "core/io/registers.h"
#include "core/io/registers_parts.h"

#include "core/geo/geojson.h"
#include "core/geo/projection.h"

#include "core/document/document.h"
#include "core/io/import_model.h"
#include "core/util/text.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <memory>

// The French public registers, read by column name whatever the variant (the
// columns of each variant are listed below). Values that come from the registers (roles, the
// town hall's name, NAF sector labels) are French data, like the registers themselves, and
// are not translated; messages are.

namespace maillage::io {

#define K(s) QStringLiteral(s)

namespace registerparts {

// The Reader's steps shared by the three registers.

void Reader::separateNamesakes()
{
    QHash<QString, QSet<QString>> keysByName;
    for (const NodeRecord &n : m_graph.nodes)
        keysByName[text::fold(n.fields.value(K("name")).toString())].insert(n.key);
    for (NodeRecord &n : m_graph.nodes) {
        const QString suffix = n.fields.take(K("__suffix")).toString();
        const QString name = n.fields.value(K("name")).toString();
        if (keysByName.value(text::fold(name)).size() > 1 && !suffix.isEmpty())
            n.fields.insert(K("name"), QStringLiteral("%1 (%2)").arg(name, suffix));
    }
    // Namesakes left (same name, same commune): number them in reading order.
    keysByName.clear();
    for (const NodeRecord &n : m_graph.nodes)
        keysByName[text::fold(n.fields.value(K("name")).toString())].insert(n.key);
    QHash<QString, int> seen;
    QHash<QString, QString> renamed;
    for (NodeRecord &n : m_graph.nodes) {
        const QString name = n.fields.value(K("name")).toString();
        const QString folded = text::fold(name);
        if (keysByName.value(folded).size() <= 1)
            continue;
        if (const auto it = renamed.constFind(n.key); it != renamed.cend()) {
            n.fields.insert(K("name"), it.value());
            continue;
        }
        const int number = ++seen[folded];
        const QString unique =
            number == 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(number);
        renamed.insert(n.key, unique);
        n.fields.insert(K("name"), unique);
    }
}

void Reader::addOrganisation(const QString &key, const QString &name, const QString &commune,
                         const QString &category)
{
    if (m_organisations.contains(key))
        return;
    m_organisations.insert(key);
    NodeRecord n;
    n.file = m_file;
    n.line = m_line;
    n.key = key;
    n.category = category;
    n.fields.insert(K("name"), name);
    n.fields.insert(K("is_person"), 0);
    if (!commune.isEmpty())
        n.fields.insert(K("commune"), commune);
    m_graph.nodes << std::move(n);
}

void Reader::addLink(const QString &from, const QString &to)
{
    // One person in two files of one import (councillors and mayors): one link.
    if (m_links.contains(from + QLatin1Char('>') + to))
        return;
    m_links.insert(from + QLatin1Char('>') + to);
    EdgeRecord e;
    e.file = m_file;
    e.line = m_line;
    e.source = from;
    e.target = to;
    e.type = K("membership");
    e.directed = true;
    m_graph.edges << std::move(e);
}

QString Reader::communeCode(const QString &departement, const QString &code)
{
    const QString c = code.trimmed();
    if (c.size() <= 3 && !c.isEmpty()) {
        QString d = departement.trimmed();
        if (d.size() == 1)
            d.prepend(QLatin1Char('0'));
        if (d.isEmpty())
            return QString();
        return normalizedCommuneCode(d + c.rightJustified(5 - d.size(), QLatin1Char('0')));
    }
    return normalizedCommuneCode(c);
}

} // namespace registerparts

using namespace detail;
using namespace registerparts;

QString normalizedCommuneCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c.isEmpty() || c.size() > 5)
        return QString();
    for (const QChar ch : c)
        if (!ch.isDigit() && ch != QLatin1Char('A') && ch != QLatin1Char('B'))
            return QString();
    return c.rightJustified(5, QLatin1Char('0'));
}

QChar nafSection(const QString &nafCode)
{
    QString digits;
    for (const QChar c : nafCode) {
        if (c.isDigit())
            digits += c;
        if (digits.size() == 2)
            break;
    }
    if (digits.size() < 2)
        return QChar();
    const int d = digits.toInt();
    struct Range
    {
        int last;
        char section;
    };
    // NAF rev. 2: sections by their last division (gaps are unused divisions).
    static const Range ranges[] = {{3, 'A'},  {9, 'B'},  {33, 'C'}, {35, 'D'}, {39, 'E'},
                                   {43, 'F'}, {47, 'G'}, {53, 'H'}, {56, 'I'}, {63, 'J'},
                                   {66, 'K'}, {68, 'L'}, {75, 'M'}, {82, 'N'}, {84, 'O'},
                                   {85, 'P'}, {88, 'Q'}, {93, 'R'}, {96, 'S'}, {98, 'T'},
                                   {99, 'U'}};
    static const QSet<int> unused{4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89};
    if (d < 1 || unused.contains(d))
        return QChar();
    for (const Range &r : ranges)
        if (d <= r.last)
            return QLatin1Char(r.section);
    return QChar();
}

QString nafSectionLabel(QChar section)
{
    static const QHash<QChar, QString> labels{
        {QLatin1Char('A'), K("Agriculture, sylviculture et pêche")},
        {QLatin1Char('B'), K("Industries extractives")},
        {QLatin1Char('C'), K("Industrie manufacturière")},
        {QLatin1Char('D'),
         K("Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné")},
        {QLatin1Char('E'), K("Production et distribution d'eau ; assainissement, gestion des "
                             "déchets et dépollution")},
        {QLatin1Char('F'), K("Construction")},
        {QLatin1Char('G'), K("Commerce ; réparation d'automobiles et de motocycles")},
        {QLatin1Char('H'), K("Transports et entreposage")},
        {QLatin1Char('I'), K("Hébergement et restauration")},
        {QLatin1Char('J'), K("Information et communication")},
        {QLatin1Char('K'), K("Activités financières et d'assurance")},
        {QLatin1Char('L'), K("Activités immobilières")},
        {QLatin1Char('M'), K("Activités spécialisées, scientifiques et techniques")},
        {QLatin1Char('N'), K("Activités de services administratifs et de soutien")},
        {QLatin1Char('O'), K("Administration publique")},
        {QLatin1Char('P'), K("Enseignement")},
        {QLatin1Char('Q'), K("Santé humaine et action sociale")},
        {QLatin1Char('R'), K("Arts, spectacles et activités récréatives")},
        {QLatin1Char('S'), K("Autres activités de services")},
        {QLatin1Char('T'), K("Activités des ménages en tant qu'employeurs ; activités "
                             "indifférenciées des ménages en tant que producteurs de biens et "
                             "services pour usage propre")},
        {QLatin1Char('U'), K("Activités extra-territoriales")},
    };
    return labels.value(section);
}

QString townHallName(const QString &commune)
{
    const QString c = commune.simplified();
    const QString folded = text::fold(c);
    if (folded.startsWith(QLatin1String("les ")))
        return K("Mairie des ") + c.mid(4);
    if (folded.startsWith(QLatin1String("le ")))
        return K("Mairie du ") + c.mid(3);
    if (!folded.isEmpty() && QStringLiteral("aeiouy").contains(folded.at(0)))
        return K("Mairie d'") + c;
    return K("Mairie de ") + c;
}

QString registerFormatName(RegisterFormat format)
{
    switch (format) {
    case RegisterFormat::Rne:
        return K("rne");
    case RegisterFormat::Sirene:
        return K("sirene");
    case RegisterFormat::Rna:
        return K("rna");
    }
    return QString();
}

std::optional<RegisterFormat> registerFormatFromName(const QString &name)
{
    for (RegisterFormat f : {RegisterFormat::Rne, RegisterFormat::Sirene, RegisterFormat::Rna})
        if (registerFormatName(f) == name.trimmed().toLower())
            return f;
    return std::nullopt;
}

std::optional<RegisterFormat> detectRegisterFormat(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray head = f.read(1 << 16);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    if (head.startsWith("Titre du rapport"))  // the RNE's 2018–2020 reports
        head = head.mid(head.indexOf('\n') + 1);
    const qsizetype nl = head.indexOf('\n');
    QByteArray line = nl < 0 ? head : head.left(nl);
    if (!isValidUtf8(line.constData(), line.size()))
        line = fromWindows1252(line.constData(), line.size()).toUtf8();
    const QString header = columnKey(QString::fromUtf8(line));
    if (header.contains(QLatin1String("siret")) &&
        header.contains(QLatin1String("etatadministratifetablissement")))
        return RegisterFormat::Sirene;
    if (header.contains(QLatin1String("adrs_codeinsee")) ||
        (header.contains(QLatin1String("titre")) && header.contains(QLatin1String("objet"))))
        return RegisterFormat::Rna;
    for (const char *rne : {"nom de l'élu", "nom_elu", "code de la commune", "libellé de l'epci",
                            "nom de l'elu"})
        if (header.contains(QString::fromUtf8(rne)))
            return RegisterFormat::Rne;
    return std::nullopt;
}

bool readRegisterFiles(const QStringList &paths, const RegisterOptions &options,
                       ImportSources *sources, RegisterStats *stats, QString *error)
{
    RegisterStats localStats;
    RegisterStats &st = stats ? *stats : localStats;
    st = RegisterStats();
    *sources = ImportSources();
    sources->graph = std::make_shared<SourceGraph>();
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        *sources = ImportSources();
        return false;
    };
    if (paths.isEmpty())
        return failed(Tr::tr("No file to import."));
    if (options.format != RegisterFormat::Rne && options.communes.isEmpty())
        return failed(Tr::tr("SIRENE and RNA files are national: choose at least one commune."));
    for (const QString &c : options.communes)
        if (normalizedCommuneCode(c).isEmpty())
            return failed(Tr::tr("“%1” is not an INSEE commune code (5 characters, e.g. 88304)")
                              .arg(c));
    Reader reader(options, *sources->graph, st);
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            return failed(CsvReader::located(path, 0, Tr::tr("does not exist")));
        QString variant, why;
        if (!reader.read(path, &variant, &why))
            return failed(why);
        sources->files << path;
        sources->formats << variant;
        st.variants << variant;
    }
    reader.separateNamesakes();
    return true;
}

bool applyRegisterImport(Document &doc, const ImportSources &sources,
                         const RegisterOptions &options, ImportReport *report, QString *error)
{
    if (!sources.graph) {
        if (error)
            *error = Tr::tr("No file to import.");
        return false;
    }
    auto graph = std::make_shared<SourceGraph>(*sources.graph);
    // The default categories and link type by code; a territory that renamed or deleted them
    // gets them back under their default (translated) name.
    QSet<QString> categoryCodes, typeCodes, names;
    for (const Category &c : doc.categories())
        categoryCodes.insert(c.code);
    for (const LinkType &t : doc.linkTypes())
        typeCodes.insert(t.code);
    for (const Actor &a : doc.actors())
        names.insert(text::fold(a.name));
    static const QHash<QString, const char *> defaultNames{
        {K("elected"), "Elected official"}, {K("institution"), "Institution"},
        {K("company"), "Company"},          {K("association"), "Association"},
        {K("membership"), "Membership"}};
    auto named = [&](const QString &code) {
        return QCoreApplication::translate("maillage::defaults", defaultNames.value(code));
    };
    for (NodeRecord &n : graph->nodes) {
        const bool organisation =
            n.key.startsWith(QLatin1String("mairie:")) || n.key.startsWith(QLatin1String("epci:"));
        // A town hall or EPCI already in the territory is linked to, never changed.
        if (organisation && names.contains(text::fold(n.fields.value(K("name")).toString()))) {
            n.fields = {{K("name"), n.fields.value(K("name"))}};
            n.category.clear();
            continue;
        }
        if (!n.category.isEmpty() && !categoryCodes.contains(n.category))
            n.category = named(n.category);
    }
    for (EdgeRecord &e : graph->edges)
        if (!typeCodes.contains(e.type))
            e.type = named(e.type);
    ImportSources adjusted = sources;
    adjusted.graph = graph;
    ImportOptions io;
    io.onDuplicate = options.onDuplicate;
    io.writing = options.writing;
    return applyImport(doc, adjusted, io, report, error);
}

bool importRegisterFiles(Document &doc, const QStringList &paths, const RegisterOptions &options,
                         ImportReport *report, RegisterStats *stats, QString *error)
{
    if (report)
        *report = ImportReport();
    ImportSources sources;
    return readRegisterFiles(paths, options, &sources, stats, error) &&
           applyRegisterImport(doc, sources, options, report, error);
}

} // namespace maillage::io
