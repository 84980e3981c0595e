// The territory as one web page (issue 20): what the file holds (never persons' contact
// details; pseudonymised, no person's name, contact or exact place anywhere in its bytes) and
// what a reader sees in a real browser: Debian's headless Chromium, driven through
// chromedriver by tests/io/webmap_driver.py, opens the page of the sample and of a 10 000-actor
// territory, reads the status line and the page's state, searches, filters, opens a card and
// a path, and takes screenshots (their paths are printed).
#include "testsupport.h"

#include "core/document/document.h"
#include "core/io/htmlexport.h"
#include "core/io/sample.h"
#include "core/store/repositories.h"
#include "core/workshop/savedview.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QtTest>

using namespace maillage;

namespace {

constexpr double kSchoolLatitude = 48.29731, kSchoolLongitude = 6.13362;
constexpr double kPersonLatitude = 48.29517, kPersonLongitude = 6.13021;

QString browser()
{
    return QStandardPaths::findExecutable(QStringLiteral("chromium"));
}
QString chromedriver()
{
    return QStandardPaths::findExecutable(QStringLiteral("chromedriver"));
}

/// Runs the WebDriver scenario on `page`; its JSON report.
QJsonObject drive(const QString &page, const QString &screenshot, const QString &placesShot)
{
    QProcess p;
    QStringList args{QStringLiteral(MAILLAGE_SOURCE_DIR "/tests/io/webmap_driver.py"), page,
                     QStringLiteral("--search"), QStringLiteral("ecole"),
                     QStringLiteral("--screenshot"), screenshot, QStringLiteral("--pan")};
    if (!placesShot.isEmpty())
        args << QStringLiteral("--places-screenshot") << placesShot;
    p.start(QStringLiteral("python3"), args);
    if (!p.waitForFinished(200000)) {
        p.kill();
        p.waitForFinished();
        qWarning("webmap_driver.py did not finish");
        return {};
    }
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("webmap_driver.py: %s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(out).object();
}

/// The drag of the driver's --pan moved the camera, and nothing is left slid aside.
void checkPanned(const QJsonObject &report)
{
    const QJsonObject pan = report.value(QStringLiteral("pan")).toObject();
    const QJsonArray before = pan.value(QStringLiteral("cameraBefore")).toArray();
    const QJsonArray after = pan.value(QStringLiteral("camera")).toArray();
    QCOMPARE(before.size(), 2);
    QCOMPARE(after.size(), 2);
    QVERIFY2(before != after, "dragging the stage did not pan");
    QVERIFY(!report.value(QStringLiteral("final")).toObject().value(QStringLiteral("slid")).toBool());
}

int shownActors(const QJsonObject &state)
{
    return state.value(QStringLiteral("shown")).toObject().value(QStringLiteral("actors")).toInt(-1);
}
int shownLinks(const QJsonObject &state)
{
    return state.value(QStringLiteral("shown")).toObject().value(QStringLiteral("links")).toInt(-1);
}

} // namespace

class TestWebmap : public QObject
{
    Q_OBJECT

    QString m_sample;  ///< the sample, with a school, a custom field and places
    QString m_large;   ///< 10 000 actors, 20 000 links
    int m_sampleActors = 0, m_sampleLinks = 0, m_associations = 0;
    QStringList m_personNames, m_contacts;

    bool haveBrowser()
    {
        return !browser().isEmpty() && !chromedriver().isEmpty();
    }

    QString shot(const QString &name)
    {
        return QDir(QDir::tempPath()).filePath(QStringLiteral("maillage-webmap-%1.png").arg(name));
    }

