// "shared": a territory on PostgreSQL against the same territory in a file. Needs a server
// (libpq's variables): `pg_virtualenv build/tests/bench/maillage-bench shared [ACTORS]`.
// Prints: publish and download times; reading the actors and links (what the first frame
// needs) from the file and from the server; one rename through Document (one transaction),
// p50/p95 over 200 edits, file and server; and how long another connection takes to hear of
// an edit (LISTEN/NOTIFY, the edit's commit to the feed's signal), p50/p95.
#include "bench.h"

#include "core/document/document.h"
#include "core/store/address.h"
#include "core/store/postgres.h"
#include "core/store/postgreswatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace maillage::bench {

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

/// Reads actors and links through the document, as the window's first frame does.
double readAll(const QString &where)
{
    return timeMs([&] {
        Document doc;
        QString error;
        if (!doc.open(where, Store::Access::ReadOnly, &error))
            qFatal("%s", qPrintable(error));
        const auto actors = doc.actors();
        const auto links = doc.links();
        if (actors.isEmpty() || links.isEmpty())
            qFatal("nothing read from %s", qPrintable(where));
    }, 3);
}

QList<double> renames(const QString &where, int n)
{
    Document doc;
    QString error;
    if (!doc.open(where, Store::Access::ReadWrite, &error))
        qFatal("%s", qPrintable(error));
    const auto actors = doc.actors();
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        t.start();
        if (!doc.renameActor(actors.at(i % actors.size()).id,
                             QStringLiteral("Acteur renommé %1").arg(i), &error))
            qFatal("%s", qPrintable(error));
        ms << t.nsecsElapsed() / 1e6;
    }
    return ms;
}

int run(const QStringList &args)
{
    if (qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGPORT")) {
        out() << "shared: needs a PostgreSQL server; run it as "
                 "`pg_virtualenv build/tests/bench/maillage-bench shared [ACTORS]`; skipped\n";
        return 0;
    }
    const int n = args.value(0, QStringLiteral("10000")).toInt();
    const QString file = trackedTerritory(n);
    const QString territory =
        QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString address = QStringLiteral("postgresql:///?territory=") + territory;
    const auto parsed = SharedAddress::parse(address);
    QString error;
    double publishMs = 0;
    {
        Document doc;
        if (!doc.open(file, Store::Access::ReadOnly, &error))
            qFatal("%s", qPrintable(error));
        QElapsedTimer t;
        t.start();
        if (!postgres::publish(doc.store(), *parsed, &error))
            qFatal("%s", qPrintable(error));
        publishMs = t.elapsed();
    }
    out() << QStringLiteral("shared: %1 actors (%2)\n").arg(n).arg(address);
    out() << QStringLiteral("  publish (one transaction)      %1 ms\n").arg(publishMs, 0, 'f', 0);
    const double fromFile = readAll(file), fromServer = readAll(address);
    out() << QStringLiteral("  read actors+links: file %1 ms, server %2 ms (%3x)\n")
                 .arg(fromFile, 0, 'f', 1)
                 .arg(fromServer, 0, 'f', 1)
                 .arg(fromServer / fromFile, 0, 'f', 2);
    const QList<double> fileEdits = renames(file, 200), serverEdits = renames(address, 200);
    out() << QStringLiteral("  rename (1 transaction): file p50 %1 / p95 %2 ms; server p50 %3 / p95 %4 ms\n")
                 .arg(percentile(fileEdits, 0.5), 0, 'f', 2)
                 .arg(percentile(fileEdits, 0.95), 0, 'f', 2)
                 .arg(percentile(serverEdits, 0.5), 0, 'f', 2)
                 .arg(percentile(serverEdits, 0.95), 0, 'f', 2);

    // Another connection hears of each edit: from the start of the edit to the signal.
    postgres::ChangeFeed feed;
    if (!feed.start(*parsed, &error))
        qFatal("%s", qPrintable(error));
    Document doc;
    if (!doc.open(address, Store::Access::ReadWrite, &error))
        qFatal("%s", qPrintable(error));
    const auto actors = doc.actors();
    QList<double> heard;
    QElapsedTimer t;
    qint64 waitingFor = -1;
    QEventLoop loop;
    QObject::connect(&feed, &postgres::ChangeFeed::changed, &loop, [&](const QJsonObject &c) {
        if (c.value(QStringLiteral("id")).toInteger() == waitingFor) {
            heard << t.nsecsElapsed() / 1e6;
            loop.quit();
        }
    });
    for (int i = 0; i < 200; ++i) {
        waitingFor = actors.at(i % actors.size()).id;
        t.start();
        if (!doc.renameActor(waitingFor, QStringLiteral("Vu %1").arg(i), &error))
            qFatal("%s", qPrintable(error));
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    out() << QStringLiteral("  edit seen by another connection: p50 %1 / p95 %2 ms (%3 of 200 heard)\n")
                 .arg(percentile(heard, 0.5), 0, 'f', 2)
                 .arg(percentile(heard, 0.95), 0, 'f', 2)
                 .arg(heard.size());
    doc.close();
    const QString copy = scratch(QStringLiteral("shared-download.maillage"));
    QFile::remove(copy);
    Store shared;
    if (!shared.open(address, Store::Access::ReadOnly, &error))
        qFatal("%s", qPrintable(error));
    QElapsedTimer d;
    d.start();
    if (!postgres::download(shared, copy, &error))
        qFatal("%s", qPrintable(error));
    out() << QStringLiteral("  download                       %1 ms\n").arg(d.elapsed());
    out().flush();
    return 0;
}

const Registration shared({QStringLiteral("shared"),
                           QStringLiteral("a territory on PostgreSQL against the same in a file "
                                          "(needs pg_virtualenv)"),
                           run});

} // namespace
} // namespace maillage::bench
