#include "html_export.h"

#include "cli.h"
#include "core/io/htmlexport.h"

#include <QCoreApplication>
#include <QLocale>

namespace maillage::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli::HtmlExport)
};
} // namespace

HtmlExportOptions addHtmlExportOptions(QCommandLineParser &parser)
{
    HtmlExportOptions o{
        QCommandLineOption(QStringLiteral("lang"),
                           Tr::tr("html: the page's language, fr or en (default: the "
                                  "interface's)."),
                           Tr::tr("LANG")),
        QCommandLineOption(QStringLiteral("view"),
                           Tr::tr("html: the saved view whose filters and positions the page "
                                  "shows (default: every actor, as laid out)."),
                           Tr::tr("NAME")),
        QCommandLineOption(QStringLiteral("online-tiles"),
                           Tr::tr("html: draw the map of places on OpenStreetMap's tiles, "
                                  "fetched online when the page is opened (default: a plain "
                                  "background and no request at all).")),
    };
    parser.addOption(o.lang);
    parser.addOption(o.view);
    parser.addOption(o.onlineTiles);
    return o;
}

bool wantsHtmlExport(const QCommandLineParser &parser, const QCommandLineOption &format,
                     const QString &out)
{
    if (parser.isSet(format))
        return parser.value(format).compare(QLatin1String("html"), Qt::CaseInsensitive) == 0;
    return out.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
           out.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
}

int checkNoHtmlOptions(const QCommandLineParser &parser, const HtmlExportOptions &options)
{
    for (const QCommandLineOption *o : {&options.lang, &options.view, &options.onlineTiles})
        if (parser.isSet(*o)) {
            err() << "maillage-cli export: "
                  << Tr::tr("--%1 is an option of the html format only").arg(o->names().first())
                  << Qt::endl;
            return Usage;
        }
    return Ok;
}

int runHtmlExport(const QCommandLineParser &parser, const HtmlExportOptions &options,
                  const QString &file, const QString &outPath, bool anonymize)
{
    Document doc;
    if (!openDocument(doc, file, false))
        return Failed;
    io::HtmlExportOptions o;
    o.anonymize = anonymize;
    o.language = parser.value(options.lang);
    o.view = parser.value(options.view);
    o.onlineTiles = parser.isSet(options.onlineTiles);
    QString error;
    io::HtmlExportSummary summary;
    if (!io::exportHtml(doc.store(), outPath, o, &error, &summary))
        return fail(error);
    const QLocale locale;
    out() << Tr::tr("Wrote “%1”: %2 actors, %3 links, %4 places, %5.")
                 .arg(outPath, locale.toString(summary.actors), locale.toString(summary.links),
                      locale.toString(summary.places), locale.formattedDataSize(summary.bytes))
          << Qt::endl;
    return Ok;
}

} // namespace maillage::cli