    QByteArray exportPage(const QString &territory, const io::HtmlExportOptions &options,
                          const QString &out)
    {
        Store store;
        QString error;
        if (!store.open(territory, Store::Access::ReadOnly, &error))
            qFatal("open: %s", qPrintable(error));
        if (!io::exportHtml(store, out, options, &error))
            qFatal("export: %s", qPrintable(error));
        return test::readBytes(out);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_sample = test::tempPath(QStringLiteral("sample.maillage"));
        QVERIFY2(writeSample(m_sample, &error, QStringLiteral("fr")), qPrintable(error));
        Document doc;
        QVERIFY2(doc.open(m_sample, Store::Access::ReadWrite, &error), qPrintable(error));
        // A school, placed exactly on the ground, for the accent-free search and the map.
        qint64 association = 0;
        for (const Category &c : doc.categories())
            if (c.code == QLatin1String("association"))
                association = c.id;
        Actor school;
        school.name = QStringLiteral("École Jean-Macé");
        school.categoryId = association;
        school.commune = QStringLiteral("Mirecourt");
        school.x = 120;
        school.y = -40;
        school.latitude = kSchoolLatitude;
        school.longitude = kSchoolLongitude;
        school.locationPrecision = QStringLiteral("exact");
        const auto schoolId = doc.addActor(school, {}, &error);
        QVERIFY2(schoolId, qPrintable(error));
        const QList<Actor> actors = doc.actors();
        Link link;
        link.sourceId = *schoolId;
        link.targetId = actors.first().id;
        link.typeId = doc.linkTypes().first().id;
        QVERIFY2(doc.addLink(link, &error), qPrintable(error));
        // A person placed at home: an exact place that must never go out pseudonymised.
        qint64 person = 0;
        for (const Actor &a : actors)
            if (a.isPerson) {
                m_personNames << a.name;
                for (const QString &contact : {a.email, a.phone, a.address})
                    if (!contact.isEmpty())
                        m_contacts << contact;
                if (!person)
                    person = a.id;
            }
        QVERIFY(!m_contacts.isEmpty());
        QVERIFY(doc.updateActor(person,
                                {{QStringLiteral("latitude"), kPersonLatitude},
                                 {QStringLiteral("longitude"), kPersonLongitude},
                                 {QStringLiteral("location_precision"), QStringLiteral("exact")}},
                                &error));
        // A custom field, personal, with a value for a person and one for an organisation.
        CustomField field;
        field.name = QStringLiteral("Quartier");
        field.personal = true;
        const auto fieldId = doc.addCustomField(field, &error);
        QVERIFY2(fieldId, qPrintable(error));
        QVERIFY(doc.setFieldValue(*fieldId, *schoolId, QStringLiteral("Centre"), &error));
        QVERIFY(doc.setFieldValue(*fieldId, person, QStringLiteral("Rue des Roses 12"), &error));
        m_contacts << QStringLiteral("Rue des Roses 12");
        // A saved view of the associations alone.
        workshop::SavedView view;
        view.name = QStringLiteral("Associations");
        view.filter.categories = {association};
        QVERIFY2(workshop::addView(doc, view, &error), qPrintable(error));
        for (const Actor &a : doc.actors())
            m_associations += a.categoryId == association ? 1 : 0;
        m_sampleActors = int(doc.actors().size());
        m_sampleLinks = int(doc.links().size());
        doc.close();

        // 10 000 actors, 2 links each, positions, an "École" every 100 actors.
        m_large = test::tempPath(QStringLiteral("large.maillage"));
        Store store;
        QVERIFY2(store.create(m_large, QStringLiteral("Grand territoire"), &error), qPrintable(error));
        const QList<Category> categories = CategoryRepository(store).list();
        const QList<LinkType> types = LinkTypeRepository(store).list();
        QRandomGenerator rng(20);
        store.begin();
        QList<qint64> ids;
        for (int i = 0; i < 10000; ++i) {
            Actor a;
            const Category &c = categories.at(i % categories.size());
            a.name = i % 100 == 0 ? QStringLiteral("École n°%1").arg(i)
                                  : QStringLiteral("Acteur %1").arg(i);
            a.categoryId = c.id;
            a.isPerson = c.person;
            a.x = rng.generateDouble() * 9000;
            a.y = rng.generateDouble() * 9000;
            a.influence = int(rng.bounded(6));
            if (i % 10 == 0) {
                a.latitude = 48 + rng.generateDouble();
                a.longitude = 6 + rng.generateDouble();
                a.locationPrecision = QStringLiteral("street");
            }
            ids << *ActorRepository(store).create(a);
        }
        for (int i = 0; i < 10000; ++i)
            for (int k = 0; k < 2; ++k) {
                Link l;
                l.sourceId = ids.at(i);
                l.targetId = ids.at((i + 1 + int(rng.bounded(9999))) % 10000);
                l.typeId = types.at(int(rng.bounded(int(types.size())))).id;
                QVERIFY(LinkRepository(store).create(l));
            }
        store.commit();
        store.close();
    }

