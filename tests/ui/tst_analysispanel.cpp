// The analysis panel on the sample territory: measures computed on a worker thread and
// shown, the per-actor table sorted, the cache, recomputation when the network changes,
// the map's size/colour choices, and shortest paths between named actors.
#include "ui/analysis/analysispanel.h"
#include "ui/analysis/metricstablemodel.h"
#include "core/document/document.h"
#include "core/io/sample.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "core/util/i18n.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace maillage;
using analysisui::MetricsTableModel;

class TestAnalysisPanel : public QObject
{
    Q_OBJECT

    int counter = 0;
    QString samplePath()
    {
        const QString p = test::tempPath(QStringLiteral("analysis-%1.maillage").arg(++counter));
        QFile::remove(p);
        QString error;
        if (!writeSample(p, &error))
            qFatal("%s", qPrintable(error));
        return p;
    }
    static qint64 actorId(Document &doc, const QString &name)
    {
        for (const Actor &a : doc.actors())
            if (a.name == name)
                return a.id;
        return 0;
    }
    static QString value(AnalysisPanel &panel, int row)
    {
        auto *label = panel.findChild<QLabel *>(QStringLiteral("analysisValue%1").arg(row));
        return label ? label->text() : QString();
    }

private slots:
    void initTestCase() { test::isolateSettings(); }
    void cleanup() { i18n::install(QStringLiteral("en")); }

