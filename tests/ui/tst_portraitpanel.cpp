#include "ui/analysis/portraitpanel.h"
#include "core/document/document.h"
#include "core/store/repositories.h"
#include "ui/tracking/indicatoreditor.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

#include <cmath>

using namespace maillage;

class TestPortraitPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    // The panel shows the portrait of the imported golden files, follows undo, and shows the
    // statistics of the chosen level.
    void showsThePortrait()
    {
        Document doc;
        const QString path = test::tempPath(QStringLiteral("panel.maillage"));
        QFile::remove(path);
        QVERIFY(doc.create(path, QStringLiteral("Mirecourt")));
        QVERIFY(doc.updateTerritory({{QStringLiteral("insee_codes"), QStringLiteral("88304,88321")}}));
        PortraitPanel panel(&doc);
        panel.resize(600, 800);
        panel.show();
        QCOMPARE(panel.table()->rowCount(), 0);
        QVERIFY(panel.message().contains(QStringLiteral("No statistics")));
        QStringList files;
        for (const char *f : {"dossier_complet.csv", "bpe24.csv", "DS_FILOSOFI_CC_data.csv",
                              "apl-medecins-generalistes.xlsx"})
            files << test::dataPath(QStringLiteral("statistics/") + QString::fromLatin1(f));
        QString error;
        QVERIFY2(panel.importFiles(files, &error), qPrintable(error));
        // 15 indicators, each with its name, its figures and its source line.
        QCOMPARE(panel.table()->rowCount(), 45);
        QCOMPARE(panel.table()->item(0, 0)->text(), QStringLiteral("Population (inhabitants)"));
        QCOMPARE(panel.table()->item(1, 0)->text(), QLocale().toString(6000.0, 'f', 0));
        QCOMPARE(panel.table()->item(1, 2)->text(), QLocale().toString(38000.0, 'f', 0));
        QVERIFY(panel.table()->item(2, 0)->text().contains(QStringLiteral("dossier complet")));
        // The median (7th indicator) of two communes: none, and why.
        QCOMPARE(panel.table()->item(19, 0)->text(), QStringLiteral("–"));
        QVERIFY(!panel.table()->item(19, 0)->toolTip().isEmpty());
        // The trend where the file gives two censuses: 6 400 in 2015, 6 000 in 2021.
        QVERIFY2(panel.table()->item(2, 0)->text().contains(
                     QStringLiteral("2015 → 2021: %1 → %2")
                         .arg(QLocale().toString(6400.0, 'f', 0), QLocale().toString(6000.0, 'f', 0))),
                 qPrintable(panel.table()->item(2, 0)->text()));
        // The 75 or over (13.5 % against 10.6 % in the département) is flagged, the population
        // never is.
        QVERIFY2(panel.table()->item(7, 0)->text().startsWith(QStringLiteral("▲ ")),
                 qPrintable(panel.table()->item(7, 0)->text()));
        QVERIFY(panel.table()->item(7, 0)->toolTip().contains(QStringLiteral("above")));
        QVERIFY(!panel.table()->item(1, 0)->text().contains(QStringLiteral("▲")));
        // At the EPCI level: the EPCI's own figures.
        panel.setLevel(QStringLiteral("epci"));
        QCOMPARE(panel.table()->item(19, 0)->text(), QLocale().toString(20150.0, 'f', 0));
        // Undo: the import is one step, the panel follows.
        doc.undoStack()->undo();
        QCOMPARE(StatisticRepository(doc.store()).count(), 0);
        QCOMPARE(panel.table()->rowCount(), 0);
        // A bad file: one line, nothing imported.
        QVERIFY(!panel.importFiles({test::dataPath(QStringLiteral("statistics/README.md"))},
                                   &error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(StatisticRepository(doc.store()).count(), 0);
    }

    // An indicator takes its baseline from the portrait: value, source and unit in one undo
    // step; the editor shows where it comes from; a baseline typed by hand forgets it.
    void baselineFromThePortrait()
    {
        Document doc;
        const QString path = test::tempPath(QStringLiteral("baseline.maillage"));
        QFile::remove(path);
        QVERIFY(doc.create(path, QStringLiteral("Mirecourt")));
        QVERIFY(doc.updateTerritory({{QStringLiteral("insee_codes"), QStringLiteral("88304,88321")}}));
        QVERIFY(doc.apply(QStringLiteral("problem"),
                          {doc.insertOp(QStringLiteral("indicator"),
                                        {{QStringLiteral("name"), QStringLiteral("Précarité")}})}));
        const qint64 id = Repository<Indicator>(doc.store()).list().first().id;
        IndicatorEditor editor(&doc);
        editor.setIndicator(id);
        QString why;
        QVERIFY(editor.portraitChoices(&why).isEmpty());
        QVERIFY(why.contains(QStringLiteral("No statistics")));
        PortraitPanel panel(&doc);
        QVERIFY2(panel.importFiles({test::dataPath(QStringLiteral("statistics/dossier_complet.csv"))},
                                   &why),
                 qPrintable(why));
        const auto choices = editor.portraitChoices(&why);
        QVERIFY(!choices.isEmpty());
        QVERIFY(choices.first().text.startsWith(QStringLiteral("Population: ")));
        // Households of one person: (1 000 + 120) / (2 500 + 400) = 38.6 %.
        const auto living = std::find_if(choices.cbegin(), choices.cend(), [](const auto &c) {
            return c.text.startsWith(QStringLiteral("Households of one person"));
        });
        QVERIFY(living != choices.cend());
        const int undo = doc.undoStack()->count();
        QVERIFY(editor.takeBaseline(*living));
        QCOMPARE(doc.undoStack()->count(), undo + 1);
        Indicator ind = *Repository<Indicator>(doc.store()).get(id);
        QCOMPARE(ind.baseline, 38.6);
        QCOMPARE(ind.unit, QStringLiteral("%"));
        QCOMPARE(ind.baselineSource, QStringLiteral("Households of one person, Mirecourt (88304, "
                                                    "88321): INSEE, dossier complet, 2021"));
        QVERIFY(editor.baselineSourceLabel()->text().contains(ind.baselineSource));
        QCOMPARE(editor.baselineEdit()->text(), QLocale().toString(38.6));
        doc.undoStack()->undo();
        ind = *Repository<Indicator>(doc.store()).get(id);
        QVERIFY(std::isnan(ind.baseline));
        QCOMPARE(ind.baselineSource, QString());
        QCOMPARE(ind.unit, QString());
        doc.undoStack()->redo();
        // Typed by hand: the source goes.
        editor.baselineEdit()->setText(QStringLiteral("40"));
        emit editor.baselineEdit()->editingFinished();
        ind = *Repository<Indicator>(doc.store()).get(id);
        QCOMPARE(ind.baseline, 40.0);
        QCOMPARE(ind.baselineSource, QString());
    }
};

QTEST_MAIN(TestPortraitPanel)
#include "tst_portraitpanel.moc"
