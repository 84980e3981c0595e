#include "core/document/document.h"
#include "core/io/sample.h"
#include "core/store/repositories.h"
#include "testsupport.h"
#include "core/util/i18n.h"

#include <QtTest>

using namespace maillage;

class TestSample : public QObject
{
    Q_OBJECT
private slots:
    // In an English interface the sample is English, whole: its name, author, problems,
    // actions, meetings and indicators (it was French in an English window).
    void sampleInEnglish()
    {
        const QString path = test::tempPath(QStringLiteral("mirecourt-en.maillage"));
        QFile::remove(path);
        QString error;
        QVERIFY2(writeSample(path, &error, QStringLiteral("en")), qPrintable(error));
        Document doc;
        QVERIFY2(doc.open(path, Store::Access::ReadOnly, &error), qPrintable(error));
        QCOMPARE(doc.territory().name, QStringLiteral("Mirecourt (demo)"));
        QVERIFY(!doc.territory().description.contains(QStringLiteral("démonstration")));
        QStringList texts;
        for (const Problem &p : ProblemRepository(doc.store()).list())
            texts << p.title << p.description;
        for (const ActionItem &a : ActionRepository(doc.store()).list())
            texts << a.title << a.description;
        for (const Meeting &m : Repository<Meeting>(doc.store()).list())
            texts << m.title << m.notes << m.decisions;
        for (const Indicator &i : Repository<Indicator>(doc.store()).list())
            texts << i.name << i.unit << i.description;
        QVERIFY(texts.contains(QStringLiteral("Getting about without a car")));
        // No French word of the kind the sample is made of is left.
        for (const QString &t : std::as_const(texts))
            for (const char *french : {" les ", " des ", " pour ", " avec ", "débat", "Expérimentation"})
                QVERIFY2(!t.contains(QString::fromUtf8(french)), qPrintable(t));
        // The actors keep their (proper) names; links and roles are all there.
        QVERIFY(!doc.actors().isEmpty());
        QVERIFY(doc.links().size() >= 40);
    }

    // The vocabulary (themes, categories, link types) is in the sample's language, not the
    // interface's: a French sample written from an English command line had English themes.
    void vocabularyInTheSampleLanguage_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("category");
        QTest::newRow("English interface, French sample")
            << "en" << "" << QStringLiteral("Logement") << QStringLiteral("Entreprise");
        QTest::newRow("French interface, English sample")
            << "fr" << "en" << QStringLiteral("Housing") << QStringLiteral("Company");
        QTest::newRow("French interface, French sample")
            << "fr" << "fr" << QStringLiteral("Logement") << QStringLiteral("Entreprise");
    }
    void vocabularyInTheSampleLanguage()
    {
        QFETCH(QString, interface);
        QFETCH(QString, sample);
        QFETCH(QString, theme);
        QFETCH(QString, category);
        i18n::install(interface);
        const QString path = test::tempPath(QStringLiteral("mirecourt-vocabulary.maillage"));
        QFile::remove(path);
        QString error;
        const bool written = writeSample(path, &error, sample);
        const QString interfaceAfter = QLocale().language() == QLocale::French ? "fr" : "en";
        i18n::install(QStringLiteral("en"));
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(interfaceAfter, interface);  // the interface's language is back
        Document doc;
        QVERIFY2(doc.open(path, Store::Access::ReadOnly, &error), qPrintable(error));
        QStringList themes, categories;
        for (const Theme &t : doc.themes())
            themes << t.name;
        for (const Category &c : doc.categories())
            categories << c.name;
        QVERIFY2(themes.contains(theme), qPrintable(themes.join(", ")));
        QVERIFY2(categories.contains(category), qPrintable(categories.join(", ")));
    }

    void sampleCoversTheMethod()
    {
        const QString path = test::tempPath(QStringLiteral("mirecourt.maillage"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        Document doc;
        QVERIFY2(doc.open(path, Store::Access::ReadOnly, &error), qPrintable(error));
        QCOMPARE(doc.territory().name, QStringLiteral("Mirecourt (démo)"));
        const QList<Actor> actors = doc.actors();
        QVERIFY(actors.size() >= 25 && actors.size() <= 40);
        QSet<qint64> categoriesUsed;
        for (const Actor &a : actors)
            categoriesUsed.insert(a.categoryId);
        QCOMPARE(categoriesUsed.size(), doc.categories().size());  // every default category

        const QList<Link> links = doc.links();
        QVERIFY(links.size() >= 40);
        QSet<qint64> typesUsed;
        int conflicts = 0, directed = 0;
        QHash<qint64, LinkType> types;
        for (const LinkType &t : doc.linkTypes())
            types.insert(t.id, t);
        for (const Link &l : links) {
            typesUsed.insert(l.typeId);
            conflicts += types.value(l.typeId).sign < 0 ? 1 : 0;
            directed += types.value(l.typeId).directed ? 1 : 0;
        }
        QVERIFY(typesUsed.size() >= 4);
        QVERIFY(conflicts >= 2);
        QVERIFY(directed >= 5);

        const auto problems = ProblemRepository(doc.store()).list();
        QVERIFY(problems.size() >= 6);
        QSet<QString> statuses;
        QSet<qint64> themes;
        for (const Problem &p : problems) {
            statuses.insert(p.status);
            themes.insert(p.themeId);
        }
        QVERIFY(statuses.size() >= 3);
        QVERIFY(themes.size() >= 4);

        const auto actions = ActionRepository(doc.store()).list();
        QVERIFY(actions.size() >= 3);
        bool festival = false, health = false;
        for (const ActionItem &a : actions) {
            festival |= a.title.contains(QStringLiteral("Utopic & Co"));
            health |= a.title.contains(QStringLiteral("santé"), Qt::CaseInsensitive);
        }
        QVERIFY(festival && health);
        QVERIFY(doc.store().count(QStringLiteral("indicator")) >= 3);
        QVERIFY(doc.store().count(QStringLiteral("indicator_value")) >= 3);

        const auto meetings = MeetingRepository(doc.store()).list();
        QVERIFY(meetings.size() >= 5);
        bool review = false;
        for (const Meeting &m : meetings)
            review |= m.kind == QLatin1String("review") && m.heldOn == QDate(2018, 11, 5);
        QVERIFY(review);
        QVERIFY(doc.store().count(QStringLiteral("meeting_attendee")) >= 25);
        QCOMPARE(doc.store().integrityCheck(), QStringLiteral("ok"));
    }

    void badKeyedJsonNamesTheLineAndWritesNothing()
    {
        Store store;
        QVERIFY(store.create(test::tempPath(QStringLiteral("keyed.maillage")), QStringLiteral("K")));
        QString error;
        QVERIFY(!loadKeyedJson(store, "{\n \"actors\": [\n  {\"name\": \"A\",}\n ]\n}", QStringLiteral("bad.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("bad.json, line 3")), qPrintable(error));
        QVERIFY(!loadKeyedJson(store,
                               R"({"actors":[{"key":"a","name":"A"}],"links":[{"from":"a","to":"zz","type":"funding"}]})",
                               QStringLiteral("ref.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("zz")), qPrintable(error));
        QCOMPARE(store.count(QStringLiteral("actor")), 0);  // all or nothing
    }
};

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
