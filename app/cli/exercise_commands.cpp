// exercise: turns a trainer's territory into an exercise file for trainees.
#include "cli.h"

#include "core/store/repositories.h"
#include "core/store/store.h"
#include "core/workshop/exercise.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

int usageError(const QString &command, const QString &message)
{
    out().flush();
    err() << "maillage-cli " << command << ": " << message << Qt::endl;
    return Usage;
}

QStringList splitCodes(const QString &value)
{
    QStringList codes;
    for (const QString &c : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            codes << c.trimmed();
    return codes;
}

int runExercise(const QStringList &args)
{
    const QString command = QStringLiteral("exercise");
    QCommandLineParser p;
    const QCommandLineOption brief(QStringLiteral("brief"),
                                   Tr::tr("What the trainees have to do (shown to them)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption categories(
        QStringLiteral("categories"),
        Tr::tr("Categories the trainees may use, codes or names separated by commas (default: "
               "all)."),
        QStringLiteral("CODES"));
    const QCommandLineOption linkTypes(
        QStringLiteral("link-types"),
        Tr::tr("Link types the trainees may use, codes or names separated by commas (default: "
               "all)."),
        QStringLiteral("CODES"));
    const QCommandLineOption start(
        QStringLiteral("start"),
        Tr::tr("The starting map: empty, actors (every actor, no links) or all (default: "
               "empty)."),
        QStringLiteral("MAP"), QStringLiteral("empty"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    p.addOptions({brief, categories, linkTypes, start, json});
    p.addPositionalArgument(QStringLiteral("REFERENCE"),
                            Tr::tr("The trainer's territory (left unchanged)."));
    p.addPositionalArgument(QStringLiteral("OUT"), Tr::tr("The exercise file to write (.maillage)."));
    int status = Ok;
    if (!parse(p, command, args, 2, &status))
        return status;
    const QStringList files = p.positionalArguments();
    if (files.size() != 2)
        return usageError(command, Tr::tr("give REFERENCE and OUT; see “maillage-cli %1 --help”")
                                       .arg(command));
    if (!p.isSet(brief) || p.value(brief).trimmed().isEmpty())
        return usageError(command, Tr::tr("--brief is required: write what the trainees have "
                                          "to do"));
    const auto startMap = workshop::startMapFromCode(p.value(start));
    if (!startMap || *startMap == workshop::StartMap::Selected)
        return usageError(command, Tr::tr("--start must be empty, actors or all, not “%1”")
                                       .arg(p.value(start)));

    Store reference;
    QString error;
    if (!reference.open(files.at(0), Store::Access::ReadOnly, &error))
        return fail(error);
    const QList<Category> allCategories = CategoryRepository(reference).list();
    const QList<LinkType> allTypes = LinkTypeRepository(reference).list();
    workshop::ExerciseSpec spec;
    spec.brief = p.value(brief);
    spec.start = *startMap;
    if (p.isSet(categories)) {
        if (!workshop::resolveCategories(allCategories, splitCodes(p.value(categories)),
                                         &spec.categories, &error))
            return fail(files.at(0) + QStringLiteral(": ") + error);
    } else {
        for (const Category &c : allCategories)
            spec.categories << c.id;
    }
    if (p.isSet(linkTypes)) {
        if (!workshop::resolveLinkTypes(allTypes, splitCodes(p.value(linkTypes)), &spec.linkTypes,
                                        &error))
            return fail(files.at(0) + QStringLiteral(": ") + error);
    } else {
        for (const LinkType &t : allTypes)
            spec.linkTypes << t.id;
    }
    if (!workshop::createExercise(reference, files.at(1), spec, &error))
        return fail(error);
    reference.close();

    Store made;
    if (!made.open(files.at(1), Store::Access::ReadOnly, &error))
        return fail(error);
    const qint64 actors = made.count(QStringLiteral("actor"));
    const qint64 links = made.count(QStringLiteral("link"));
    made.close();
    auto names = [](const auto &vocabulary, const QList<qint64> &ids) {
        QStringList out;
        for (const auto &v : vocabulary)
            if (ids.contains(v.id))
                out << (v.code.isEmpty() ? v.name : v.code);
        return out;
    };
    const QStringList categoryCodes = names(allCategories, spec.categories);
    const QStringList typeCodes = names(allTypes, spec.linkTypes);
    if (p.isSet(json)) {
        printJson({{QStringLiteral("file"), files.at(1)},
                   {QStringLiteral("reference"), files.at(0)},
                   {QStringLiteral("start"), workshop::startMapCode(spec.start)},
                   {QStringLiteral("categories"), QJsonArray::fromStringList(categoryCodes)},
                   {QStringLiteral("link_types"), QJsonArray::fromStringList(typeCodes)},
                   {QStringLiteral("actors"), actors},
                   {QStringLiteral("links"), links}});
        return Ok;
    }
    const QLocale locale;
    out() << Tr::tr("Wrote the exercise %1: %2 actors, %3 links; categories: %4; link types: %5")
                 .arg(files.at(1), locale.toString(actors), locale.toString(links),
                      categoryCodes.join(QStringLiteral(", ")), typeCodes.join(QStringLiteral(", ")))
          << Qt::endl;
    return Ok;
}

const Registration regExercise([] {
    return Command{QStringLiteral("exercise"),
                   QStringLiteral("exercise REFERENCE OUT.maillage --brief TEXT [--categories "
                                  "CODES] [--link-types CODES] [--start empty|actors|all] "
                                  "[--json]"),
                   Tr::tr("Turn a territory into an exercise file: a brief, the allowed "
                          "categories and link types, and a starting map."),
                   runExercise};
});

} // namespace
} // namespace maillage::cli
