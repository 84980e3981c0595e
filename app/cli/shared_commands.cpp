// publish, download, members: shared territories on a PostgreSQL server
// (docs/shared-territories.md).
#include "cli.h"

#include "core/store/address.h"
#include "core/store/postgres.h"
#include "core/store/postgreswatch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

int runPublish(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The .maillage file to publish."));
    p.addPositionalArgument(QStringLiteral("ADDRESS"),
                            Tr::tr("The new shared territory: "
                                   "postgresql://USER@SERVER/DATABASE?territory=NAME"));
    int status = Ok;
    if (!parse(p, QStringLiteral("publish"), args, 2, &status))
        return status;
    const QString file = p.positionalArguments().at(0);
    QString error;
    const auto address = SharedAddress::parse(p.positionalArguments().at(1), &error);
    if (!address)
        return fail(error);
    if (SharedAddress::looksLikeAddress(file))
        return fail(Tr::tr("“%1” is an address: publish copies a file; use download first.")
                        .arg(file));
    Document doc;
    if (!openDocument(doc, file, false))
        return Failed;
    if (!postgres::publish(doc.store(), *address, &error))
        return fail(error);
    out() << Tr::tr("Published “%1” as “%2”.").arg(file, address->display()) << Qt::endl;
    return Ok;
}

int runDownload(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ADDRESS"), Tr::tr("A shared territory."));
    p.addPositionalArgument(QStringLiteral("OUT"), Tr::tr("The .maillage file to write."));
    int status = Ok;
    if (!parse(p, QStringLiteral("download"), args, 2, &status))
        return status;
    const QString address = p.positionalArguments().at(0);
    const QString path = p.positionalArguments().at(1);
    if (!SharedAddress::looksLikeAddress(address))
        return fail(Tr::tr("“%1” is not a shared territory address (postgresql://…).").arg(address));
    Document doc;
    if (!openDocument(doc, address, false))
        return Failed;
    QString error;
    if (!postgres::download(doc.store(), path, &error))
        return fail(error);
    out() << Tr::tr("Wrote a copy of “%1” to “%2”.").arg(doc.path(), path) << Qt::endl;
    return Ok;
}

int runMembers(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption add(QStringLiteral("add"), Tr::tr("Give ROLE access (with --as)."),
                                 Tr::tr("ROLE"));
    const QCommandLineOption as(QStringLiteral("as"),
                                Tr::tr("Access level: owner, editor, viewer or "
                                       "viewer-no-personal-data."),
                                Tr::tr("LEVEL"));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    Tr::tr("Take every access away from ROLE."), Tr::tr("ROLE"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    p.addOptions({add, as, remove, json});
    p.addPositionalArgument(QStringLiteral("ADDRESS"), Tr::tr("A shared territory."));
    int status = Ok;
    if (!parse(p, QStringLiteral("members"), args, 1, &status))
        return status;
    QString error;
    const auto address = SharedAddress::parse(p.positionalArguments().first(), &error);
    if (!address)
        return fail(error);
    if (p.isSet(add) && p.isSet(remove))
        return fail(Tr::tr("--add and --remove cannot be used together."));
    if (p.isSet(add)) {
        if (!p.isSet(as))
            return fail(Tr::tr("--add needs --as owner|editor|viewer|viewer-no-personal-data."));
        const auto level = postgres::levelFromName(p.value(as));
        if (!level)
            return fail(Tr::tr("“%1” is not an access level: owner, editor, viewer or "
                               "viewer-no-personal-data.")
                            .arg(p.value(as)));
        if (!postgres::addMember(*address, p.value(add), *level, &error))
            return fail(error);
        out() << Tr::tr("“%1” is now %2 of “%3”.")
                     .arg(p.value(add), postgres::levelName(*level), address->territory)
              << Qt::endl;
        return Ok;
    }
    if (p.isSet(as))
        return fail(Tr::tr("--as goes with --add."));
    if (p.isSet(remove)) {
        if (!postgres::removeMember(*address, p.value(remove), &error))
            return fail(error);
        out() << Tr::tr("“%1” has no access to “%2” any more.")
                     .arg(p.value(remove), address->territory)
              << Qt::endl;
        return Ok;
    }
    const auto members = postgres::members(*address, &error);
    if (!members)
        return fail(error);
    if (p.isSet(json)) {
        QJsonArray list;
        for (const postgres::Member &m : *members)
            list.append(QJsonObject{{QStringLiteral("role"), m.role},
                                    {QStringLiteral("level"), postgres::levelName(m.level)}});
        printJson({{QStringLiteral("territory"), address->territory},
                   {QStringLiteral("members"), list}});
        return Ok;
    }
    for (const postgres::Member &m : *members)
        out() << m.role << '\t' << postgres::levelName(m.level) << '\n';
    out().flush();
    return Ok;
}

int runWatch(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption count(QStringLiteral("count"),
                                   Tr::tr("Stop after N changes."), Tr::tr("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Tr::tr("Stop after SECONDS seconds."), Tr::tr("SECONDS"));
    p.addOptions({count, timeout});
    p.addPositionalArgument(QStringLiteral("ADDRESS"), Tr::tr("A shared territory."));
    int status = Ok;
    if (!parse(p, QStringLiteral("watch"), args, 1, &status))
        return status;
    QString error;
    const auto address = SharedAddress::parse(p.positionalArguments().first(), &error);
    if (!address)
        return fail(error);
    bool ok = true;
    const qint64 most = p.isSet(count) ? p.value(count).toLongLong(&ok) : 0;
    if (!ok || most < 0)
        return fail(Tr::tr("--count needs a whole number, not “%1”.").arg(p.value(count)));
    const double seconds = p.isSet(timeout) ? p.value(timeout).toDouble(&ok) : 0;
    if (!ok || seconds < 0)
        return fail(Tr::tr("--timeout needs a number of seconds, not “%1”.").arg(p.value(timeout)));
    postgres::ChangeFeed feed;
    if (!feed.start(*address, &error))
        return fail(error);
    QEventLoop loop;
    qint64 seen = 0;
    QObject::connect(&feed, &postgres::ChangeFeed::changed, &loop, [&](const QJsonObject &c) {
        out() << QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact)) << Qt::endl;
        if (most > 0 && ++seen >= most)
            loop.quit();
    });
    if (seconds > 0)
        QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    // On stderr, once the server listens: a program reading stdout gets JSON lines only.
    err() << Tr::tr("Watching “%1”: one JSON line per change.").arg(address->display())
          << Qt::endl;
    loop.exec();
    return Ok;
}

const Registration publishCommand([] {
    return Command{QStringLiteral("publish"), QStringLiteral("publish FILE ADDRESS"),
                   Tr::tr("Copy a territory file to a new shared territory on a PostgreSQL "
                          "server."),
                   runPublish};
});
const Registration downloadCommand([] {
    return Command{QStringLiteral("download"), QStringLiteral("download ADDRESS OUT"),
                   Tr::tr("Write an offline copy of a shared territory."), runDownload};
});
const Registration watchCommand([] {
    return Command{QStringLiteral("watch"),
                   QStringLiteral("watch ADDRESS [--count N] [--timeout SECONDS]"),
                   Tr::tr("Print one JSON line per change anyone makes to a shared territory, "
                          "as it happens."),
                   runWatch};
});
const Registration membersCommand([] {
    return Command{QStringLiteral("members"),
                   QStringLiteral("members ADDRESS [--add ROLE --as LEVEL] [--remove ROLE] [--json]"),
                   Tr::tr("List or change who may read and edit a shared territory."),
                   runMembers};
});

} // namespace
} // namespace maillage::cli
