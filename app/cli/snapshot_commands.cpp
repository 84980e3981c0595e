// snapshot, snapshots: named snapshots of a territory's map (workshop mode).
#include "cli.h"

#include "core/store/store.h"
#include "core/workshop/snapshots.h"

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

int runSnapshot(const QStringList &args)
{
    const QString command = QStringLiteral("snapshot");
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The snapshot's name."),
                                  Tr::tr("NAME"));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("A note kept with it."),
                                  Tr::tr("TEXT"));
    p.addOption(name);
    p.addOption(note);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    if (!parse(p, command, args, 1, &status))
        return status;
    if (p.positionalArguments().size() != 1) {
        err() << "maillage-cli " << command << ": "
              << Tr::tr("give one file; see “maillage-cli %1 --help”").arg(command) << Qt::endl;
        return Usage;
    }
    if (p.value(name).trimmed().isEmpty()) {
        err() << "maillage-cli " << command << ": " << Tr::tr("--name NAME is required")
              << Qt::endl;
        return Usage;
    }
    Document doc;
    if (!openDocument(doc, p.positionalArguments().first(), true))
        return Failed;
    QString error;
    const auto id = workshop::takeSnapshot(doc, p.value(name), p.value(note), &error);
    if (!id)
        return fail(error);
    const auto info = workshop::snapshotInfo(doc.store(), *id);
    if (!info)
        return fail(Tr::tr("The snapshot was taken but cannot be read back."));
    const QLocale locale;
    out() << Tr::tr("Snapshot “%1” taken (%2 actors, %3 links).")
                 .arg(info->name, locale.toString(info->actors), locale.toString(info->links))
          << Qt::endl;
    return Ok;
}

int runSnapshots(const QStringList &args)
{
    const QString command = QStringLiteral("snapshots");
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file."));
    int status = Ok;
    if (!parse(p, command, args, 1, &status))
        return status;
    Store store;
    QString error;
    if (!store.open(p.positionalArguments().first(), Store::Access::ReadOnly, &error))
        return fail(error);
    const QList<workshop::SnapshotInfo> list = workshop::listSnapshots(store);
    if (p.isSet(json)) {
        QJsonArray a;
        for (const workshop::SnapshotInfo &s : list)
            a << QJsonObject{{QStringLiteral("id"), s.id},
                             {QStringLiteral("name"), s.name},
                             {QStringLiteral("taken_at"), s.takenAt.toString(Qt::ISODate)},
                             {QStringLiteral("note"), s.note},
                             {QStringLiteral("actors"), s.actors},
                             {QStringLiteral("links"), s.links}};
        printJson({{QStringLiteral("snapshots"), a}});
        return Ok;
    }
    const QLocale locale;
    if (list.isEmpty()) {
        out() << Tr::tr("No snapshot yet: take one with “maillage-cli snapshot %1 --name NAME”.")
                     .arg(p.positionalArguments().first())
              << Qt::endl;
        return Ok;
    }
    for (const workshop::SnapshotInfo &s : list) {
        out() << locale.toString(s.id).rightJustified(4) << "  " << s.name << "  —  "
              << locale.toString(s.takenAt.toLocalTime(), QLocale::ShortFormat) << "  —  "
              << Tr::tr("%1 actors, %2 links")
                     .arg(locale.toString(s.actors), locale.toString(s.links))
              << '\n';
        if (!s.note.isEmpty())
            out() << "        " << s.note << '\n';
    }
    out().flush();
    return Ok;
}

const Registration regSnapshot([] {
    return Command{QStringLiteral("snapshot"),
                   QStringLiteral("snapshot FILE --name NAME [--note TEXT]"),
                   Tr::tr("Take a named snapshot of the territory's map (actors, links, "
                          "categories, link types)."),
                   runSnapshot};
});
const Registration regSnapshots([] {
    return Command{QStringLiteral("snapshots"), QStringLiteral("snapshots FILE [--json]"),
                   Tr::tr("List the snapshots of a territory."), runSnapshots};
});

} // namespace
} // namespace maillage::cli
