#include "analysis/portraitpanel.h"
#include "document/document.h"
#include "store/repositories.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QtTest>

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
};

QTEST_MAIN(TestPortraitPanel)
#include "tst_portraitpanel.moc"