    /// Persons' e-mail addresses, phones, postal addresses and personal fields never go
    /// out, pseudonymised or not; pseudonymised, neither do their names nor exact places.
    void personalData_data()
    {
        QTest::addColumn<bool>("anonymize");
        QTest::addColumn<QString>("language");
        QTest::newRow("as it is, en") << false << QStringLiteral("en");
        QTest::newRow("pseudonymised, fr") << true << QStringLiteral("fr");
        QTest::newRow("pseudonymised, en") << true << QStringLiteral("en");
    }
    void personalData()
    {
        QFETCH(bool, anonymize);
        QFETCH(QString, language);
        io::HtmlExportOptions options;
        options.anonymize = anonymize;
        options.language = language;
        const QByteArray page =
            exportPage(m_sample, options, test::tempPath(QStringLiteral("personal.html")));
        QVERIFY(page.size() > 100000);
        for (const QString &contact : std::as_const(m_contacts))
            QVERIFY2(!page.contains(contact.toUtf8()), qPrintable(contact));
        const QByteArray exact = QByteArray::number(kPersonLatitude, 'f', 5);
        QVERIFY2(!page.contains(exact), "a person's exact place went out");
        // The school's place goes out (an organisation), and the school's field value.
        QVERIFY(page.contains(QByteArray::number(kSchoolLatitude, 'f', 5)));
        QVERIFY(page.contains("\"Centre\""));
        if (!anonymize) {
            QVERIFY(page.contains(m_personNames.first().toUtf8()));
            return;
        }
        for (const QString &name : std::as_const(m_personNames)) {
            QVERIFY2(!page.contains(name.toUtf8()), qPrintable(name));
            for (const QString &part : name.split(QLatin1Char(' ')))
                if (part.size() >= 4)
                    QVERIFY2(!page.contains(part.toUtf8()), qPrintable(part));
        }
    }

