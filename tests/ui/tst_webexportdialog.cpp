// File › Export Web Page's dialog: what it says goes out follows the choices, and the options
// it gives are the ones chosen (the page itself is tests/io/tst_webmap's).
#include "testsupport.h"
#include "uitestsupport.h"

#include "core/document/document.h"
#include "core/io/sample.h"
#include "ui/webexport/webexportdialog.h"
#include "core/workshop/savedview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QtTest>

using namespace maillage;

class TestWebExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void choicesAndWhatGoesOut()
    {
        const QString path = test::tempPath(QStringLiteral("sample.maillage"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        Document doc;
        QVERIFY2(doc.open(path, Store::Access::ReadWrite, &error), qPrintable(error));
        workshop::SavedView view;
        view.name = QStringLiteral("Associations");
        QVERIFY2(workshop::addView(doc, view, &error), qPrintable(error));

        WebExportDialog dialog(&doc);
        auto *contents = dialog.findChild<QLabel *>(QStringLiteral("webContents"));
        auto *anonymize = dialog.findChild<QCheckBox *>(QStringLiteral("webAnonymize"));
        auto *tiles = dialog.findChild<QCheckBox *>(QStringLiteral("webTiles"));
        auto *views = dialog.findChild<QComboBox *>(QStringLiteral("webView"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("webLanguage"));
        QVERIFY(contents && anonymize && tiles && views && language);
        // By default: nothing pseudonymised, no online tiles, the whole map.
        QVERIFY(!anonymize->isChecked());
        QVERIFY(!tiles->isChecked());
        QVERIFY(contents->text().contains(QStringLiteral("e-mail addresses")));
        QVERIFY(contents->text().contains(QStringLiteral("sends nothing anywhere")));
        QVERIFY(!contents->text().contains(QStringLiteral("Pseudonymised")));
        io::HtmlExportOptions o = dialog.options();
        QVERIFY(!o.anonymize && !o.onlineTiles && o.view.isEmpty() && o.language.isEmpty());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Everything it says fits: the label's text is not cut.
        QVERIFY(contents->height() >= contents->heightForWidth(contents->width()));
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("maillage-webexportdialog.png")));

        anonymize->setChecked(true);
        tiles->setChecked(true);
        views->setCurrentIndex(views->findText(QStringLiteral("Associations")));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QVERIFY(contents->text().contains(QStringLiteral("Pseudonymised")));
        QVERIFY(contents->text().contains(QStringLiteral("OpenStreetMap")));
        o = dialog.options();
        QVERIFY(o.anonymize);
        QVERIFY(o.onlineTiles);
        QCOMPARE(o.view, QStringLiteral("Associations"));
        QCOMPARE(o.language, QStringLiteral("fr"));
    }
};

QTEST_MAIN(TestWebExportDialog)
#include "tst_webexportdialog.moc"
