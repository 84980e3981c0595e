// new, info, sample: creating territories and looking at them.
#include "cli.h"

#include "core/io/sample.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

int runNew(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name({QStringLiteral("n"), QStringLiteral("name")},
                                  Tr::tr("Name of the territory."), Tr::tr("NAME"));
    p.addOption(name);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The .maillage file to create."));
    int status = Ok;
    if (!parse(p, QStringLiteral("new"), args, 1, &status))
        return status;
    const QString path = p.positionalArguments().first();
    const QString territoryName =
        p.isSet(name) ? p.value(name) : QFileInfo(path).completeBaseName();
    Document doc;
    QString error;
    if (!doc.create(path, territoryName, &error))
        return fail(error);
    out() << Tr::tr("Created “%1” (%2).").arg(territoryName, path) << Qt::endl;
    return Ok;
}

int runInfo(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    if (!parse(p, QStringLiteral("info"), args, 1, &status))
        return status;
    Document doc;
    if (!openDocument(doc, p.positionalArguments().first(), false))
        return Failed;
    const Territory t = doc.territory();
    struct Count
    {
        const char *key;
        const char *table;
        const char *label;
    };
    static const Count counts[] = {
        {"categories", "category", QT_TRANSLATE_NOOP("maillage::cli", "Categories")},
        {"actors", "actor", QT_TRANSLATE_NOOP("maillage::cli", "Actors")},
        {"persons", nullptr, QT_TRANSLATE_NOOP("maillage::cli", "of whom persons")},
        {"link_types", "link_type", QT_TRANSLATE_NOOP("maillage::cli", "Link types")},
        {"links", "link", QT_TRANSLATE_NOOP("maillage::cli", "Links")},
        {"tags", "tag", QT_TRANSLATE_NOOP("maillage::cli", "Tags")},
        {"themes", "theme", QT_TRANSLATE_NOOP("maillage::cli", "Themes")},
        {"problems", "problem", QT_TRANSLATE_NOOP("maillage::cli", "Problems")},
        {"actions", "action_item", QT_TRANSLATE_NOOP("maillage::cli", "Actions")},
        {"indicators", "indicator", QT_TRANSLATE_NOOP("maillage::cli", "Indicators")},
        {"indicator_values", "indicator_value",
         QT_TRANSLATE_NOOP("maillage::cli", "Indicator values")},
        {"meetings", "meeting", QT_TRANSLATE_NOOP("maillage::cli", "Meetings")},
    };
    auto valueOf = [&](const Count &c) -> qint64 {
        if (c.table)
            return doc.store().count(QString::fromLatin1(c.table));
        qint64 persons = 0;
        for (const Actor &a : doc.actors())
            persons += a.isPerson ? 1 : 0;
        return persons;
    };
    if (p.isSet(json)) {
        QJsonObject c;
        for (const Count &k : counts)
            c.insert(QString::fromLatin1(k.key), valueOf(k));
        printJson({{QStringLiteral("file"), doc.store().isShared()
                                                ? doc.path()
                                                : QFileInfo(doc.path()).absoluteFilePath()},
                   {QStringLiteral("schema_version"), doc.store().schemaVersion()},
                   {QStringLiteral("territory"), t.name},
                   {QStringLiteral("kind"), t.kind},
                   {QStringLiteral("insee_codes"), t.inseeCodes},
                   {QStringLiteral("read_only"), doc.isReadOnly()},
                   {QStringLiteral("counts"), c}});
        return Ok;
    }
    const QLocale locale;
    out() << t.name << '\n';
    out() << Tr::tr("File: %1 (format %2)").arg(doc.path()).arg(doc.store().schemaVersion())
          << '\n';
    for (const Count &k : counts)
        out() << "  " << (QCoreApplication::translate("maillage::cli", k.label) + QLatin1Char(':'))
                              .leftJustified(20)
              << locale.toString(valueOf(k)) << '\n';
    out().flush();
    return Ok;
}

int runSample(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("OUT"), Tr::tr("The .maillage file to write."));
    int status = Ok;
    if (!parse(p, QStringLiteral("sample"), args, 1, &status))
        return status;
    QString error;
    const QString path = p.positionalArguments().first();
    // In English when the messages are (MAILLAGE_LANG=en), else in French as written.
    if (!writeSample(path, &error, qEnvironmentVariable("MAILLAGE_LANG")))
        return fail(error);
    out() << Tr::tr("Wrote the sample territory to “%1”.").arg(path) << Qt::endl;
    return Ok;
}

const Registration regNew([] {
    return Command{QStringLiteral("new"), QStringLiteral("new FILE [--name NAME]"),
                   Tr::tr("Create an empty territory."), runNew};
});
const Registration regInfo([] {
    return Command{QStringLiteral("info"), QStringLiteral("info FILE [--json]"),
                   Tr::tr("Show a territory's name, format and counts."), runInfo};
});
const Registration regSample([] {
    return Command{QStringLiteral("sample"), QStringLiteral("sample OUT"),
                   Tr::tr("Write the sample territory “Mirecourt (démo)” (in English with "
                          "MAILLAGE_LANG=en)."),
                   runSample};
});

} // namespace
} // namespace maillage::cli
