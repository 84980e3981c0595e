// Exercise files: what createExercise() keeps, stores and refuses; the exercise CLI command.
#include "core/io/sample.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include "testsupport.h"
#include "core/workshop/exercise.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace maillage;
using namespace maillage::workshop;

namespace {
#define K(s) QStringLiteral(s)

/// The file's bytes but the two header counters SQLite bumps whenever a connection switches
/// the journal mode (file change counter, offset 24, and "version valid for", offset 92):
/// every page of data must stay as it was.
QByteArray hashOf(const QString &path)
{
    QByteArray bytes = test::readBytes(path);
    if (bytes.size() >= 100) {
        bytes.replace(24, 4, QByteArray(4, '\0'));
        bytes.replace(92, 4, QByteArray(4, '\0'));
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

qint64 idOf(Store &store, const QString &table, const QString &column, const QString &value)
{
    for (const Row &r : store.rows(table))
        if (r.value(column).toString() == value)
            return r.value(K("id")).toLongLong();
    return 0;
}

} // namespace

class TestExercise : public QObject
{
    Q_OBJECT

    int counter = 0;
    QString reference;

    QString freshPath(const QString &stem) { return test::tempPath(K("%1-%2.maillage").arg(stem).arg(++counter)); }

    /// A spec allowing institutions and associations, partnerships and funding.
    ExerciseSpec spec(Store &store)
    {
        ExerciseSpec s;
        s.brief = K("  Map who acts on food in Mirecourt.\nName at least ten actors.  ");
        s.categories = {idOf(store, K("category"), K("code"), K("institution")),
                        idOf(store, K("category"), K("code"), K("association"))};
        s.linkTypes = {idOf(store, K("link_type"), K("code"), K("partnership")),
                       idOf(store, K("link_type"), K("code"), K("funding"))};
        return s;
    }

private slots:
    void initTestCase()
    {
        reference = test::tempPath(K("reference.maillage"));
        QString error;
        QVERIFY2(writeSample(reference, &error), qPrintable(error));
    }

    void allowedVocabularyStored()
    {
        Store ref;
        QVERIFY(ref.open(reference, Store::Access::ReadOnly));
        QVERIFY(!readExercise(ref).has_value());
        const ExerciseSpec s = spec(ref);
        const QString out = freshPath(K("vocabulary"));
        QString error;
        QVERIFY2(createExercise(ref, out, s, &error), qPrintable(error));
        ref.close();

        Store made;
        QVERIFY(made.open(out, Store::Access::ReadOnly));
        const auto e = readExercise(made);
        QVERIFY(e.has_value());
        QCOMPARE(e->brief, K("Map who acts on food in Mirecourt.\nName at least ten actors."));
        QCOMPARE(QSet<qint64>(e->categories.cbegin(), e->categories.cend()),
                 QSet<qint64>(s.categories.cbegin(), s.categories.cend()));
        QCOMPARE(QSet<qint64>(e->linkTypes.cbegin(), e->linkTypes.cend()),
                 QSet<qint64>(s.linkTypes.cbegin(), s.linkTypes.cend()));
        QVERIFY(e->allowsCategory(s.categories.first()));
        QVERIFY(!e->allowsCategory(idOf(made, K("category"), K("code"), K("citizen"))));
        QVERIFY(!e->allowsLinkType(idOf(made, K("link_type"), K("code"), K("conflict"))));
        QVERIFY(!e->createdAt.isEmpty());
        // The whole vocabulary stays (the file is a territory like any other).
        QCOMPARE(made.count(K("category")), qint64(8));
        QCOMPARE(made.integrityCheck(), K("ok"));
    }

    void startingMap_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<qint64>("actors");
        QTest::addColumn<qint64>("links");
        QTest::addColumn<bool>("tracking");  // meetings, problems, actions kept
        QTest::newRow("empty") << K("empty") << qint64(0) << qint64(0) << false;
        QTest::newRow("actors") << K("actors") << qint64(34) << qint64(0) << false;
        // Mairie, La Bouée, Café L'UtopiC and the links among them.
        QTest::newRow("selected") << K("selected") << qint64(3) << qint64(-1) << false;
        QTest::newRow("all") << K("all") << qint64(34) << qint64(57) << true;
    }
    void startingMap()
    {
        QFETCH(QString, start);
        QFETCH(qint64, actors);
        QFETCH(qint64, links);
        QFETCH(bool, tracking);
        Store ref;
        QVERIFY(ref.open(reference, Store::Access::ReadOnly));
        ExerciseSpec s = spec(ref);
        s.start = *startMapFromCode(start);
        QList<qint64> chosen;
        for (const QString &name : {K("Mairie de Mirecourt"), K("La Bouée"), K("Café L'UtopiC")})
            chosen << idOf(ref, K("actor"), K("name"), name);
        s.actors = chosen;
        qint64 linksAmongChosen = 0;
        for (const Link &l : LinkRepository(ref).list())
            linksAmongChosen += chosen.contains(l.sourceId) && chosen.contains(l.targetId);
        QVERIFY(linksAmongChosen > 0);
        if (links < 0)
            links = linksAmongChosen;
        const QString out = freshPath(start);
        QString error;
        QVERIFY2(createExercise(ref, out, s, &error), qPrintable(error));
        ref.close();

        Store made;
        QVERIFY(made.open(out, Store::Access::ReadOnly));
        QCOMPARE(made.count(K("actor")), actors);
        QCOMPARE(made.count(K("link")), links);
        QCOMPARE(made.count(K("meeting")) > 0, tracking);
        QCOMPARE(made.count(K("problem")) > 0, tracking);
        QCOMPARE(made.count(K("action_item")) > 0, tracking);
        QCOMPARE(made.count(K("snapshot")), qint64(0));
        if (start == K("selected")) {
            for (qint64 id : chosen)
                QVERIFY(made.row(K("actor"), id).has_value());
        }
        QCOMPARE(made.integrityCheck(), K("ok"));
        made.close();

        // Persons not in the starting map leave nothing behind, not even in free pages.
        const QByteArray bytes = test::readBytes(out);
        QCOMPARE(bytes.contains(QByteArrayLiteral("Odile Ferry")), start == K("actors") || start == K("all"));
        QCOMPARE(bytes.contains(QByteArrayLiteral("Mairie de Mirecourt")), start != K("empty"));
    }

    void referenceUnchanged()
    {
        const QString before = QString::fromLatin1(hashOf(reference).toHex());
        Store ref;
        QVERIFY(ref.open(reference, Store::Access::ReadWrite));
        ExerciseSpec s = spec(ref);
        s.start = StartMap::Empty;
        QString error;
        QVERIFY2(createExercise(ref, freshPath(K("untouched")), s, &error), qPrintable(error));
        QVERIFY(!readExercise(ref).has_value());
        QCOMPARE(ref.count(K("actor")), qint64(34));
        ref.close();
        QCOMPARE(QString::fromLatin1(hashOf(reference).toHex()), before);
    }

    void badArguments_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty brief") << K("brief") << K("the brief is empty");
        QTest::newRow("no category") << K("categories") << K("at least one category");
        QTest::newRow("no link type") << K("linkTypes") << K("at least one link type");
        QTest::newRow("unknown category") << K("badCategory") << K("category #99999 is not in");
        QTest::newRow("selected without actors") << K("selected") << K("no actor is selected");
        QTest::newRow("unknown actor") << K("badActor") << K("actor #99999 is not in");
        QTest::newRow("not .maillage") << K("extension") << K("ends with .maillage");
        QTest::newRow("existing file") << K("exists") << K("already exists");
        QTest::newRow("the reference") << K("reference") << K("is the reference itself");
        QTest::newRow("no folder") << K("folder") << K("could not be written");
    }
    void badArguments()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        const QString before = QString::fromLatin1(hashOf(reference).toHex());
        Store ref;
        QVERIFY(ref.open(reference, Store::Access::ReadOnly));
        ExerciseSpec s = spec(ref);
        QString out = freshPath(K("bad"));
        if (what == K("brief"))
            s.brief = K(" \n ");
        else if (what == K("categories"))
            s.categories.clear();
        else if (what == K("linkTypes"))
            s.linkTypes.clear();
        else if (what == K("badCategory"))
            s.categories << 99999;
        else if (what == K("selected"))
            s.start = StartMap::Selected;
        else if (what == K("badActor")) {
            s.start = StartMap::Selected;
            s.actors = {99999};
        } else if (what == K("extension"))
            out = test::tempPath(K("exercise.txt"));
        else if (what == K("exists"))
            test::writeBytes(out, QByteArrayLiteral("trainee notes"));
        else if (what == K("reference"))
            out = reference;
        else if (what == K("folder"))
            out = test::tempPath(K("no/such/folder/x.maillage"));
        QString error;
        QVERIFY(!createExercise(ref, out, s, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        ref.close();
        if (what == K("exists"))
            QCOMPARE(test::readBytes(out), QByteArrayLiteral("trainee notes"));
        else if (what != K("reference"))
            QVERIFY(!QFile::exists(out));
        QCOMPARE(QString::fromLatin1(hashOf(reference).toHex()), before);
    }

    void resolveCodes()
    {
        Store ref;
        QVERIFY(ref.open(reference, Store::Access::ReadOnly));
        QList<qint64> ids;
        QString error;
        QVERIFY(resolveCategories(CategoryRepository(ref).list(),
                                  {K("institution"), K(" ASSOCIATION "), K("institution")}, &ids,
                                  &error));
        QCOMPARE(ids.size(), 2);
        QVERIFY(!resolveLinkTypes(LinkTypeRepository(ref).list(), {K("friendship")}, &ids, &error));
        QVERIFY2(error.contains(K("“friendship”")) && error.contains(K("partnership")),
                 qPrintable(error));
    }

    void cli()
    {
        const QString out = freshPath(K("cli"));
        auto r = test::runCli({K("exercise"), reference, out, K("--brief"), K("Find the funders."),
                               K("--categories"), K("institution,association"), K("--link-types"),
                               K("funding"), K("--start"), K("actors"), K("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(K("actors")).toInt(), 34);
        QCOMPARE(o.value(K("links")).toInt(), 0);
        QCOMPARE(o.value(K("start")).toString(), K("actors"));
        {
            Store made;
            QVERIFY(made.open(out, Store::Access::ReadOnly));
            const auto e = readExercise(made);
            QVERIFY(e.has_value());
            QCOMPARE(e->brief, K("Find the funders."));
            QCOMPARE(e->categories.size(), 2);
            QCOMPARE(e->linkTypes.size(), 1);
        }
        r = test::runCli({K("exercise"), reference, freshPath(K("cli")), K("--brief"), K("x"),
                          K("--start"), K("half")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(K("--start must be empty, actors or all")), qPrintable(r.err));
        r = test::runCli({K("exercise"), reference, freshPath(K("cli"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(K("--brief is required")), qPrintable(r.err));
        const QString unknown = freshPath(K("cli"));
        r = test::runCli({K("exercise"), reference, unknown, K("--brief"), K("x"),
                          K("--categories"), K("wizards")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(K("unknown category “wizards”")), qPrintable(r.err));
        QVERIFY(!QFile::exists(unknown));
        // Existing output: refused, file kept.
        r = test::runCli({K("exercise"), reference, out, K("--brief"), K("again")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(K("already exists")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestExercise)
#include "tst_exercise.moc"
