// "shared": a territory on PostgreSQL against the same territory in a file. Needs a server
// (libpq's variables): `pg_virtualenv build/tests/bench/maillage-bench shared [ACTORS]`.
// Prints: publish and download times; reading the actors and links (what the first frame
// needs) from the file and from the server; one rename through Document (one transaction),
// p50/p95 over 200 edits, file and server; and how long another connection takes to hear of
// an edit (LISTEN/NOTIFY, the edit's commit to the feed's signal), p50/p95. Then the load
// run: 20 clients editing one territory at once for 60 s (--load=SECONDS, --clients=N;
// --load=0 leaves it out, --load-only runs only publish and the load).
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
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>

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

/// What the clients of the load run share: what they were told was saved, and when.
struct LoadLog
{
    QMutex mutex;
    QElapsedTimer clock;
    QHash<qint64, qint64> savedAt;  ///< server transaction → acknowledged (ns on clock)
    QHash<qint64, QPair<qint64, QString>> saved;  ///< transaction → (actor, name written)
    QList<double> latencies;
    qint64 refused = 0, retried = 0, refusedTwice = 0, failed = 0;
};

/// 20 clients (threads, each its own connection and Document) renaming actors picked at
/// random among the first 100 of one territory, a pause of 20–80 ms between edits (people
/// typing), for `seconds`; a listener hears the server's announcements. Then the server's
/// final names are compared with what the clients were told was saved.
void load(const QString &address, const SharedAddress &parsed, int clients, int seconds)
{
    LoadLog log;
    log.clock.start();
    QHash<qint64, qint64> heardAt;
    postgres::ChangeFeed feed;
    QString error;
    if (!feed.start(parsed, &error))
        qFatal("%s", qPrintable(error));
    QObject::connect(&feed, &postgres::ChangeFeed::changed, &feed, [&](const QJsonObject &c) {
        heardAt.insert(c.value(QStringLiteral("tx")).toInteger(), log.clock.nsecsElapsed());
    });
    std::atomic<bool> stop = false;
    QList<QThread *> threads;
    for (int k = 0; k < clients; ++k) {
        threads << QThread::create([&, k] {
            Document doc;
            QString why;
            if (!doc.open(address, Store::Access::ReadWrite, &why))
                qFatal("client %d: %s", k, qPrintable(why));
            QList<qint64> ids;
            for (const Actor &a : doc.actors().mid(0, 100))
                ids << a.id;
            QRandomGenerator random(quint32(k + 1));
            for (int n = 0; !stop; ++n) {
                QThread::msleep(20 + random.bounded(60));
                const qint64 id = ids.at(random.bounded(int(ids.size())));
                const QString name = QStringLiteral("Client %1 edit %2").arg(k).arg(n);
                QElapsedTimer t;
                t.start();
                bool ok = doc.renameActor(id, name, &why);
                const bool stale = !ok && doc.wasStale();
                if (stale)  // shown the current name: the person types again
                    ok = doc.renameActor(id, name, &why);
                const double ms = t.nsecsElapsed() / 1e6;
                QMutexLocker lock(&log.mutex);
                if (stale)
                    ++log.refused;
                if (!ok && doc.wasStale()) {
                    ++log.refusedTwice;  // someone changed it again meanwhile: the user is told
                    continue;
                }
                if (!ok) {
                    ++log.failed;
                    if (log.failed < 5)
                        qWarning("client %d: %s", k, qPrintable(why));
                    continue;
                }
                if (!stale)
                    log.latencies << ms;
                else
                    ++log.retried;
                log.savedAt.insert(doc.lastServerTransaction(), log.clock.nsecsElapsed());
                log.saved.insert(doc.lastServerTransaction(), {id, name});
            }
        });
        threads.last()->start();
    }
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    stop = true;
    for (QThread *t : std::as_const(threads)) {
        while (!t->wait(10))
            QCoreApplication::processEvents();
        delete t;
    }
    QTimer::singleShot(500, &loop, &QEventLoop::quit);  // the last announcements
    loop.exec();

    // Lost: a row whose final name is not what the client that wrote it last was told.
    Store server;
    if (!server.open(address, Store::Access::ReadOnly, &error))
        qFatal("%s", qPrintable(error));
    QSqlQuery q(server.database());
    if (!q.exec(QStringLiteral("SELECT a.id, a.name, m.tx FROM actor a JOIN maillage_row m ON "
                               "m.tbl = 'actor' AND m.id = a.id")))
        qFatal("versions not read");
    qint64 lost = 0, rows = 0;
    QSet<qint64> finalTx;
    QSet<qint64> edited;
    for (const auto &w : std::as_const(log.saved))
        edited.insert(w.first);
    while (q.next()) {
        if (!edited.contains(q.value(0).toLongLong()))
            continue;  // not edited by the load (earlier parts of the bench renamed some)
        ++rows;
        const qint64 tx = q.value(2).toLongLong();
        finalTx.insert(tx);
        const auto it = log.saved.constFind(tx);
        if (it != log.saved.constEnd() && (it->first != q.value(0).toLongLong() || it->second != q.value(1).toString()))
            ++lost;
        if (it == log.saved.constEnd())
            ++lost;  // the last write of a row nobody was told was saved
    }
    QList<double> seen;
    for (auto it = log.savedAt.cbegin(); it != log.savedAt.cend(); ++it)
        if (heardAt.contains(it.key()))
            seen << std::max<qint64>(0, heardAt.value(it.key()) - it.value()) / 1e6;
    out() << QStringLiteral("  load: %1 clients, %2 s: %3 edits saved (%4/s), %5 refused as stale "
                            "and made again (%9 refused again), %6 failed (deadlocks, serialisation, errors), %7 lost "
                            "over %8 rows\n")
                 .arg(clients)
                 .arg(seconds)
                 .arg(log.saved.size())
                 .arg(log.saved.size() / double(seconds), 0, 'f', 0)
                 .arg(log.refused)
                 .arg(log.failed)
                 .arg(lost)
                 .arg(rows)
                 .arg(log.refusedTwice);
    out() << QStringLiteral("  load: edit latency p50 %1 / p95 %2 ms; seen by another p50 %3 / p95 %4 ms "
                            "(%5 of %6 heard)\n")
                 .arg(percentile(log.latencies, 0.5), 0, 'f', 2)
                 .arg(percentile(log.latencies, 0.95), 0, 'f', 2)
                 .arg(percentile(seen, 0.5), 0, 'f', 2)
                 .arg(percentile(seen, 0.95), 0, 'f', 2)
                 .arg(seen.size())
                 .arg(log.savedAt.size());
    out().flush();
}

