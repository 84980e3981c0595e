// statistics, portrait: public statistics about the territory and its portrait.
#include "cli.h"

#include "core/statistics/cog.h"
#include "core/statistics/equipment.h"
#include "core/statistics/import.h"
#include "core/statistics/portrait.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

int runStatistics(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(
        QStringLiteral("format"),
        Tr::tr("The files' layout: %1 (default: found from each file's header).")
            .arg(statistics::formatCodes().join(QStringLiteral(", "))),
        Tr::tr("FORMAT"));
    const QCommandLineOption epci(QStringLiteral("epci"),
                                  Tr::tr("SIREN code of the territory's EPCI (else learned from a "
                                         "BPE file)."),
                                  Tr::tr("CODE"));
    const QCommandLineOption geography(QStringLiteral("geography-year"),
                                       Tr::tr("Year of the geography the files use, when their "
                                              "names and headers do not say."),
                                       Tr::tr("YEAR"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   Tr::tr(".xlsx: the sheet to read (default: the latest year's)."),
                                   Tr::tr("NAME"));
    const QCommandLineOption headerRow(QStringLiteral("header-row"),
                                       Tr::tr(".xlsx: the header's row number (default: found)."),
                                       Tr::tr("N"));
    const QCommandLineOption cog(QStringLiteral("cog"),
                                 Tr::tr("INSEE's COG movements of communes "
                                        "(v_mvt_commune_AAAA.csv): convert the codes of "
                                        "communes merged since a file's geography."),
                                 Tr::tr("FILE"));
    QStringList named;
    for (const QString &t : statistics::namedEquipmentTypes())
        named << QStringLiteral("%1 %2").arg(t, statistics::equipmentName(t));
    const QCommandLineOption equipment(
        QStringLiteral("add-equipment"),
        Tr::tr("Instead of importing counts, add the equipment of these BPE types (TYPEQU, "
               "comma-separated) in the territory's communes as actors, with their address "
               "and place: %1.")
            .arg(named.join(QStringLiteral(", "))),
        Tr::tr("TYPES"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    p.addOptions({format, epci, geography, sheet, headerRow, cog, equipment, json});
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    p.addPositionalArgument(QStringLiteral("INPUT"), Tr::tr("Statistics files (.csv, .xlsx)."));
    int status = Ok;
    if (!parse(p, QStringLiteral("statistics"), args, 2, &status))
        return status;
    statistics::ReadOptions options;
    if (p.isSet(format)) {
        options.format = statistics::formatFromCode(p.value(format));
        if (!options.format) {
            err() << "maillage-cli statistics: "
                  << Tr::tr("unknown format “%1” (use %2)")
                         .arg(p.value(format),
                              statistics::formatCodes().join(QStringLiteral(", ")))
                  << Qt::endl;
            return Usage;
        }
    }
    bool ok = true;
    if (p.isSet(geography))
        options.geographyYear = p.value(geography).toInt(&ok);
    if (ok && p.isSet(headerRow))
        options.headerRow = p.value(headerRow).toInt(&ok);
    if (!ok || options.geographyYear < 0 || options.headerRow < 0) {
        err() << "maillage-cli statistics: " << Tr::tr("a year and a row are whole numbers")
              << Qt::endl;
        return Usage;
    }
    options.sheet = p.value(sheet);
    if (p.isSet(cog)) {
        auto history = std::make_shared<statistics::CommuneHistory>();
        QString error;
        if (!history->load(p.value(cog), &error))
            return fail(error);
        options.history = history;
    }
    QStringList inputs = p.positionalArguments();
    const QString path = inputs.takeFirst();
    Document doc;
    if (!openDocument(doc, path, true))
        return Failed;
    if (p.isSet(equipment)) {
        const QStringList types = p.value(equipment).split(QLatin1Char(','), Qt::SkipEmptyParts);
        statistics::EquipmentReport total;
        for (const QString &input : std::as_const(inputs)) {
            statistics::EquipmentReport r;
            QString error;
            if (!statistics::addEquipment(doc, input, types, &r, &error))
                return fail(error);
            total.rows += r.rows;
            total.added += r.added;
            total.updated += r.updated;
            total.unchanged += r.unchanged;
        }
        if (p.isSet(json)) {
            printJson({{QStringLiteral("rows"), double(total.rows)},
                       {QStringLiteral("added"), total.added},
                       {QStringLiteral("updated"), total.updated},
                       {QStringLiteral("unchanged"), total.unchanged}});
            return Ok;
        }
        out() << Tr::tr("Added %Ln equipment(s) as actors (%1 updated, %2 already there).",
                        nullptr, total.added)
                     .arg(total.updated)
                     .arg(total.unchanged)
              << Qt::endl;
        return Ok;
    }
    statistics::ImportReport report;
    QString error;
    if (!statistics::importFiles(doc, inputs, options, p.value(epci), &report, &error))
        return fail(error);
    if (p.isSet(json)) {
        QJsonObject levels;
        for (auto it = report.perLevel.cbegin(); it != report.perLevel.cend(); ++it)
            levels.insert(it.key(), it.value());
        printJson({{QStringLiteral("files"), report.files},
                   {QStringLiteral("rows"), double(report.rows)},
                   {QStringLiteral("inserted"), report.inserted},
                   {QStringLiteral("updated"), report.updated},
                   {QStringLiteral("secret"), report.secret},
                   {QStringLiteral("levels"), levels},
                   {QStringLiteral("epci"), report.epci},
                   {QStringLiteral("not_aggregable"), report.notAggregable}});
        return Ok;
    }
    QStringList levels;
    for (auto it = report.perLevel.cbegin(); it != report.perLevel.cend(); ++it)
        levels << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    out() << Tr::tr("Imported %Ln statistics from %1 (%2 new, %3 replaced, %4 secret): %5.", nullptr,
                    report.inserted + report.updated)
                 .arg(Tr::tr("%Ln files", nullptr, report.files))
                 .arg(report.inserted)
                 .arg(report.updated)
                 .arg(report.secret)
                 .arg(levels.join(QStringLiteral(", ")))
          << Qt::endl;
    if (report.notAggregable > 0)
        out() << Tr::tr("%Ln medians or rates of communes merged since their file's geography "
                        "are left without a value: they cannot be combined.",
                        nullptr, report.notAggregable)
              << Qt::endl;
    if (report.epci.isEmpty())
        out() << Tr::tr("The territory's EPCI is not known: its comparisons are missing. Import "
                        "a BPE file, or give --epci CODE.")
              << Qt::endl;
    return Ok;
}

QString shown(const statistics::Figure &f)
{
    if (f.secret)
        return Tr::tr("secret");
    if (!f.value)
        return QStringLiteral("–");
    QString number = QLocale().toString(*f.value, 'f', std::abs(*f.value) >= 100 ? 0 : 1);
    return f.unit.isEmpty() ? number : number + QLatin1Char(' ') + f.unit;
}

int runPortrait(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption level(QStringLiteral("level"),
                                   Tr::tr("The territory's areas: commune (default), iris, qpv "
                                          "or epci."),
                                   Tr::tr("LEVEL"), QStringLiteral("commune"));
    p.addOptions({json, level});
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    if (!parse(p, QStringLiteral("portrait"), args, 1, &status))
        return status;
    Document doc;
    if (!openDocument(doc, p.positionalArguments().first(), false))
        return Failed;
    QString error;
    const auto portrait =
        statistics::makePortrait(doc.store(), doc.territory(), p.value(level), &error);
    if (!portrait)
        return fail(error);
    if (p.isSet(json)) {
        printJson(statistics::portraitJson(*portrait));
        return Ok;
    }
    out() << Tr::tr("%1 (%2: %3)")
                 .arg(portrait->name, portrait->level, portrait->codes.join(QStringLiteral(", ")))
          << Qt::endl;
    out() << Tr::tr("Compared with: EPCI %1, département %2, France")
                 .arg(portrait->epci.isEmpty() ? QStringLiteral("–") : portrait->epci,
                      portrait->departement)
          << Qt::endl;
    for (const statistics::PortraitIndicator &i : portrait->indicators) {
        out() << "  " << i.label << ": " << shown(i.own) << "  |  "
              << Tr::tr("EPCI %1, département %2, France %3")
                     .arg(shown(i.epci), shown(i.departement), shown(i.france))
              << Qt::endl;
        if (!i.own.sources.isEmpty())
            out() << "    " << Tr::tr("Source: %1, %2")
                                   .arg(i.own.sources.join(QStringLiteral("; ")))
                                   .arg(i.own.vintage)
                  << Qt::endl;
        else if (!i.own.reason.isEmpty())
            out() << "    " << i.own.reason << Qt::endl;
    }
    return Ok;
}

const Registration statisticsReg([] {
    return Command{QStringLiteral("statistics"),
                   QStringLiteral("statistics FILE INPUT... [--format FORMAT] [--epci CODE] "
                                  "[--geography-year YEAR] [--sheet NAME] [--header-row N] "
                                  "[--cog FILE] [--add-equipment TYPES] [--json]"),
                   Tr::tr("Import public statistics (INSEE, DREES, SDES files) about the "
                          "territory, in one step."),
                   runStatistics};
});

const Registration portraitReg([] {
    return Command{QStringLiteral("portrait"),
                   QStringLiteral("portrait FILE [--json] [--level commune|iris|qpv|epci]"),
                   Tr::tr("Show the territory's statistical portrait beside its EPCI, "
                          "département and France."),
                   runPortrait};
});

} // namespace
} // namespace maillage::cli
