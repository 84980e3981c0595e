// slides: the saved views of the map as a PDF, one landscape page per view.
#include "cli.h"

#include "core/workshop/savedview.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

int usage(const QString &message)
{
    err() << "maillage-cli slides: " << message << Qt::endl;
    return Usage;
}

int runSlides(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The PDF file to write."), Tr::tr("OUT.pdf"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Tr::tr("Language of the slides: fr or en (default: the "
                                         "interface's)."),
                                  Tr::tr("LANG"));
    const QCommandLineOption anonymize(QStringLiteral("anonymize"),
                                       Tr::tr("Replace every person by a stable pseudonym; "
                                              "organisations keep their names."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    p.addOptions({output, lang, anonymize, json});
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    if (!parse(p, QStringLiteral("slides"), args, 1, &status))
        return status;
    if (!p.isSet(output))
        return usage(Tr::tr("give the output file with -o OUT.pdf"));
    const QString outPath = p.value(output);
    if (QFileInfo(outPath).suffix().toLower() != QLatin1String("pdf"))
        return usage(Tr::tr("“%1” is not a .pdf file name; slides writes PDF files.")
                         .arg(outPath));
    workshop::SlidesPdfOptions options;
    if (p.isSet(lang)) {
        options.language = p.value(lang).trimmed().toLower();
        if (options.language != QLatin1String("fr") && options.language != QLatin1String("en"))
            return usage(Tr::tr("unknown language “%1” (use fr or en)").arg(p.value(lang)));
    }
    options.anonymize = p.isSet(anonymize);
    Document doc;
    if (!openDocument(doc, p.positionalArguments().first(), false))
        return Failed;
    QString error;
    if (!workshop::writeSlidesPdf(doc.store(), outPath, options, &error))
        return fail(error);
    const int views = int(workshop::loadViews(doc.store()).size());
    const int pages = std::max(1, views);
    if (p.isSet(json)) {
        printJson({{QStringLiteral("file"), outPath},
                   {QStringLiteral("views"), views},
                   {QStringLiteral("pages"), pages},
                   {QStringLiteral("anonymized"), options.anonymize}});
    } else {
        out() << (views == 0
                      ? Tr::tr("“%1” has no saved view: wrote the whole map as one slide to "
                               "“%2”.")
                            .arg(doc.territory().name, outPath)
                      : Tr::tr("Wrote %Ln slide(s) of “%1” to “%2”.", nullptr, pages)
                            .arg(doc.territory().name, outPath))
              << Qt::endl;
    }
    return Ok;
}

const Registration reg([] {
    return Command{QStringLiteral("slides"),
                   QStringLiteral("slides FILE -o OUT.pdf [--anonymize] [--lang fr|en] [--json]"),
                   Tr::tr("Write the saved views of the map as PDF slides, one page each."),
                   runSlides};
});

} // namespace
} // namespace maillage::cli