    void computesOffTheUiThreadAndShowsTheMeasures()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        AnalysisPanel panel(&doc);
        QSignalSpy computed(&panel, &AnalysisPanel::computed);
        // Hidden: nothing is computed until asked.
        QVERIFY(!panel.isComputing());
        panel.compute();
        // compute() returns at once; the work goes on in another thread.
        QVERIFY(panel.isComputing());
        QVERIFY(!panel.result());
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 20000);
        QVERIFY(!panel.isComputing());
        QCOMPARE(computed.count(), 1);
        QCOMPARE(panel.result()->network.actors, 34);
        QCOMPARE(panel.result()->network.links, 57);
        QCOMPARE(value(panel, 0), QStringLiteral("34"));
        QCOMPARE(value(panel, 1), QStringLiteral("57"));
        QCOMPARE(value(panel, 3), QStringLiteral("1"));              // components
        QCOMPARE(value(panel, 4), QStringLiteral("6 steps"));        // diameter
        QCOMPARE(value(panel, 8), QStringLiteral("5"));              // communities
        QCOMPARE(value(panel, 9), QStringLiteral("13"));             // bridges
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("analysisCommunityList"))
                    ->text().contains(QStringLiteral("SCIC Bien-vivre en Xaintois")));

        // Values and communities for the map.
        const QHash<qint64, double> degree = panel.values(QStringLiteral("degree"));
        QCOMPARE(degree.size(), 34);
        QCOMPARE(degree.value(actorId(doc, QStringLiteral("Mairie de Mirecourt"))), 14.0);
        QVERIFY(panel.values(QStringLiteral("no_such_measure")).isEmpty());
        QCOMPARE(panel.communities().size(), 34);
        QCOMPARE(panel.communities().value(actorId(doc, QStringLiteral("SCIC Bien-vivre en Xaintois"))), 1);
    }

    void tableIsSortableNumerically()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        AnalysisPanel panel(&doc);
        panel.compute();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 20000);
        QTableView *table = panel.table();
        QAbstractItemModel *m = table->model();
        QCOMPARE(m->rowCount(), 34);
        QVERIFY(table->isSortingEnabled());

        const auto column = [&](int c, int role) {
            QList<QVariant> out;
            for (int r = 0; r < m->rowCount(); ++r)
                out << m->index(r, c).data(role);
            return out;
        };
        // By betweenness, highest first (the default): the town hall leads.
        table->sortByColumn(MetricsTableModel::Betweenness, Qt::DescendingOrder);
        QCOMPARE(m->index(0, MetricsTableModel::Name).data().toString(),
                 QStringLiteral("Mairie de Mirecourt"));
        // By degree, lowest first: numeric order, not text order ("14" after "2").
        table->sortByColumn(MetricsTableModel::Degree, Qt::AscendingOrder);
        const QList<QVariant> degrees = column(MetricsTableModel::Degree, MetricsTableModel::SortRole);
        for (int r = 1; r < degrees.size(); ++r)
            QVERIFY(degrees.at(r - 1).toInt() <= degrees.at(r).toInt());
        QCOMPARE(degrees.last().toInt(), 15);
        // By name.
        table->sortByColumn(MetricsTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(m->index(0, MetricsTableModel::Name).data().toString(),
                 QStringLiteral("Agence régionale de santé Grand Est"));
        // The search narrows the rows.
        panel.findChild<QLineEdit *>(QStringLiteral("analysisSearch"))->setText(QStringLiteral("mirecourt"));
        QCOMPARE(m->rowCount(), 5);
    }

    void cachedUntilTheNetworkChanges()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        AnalysisPanel panel(&doc);
        panel.resize(520, 760);
        panel.show();
        // Shown: computes by itself.
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 20000);
        QSignalSpy computed(&panel, &AnalysisPanel::computed);

        // Another option: computed anew; back to the first: from the cache, at once.
        panel.setNetworkOptions({true, false, true});
        QVERIFY(!panel.isUpToDate());
        panel.compute();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 20000);
        QVERIFY(panel.result()->network.density != 0);
        panel.setNetworkOptions({false, false, true});
        panel.compute();
        QVERIFY(!panel.isComputing());
        QVERIFY(panel.isUpToDate());
        QCOMPARE(panel.result()->network.links, 57);

        // Moving an actor on the map changes nothing measured.
        const qint64 mairie = actorId(doc, QStringLiteral("Mairie de Mirecourt"));
        const qint64 gazette = actorId(doc, QStringLiteral("La Gazette du Xaintois"));
        QVERIFY(doc.updateActor(mairie, {{QStringLiteral("x"), 12.0}, {QStringLiteral("y"), 7.0}}));
        QVERIFY(panel.isUpToDate());

        // A new link: out of date, then recomputed by itself while visible.
        Link link;
        link.sourceId = mairie;
        link.targetId = gazette;
        link.typeId = doc.linkTypes().first().id;
        QVERIFY(doc.addLink(link));
        QVERIFY(!panel.isUpToDate());
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 20000);
        QCOMPARE(panel.result()->network.links, 58);
        // Undo: back to the cached results of the original network.
        doc.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 20000);
        QCOMPARE(panel.result()->network.links, 57);
    }

    void restartKeepsTheLatestOptions()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        AnalysisPanel panel(&doc);
        panel.setNetworkOptions({true, true, false});
        panel.compute();
        QVERIFY(panel.isComputing());
        panel.setNetworkOptions({false, false, false});
        panel.compute();  // cancels the first job and starts this one after it
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 20000);
        // Conflict links left out: the sample's conflict links are not counted.
        QVERIFY(panel.result()->network.links < 57);
        QCOMPARE(panel.result()->computed, analysis::kAllMeasures);
        panel.cancel();
        QVERIFY(panel.isUpToDate());
    }

    // A 10 000-actor network: the UI thread only takes the snapshot, the progress bar moves
    // while the measures run, and Cancel stops them and keeps nothing half done.
    void largeNetworkShowsProgressAndCancels()
    {
        const QString path = test::tempPath(QStringLiteral("analysis-large.maillage"));
        QFile::remove(path);
        {
            Document doc;
            QVERIFY(doc.create(path, QStringLiteral("Large")));
            Store &store = doc.store();
            QVERIFY(store.begin());
            QList<qint64> ids;
            ActorRepository actors(store);
            for (int i = 0; i < 10000; ++i) {
                Actor a;
                a.name = QStringLiteral("Actor %1").arg(i);
                const auto id = actors.create(a);
                QVERIFY(id);
                ids << *id;
            }
            LinkRepository links(store);
            QRandomGenerator random(7);
            for (int i = 0; i < 20000; ++i) {
                Link l;
                l.sourceId = ids.at(random.bounded(int(ids.size())));
                l.targetId = ids.at(random.bounded(int(ids.size())));
                QVERIFY(links.create(l));
            }
            QVERIFY(store.commit());
        }
        Document doc;
        QVERIFY(doc.open(path));
        AnalysisPanel panel(&doc);
        auto *progress = panel.findChild<QProgressBar *>(QStringLiteral("analysisProgress"));
        QElapsedTimer onUiThread;
        onUiThread.start();
        panel.compute();
        const qint64 blocked = onUiThread.elapsed();
        qInfo("compute() held the UI thread %lld ms for 10000 actors / 20000 links", blocked);
        QVERIFY(panel.isComputing());
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);
        QVERIFY(panel.isComputing());
        panel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 30000);
        QVERIFY(!panel.result());
        QVERIFY(!panel.isUpToDate());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("analysisStatus"))
                    ->text().startsWith(QStringLiteral("Cancelled")));
        // Again with other options: the network has not changed, its snapshot is reused.
        panel.setNetworkOptions({true, false, true});
        onUiThread.restart();
        panel.compute();
        qInfo("compute() again, other options: %lld ms on the UI thread", qint64(onUiThread.elapsed()));
        QVERIFY(panel.isComputing());
        panel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 30000);
    }

    // Above analysis::kSamplingThreshold actors nothing is computed at open, even with the
    // panel shown and kept up to date; Compute estimates betweenness from sampled sources and
    // says so with its error bound; the exact measures can be asked for; Stop stops either.
    void largeNetworkSamplesOnDemand()
    {
        const QString path = test::tempPath(QStringLiteral("analysis-sampled.maillage"));
        QFile::remove(path);
        const int n = analysis::kSamplingThreshold + 500;
        {
            Document doc;
            QVERIFY(doc.create(path, QStringLiteral("Sampled")));
            Store &store = doc.store();
            QVERIFY(store.begin());
            QList<qint64> ids;
            ActorRepository actors(store);
            for (int i = 0; i < n; ++i) {
                Actor a;
                a.name = QStringLiteral("Actor %1").arg(i);
                const auto id = actors.create(a);
                QVERIFY(id);
                ids << *id;
            }
            LinkRepository links(store);
            QRandomGenerator random(9);
            for (int i = 0; i < 2 * n; ++i) {
                Link l;
                l.sourceId = ids.at(random.bounded(int(ids.size())));
                l.targetId = ids.at(random.bounded(int(ids.size())));
                QVERIFY(links.create(l));
            }
            QVERIFY(store.commit());
        }
        Document doc;
        AnalysisPanel panel(&doc);
        panel.setKeepUpToDate(true);
        panel.show();
        QVERIFY(doc.open(path));
        QTest::qWait(600);  // longer than the panel's pause before an automatic refresh
        QVERIFY(!panel.isComputing());
        QVERIFY(!panel.result());
        auto *status = panel.findChild<QLabel *>(QStringLiteral("analysisStatus"));
        QVERIFY(status->text().contains(QStringLiteral("large network")));

        panel.compute();
        QVERIFY(panel.isComputing());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 120000);
        QVERIFY(panel.result());
        QCOMPARE(panel.result()->sampledSources, analysis::kDefaultSamples);
        QVERIFY(panel.result()->betweennessErrorBound > 0);
        QVERIFY(status->text().contains(QStringLiteral("estimated from")));
        QVERIFY(status->text().contains(QLocale().toString(panel.result()->betweennessErrorBound, 'f', 3)));
        QVERIFY(!panel.values(QStringLiteral("betweenness")).isEmpty());

        // The exact measures, on demand, and the Stop button.
        auto *exact = panel.findChild<QCheckBox *>(QStringLiteral("analysisExact"));
        auto *stop = panel.findChild<QPushButton *>(QStringLiteral("analysisCancel"));
        QCOMPARE(stop->text(), QStringLiteral("&Stop"));
        exact->setChecked(true);
        QTest::qWait(600);
        QVERIFY(!panel.isComputing());  // still on demand only
        panel.compute();
        QVERIFY(panel.isComputing());
        QVERIFY(stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 30000);
        QVERIFY(!panel.isUpToDate());
        QVERIFY(status->text().startsWith(QStringLiteral("Cancelled")));
        // Back to the estimate: the cached one is shown at once.
        exact->setChecked(false);
        panel.compute();
        QVERIFY(!panel.isComputing());
        QVERIFY(panel.isUpToDate());
        QCOMPARE(panel.result()->sampledSources, analysis::kDefaultSamples);
    }

    void mapSizeAndColourChoices()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        AnalysisPanel panel(&doc);
        QSignalSpy sizes(&panel, &AnalysisPanel::sizeByChanged);
        QSignalSpy colours(&panel, &AnalysisPanel::colourByChanged);
        QComboBox *sizeBy = panel.sizeByCombo();
        // Choosing a measure before any result starts the computation; sizes follow.
        sizeBy->setCurrentIndex(sizeBy->findData(QStringLiteral("betweenness")));
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 20000);
        QVERIFY(!sizes.isEmpty());
        const auto last = sizes.last().first().value<QHash<qint64, double>>();
        QCOMPARE(last.size(), 34);
        QCOMPARE(last.value(actorId(doc, QStringLiteral("Mairie de Mirecourt"))), 1.0);
        for (double v : last)
            QVERIFY(v >= 0 && v <= 1);

        QComboBox *colourBy = panel.colourByCombo();
        colourBy->setCurrentIndex(colourBy->findData(QStringLiteral("community")));
        const auto byCommunity = colours.last().first().value<QHash<qint64, QColor>>();
        QCOMPARE(byCommunity.size(), 34);
        QCOMPARE(byCommunity.value(actorId(doc, QStringLiteral("SCIC Bien-vivre en Xaintois"))),
                 AnalysisPanel::communityColour(1));
        // Back to the defaults: empty hashes.
        colourBy->setCurrentIndex(0);
        sizeBy->setCurrentIndex(0);
        using Colours = QHash<qint64, QColor>;
        using Sizes = QHash<qint64, double>;
        QVERIFY(colours.last().first().value<Colours>().isEmpty());
        QVERIFY(sizes.last().first().value<Sizes>().isEmpty());
    }

    void shortestPathBetweenNamedActors()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        AnalysisPanel panel(&doc);
        QSignalSpy actors(&panel, &AnalysisPanel::highlightActors);
        QSignalSpy path(&panel, &AnalysisPanel::highlightPath);
        // Typed, with other case and no accents.
        panel.fromCombo()->setCurrentText(QStringLiteral("odile ferry"));
        panel.toCombo()->setCurrentText(
            QStringLiteral("Musee de la lutherie et de l'archeterie francaises"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("analysisFindPath")),
                          Qt::LeftButton);
        const QList<qint64> expected = {
            actorId(doc, QStringLiteral("Odile Ferry")),
            actorId(doc, QStringLiteral("La vie ensemble")),
            actorId(doc, QStringLiteral("Café L'UtopiC")),
            actorId(doc, QStringLiteral("Musée de la lutherie et de l'archèterie françaises"))};
        QCOMPARE(panel.currentPath(), expected);
        QCOMPARE(path.count(), 1);
        QCOMPARE(path.last().first().value<QList<qint64>>(), expected);
        QCOMPARE(actors.last().first().value<QSet<qint64>>(),
                 QSet<qint64>(expected.cbegin(), expected.cend()));
        const QString text = panel.pathResultLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("3 steps")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Intermediaries: La vie ensemble, Café L'UtopiC")));
        QVERIFY(text.contains(QStringLiteral("only shortest path")));

        // Two distinct shortest paths.
        QVERIFY(panel.findPath(actorId(doc, QStringLiteral("Claire Mougenot")),
                               actorId(doc, QStringLiteral("Conseil départemental des Vosges"))));
        QVERIFY(panel.pathResultLabel()->text().contains(QStringLiteral("Distinct shortest paths: 2")));
        QCOMPARE(panel.currentPath().size(), 3);

        // Unknown names say so and change nothing.
        panel.toCombo()->setCurrentText(QStringLiteral("Nobody here"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("analysisFindPath")),
                          Qt::LeftButton);
        QVERIFY(panel.pathResultLabel()->text().contains(QStringLiteral("No actor is named “Nobody here”")));

        panel.clearPath();
        QVERIFY(actors.last().first().value<QSet<qint64>>().isEmpty());
        QVERIFY(path.last().first().value<QList<qint64>>().isEmpty());
    }

    void frenchNumbersAndTexts()
    {
        i18n::install(QStringLiteral("fr"));
        Document doc;
        QVERIFY(doc.open(samplePath()));
        AnalysisPanel panel(&doc);
        panel.compute();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 20000);
        // Decimal comma in French.
        QVERIFY2(value(panel, 2).contains(QLatin1Char(',')), qPrintable(value(panel, 2)));
        i18n::install(QStringLiteral("en"));
        QTRY_VERIFY(value(panel, 2).contains(QLatin1Char('.')));
    }

    // Pictures of each tab in English and French, for looking at the layout: written to
    // $MAILLAGE_SCREENSHOT_DIR when set (otherwise to the temporary folder).
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void screenshots()
    {
        QFETCH(QString, language);
        i18n::install(language);
        const QString dir = qEnvironmentVariableIsSet("MAILLAGE_SCREENSHOT_DIR")
                                ? qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR")
                                : QFileInfo(test::tempPath(QStringLiteral("x"))).absolutePath();
        Document doc;
        QVERIFY(doc.open(samplePath()));
        AnalysisPanel panel(&doc);
        panel.resize(460, 820);
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isUpToDate(), 20000);
        QVERIFY(panel.findPath(actorId(doc, QStringLiteral("Odile Ferry")),
                               actorId(doc, QStringLiteral("Conseil départemental des Vosges"))));
        panel.fromCombo()->setCurrentText(QStringLiteral("Odile Ferry"));
        panel.toCombo()->setCurrentText(QStringLiteral("Conseil départemental des Vosges"));
        auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("analysisTabs"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QImage image = panel.grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.save(QStringLiteral("%1/analysis-%2-%3.png").arg(dir, language).arg(tab)));
        }
    }
};

QTEST_MAIN(TestAnalysisPanel)
#include "tst_analysispanel.moc"