int run(const QStringList &args)
{
    if (qEnvironmentVariableIsEmpty("PGHOST") && qEnvironmentVariableIsEmpty("PGPORT")) {
        out() << "shared: needs a PostgreSQL server; run it as "
                 "`pg_virtualenv build/tests/bench/maillage-bench shared [ACTORS]`; skipped\n";
        return 0;
    }
    // maillage-bench shared [ACTORS] [--load=SECONDS] [--clients=N] [--load-only]
    int n = 10000, seconds = 60, clients = 20;
    bool loadOnly = false;
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--load=")))
            seconds = a.mid(7).toInt();
        else if (a.startsWith(QLatin1String("--clients=")))
            clients = a.mid(10).toInt();
        else if (a == QLatin1String("--load-only"))
            loadOnly = true;
        else
            n = a.toInt();
    }
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
    if (loadOnly) {
        if (seconds > 0)
            load(address, *parsed, clients, seconds);
        return 0;
    }
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
    if (seconds > 0)
        load(address, *parsed, clients, seconds);
    return 0;
}

const Registration shared({QStringLiteral("shared"),
                           QStringLiteral("a territory on PostgreSQL against the same in a file "
                                          "(needs pg_virtualenv)"),
                           run});

} // namespace
} // namespace maillage::bench
