// Map › Locate Actors… (LocateDialog): the geocoder through its stand-in on 127.0.0.1 (never
// the internet) — review, untick a row, apply as one undo step, undo —; persons' addresses
// not sent until their box is ticked; the User-Agent the service receives; a service that is
// down, a bad file and Cancel leave the territory as it was and the dialog usable; commune
// centres offered for the results below the score, one place per actor.
#include "core/document/document.h"
#include "core/geo/geocoder.h"
#include "geocoderstub.h"
#include "ui/mainwindow.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"
#include "ui/preferencesdialog.h"
#include "core/render/tiles.h"
#include "ui/settings.h"
#include "ui/territory/locatedialog.h"
#include "ui/territory/mapmodes.h"
#include "ui/territory/territoryview.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "core/util/i18n.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

using namespace maillage;

namespace {

/// The territory of test::addressTerritory, opened.
struct AddressTerritory
{
    Document doc;
    explicit AddressTerritory(const QString &name)
    {
        QString error;
        if (!doc.open(test::addressTerritory(name), Store::Access::ReadWrite, &error))
            qFatal("%s", qPrintable(error));
    }
    Actor actor(const QString &name) const
    {
        for (const Actor &a : doc.actors())
            if (a.name == name)
                return a;
        return {};
    }
    int located() const
    {
        int n = 0;
        for (const Actor &a : doc.actors())
            n += a.hasLocation();
        return n;
    }
};

/// The review table's row of `actor` from `source` ("Geocoder", "Commune centre"), or -1.
int rowOf(const QTableWidget *table, const QString &actor, const QString &source)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == actor && table->item(r, 1)->text() == source)
            return r;
    return -1;
}

bool ticked(const QTableWidget *table, int row)
{
    return table->item(row, 0)->checkState() == Qt::Checked;
}

} // namespace

class TestLocateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        i18n::install(QStringLiteral("en")); // English plurals
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void cleanup()
    {
        geo::Geocoder::setDefaultService({});
        render::TileStore::setContact({});
    }

    void geocodeReviewUntickApplyUndo()
    {
        test::GeocoderStub stub;
        QVERIFY(stub.started());
        geo::Geocoder::setDefaultService(QUrl(stub.url()));
        render::TileStore::setContact(QStringLiteral("atelier@example.org"));
        AddressTerritory t(QStringLiteral("review"));
        const int undoBefore = t.doc.undoStack()->count();
        LocateDialog d(&t.doc);
        d.show();
        QCOMPARE(d.page(), LocateDialog::Sources);
        d.geocodeBox()->setChecked(true);
        // The persons' box names how many and where they would go; it stays unticked.
        QVERIFY2(d.personsBox()->text().contains(QStringLiteral("1 person")) &&
                     d.personsBox()->text().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(d.personsBox()->text()));
        QVERIFY(d.personsBox()->isEnabled());
        QVERIFY(!d.personsBox()->isChecked());
        d.find();
        QTRY_COMPARE_WITH_TIMEOUT(d.page(), LocateDialog::Review, 15000);

        // Persons' addresses were not sent; the others were, with who is calling.
        const QStringList sent = stub.received();
        QCOMPARE(sent.size(), 4);
        for (const QString &q : sent)
            QVERIFY2(!q.contains(QStringLiteral("Tilleuls")), qPrintable(q));
        QCOMPARE(stub.userAgents().value(0),
                 QStringLiteral("Maillage/9.8.7 (+atelier@example.org)"));

        // The review: the three addresses found, with their query, label, score, precision.
        QTableWidget *table = d.table();
        QCOMPARE(table->rowCount(), 3);
        const int chanzy =
            rowOf(table, QStringLiteral("Quincaillerie Chanzy"), QStringLiteral("Geocoder"));
        const int marche =
            rowOf(table, QStringLiteral("Marché couvert"), QStringLiteral("Geocoder"));
        const int vignes =
            rowOf(table, QStringLiteral("Ferme des Vignes"), QStringLiteral("Geocoder"));
        QVERIFY(chanzy >= 0 && marche >= 0 && vignes >= 0);
        QCOMPARE(table->item(chanzy, 2)->text(), QStringLiteral("12 rue Chanzy 88500 Mirecourt"));
        QCOMPARE(table->item(chanzy, 3)->text(), QStringLiteral("12 Rue Chanzy 88500 Mirecourt"));
        QCOMPARE(table->item(chanzy, 4)->text(), QLocale().toString(0.97, 'f', 2));
        QCOMPARE(table->item(chanzy, 5)->text(), geo::precisionLabel(QStringLiteral("exact")));
        QVERIFY(ticked(table, chanzy) && ticked(table, marche));
        QVERIFY(!ticked(table, vignes)); // 0.31, below the minimum score
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("locateReviewNote"))
                    ->text()
                    .contains(QStringLiteral("Atelier inconnu")));
        QVERIFY(d.applyButton()->text().contains(QLatin1Char('2')));

        // Untick the market: nothing is written until Apply.
        table->item(marche, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(d.applyButton()->text().contains(QLatin1Char('1')));
        QCOMPARE(t.located(), 0);
        QVERIFY(d.apply());
        QCOMPARE(d.page(), LocateDialog::Done);
        QCOMPARE(t.doc.undoStack()->count(), undoBefore + 1);
        const Actor q = t.actor(QStringLiteral("Quincaillerie Chanzy"));
        QCOMPARE(q.latitude, 48.300512);
        QCOMPARE(q.longitude, 6.134871);
        QCOMPARE(q.locationPrecision, QStringLiteral("exact"));
        QVERIFY(!t.actor(QStringLiteral("Marché couvert")).hasLocation());
        QVERIFY(!t.actor(QStringLiteral("Ferme des Vignes")).hasLocation());
        QCOMPARE(t.located(), 1);
        // The summary is the command line's.
        const QString summary = d.summary();
        QVERIFY2(summary.contains(QStringLiteral("Geocoding: 4 addresses sent, 1 applied")) &&
                     summary.contains(QStringLiteral("1 not applied (score below)")) &&
                     summary.contains(QStringLiteral("left out")) &&
                     summary.contains(QStringLiteral("Marché couvert")) &&
                     summary.contains(QStringLiteral("Left out at the review")) &&
                     summary.contains(QStringLiteral("with an address not sent")) &&
                     summary.contains(QStringLiteral("Located: 1 actor in all")),
                 qPrintable(summary));

        // One undo step takes it all back.
        t.doc.undoStack()->undo();
        QCOMPARE(t.located(), 0);
    }

    void personsSentWhenTicked()
    {
        test::GeocoderStub stub;
        QVERIFY(stub.started());
        geo::Geocoder::setDefaultService(QUrl(stub.url()));
        AddressTerritory t(QStringLiteral("persons"));
        LocateDialog d(&t.doc);
        d.show();
        QVERIFY(!d.personsBox()->isEnabled()); // only with the geocoder
        d.geocodeBox()->setChecked(true);
        d.personsBox()->setChecked(true);
        d.find();
        QTRY_COMPARE_WITH_TIMEOUT(d.page(), LocateDialog::Review, 15000);
        QVERIFY(stub.received().contains(QStringLiteral("3 allée des Tilleuls 88500 Mirecourt")));
        QVERIFY(rowOf(d.table(), QStringLiteral("Odile Ferry"), QStringLiteral("Geocoder")) >= 0);
        // The tile server is told the same: without a contact set, the build's (empty here).
        QVERIFY2(stub.userAgents().value(0).startsWith(QStringLiteral("Maillage/9.8.7 (")),
                 qPrintable(stub.userAgents().value(0)));
    }

    void belowScoreFallsBackToCommuneCentre()
    {
        test::GeocoderStub stub;
        QVERIFY(stub.started());
        geo::Geocoder::setDefaultService(QUrl(stub.url()));
        AddressTerritory t(QStringLiteral("fallback"));
        LocateDialog d(&t.doc);
        d.show();
        d.geocodeBox()->setChecked(true);
        d.setCommunesFile(test::dataPath(QStringLiteral("geo/communes.geojson")));
        d.communesBox()->setChecked(true);
        d.find();
        QTRY_COMPARE_WITH_TIMEOUT(d.page(), LocateDialog::Review, 15000);
        QTableWidget *table = d.table();
        const int geocoded =
            rowOf(table, QStringLiteral("Ferme des Vignes"), QStringLiteral("Geocoder"));
        const int centre =
            rowOf(table, QStringLiteral("Ferme des Vignes"), QStringLiteral("Commune centre"));
        QVERIFY(geocoded >= 0 && centre >= 0);
        QVERIFY(!ticked(table, geocoded) && ticked(table, centre));
        // The exact address has no commune row; "Sans adresse" (Épinal) has one.
        QCOMPARE(
            rowOf(table, QStringLiteral("Quincaillerie Chanzy"), QStringLiteral("Commune centre")),
            -1);
        QVERIFY(rowOf(table, QStringLiteral("Sans adresse"), QStringLiteral("Commune centre")) >=
                0);
        // One place per actor: ticking the geocoder's result unticks the commune's centre.
        table->item(geocoded, 0)->setCheckState(Qt::Checked);
        QVERIFY(!ticked(table, centre));
        QVERIFY(d.apply());
        const Actor v = t.actor(QStringLiteral("Ferme des Vignes"));
        QCOMPARE(v.latitude, 48.292);
        QCOMPARE(v.locationPrecision, QStringLiteral("commune")); // the service's municipality
        QCOMPARE(t.actor(QStringLiteral("Sans adresse")).locationPrecision,
                 QStringLiteral("commune"));
    }

    void serviceDownChangesNothing()
    {
        geo::Geocoder::setDefaultService(QUrl(QStringLiteral("http://127.0.0.1:1/search/csv/")));
        AddressTerritory t(QStringLiteral("down"));
        const int undoBefore = t.doc.undoStack()->count();
        LocateDialog d(&t.doc);
        d.show();
        d.geocodeBox()->setChecked(true);
        d.setCommunesFile(test::dataPath(QStringLiteral("geo/communes.geojson")));
        d.communesBox()->setChecked(true);
        d.find();
        QTRY_VERIFY_WITH_TIMEOUT(!d.busy(), 15000);
        QCOMPARE(d.page(), LocateDialog::Sources);
        const QString line = d.statusLine()->text();
        QVERIFY2(line.contains(QStringLiteral("cannot be reached")) &&
                     line.contains(QStringLiteral("nothing was located")) &&
                     !line.contains(QLatin1Char('\n')),
                 qPrintable(line));
        QCOMPARE(t.located(), 0);
        QCOMPARE(t.doc.undoStack()->count(), undoBefore);
        // Still usable: without the geocoder, the commune centres are found.
        QVERIFY(d.findChild<QPushButton *>(QStringLiteral("locateFind"))->isEnabled());
        d.geocodeBox()->setChecked(false);
        d.find();
        QTRY_COMPARE_WITH_TIMEOUT(d.page(), LocateDialog::Review, 15000);
        QCOMPARE(d.table()->rowCount(), 6);
    }

    void sireneGeolocationFile()
    {
        // The Mirecourt establishments of the SIRENE test file, imported by maillage-cli.
        const QString file = test::tempPath(QStringLiteral("sirene.maillage"));
        QFile::remove(file);
        QCOMPARE(test::runCli({QStringLiteral("new"), file}).exitCode, 0);
        const auto imported =
            test::runCli({QStringLiteral("import"), file,
                          test::dataPath(QStringLiteral("io/registers/sirene-etablissements.csv")),
                          QStringLiteral("--format"), QStringLiteral("sirene"),
                          QStringLiteral("--commune"), QStringLiteral("88304")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // The command line's dry run says what the window must find.
        const auto cli = test::runCli(
            {QStringLiteral("locate"), file, QStringLiteral("--sirene-geo"),
             test::dataPath(QStringLiteral("geo/sirene-geolocalisation.csv")),
             QStringLiteral("--replace"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const int expected = int(QJsonDocument::fromJson(cli.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("applied"))
                                     .toArray()
                                     .size());
        QVERIFY(expected > 0);
        Document doc;
        QVERIFY(doc.open(file));
        LocateDialog d(&doc);
        d.show();
        d.replaceBox()->setChecked(true);
        d.setSireneFile(test::dataPath(QStringLiteral("geo/sirene-geolocalisation.csv")));
        d.sireneBox()->setChecked(true);
        d.find();
        QTRY_COMPARE_WITH_TIMEOUT(d.page(), LocateDialog::Review, 15000);
        QCOMPARE(d.table()->rowCount(), expected);
        for (int r = 0; r < d.table()->rowCount(); ++r) {
            QCOMPARE(d.table()->item(r, 1)->text(), QStringLiteral("SIRENE"));
            QVERIFY(ticked(d.table(), r));
        }
        QVERIFY(d.apply());
        QVERIFY2(d.summary().contains(QStringLiteral("SIRENE geolocation:")),
                 qPrintable(d.summary()));
        int placed = 0;
        for (const Actor &a : doc.actors())
            placed += a.hasLocation();
        QVERIFY(placed >= expected);
    }

    void badFileSaysWhichLine()
    {
        AddressTerritory t(QStringLiteral("badfile"));
        const QString csv = test::tempPath(QStringLiteral("not-sirene.csv"));
        test::writeBytes(csv, "nom;adresse\nA;B\n");
        LocateDialog d(&t.doc);
        d.show();
        d.setSireneFile(csv);
        d.sireneBox()->setChecked(true);
        d.find();
        QTRY_VERIFY_WITH_TIMEOUT(!d.busy(), 15000);
        QCOMPARE(d.page(), LocateDialog::Sources);
        QVERIFY2(d.statusLine()->text().contains(QStringLiteral("not-sirene.csv")) &&
                     d.statusLine()->text().contains(QStringLiteral("siret")),
                 qPrintable(d.statusLine()->text()));
        QCOMPARE(t.located(), 0);
        // A file that is not there: said before anything runs.
        d.setSireneFile(test::tempPath(QStringLiteral("absent.csv")));
        d.find();
        QVERIFY(!d.busy());
        QVERIFY(d.statusLine()->text().contains(QStringLiteral("absent.csv")));
    }

    void cancelStopsASilentService()
    {
        QTcpServer silent; // takes the connection, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        geo::Geocoder::setDefaultService(
            QUrl(QStringLiteral("http://127.0.0.1:%1/search/csv/").arg(silent.serverPort())));
        AddressTerritory t(QStringLiteral("cancel"));
        LocateDialog d(&t.doc);
        d.show();
        d.geocodeBox()->setChecked(true);
        d.find();
        QVERIFY(d.busy());
        QTRY_VERIFY(silent.hasPendingConnections());
        d.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!d.busy(), 5000);
        QCOMPARE(d.page(), LocateDialog::Sources);
        QVERIFY2(d.statusLine()->text().contains(QStringLiteral("Cancelled")),
                 qPrintable(d.statusLine()->text()));
        QCOMPARE(t.located(), 0);
    }

    // With MAILLAGE_SCREENSHOT_DIR set: the three pages as PNG files there, in the language of
    // MAILLAGE_SCREENSHOT_LANGUAGE (with MAILLAGE_EXTRA_QM's translations when given), to look
    // at them.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("screenshots only with MAILLAGE_SCREENSHOT_DIR");
        const QString language = qEnvironmentVariable("MAILLAGE_SCREENSHOT_LANGUAGE");
        i18n::install(language.isEmpty() ? QStringLiteral("en") : language);
        QTranslator extra;
        if (!qEnvironmentVariableIsEmpty("MAILLAGE_EXTRA_QM") &&
            extra.load(qEnvironmentVariable("MAILLAGE_EXTRA_QM")))
            QCoreApplication::installTranslator(&extra);
        test::GeocoderStub stub;
        QVERIFY(stub.started());
        geo::Geocoder::setDefaultService(QUrl(stub.url()));
        AddressTerritory t(QStringLiteral("shots"));
        LocateDialog d(&t.doc);
        d.show();
        d.geocodeBox()->setChecked(true);
        d.setCommunesFile(test::dataPath(QStringLiteral("geo/communes.geojson")));
        d.communesBox()->setChecked(true);
        const QString suffix =
            QLatin1Char('-') + (language.isEmpty() ? QStringLiteral("en") : language);
        QVERIFY(d.grab().save(dir + QStringLiteral("/locate-sources") + suffix +
                              QStringLiteral(".png")));
        d.find();
        QTRY_COMPARE_WITH_TIMEOUT(d.page(), LocateDialog::Review, 15000);
        QVERIFY(d.grab().save(dir + QStringLiteral("/locate-review") + suffix +
                              QStringLiteral(".png")));
        QVERIFY(d.apply());
        QVERIFY(d.grab().save(dir + QStringLiteral("/locate-summary") + suffix +
                              QStringLiteral(".png")));
        PreferencesDialog preferences;
        preferences.contactEdit()->setText(
            QStringLiteral("atelier mirecourt")); // says what is wrong
        preferences.show();
        QVERIFY(preferences.grab().save(dir + QStringLiteral("/preferences") + suffix +
                                        QStringLiteral(".png")));
        QCoreApplication::removeTranslator(&extra);
        i18n::install(QStringLiteral("en"));
    }

    void menuEntryOpensTheDialog()
    {
        Settings().setTerritoryBackground(int(TerritoryView::Background::None));
        test::GeocoderStub stub;
        QVERIFY(stub.started());
        geo::Geocoder::setDefaultService(QUrl(stub.url()));
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(w.openFile(test::addressTerritory(QStringLiteral("menu"))));
        auto *modes = w.findChild<MapModes *>();
        modes->showTerritory(true);
        QCoreApplication::processEvents();
        QVERIFY(modes->territoryView()->unlocatedLine().contains(QStringLiteral("Locate")));
        QAction *locate = w.findChild<QAction *>(QStringLiteral("locateAction"));
        QVERIFY(locate);
        QVERIFY(locate->isEnabled());
        QCOMPARE(locate->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        bool inMenu = false;
        for (QAction *menu : w.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(locate))
                inMenu = true;
        QVERIFY(inMenu);
        locate->trigger();
        QTRY_VERIFY(w.findChild<LocateDialog *>());
        LocateDialog *d = w.findChild<LocateDialog *>();
        d->geocodeBox()->setChecked(true);
        d->find();
        QTRY_COMPARE_WITH_TIMEOUT(d->page(), LocateDialog::Review, 15000);
        QVERIFY(d->apply());
        // Nobody had a place (the view showed France): now it shows Mirecourt.
        double lat = 0, lon = 0;
        render::webmercator::toLatLon(modes->territoryView()->viewport().centre, &lat, &lon);
        QVERIFY2(std::abs(lat - 48.3) < 0.05 && std::abs(lon - 6.13) < 0.05,
                 qPrintable(QStringLiteral("%1 %2").arg(lat).arg(lon)));
        d->reject();
        QTRY_VERIFY(!w.findChild<LocateDialog *>());
        // One undo step, from the window's Undo.
        QCOMPARE(w.document()->undoStack()->undoText(), QStringLiteral("Locate Actors"));
    }

    void readOnlyFileOffersNoLocate()
    {
        const QString file = test::addressTerritory(QStringLiteral("readonly"));
        Document doc;
        QString error;
        QVERIFY2(doc.open(file, Store::Access::ReadOnly, &error), qPrintable(error));
        NetworkScene scene(&doc);
        NetworkView network(&scene);
        TerritoryView view(&doc, &scene, &network);
        view.setBackground(TerritoryView::Background::None);
        view.resize(600, 400);
        view.show();
        view.model();
        const QString line = view.unlocatedLine();
        QVERIFY2(line.contains(QStringLiteral("have no place")) &&
                     !line.contains(QStringLiteral("Locate")),
                 qPrintable(line));
    }
};

QTEST_MAIN(TestLocateDialog)
#include "tst_locatedialog.moc"