    /// The command line writes the same page; a wrong language or view is one line and no
    /// file.
    void commandLine()
    {
        const QString out = test::tempPath(QStringLiteral("cli.html"));
        auto r = test::runCli({QStringLiteral("export"), m_sample, out, QStringLiteral("--format"),
                               QStringLiteral("html"), QStringLiteral("--lang"),
                               QStringLiteral("fr"), QStringLiteral("--anonymize")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("%1 actors").arg(m_sampleActors)) ||
                     r.out.contains(QString::number(m_sampleActors)),
                 qPrintable(r.out));
        QVERIFY(test::readBytes(out).startsWith("<!DOCTYPE html>"));
        QVERIFY(test::readBytes(out).contains("<html lang=\"fr\">"));
        // A saved view: its filter chooses the actors.
        r = test::runCli({QStringLiteral("export"), m_sample, out, QStringLiteral("--view"),
                          QStringLiteral("Associations"), QStringLiteral("--lang"),
                          QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(": %1 actors,").arg(m_associations)), qPrintable(r.out));
        QVERIFY(m_associations > 1 && m_associations < m_sampleActors);
        QVERIFY(test::readBytes(out).contains("Saved view: \u201cAssociations\u201d") ||
                test::readBytes(out).contains("Saved view: “Associations”"));
        const QString bad = test::tempPath(QStringLiteral("bad.html"));
        r = test::runCli({QStringLiteral("export"), m_sample, bad, QStringLiteral("--view"),
                          QStringLiteral("Nulle part")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.contains(QStringLiteral("Nulle part")));
        QVERIFY(!QFile::exists(bad));
        r = test::runCli({QStringLiteral("export"), m_sample, bad, QStringLiteral("--lang"),
                          QStringLiteral("de")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(bad));
        r = test::runCli({QStringLiteral("export"), m_sample,
                          test::tempPath(QStringLiteral("x.csv")), QStringLiteral("--lang"),
                          QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 2);
    }

    /// The sample's page in Chromium: counts, accent-free search, card, filters, path, the
    /// map of places; no request, no console error.
    void sampleInBrowser_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("anonymize");
        QTest::newRow("en") << QStringLiteral("en") << false;
        QTest::newRow("fr, pseudonymised") << QStringLiteral("fr") << true;
    }
    void sampleInBrowser()
    {
        if (!haveBrowser())
            QSKIP("chromium and chromium-driver are not installed (scripts/deps installs them)");
        QFETCH(QString, language);
        QFETCH(bool, anonymize);
        io::HtmlExportOptions options;
        options.language = language;
        options.anonymize = anonymize;
        const QString page = test::tempPath(QStringLiteral("sample-%1.html").arg(language));
        exportPage(m_sample, options, page);
        const QString name = QStringLiteral("sample-") + language;
        const QJsonObject r = drive(page, shot(name), shot(name + QStringLiteral("-places")));
        QVERIFY2(!r.isEmpty(), "the driver gave no report");
        const QJsonObject loaded = r.value(QStringLiteral("loaded")).toObject();
        QVERIFY(loaded.value(QStringLiteral("ready")).toBool());
        QVERIFY(!loaded.value(QStringLiteral("drawnAt")).isNull());
        QVERIFY(loaded.value(QStringLiteral("shownAt")).toDouble()
                >= loaded.value(QStringLiteral("drawnAt")).toDouble());
        // Circles are drawn by sigma's circle program, the sample's other shapes (square,
        // diamond, triangle, hexagon, star) by the page's shape program.
        QCOMPARE(loaded.value(QStringLiteral("shapes")).toArray().toVariantList(),
                 QVariantList({QStringLiteral("circle:0"), QStringLiteral("shape:1"),
                               QStringLiteral("shape:2"), QStringLiteral("shape:3"),
                               QStringLiteral("shape:4"), QStringLiteral("shape:5")}));
        QCOMPARE(loaded.value(QStringLiteral("lang")).toString(), language);
        QCOMPARE(loaded.value(QStringLiteral("statusLive")).toString(), QStringLiteral("polite"));
        QCOMPARE(shownActors(loaded), m_sampleActors);
        QCOMPARE(shownLinks(loaded), m_sampleLinks);
        if (language == QLatin1String("en"))
            QCOMPARE(loaded.value(QStringLiteral("status")).toString(),
                     QStringLiteral("%1 actors, %2 links shown").arg(m_sampleActors).arg(m_sampleLinks));
        else
            QVERIFY(loaded.value(QStringLiteral("status")).toString().startsWith(
                QString::number(m_sampleActors)));
        // Search ignores accents; the first actor found opens its card.
        const QJsonObject search = r.value(QStringLiteral("search")).toObject();
        QCOMPARE(search.value(QStringLiteral("searchMatches")).toInt(), 1);
        QCOMPARE(search.value(QStringLiteral("found")).toArray().first().toString(),
                 QStringLiteral("École Jean-Macé"));
        QCOMPARE(r.value(QStringLiteral("card")).toObject().value(QStringLiteral("card")).toString(),
                 QStringLiteral("École Jean-Macé"));
        // Filters change the counts; "show everything" brings them back.
        const QJsonObject off = r.value(QStringLiteral("categoryOff")).toObject();
        QVERIFY(shownActors(off) < m_sampleActors);
        QVERIFY(shownLinks(off) < m_sampleLinks);
        QCOMPARE(shownActors(r.value(QStringLiteral("reset")).toObject()), m_sampleActors);
        const int tagged = shownActors(r.value(QStringLiteral("tag")).toObject());
        QVERIFY(tagged >= 0 && tagged < m_sampleActors);
        // The custom field's first value ("Centre": pseudonymised or not, the school has it;
        // the person's personal value never went out).
        QCOMPARE(shownActors(r.value(QStringLiteral("field")).toObject()), 1);
        // The map of places: the school, and the person only as it is.
        QVERIFY(loaded.value(QStringLiteral("tabs")).toArray().contains(QStringLiteral("tab-places")));
        QVERIFY(r.value(QStringLiteral("placesMarkers")).toInt() > 0);
        const QJsonObject last = r.value(QStringLiteral("final")).toObject();
        QCOMPARE(last.value(QStringLiteral("errors")).toArray().size(), 0);
        QCOMPARE(last.value(QStringLiteral("requests")).toArray().size(), 0);
        for (const QJsonValue &entry : r.value(QStringLiteral("console")).toArray())
            QVERIFY2(entry.toObject().value(QStringLiteral("level")).toString() != QLatin1String("SEVERE"),
                     qPrintable(entry.toObject().value(QStringLiteral("message")).toString()));
        checkPanned(r);
        qInfo("screenshots: %s, %s", qPrintable(shot(name)),
              qPrintable(shot(name + QStringLiteral("-places"))));
    }

    /// 10 000 actors and 20 000 links: under 5 MB, drawn, counted, searched and filtered.
    /// (How fast is maillage-bench webmap's business, never a test's.)
    void largeInBrowser()
    {
        const QString page = test::tempPath(QStringLiteral("large.html"));
        const QByteArray bytes = exportPage(m_large, {}, page);
        QVERIFY2(bytes.size() < 5 * 1024 * 1024, QByteArray::number(bytes.size()).constData());
        if (!haveBrowser())
            QSKIP("chromium and chromium-driver are not installed (scripts/deps installs them)");
        const QJsonObject r = drive(page, shot(QStringLiteral("large")), QString());
        QVERIFY2(!r.isEmpty(), "the driver gave no report");
        const QJsonObject loaded = r.value(QStringLiteral("loaded")).toObject();
        QVERIFY(!loaded.value(QStringLiteral("shownAt")).isNull());
        QCOMPARE(shownActors(loaded), 10000);
        QCOMPARE(shownLinks(loaded), 20000);
        QCOMPARE(loaded.value(QStringLiteral("status")).toString(),
                 QStringLiteral("10,000 actors, 20,000 links shown"));
        QCOMPARE(r.value(QStringLiteral("search")).toObject().value(QStringLiteral("searchMatches")).toInt(),
                 100);
        QVERIFY(shownActors(r.value(QStringLiteral("categoryOff")).toObject()) < 10000);
        QVERIFY(r.value(QStringLiteral("path")).toObject().value(QStringLiteral("pathLength")).toInt() > 0);
        const QJsonObject last = r.value(QStringLiteral("final")).toObject();
        QCOMPARE(last.value(QStringLiteral("errors")).toArray().size(), 0);
        QCOMPARE(last.value(QStringLiteral("requests")).toArray().size(), 0);
        // Large maps pan as a picture (the layers slide, the camera follows on release).
        checkPanned(r);
        qInfo("10 000 actors: %.1f MB, first frame on screen %.0f ms after navigation; screenshot %s",
              bytes.size() / 1048576.0, loaded.value(QStringLiteral("shownAt")).toDouble(),
              qPrintable(shot(QStringLiteral("large"))));
    }
};

QTEST_GUILESS_MAIN(TestWebmap)
#include "tst_webmap.moc"
