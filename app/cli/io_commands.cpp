// import, export: exchange with spreadsheets, Kumu, Gephi, GraphML, GEXF and JSON.
#include "cli.h"
#include "html_export.h"

#include "core/geo/geojson.h"
#include "core/io/export.h"
#include "core/io/import.h"
#include "core/io/cog.h"
#include "core/io/registers.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

/// A progress line on stderr while an import is read or written ("Writing… 42%"), only when
/// stderr is a terminal, like the register reading's; cleared by clearLine().
struct TerminalProgress
{
    const bool terminal = isatty(fileno(stderr));
    int shown = -1;
    io::ImportProgress writing() { return line(false); }
    io::ImportProgress reading() { return line(true); }
    io::ImportProgress line(bool reading)
    {
        if (!terminal)
            return {};
        return [this, reading](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent != shown) {
                shown = percent;
                err() << "\r"
                      << (reading ? Tr::tr("Reading… %1%") : Tr::tr("Writing… %1%")).arg(percent)
                      << Qt::flush;
            }
            return true;
        };
    }
    void clearLine()
    {
        if (terminal && shown >= 0)
            err() << "\r" << QString(30, QLatin1Char(' ')) << "\r" << Qt::flush;
        shown = -1;
    }
};

/// `import --format rne|sirene|rna`: French public registers, filtered by commune.
int runRegisterImport(io::RegisterFormat format, const QString &file, const QStringList &inputs,
                      const QStringList &communes, io::DuplicatePolicy policy, bool json)
{
    if (format != io::RegisterFormat::Rne && communes.isEmpty()) {
        err() << "maillage-cli import: "
              << Tr::tr("--format %1 needs at least one --commune CODE (the INSEE code, e.g. "
                        "88304): the register is national")
                     .arg(io::registerFormatName(format))
              << Qt::endl;
        return Usage;
    }
    for (const QString &c : communes) {
        if (io::normalizedCommuneCode(c).isEmpty()) {
            err() << "maillage-cli import: "
                  << Tr::tr("“%1” is not an INSEE commune code (5 characters, e.g. 88304)")
                         .arg(c)
                  << Qt::endl;
            return Usage;
        }
    }
    io::RegisterOptions options;
    options.format = format;
    options.communes = communes;
    options.onDuplicate = policy;
    // A progress line on a terminal, for national files of several gigabytes.
    const bool terminal = isatty(fileno(stderr));
    int shown = -1;
    if (terminal) {
        options.progress = [&shown](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent == shown)
                return;
            shown = percent;
            err() << "\r" << Tr::tr("Reading… %1%").arg(percent) << Qt::flush;
        };
    }
    io::ImportSources sources;
    io::RegisterStats stats;
    QString error;
    const bool read = io::readRegisterFiles(inputs, options, &sources, &stats, &error);
    if (terminal && shown >= 0)
        err() << "\r" << QString(30, QLatin1Char(' ')) << "\r" << Qt::flush;
    if (!read)
        return fail(error);
    Document doc;
    if (!openDocument(doc, file, true))
        return Failed;
    io::ImportReport report;
    TerminalProgress writing;
    options.writing = writing.writing();
    const bool written = io::applyRegisterImport(doc, sources, options, &report, &error);
    writing.clearLine();
    if (!written)
        return fail(error);
    if (json) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("rows_read"), stats.rows);
        o.insert(QStringLiteral("rows_kept"), stats.kept);
        o.insert(QStringLiteral("rows_other_communes"), stats.otherCommunes);
        o.insert(QStringLiteral("rows_inactive"), stats.inactive);
        printJson(o);
    } else {
        out() << report.summary() << Qt::endl;
        out() << Tr::tr("Register rows: %1 read, %2 kept, %3 of other communes, %4 closed or "
                        "dissolved")
                     .arg(stats.rows)
                     .arg(stats.kept)
                     .arg(stats.otherCommunes)
                     .arg(stats.inactive)
              << Qt::endl;
    }
    return Ok;
}

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(
        QStringLiteral("format"),
        Tr::tr("auto (default: from each file's content and columns), maillage, kumu, gephi, "
               "graphml, gexf, cytoscape (Cytoscape JSON, .cyjs), geojson (points are actors, "
               "lines with source and target links) or json; or a French public "
               "register: rne (elected officials), "
               "sirene (establishments) or rna (associations)."),
        Tr::tr("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption duplicate(
        QStringLiteral("on-duplicate"),
        Tr::tr("What to do with an actor whose name (ignoring case and accents) is already in "
               "the territory: merge (default: imported values fill and overwrite its fields, "
               "tags are added), skip (leave it as it is) or keep (create a second one)."),
        Tr::tr("POLICY"), QStringLiteral("merge"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the report as JSON."));
    const QCommandLineOption commune(
        QStringLiteral("commune"),
        Tr::tr("For rne, sirene and rna: keep the rows of this commune (INSEE code, e.g. 88304; "
               "repeat for several). Required for sirene and rna; rne takes every commune "
               "without it."),
        Tr::tr("CODE"));
    p.addOption(commune);
    const QCommandLineOption communeName(
        QStringLiteral("commune-name"),
        Tr::tr("Like --commune, by the commune's name (case and accents ignored, e.g. "
               "epinal), looked up in the INSEE communes file given with --cog."),
        Tr::tr("NAME"));
    const QCommandLineOption cog(
        QStringLiteral("cog"),
        Tr::tr("INSEE's communes file (Code officiel géographique, v_commune_20xx.csv) for "
               "--commune-name."),
        Tr::tr("COGFILE"));
    p.addOption(communeName);
    p.addOption(cog);
    const QCommandLineOption fieldType(
        QStringLiteral("field-type"),
        Tr::tr("The type of a field the import makes from a column, instead of the type its "
               "values show: text, number, integer, date, yesno, choice or url (repeat for "
               "several). Every value of the column must be of that type."),
        Tr::tr("NAME=TYPE"));
    p.addOption(fieldType);
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   Tr::tr(".xlsx workbooks: the sheet to read (default: the "
                                          "first)."),
                                   Tr::tr("NAME"));
    const QCommandLineOption headerRow(
        QStringLiteral("header-row"),
        Tr::tr(".xlsx workbooks: the row number of the column names (default: the first row "
               "of at least three text cells)."),
        Tr::tr("N"));
    p.addOption(sheet);
    p.addOption(headerRow);
    p.addOption(format);
    p.addOption(duplicate);
    p.addOption(json);
    p.addPositionalArgument(
        QStringLiteral("FILE"),
        Tr::tr("The .maillage file to import into (for a JSON territory: the new file to "
               "create)."));
    p.addPositionalArgument(
        QStringLiteral("INPUT"),
        Tr::tr("Files to import together as one undoable step, e.g. Kumu elements and "
               "connections, or Gephi nodes and edges. Unknown columns (GraphML keys, GEXF "
               "attributes) are kept as the territory's own fields, typed."),
        QStringLiteral("INPUT..."));
    int status = Ok;
    if (!parse(p, QStringLiteral("import"), args, 2, &status))
        return status;
    const auto registerFormat = io::registerFormatFromName(p.value(format));
    if (!registerFormat && p.isSet(commune)) {
        err() << "maillage-cli import: "
              << Tr::tr("--commune only applies to --format rne, sirene or rna") << Qt::endl;
        return Usage;
    }
    const auto f = registerFormat ? std::optional<io::ImportFormat>(io::ImportFormat::Auto)
                                  : io::importFormatFromName(p.value(format));
    if (!f) {
        err() << "maillage-cli import: " << Tr::tr("unknown format “%1”").arg(p.value(format))
              << Qt::endl;
        return Usage;
    }
    const auto policy = io::duplicatePolicyFromName(p.value(duplicate));
    if (!policy) {
        err() << "maillage-cli import: "
              << Tr::tr("--on-duplicate takes merge, skip or keep, not “%1”")
                     .arg(p.value(duplicate))
              << Qt::endl;
        return Usage;
    }
    QHash<QString, FieldType> fieldTypes;
    for (const QString &v : p.values(fieldType)) {
        const qsizetype eq = v.lastIndexOf(QLatin1Char('='));
        const auto type = eq > 0 ? fields::typeFromCode(v.mid(eq + 1).trimmed().toLower())
                                 : std::nullopt;
        if (!type || v.left(eq).trimmed().isEmpty()) {
            err() << "maillage-cli import: "
                  << Tr::tr("--field-type takes NAME=TYPE, TYPE being text, number, integer, "
                            "date, yesno, choice or url, not “%1”")
                         .arg(v)
                  << Qt::endl;
            return Usage;
        }
        fieldTypes.insert(v.left(eq).trimmed(), *type);
    }
    const QStringList positional = p.positionalArguments();
    const QString file = positional.first();
    const QStringList inputs = positional.mid(1);
    QStringList communes = p.values(commune);
    if (p.isSet(communeName)) {
        if (!registerFormat || !p.isSet(cog)) {
            err() << "maillage-cli import: "
                  << Tr::tr("--commune-name needs --format rne, sirene or rna and --cog COGFILE")
                  << Qt::endl;
            return Usage;
        }
        QList<io::CogCommune> all;
        QString error;
        if (!io::readCogCommunes(p.value(cog), &all, &error))
            return fail(error);
        for (const QString &name : p.values(communeName)) {
            QList<io::CogCommune> exact;
            for (const io::CogCommune &c : io::findCommunes(all, name, 1000))
                if (c.folded == text::fold(name.trimmed()))
                    exact << c;
            if (exact.isEmpty())
                return fail(Tr::tr("no commune is named “%1” in %2").arg(name, p.value(cog)));
            if (exact.size() > 1) {
                QStringList which;
                for (const io::CogCommune &c : exact)
                    which << c.label() + QLatin1Char(' ') + c.code;
                return fail(Tr::tr("several communes are named “%1” (%2): use --commune CODE")
                                .arg(name, which.join(QLatin1String(", "))));
            }
            communes << exact.first().code;
        }
    }
    if (registerFormat)
        return runRegisterImport(*registerFormat, file, inputs, communes, *policy,
                                 p.isSet(json));
    // A .json file alone is Maillage's whole territory unless it holds Cytoscape's elements.
    const bool jsonTerritory =
        *f == io::ImportFormat::Json ||
        (*f == io::ImportFormat::Auto && inputs.size() == 1 &&
         QFileInfo(inputs.first()).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) ==
             0 &&
         io::detectImportFormat(inputs.first()) == io::ImportFormat::Json);
    if (jsonTerritory) {
        if (inputs.size() != 1)
            return fail(Tr::tr("a JSON territory is imported alone, into a new file"));
        QString error;
        if (!io::createFromJson(file, inputs.first(), &error))
            return fail(error);
        out() << Tr::tr("Created “%1” from “%2”.").arg(file, inputs.first()) << Qt::endl;
        return Ok;
    }
    io::ImportOptions options;
    options.format = *f;
    options.onDuplicate = *policy;
    options.fieldTypes = fieldTypes;
    options.sheet = p.value(sheet);
    if (p.isSet(headerRow)) {
        bool ok = false;
        options.headerRow = p.value(headerRow).toInt(&ok);
        if (!ok || options.headerRow < 1) {
            err() << "maillage-cli import: "
                  << Tr::tr("--header-row takes a row number (1, 2…), not “%1”")
                         .arg(p.value(headerRow))
                  << Qt::endl;
            return Usage;
        }
    }
    // Read and check every input before the territory is even opened for writing, so a bad
    // input leaves the file byte for byte as it was.
    io::ImportSources sources;
    QString error;
    TerminalProgress reading;
    options.progress = reading.reading();
    const bool read = io::readImportFiles(inputs, options, &sources, &error);
    reading.clearLine();
    if (!read)
        return fail(error);
    Document doc;
    if (!openDocument(doc, file, true))
        return Failed;
    io::ImportReport report;
    TerminalProgress writing;
    options.writing = writing.writing();
    const bool written = io::applyImport(doc, sources, options, &report, &error);
    writing.clearLine();
    if (!written)
        return fail(error);
    if (p.isSet(json))
        printJson(report.toJson());
    else
        out() << report.summary() << Qt::endl;
    return Ok;
}

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("export"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        Tr::tr("csv, graphml, gexf (GEXF 1.3), gexf12 (GEXF 1.2), json (the whole territory), "
               "geojson (actors as points, links as lines, for QGIS), "
               "kumu (Kumu's JSON blueprint), kumu-csv (Kumu's spreadsheets) or html (one "
               "interactive web page). Default: from "
               "OUT's extension. csv writes the actors to OUT and the links to OUT-links.csv "
               "beside it (“net.csv” → “net-links.csv”); kumu-csv writes OUT-elements.csv and "
               "OUT-connections.csv (“net.csv” → “net-elements.csv”)."),
        Tr::tr("FORMAT"));
    const QCommandLineOption anonymize(
        QStringLiteral("anonymize"),
        Tr::tr("Replace every person by a stable pseudonym (“Resident 3”, “Elected official "
               "1”), blank their contact details and their names in free text; organisations "
               "keep their names."));
    const QCommandLineOption allDirected(
        QStringLiteral("all-directed"),
        Tr::tr("GraphML and GEXF: write every link as directed, for tools that cannot read a "
               "graph mixing directed and undirected links (NetworkX among them)."));
    const QCommandLineOption communes(
        QStringLiteral("communes"),
        Tr::tr("GeoJSON with --anonymize: commune outlines (GeoJSON with INSEE codes) whose "
               "centres place the persons; without it, persons not already at their "
               "commune's centre are written without a place."),
        Tr::tr("COMMUNES.geojson"));
    p.addOption(format);
    p.addOption(anonymize);
    p.addOption(allDirected);
    p.addOption(communes);
    const HtmlExportOptions html = addHtmlExportOptions(p);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    p.addPositionalArgument(QStringLiteral("OUT"), Tr::tr("The file to write."));
    int status = Ok;
    if (!parse(p, QStringLiteral("export"), args, 2, &status))
        return status;
    const QString file = p.positionalArguments().at(0);
    const QString outPath = p.positionalArguments().at(1);
    if (wantsHtmlExport(p, format, outPath))
        return runHtmlExport(p, html, file, outPath, p.isSet(anonymize));
    if (const int s = checkNoHtmlOptions(p, html); s != Ok)
        return s;
    const auto f = p.isSet(format) ? io::exportFormatFromName(p.value(format))
                                   : io::exportFormatFromPath(outPath);
    if (!f) {
        err() << "maillage-cli export: "
              << (p.isSet(format)
                      ? Tr::tr("unknown format “%1”").arg(p.value(format))
                      : Tr::tr("cannot tell the format from “%1”; use --format").arg(outPath))
              << Qt::endl;
        return Usage;
    }
    Document doc;
    if (!openDocument(doc, file, false))
        return Failed;
    io::ExportOptions options;
    options.anonymize = p.isSet(anonymize);
    options.allDirected = p.isSet(allDirected);
    QString error;
    geo::CommuneCentres centres;
    if (p.isSet(communes)) {
        if (!centres.load(p.value(communes), &error))
            return fail(error);
        options.communes = &centres;
    }
    if (!io::exportTerritory(doc.store(), outPath, *f, options, &error))
        return fail(error);
    const bool graph = *f == io::ExportFormat::GraphML || *f == io::ExportFormat::Gexf12 ||
                       *f == io::ExportFormat::Gexf13;
    if (graph && !options.allDirected) {
        if (const io::LinkDirections d = io::linkDirections(doc.store()); d.mixed())
            err() << Tr::tr("Warning: %1 (maillage-cli export … --all-directed)")
                         .arg(io::mixedDirectionsNote(d))
                  << Qt::endl;
    }
    if (*f == io::ExportFormat::Csv)
        out() << Tr::tr("Wrote “%1” and “%2”.").arg(outPath, io::csvLinksPath(outPath))
              << Qt::endl;
    else if (*f == io::ExportFormat::KumuCsv)
        out() << Tr::tr("Wrote “%1” and “%2”.")
                     .arg(io::kumuCsvPaths(outPath).elements, io::kumuCsvPaths(outPath).connections)
              << Qt::endl;
    else
        out() << Tr::tr("Wrote “%1”.").arg(outPath) << Qt::endl;
    return Ok;
}

const Registration regImport([] {
    return Command{QStringLiteral("import"),
                   QStringLiteral("import FILE INPUT... [--format auto|maillage|kumu|gephi|"
                                  "graphml|gexf|cytoscape|geojson|json|rne|sirene|rna] [--commune CODE]... "
                                  "[--field-type NAME=TYPE]... [--on-duplicate merge|skip|keep] "
                                  "[--sheet NAME] [--header-row N] [--json]"),
                   Tr::tr("Import spreadsheets (Maillage, Kumu, Gephi), GraphML, GEXF, Cytoscape "
                          "JSON, GeoJSON or French public registers (RNE, SIRENE, RNA) as one undoable "
                          "step."),
                   runImport};
});
const Registration regExport([] {
    return Command{QStringLiteral("export"),
                   QStringLiteral("export FILE OUT [--format csv|graphml|gexf|gexf12|json|kumu|"
                                  "kumu-csv|geojson|html] [--anonymize [--communes FILE]] "
                                  "[--lang fr|en] [--view NAME] [--online-tiles]"),
                   Tr::tr("Export the territory as CSV, GraphML, GEXF, JSON, GeoJSON, for Kumu or "
                          "as a web page."),
                   runExport};
});

} // namespace
} // namespace maillage::cli
