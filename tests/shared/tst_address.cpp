// Shared territory addresses: a libpq URI plus ?territory=NAME (core/store/address.h).
#include "core/store/address.h"

#include <QTest>

using namespace maillage;

class TestAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodAddresses_data();
    void parsesGoodAddresses();
    void refusesBadAddresses_data();
    void refusesBadAddresses();
    void displayHidesThePassword();
    void tellsAddressesFromFiles_data();
    void tellsAddressesFromFiles();
};

void TestAddress::parsesGoodAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("territory");
    QTest::addColumn<QString>("sslmode");

    QTest::newRow("brief's example") << "postgresql://anne@server/maillage?territory=mirecourt"
                                     << "anne" << "" << "server" << -1 << "maillage"
                                     << "mirecourt" << "";
    QTest::newRow("everything") << "postgresql://anne:s%40cret@db.example.org:6543/carto?territory=vosges_88&sslmode=verify-full"
                                << "anne" << "s@cret" << "db.example.org" << 6543 << "carto"
                                << "vosges_88" << "verify-full";
    QTest::newRow("all from the environment") << "postgresql:///?territory=epinal"
                                              << "" << "" << "" << -1 << "" << "epinal" << "";
    QTest::newRow("postgres scheme") << "postgres://localhost/maillage?territory=t1"
                                     << "" << "" << "localhost" << -1 << "maillage" << "t1" << "";
    QTest::newRow("IPv6") << "postgresql://[::1]:5433/m?territory=a" << "" << ""
                          << "::1" << 5433 << "m" << "a" << "";
    QTest::newRow("socket folder") << "postgresql://%2Fvar%2Frun%2Fpostgresql/m?territory=a"
                                   << "" << "" << "/var/run/postgresql" << -1 << "m" << "a" << "";
    QTest::newRow("host as parameter") << "postgresql:///m?host=/tmp&port=5999&territory=a"
                                       << "" << "" << "/tmp" << 5999 << "m" << "a" << "";
}

void TestAddress::parsesGoodAddresses()
{
    QFETCH(QString, text);
    QString error;
    const auto a = SharedAddress::parse(text, &error);
    QVERIFY2(a, qPrintable(error));
    QTEST(a->user, "user");
    QTEST(a->password, "password");
    QTEST(a->host, "host");
    QTEST(a->port, "port");
    QTEST(a->database, "database");
    QTEST(a->territory, "territory");
    QTEST(a->options.value(QStringLiteral("sslmode")), "sslmode");
    QCOMPARE(a->schema(), QStringLiteral("t_") + a->territory);
    // What display() writes parses back to the same address (less the password).
    const auto again = SharedAddress::parse(a->display(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->host, a->host);
    QCOMPARE(again->port, a->port);
    QCOMPARE(again->database, a->database);
    QCOMPARE(again->territory, a->territory);
    QCOMPARE(again->options, a->options);
}

void TestAddress::refusesBadAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");  // a part of the one-line message

    QTest::newRow("a file") << "mirecourt.maillage" << "must start with postgresql://";
    QTest::newRow("no territory") << "postgresql://anne@server/maillage" << "?territory=NAME";
    QTest::newRow("empty territory") << "postgresql://server/m?territory=" << "?territory=NAME";
    QTest::newRow("upper case") << "postgresql://server/m?territory=Mirecourt" << "lower-case";
    QTest::newRow("starts with a digit") << "postgresql://server/m?territory=88a" << "starting with a letter";
    QTest::newRow("quote") << "postgresql://server/m?territory=a%22b" << "lower-case";
    QTest::newRow("too long") << "postgresql://server/m?territory=" + QString(41, QLatin1Char('a'))
                              << "longer than 40";
    QTest::newRow("unknown parameter") << "postgresql://server/m?territory=a&colour=red"
                                       << "“colour” is not a PostgreSQL connection parameter";
    QTest::newRow("twice") << "postgresql://server/m?territory=a&territory=b" << "given twice";
    QTest::newRow("several hosts") << "postgresql://h1:5432,h2:5432/m?territory=a" << "several servers";
    QTest::newRow("bad port") << "postgresql://server:http/m?territory=a" << "";
    QTest::newRow("port zero") << "postgresql:///m?port=0&territory=a" << "1 to 65535";
    QTest::newRow("slash in database") << "postgresql://server/m/n?territory=a" << "contains “/”";
}

void TestAddress::refusesBadAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    QString error;
    QVERIFY(!SharedAddress::parse(text, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY2(error.contains(text), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestAddress::displayHidesThePassword()
{
    const auto a = SharedAddress::parse(
        QStringLiteral("postgresql://anne:hunter2@server/m?territory=x&sslmode=require"));
    QVERIFY(a);
    QCOMPARE(a->display(), QStringLiteral("postgresql://anne@server/m?territory=x&sslmode=require"));
    QVERIFY(!a->display().contains(QLatin1String("hunter2")));
    QCOMPARE(a->groupRole(QStringLiteral("viewer_np")), QStringLiteral("maillage_x_viewer_np"));
}

void TestAddress::tellsAddressesFromFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("address");
    QTest::newRow("uri") << "postgresql://x/y?territory=z" << true;
    QTest::newRow("short scheme, any case") << "POSTGRES://x/y?territory=z" << true;
    QTest::newRow("file") << "postgresql.maillage" << false;
    QTest::newRow("relative path") << "./postgresql://x" << false;
}

void TestAddress::tellsAddressesFromFiles()
{
    QFETCH(QString, text);
    QTEST(SharedAddress::looksLikeAddress(text), "address");
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
