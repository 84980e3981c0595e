// report: the territory's PDF report.
#include "cli.h"

#include "core/report/report.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

int usage(const QString &message)
{
    err() << "maillage-cli report: " << message << Qt::endl;
    return Usage;
}

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The PDF file to write."), Tr::tr("OUT.pdf"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Tr::tr("Language of the report: fr or en (default: the "
                                         "interface's)."),
                                  Tr::tr("LANG"));
    const QCommandLineOption anonymize(QStringLiteral("anonymize"),
                                       Tr::tr("Replace every person by a stable pseudonym; "
                                              "organisations keep their names."));
    const QCommandLineOption sections(
        QStringLiteral("sections"),
        Tr::tr("Comma-separated sections to include (default all): %1.")
            .arg(report::sectionCodes().join(QStringLiteral(", "))),
        Tr::tr("LIST"));
    const QCommandLineOption author(QStringLiteral("author"),
                                    Tr::tr("Author shown on the cover (default: the "
                                           "territory's)."),
                                    Tr::tr("NAME"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Tr::tr("Date of the report, YYYY-MM-DD (default today)."),
                                  Tr::tr("DATE"));
    const QCommandLineOption fieldsOption(
        QStringLiteral("fields"),
        Tr::tr("Comma-separated actor fields to add as columns of the actors' table."),
        Tr::tr("NAME,NAME"));
    p.addOptions({output, lang, anonymize, sections, author, date, fieldsOption});
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    if (!parse(p, QStringLiteral("report"), args, 1, &status))
        return status;
    if (!p.isSet(output))
        return usage(Tr::tr("give the output file with -o OUT.pdf"));
    const QString outPath = p.value(output);
    if (QFileInfo(outPath).suffix().toLower() != QLatin1String("pdf"))
        return usage(Tr::tr("“%1” is not a .pdf file name; report writes PDF files.")
                         .arg(outPath));
    report::ReportOptions options;
    if (p.isSet(lang)) {
        options.language = p.value(lang).trimmed().toLower();
        if (options.language != QLatin1String("fr") && options.language != QLatin1String("en"))
            return usage(Tr::tr("unknown language “%1” (use fr or en)").arg(p.value(lang)));
    }
    options.anonymize = p.isSet(anonymize);
    if (p.isSet(sections)) {
        QString error;
        const auto list = report::parseSections(p.value(sections), &error);
        if (!list)
            return usage(error);
        options.sections = *list;
    }
    options.author = p.value(author);
    if (p.isSet(fieldsOption))
        for (const QString &name : p.value(fieldsOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                options.fields << name.trimmed();
    if (p.isSet(date)) {
        options.date = QDate::fromString(p.value(date), Qt::ISODate);
        if (!options.date.isValid())
            return usage(Tr::tr("“%1” is not a date; write it YYYY-MM-DD.").arg(p.value(date)));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Tr::tr("Writing a PDF needs the Qt GUI library; this build of maillage-cli "
                           "cannot draw."));
    Document doc;
    if (!openDocument(doc, p.positionalArguments().first(), false))
        return Failed;
    QString error;
    if (!report::writeReport(doc, outPath, options, {}, &error))
        return fail(error);
    out() << Tr::tr("Wrote the report of “%1” to “%2”.")
                 .arg(doc.territory().name, outPath)
          << Qt::endl;
    return Ok;
}

const Registration reg([] {
    return Command{QStringLiteral("report"),
                   QStringLiteral("report FILE -o OUT.pdf [--lang fr|en] [--anonymize] "
                                  "[--sections LIST] [--author NAME] [--fields NAME,NAME]"),
                   Tr::tr("Write the territory's report as a PDF."), runReport};
});

} // namespace
} // namespace maillage::cli
