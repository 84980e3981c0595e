#pragma once
// What the tests of the window and of faults on a shared territory need of the server that
// pg_virtualenv started (docs/shared-territories.md, "Tests"): addresses on it, a published
// sample, SQL as its administrator, and stopping and starting it mid-test.

#include "testsupport.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace maillage::test::pg {

/// Whether libpq's variables name a server (pg_virtualenv sets them).
inline bool serverGiven()
{
    return !qEnvironmentVariableIsEmpty("PGHOST") || !qEnvironmentVariableIsEmpty("PGPORT");
}
inline bool required()
{
    return qEnvironmentVariable("MAILLAGE_REQUIRE_PG") == QLatin1String("1");
}

inline QString adminConnection() { return QStringLiteral("pgserver_admin"); }

inline bool connectAdmin(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnection());
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

/// Runs SQL as the server's administrator (the test's PGUSER).
inline bool admin(const QString &sql, QString *error = nullptr)
{
    QSqlDatabase db = QSqlDatabase::database(adminConnection());
    if (!db.isOpen())
        db.open();
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

/// An address on the test server (host, port and database from libpq's environment).
inline QString address(const QString &territory, const QString &user = QString(),
                       const QString &password = QString())
{
    QString auth;
    if (!user.isEmpty())
        auth = user + (password.isEmpty() ? QString() : QLatin1Char(':') + password) +
               QLatin1Char('@');
    QString host = qEnvironmentVariable("PGHOST");
    if (host.startsWith(QLatin1Char('/')))
        host = QString::fromUtf8(QUrl::toPercentEncoding(host));
    const QString port = qEnvironmentVariable("PGPORT");
    return QStringLiteral("postgresql://%1%2%3/%4?territory=%5")
        .arg(auth, host, port.isEmpty() ? QString() : QLatin1Char(':') + port,
             qEnvironmentVariable("PGDATABASE"), territory);
}

inline QString uniqueSuffix()
{
    return QStringLiteral("_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

/// Publishes a fresh copy of the sample as `territory`; empty on failure (with `error`).
inline QString publishSample(const QString &territory, QString *error)
{
    const QString sample = freshSample(territory);
    const auto r = runCli({QStringLiteral("publish"), sample, address(territory)});
    if (r.exitCode != 0) {
        *error = r.err;
        return {};
    }
    return address(territory);
}

/// Drops what publishSample() made.
inline void dropTerritory(const QString &t)
{
    admin(QStringLiteral("DROP SCHEMA IF EXISTS t_%1_pseudo CASCADE").arg(t));
    admin(QStringLiteral("DROP SCHEMA IF EXISTS t_%1 CASCADE").arg(t));
    for (const char *level : {"owner", "editor", "viewer", "viewer_np"})
        admin(QStringLiteral("DROP ROLE IF EXISTS maillage_%1_%2").arg(t, QLatin1String(level)));
}

/// The territories a test publishes, each with the test run's own suffix, dropped at the end
/// of the run (a test class's member; its cleanupTestCase() calls dropAll()).
class Territories
{
public:
    /// Set in initTestCase(), once the server is known.
    void start() { m_suffix = uniqueSuffix(); }
    QString suffix() const { return m_suffix; }
    /// Publishes a fresh copy of the sample as STEM + suffix; its address, empty on failure
    /// (with a warning naming why).
    QString publish(const QString &stem)
    {
        const QString t = stem + m_suffix;
        m_names << t;
        QString error;
        const QString a = publishSample(t, &error);
        if (a.isEmpty())
            qWarning("publish: %s", qPrintable(error));
        return a;
    }
    /// A territory published otherwise (from the window, by a command), dropped with them.
    QString adopt(const QString &stem)
    {
        m_names << stem + m_suffix;
        return m_names.last();
    }
    void dropAll()
    {
        for (const QString &t : std::as_const(m_names))
            dropTerritory(t);
        m_names.clear();
    }

private:
    QString m_suffix;
    QStringList m_names;
};

/// The cluster serving PGPORT, as pg_ctlcluster names it ("15 regress"): pg_virtualenv's
/// own, found by its port among pg_lsclusters' lines (never another cluster on the machine).
inline QStringList cluster(QString *error)
{
    QProcess p;
    p.start(QStringLiteral("pg_lsclusters"), {QStringLiteral("--no-header")});
    if (!p.waitForFinished(20000)) {
        *error = QStringLiteral("pg_lsclusters did not run");
        return {};
    }
    const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    for (const QString &line : QString::fromLocal8Bit(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() >= 3 && f.at(2) == port)
            return {f.at(0), f.at(1)};
    }
    *error = QStringLiteral("no cluster on port %1 in pg_lsclusters").arg(port);
    return {};
}

/// Stops ("stop", fast: every session is ended as when a server goes down) or starts the
/// test's cluster with pg_ctlcluster; false with the tool's words in `error`.
inline bool control(const QString &action, QString *error)
{
    const QStringList c = cluster(error);
    if (c.isEmpty())
        return false;
    // Options before the cluster; fast is pg_ctlcluster's default stop, said for the reader.
    QStringList args;
    if (action == QLatin1String("stop"))
        args << QStringLiteral("--mode=fast");
    args << c << action;
    QProcess p;
    p.start(QStringLiteral("pg_ctlcluster"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("pg_ctlcluster %1: %2")
                     .arg(args.join(QLatin1Char(' ')),
                          QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

/// Starts the test's cluster again if a failed check left it stopped (a scope guard's job).
inline void ensureRunning()
{
    QString error;
    const QStringList c = cluster(&error);
    if (c.isEmpty())
        return;
    QProcess p;
    p.start(QStringLiteral("pg_ctlcluster"), c + QStringList{QStringLiteral("status")});
    p.waitForFinished(20000);
    if (p.exitCode() != 0)  // 3: not running
        control(QStringLiteral("start"), &error);
}

} // namespace maillage::test::pg

/// The start of initTestCase() in a test that needs the server: skips without one (fails under
/// MAILLAGE_REQUIRE_PG=1, which scripts/test sets), else opens the administrator's connection
/// with quiet notices. A macro because QSKIP and QFAIL end the calling test function.
#define MAILLAGE_PG_INIT_TEST_CASE(ctestName)                                                    \
    do {                                                                                         \
        if (!maillage::test::pg::serverGiven()) {                                                \
            if (maillage::test::pg::required())                                                  \
                QFAIL("MAILLAGE_REQUIRE_PG=1 but no PostgreSQL server is given: run the tests "  \
                      "through scripts/test or pg_virtualenv");                                  \
            QSKIP("needs a PostgreSQL server: cd build && pg_virtualenv ctest -R " ctestName);   \
        }                                                                                        \
        QString pgError;                                                                         \
        QVERIFY2(maillage::test::pg::connectAdmin(&pgError), qPrintable(pgError));               \
        maillage::test::pg::admin(QStringLiteral("SET client_min_messages TO warning"));         \
    } while (false)
