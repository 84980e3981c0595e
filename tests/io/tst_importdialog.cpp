// The import dialog driven as a user would: preview, column mapping, errors shown before
// anything is written, duplicate policy with the number of matches, one undo step.
#include "core/document/document.h"
#include "ui/importers/importdialog.h"
#include "ui/importers/registerdialog.h"
#include "core/io/import.h"
#include "core/util/i18n.h"
#include "../support/testsupport.h"
#include "../ui/uitestsupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace maillage;

class TestImportDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<Document> newDocument(const QString &name)
    {
        auto doc = std::make_unique<Document>();
        const QString path = test::tempPath(name + QStringLiteral(".maillage"));
        QFile::remove(path);
        QString error;
        if (!doc->create(path, name, &error))
            qFatal("%s", qPrintable(error));
        return doc;
    }

    static QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = test::tempPath(name);
        test::writeBytes(path, bytes);
        return path;
    }

    static void choose(ImportDialog &dialog, int column, io::ImportField field)
    {
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("mapping_%1").arg(column));
        QVERIFY(combo);
        const int i = combo->findData(int(field));
        QVERIFY2(i >= 0, qPrintable(io::importFieldKey(field)));
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }

    static bool waitChecked(ImportDialog &dialog)
    {
        QCoreApplication::processEvents();
        return QTest::qWaitFor([&] { return !dialog.isChecking(); }, 10000);
    }

    static QString text(QDialog &dialog, const char *name)
    {
        auto *l = dialog.findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QString();
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void unknownColumnsMappedByTheUser()
    {
        auto doc = newDocument(QStringLiteral("mapped"));
        const QString path =
            write(QStringLiteral("structures.csv"),
                  "Nom de la structure;Fonction;Ville;Remarque\n"
                  "Caf\xc3\xa9 associatif La Ruche;Tiers-lieu;Mirecourt;ouvert le samedi\n"
                  "Mairie de Poussay;Collectivit\xc3\xa9;Poussay;\n");
        ImportDialog dialog(doc.get(), {path});
        dialog.show();
        QVERIFY(waitChecked(dialog));
        QVERIFY(text(dialog, "importFormat").contains(QStringLiteral("semicolon")));
        QVERIFY(text(dialog, "importFormat").contains(QStringLiteral("UTF-8")));
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Café associatif La Ruche"));
        // Unknown names are pre-filled as kept custom fields, never dropped.
        QCOMPARE(dialog.mapping(path).columns.value(3), io::ImportField::Keep);
        // Unknown format and no name column: nothing can be imported yet.
        QVERIFY(text(dialog, "importStatus").contains(QStringLiteral("structures.csv")));
        choose(dialog, 0, io::ImportField::Name);
        choose(dialog, 1, io::ImportField::Role);
        choose(dialog, 2, io::ImportField::Commune);
        QVERIFY(waitChecked(dialog));
        QVERIFY2(text(dialog, "importStatus").contains(QStringLiteral("2 actor rows")),
                 qPrintable(text(dialog, "importStatus")));
        QVERIFY(text(dialog, "importMatches").contains(QStringLiteral("0 of the 2")));
        if (const QString grab = qEnvironmentVariable("MAILLAGE_GRAB"); !grab.isEmpty())
            dialog.grab().save(grab + QStringLiteral("/importdialog.png"));
        const int undoBefore = doc->undoStack()->count();
        dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(doc->store().count(QStringLiteral("actor")), 2);
        const QList<Actor> actors = doc->actors();
        const auto ruche = std::find_if(actors.begin(), actors.end(), [](const Actor &a) {
            return a.name == QStringLiteral("Café associatif La Ruche");
        });
        QVERIFY(ruche != actors.end());
        QCOMPARE(ruche->role, QStringLiteral("Tiers-lieu"));
        QCOMPARE(ruche->commune, QStringLiteral("Mirecourt"));
        // The kept column is a custom field of the territory, with the row's value.
        QVERIFY(!ruche->description.contains(QStringLiteral("ouvert le samedi")));
        QCOMPARE(doc->customFields(QStringLiteral("actor")).size(), 1);
        const CustomField remarque = doc->customFields(QStringLiteral("actor")).first();
        QCOMPARE(remarque.name, QStringLiteral("Remarque"));
        QCOMPARE(remarque.type, FieldType::Text);
        QCOMPARE(doc->fieldValues(QStringLiteral("actor"), ruche->id).value(remarque.id),
                 QStringLiteral("ouvert le samedi"));
        QVERIFY(dialog.report().actorFieldsCreated.contains(QStringLiteral("Remarque (text)")));
        QCOMPARE(dialog.report().actorsCreated, 2);
        // One import, one undo step.
        QCOMPARE(doc->undoStack()->count(), undoBefore + 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->store().count(QStringLiteral("actor")), 0);
        QCOMPARE(doc->customFields().size(), 0);
    }

    void ignoredColumnAndLinks()
    {
        auto doc = newDocument(QStringLiteral("links"));
        const QString path = write(QStringLiteral("relations.csv"),
                                   "de,vers,nature,secret\nA,B,Financement,x\nB,C,,y\n");
        ImportDialog dialog(doc.get(), {path});
        QVERIFY(waitChecked(dialog));
        auto *rows = dialog.findChild<QComboBox *>(QStringLiteral("importRowsAre"));
        rows->setCurrentIndex(1);
        emit rows->activated(1);
        QVERIFY(dialog.mapping(path).links);
        choose(dialog, 0, io::ImportField::Source);
        choose(dialog, 1, io::ImportField::Target);
        choose(dialog, 2, io::ImportField::LinkType);
        choose(dialog, 3, io::ImportField::Ignore);
        QVERIFY(waitChecked(dialog));
        dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(doc->store().count(QStringLiteral("actor")), 3);
        QCOMPARE(doc->store().count(QStringLiteral("link")), 2);
        for (const Link &l : doc->links())
            QVERIFY(!l.description.contains(QStringLiteral("secret")));
    }

    /// Each column kept as a field shows the type detected from the whole file (not only the
    /// rows previewed); the user changes it; a type the values do not fit says where and
    /// disables Import, as retyping a field refuses values that do not fit. A column going to
    /// a field the territory already has shows that field's type, which it keeps.
    void fieldTypesShownAndChosen()
    {
        auto doc = newDocument(QStringLiteral("types"));
        CustomField member;
        member.name = QStringLiteral("Adhérent");
        member.type = FieldType::Text;
        QVERIFY(doc->addCustomField(member));
        QByteArray csv = "Label,Type,Budget,Ouvert le,Adh\xc3\xa9rent\n";
        for (int i = 0; i < 30; ++i)
            csv += QStringLiteral("Structure %1,Association,%2,2019-05-%3,%4\n")
                       .arg(i)
                       .arg(i == 24 ? QStringLiteral("beaucoup") : QString::number(i * 1000))
                       .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                       .arg(i % 2 ? QStringLiteral("oui") : QStringLiteral("non"))
                       .toUtf8();
        const QString path = write(QStringLiteral("types.csv"), csv);
        ImportDialog dialog(doc.get(), {path});
        dialog.resize(1280, 720);
        dialog.show();
        QVERIFY(waitChecked(dialog));
        auto combo = [&](int column) {
            return dialog.findChild<QComboBox *>(QStringLiteral("fieldType_%1").arg(column));
        };
        // Label and Type are Maillage's own: no type to choose.
        QVERIFY(!combo(0) && !combo(1));
        QVERIFY(combo(2) && combo(3));
        // Row 25 holds a word: Budget is text, though the 20 rows previewed are numbers.
        QCOMPARE(combo(2)->currentText(), QStringLiteral("Text (detected)"));
        QCOMPARE(combo(3)->currentText(), QStringLiteral("Date (detected)"));
        // The territory's own field: its type, no choice.
        QVERIFY(!combo(4));
        auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("importMapping"));
        QCOMPARE(mapping->item(4, 2)->text(), QStringLiteral("Text (the territory's field)"));
        if (const QString grab = qEnvironmentVariable("MAILLAGE_GRAB"); !grab.isEmpty())
            dialog.grab().save(grab + QStringLiteral("/importdialog-types.png"));

        auto pick = [&](int column, FieldType type) {
            QComboBox *c = combo(column);
            QVERIFY(c);
            const int i = c->findData(int(type));
            c->setCurrentIndex(i);
            emit c->activated(i);
        };
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        pick(2, FieldType::Number);
        QVERIFY(waitChecked(dialog));
        const QString status = text(dialog, "importStatus");
        QVERIFY2(status.contains(QStringLiteral("types.csv, line 26: column “Budget”: “beaucoup” "
                                                "is not of the type chosen for it (number)")),
                 qPrintable(status));
        QVERIFY(!importButton->isEnabled());
        if (const QString grab = qEnvironmentVariable("MAILLAGE_GRAB"); !grab.isEmpty()) {
            QTest::qWait(50);  // the layout makes room for the status's lines
            dialog.grab().save(grab + QStringLiteral("/importdialog-misfit.png"));
        }
        QCOMPARE(combo(2)->currentText(), QStringLiteral("Number"));
        QCOMPARE(dialog.fieldTypes().value(QStringLiteral("budget")), FieldType::Number);
        // Back to the detected type: ready again.
        pick(2, FieldType::Text);
        QVERIFY(waitChecked(dialog));
        QVERIFY(importButton->isEnabled());
        QVERIFY(!dialog.fieldTypes().contains(QStringLiteral("budget")));
        // The date column imported as text, by the user's choice.
        pick(3, FieldType::Text);
        QVERIFY(waitChecked(dialog));
        QVERIFY2(text(dialog, "importStatus").contains(QStringLiteral("30 actor rows")),
                 qPrintable(text(dialog, "importStatus")));
        // A column no longer kept as a field has no type.
        choose(dialog, 2, io::ImportField::Ignore);
        QVERIFY(!combo(2));
        choose(dialog, 2, io::ImportField::Keep);
        QVERIFY(combo(2));
        QVERIFY(waitChecked(dialog));
        importButton->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QStringList types;
        for (const CustomField &f : doc->customFields(QStringLiteral("actor")))
            types << f.name + QLatin1Char(':') + fields::typeCode(f.type);
        types.sort();
        QCOMPARE(types, (QStringList{QStringLiteral("Adhérent:text"), QStringLiteral("Budget:text"),
                                     QStringLiteral("Ouvert le:text")}));
    }

    /// The preview's columns share out the dialog's width, and follow it when it grows.
    void previewColumnsFollowTheDialog()
    {
        auto doc = newDocument(QStringLiteral("widths"));
        const QString path = write(QStringLiteral("narrow.csv"),
                                   "Label,Type,Note\nA,Association,x\nB,Institution,y\n");
        ImportDialog dialog(doc.get(), {path});
        dialog.resize(900, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitChecked(dialog));
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
        auto total = [&] {
            int sum = 0;
            for (int c = 0; c < preview->columnCount(); ++c)
                sum += preview->columnWidth(c);
            return sum;
        };
        QTRY_VERIFY2(total() >= preview->viewport()->width() - preview->columnCount(),
                     qPrintable(QStringLiteral("%1 < %2").arg(total()).arg(preview->viewport()->width())));
        const int narrow = total();
        dialog.resize(1600, 900);
        QTRY_VERIFY(total() >= narrow + 600);
        QVERIFY(total() <= preview->viewport()->width());
        // Narrower again: the columns shrink back to fit, no horizontal scrolling.
        const int wide = total();
        dialog.resize(900, 700);
        QTRY_VERIFY(total() < wide - 600);
        QVERIFY(total() <= preview->viewport()->width());
    }

    void errorShownBeforeAnythingIsWritten()
    {
        auto doc = newDocument(QStringLiteral("ragged"));
        const QString path = write(QStringLiteral("ragged.csv"),
                                   "name,category\nLa Ruche,Association\nMairie,Institution,x\n");
        ImportDialog dialog(doc.get(), {path});
        QVERIFY(waitChecked(dialog));
        const QString status = text(dialog, "importStatus");
        QVERIFY2(status.contains(QStringLiteral("ragged.csv, line 3")), qPrintable(status));
        dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QVERIFY(waitChecked(dialog));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
        QCOMPARE(doc->store().count(QStringLiteral("actor")), 0);
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    /// Kumu's workbook: the dialog offers its two sheets together first, and imports actors
    /// and links in one step; a single sheet can still be chosen.
    void kumuWorkbookBothSheets()
    {
        auto doc = newDocument(QStringLiteral("kumu-xlsx"));
        ImportDialog dialog(doc.get(), {test::dataPath(QStringLiteral("io/kumu.xlsx"))});
        QVERIFY(waitChecked(dialog));
        auto *sheet = dialog.findChild<QComboBox *>(QStringLiteral("importSheet"));
        QVERIFY(sheet);
        QCOMPARE(sheet->count(), 4);
        QCOMPARE(sheet->itemText(0), QStringLiteral("Elements and Connections (Kumu)"));
        QCOMPARE(sheet->currentIndex(), 0);
        QCOMPARE(sheet->itemData(0).toString(), QString());  // no sheet: both of Kumu's
        QCOMPARE(sheet->itemData(1).toString(), QStringLiteral("Elements"));
        dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(doc->store().count(QStringLiteral("link")) > 0);
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    void duplicatesCountedAndSkipped()
    {
        auto doc = newDocument(QStringLiteral("dups"));
        QVERIFY(doc->apply(QStringLiteral("add"),
                           {doc->insertOp(QStringLiteral("actor"),
                                          {{QStringLiteral("name"), QStringLiteral("École Jules Ferry")},
                                           {QStringLiteral("is_person"), 0}})}));
        const QString path = write(QStringLiteral("kumu.csv"),
                                   "Label,Type,Description\necole jules ferry,School,primaire\n"
                                   "Atelier v\xc3\xa9lo,Association,r\xc3\xa9paration\n");
        ImportDialog dialog(doc.get(), {path});
        QVERIFY(waitChecked(dialog));
        QVERIFY(text(dialog, "importFormat").contains(QStringLiteral("Kumu")));
        QVERIFY2(text(dialog, "importMatches").startsWith(QStringLiteral("1 of the 2")),
                 qPrintable(text(dialog, "importMatches")));
        dialog.findChild<QRadioButton *>(QStringLiteral("importSkip"))->setChecked(true);
        QCOMPARE(dialog.duplicatePolicy(), io::DuplicatePolicy::Skip);
        dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(doc->store().count(QStringLiteral("actor")), 2);
        QCOMPARE(dialog.report().actorsSkipped, 1);
    }

    /// A Cytoscape JSON file in the dialog: its format named, its records counted, imported
    /// as one undo step. Screenshots go to $MAILLAGE_SCREENSHOT_DIR when set.
    void cytoscapeFile_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("format");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Cytoscape JSON");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Cytoscape JSON");
    }
    void cytoscapeFile()
    {
        QFETCH(QString, language);
        QFETCH(QString, format);
        i18n::install(language);
        auto doc = newDocument(QStringLiteral("cyjs-") + language);
        ImportDialog dialog(doc.get(),
                            {QStringLiteral(MAILLAGE_IO_DATA "/real/cytoscape-cyjshiny.cyjs")});
        dialog.resize(900, 560);
        dialog.show();
        QVERIFY(waitChecked(dialog));
        QVERIFY2(text(dialog, "importFormat").contains(format),
                 qPrintable(text(dialog, "importFormat")));
        if (language == QLatin1String("en"))
            QVERIFY2(text(dialog, "importStatus").contains(QStringLiteral("14 actor")),
                     qPrintable(text(dialog, "importStatus")));
        if (const QString dir = qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/import-cyjs-%1.png").arg(language));
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton->isEnabled());
        importButton->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(doc->store().count(QStringLiteral("actor")), 14);
        QCOMPARE(doc->store().count(QStringLiteral("link")), 16);
        QCOMPARE(doc->undoStack()->count(), 1);
        i18n::install(QStringLiteral("en"));
    }

    void registersByCommuneName()
    {
        auto doc = newDocument(QStringLiteral("registers"));
        const QString cog = QStringLiteral(MAILLAGE_IO_DATA "/registers/v_commune_2024.csv");
        QSettings().remove(QStringLiteral("registers/cogFile"));
        RegisterImportDialog dialog(doc.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.loadCog(cog));
        dialog.addFiles({QStringLiteral(MAILLAGE_IO_DATA "/registers/sirene-etablissements.csv")});
        auto *files = dialog.findChild<QListWidget *>(QStringLiteral("registerFiles"));
        QVERIFY(files->item(0)->text().contains(QStringLiteral("SIRENE")));
        // Accent- and case-blind completion.
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("communeSearch"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("epinal"));
        QTRY_VERIFY(search->completer()->completionCount() >= 1);
        QCOMPARE(search->completer()->currentCompletion(), QStringLiteral("Épinal (88)"));
        search->completer()->popup()->hide();
        search->clear();
        // A name typed in full (any case, no accents) and Enter.
        QTest::keyClicks(search, QStringLiteral("MIRECOURT"));
        search->completer()->popup()->hide();
        QTest::keyClick(search, Qt::Key_Return);
        QTest::keyClicks(search, QStringLiteral("epinal"));
        search->completer()->popup()->hide();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(dialog.communes(), QStringList({QStringLiteral("88304"), QStringLiteral("88160")}));
        QVERIFY(!dialog.isBusy());  // Enter added communes, it did not start the import
        auto *count = dialog.findChild<QPushButton *>(QStringLiteral("registerCount"));
        QSignalSpy counted(&dialog, &RegisterImportDialog::counted);
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(count->isEnabled());
        count->click();
        QTRY_VERIFY2(counted.size() == 1, qPrintable(text(dialog, "registerStatus")));
        QCOMPARE(counted.first().first().toBool(), true);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("registerCounts"));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("Épinal (88)")));
        QCOMPARE(table->item(1, 1)->text(),
                 QLocale().toString(dialog.stats().perCommune.value(QStringLiteral("88304"))));
        if (const QString grab = qEnvironmentVariable("MAILLAGE_GRAB"); !grab.isEmpty())
            dialog.grab().save(grab + QStringLiteral("/registerdialog.png"));
        const qint64 kept = dialog.stats().kept;
        QVERIFY(kept > 0);
        const int undoBefore = doc->undoStack()->count();
        // Stop pressed as soon as the write shows its progress: nothing is written.
        auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("registerStop"));
        QVERIFY(stop);
        bool stopShown = false;
        QTimer::singleShot(0, stop, [&] {
            stopShown = dialog.isWriting() && stop->isVisible() && stop->isEnabled();
            stop->click();
        });
        dialog.findChild<QPushButton *>(QStringLiteral("registerImport"))->click();
        QVERIFY(stopShown);
        QVERIFY(!dialog.isWriting());
        QVERIFY(dialog.isVisible());
        QVERIFY2(text(dialog, "registerStatus").contains(QStringLiteral("cancelled")),
                 qPrintable(text(dialog, "registerStatus")));
        QCOMPARE(doc->store().count(QStringLiteral("actor")), 0);
        QCOMPARE(doc->undoStack()->count(), undoBefore);
        dialog.findChild<QPushButton *>(QStringLiteral("registerImport"))->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(doc->store().count(QStringLiteral("actor")) >= kept);
        QCOMPARE(doc->undoStack()->count(), undoBefore + 1);
        // The communes file is remembered.
        QCOMPARE(QSettings().value(QStringLiteral("registers/cogFile")).toString(), cog);
        RegisterImportDialog again(doc.get());
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("cogPath"))->text(), cog);
    }

    void stopALongCheck()
    {
        auto doc = newDocument(QStringLiteral("long"));
        QByteArray big = "name,category\n";
        for (int i = 0; i < 200000; ++i)
            big += "Acteur " + QByteArray::number(i) + ",Association\n";
        const QString path = write(QStringLiteral("big.csv"), big);
        ImportDialog dialog(doc.get(), {path});
        dialog.show();
        QTRY_VERIFY(dialog.isChecking());
        dialog.findChild<QPushButton *>(QStringLiteral("importStop"))->click();
        QVERIFY(waitChecked(dialog));
        const QString status = text(dialog, "importStatus");
        QVERIFY2(status.contains(QStringLiteral("cancelled")) || status.startsWith(QStringLiteral("Ready")),
                 qPrintable(status));
        QCOMPARE(doc->store().count(QStringLiteral("actor")), 0);
    }
    /// The write has a progress bar and a working Stop: stopped in the middle (by Stop, or
    /// by closing the dialog), nothing is written, the undo stack is unchanged and the dialog
    /// says so; let run, the bar moves and the import is one undo step. Screenshots of the
    /// dialog mid-write go to $MAILLAGE_SCREENSHOT_DIR when set.
    void writeProgressAndStop_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void writeProgressAndStop()
    {
        QFETCH(QString, language);
        i18n::install(language);
        auto doc = newDocument(QStringLiteral("writing-") + language);
        const int actors = 25000;
        ImportDialog dialog(doc.get(), test::writeImportFiles(QStringLiteral("writing"), actors));
        dialog.show();
        QVERIFY(waitChecked(dialog));
        auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("importProgress"));
        auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("importStop"));
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("importMapping"));
        QVERIFY(bar && stop && importButton && mapping);
        QVERIFY(importButton->isEnabled());
        const int steps = doc->undoStack()->count();

        // Stopped at the first progress shown, with Stop, then by closing the dialog.
        for (const bool byClosing : {false, true}) {
            int seen = 0;
            bool stopped = false, othersDisabled = false, stopUsable = false;
            QString during;
            const auto c = connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
                if (!dialog.isWriting() || stopped || value <= 0)
                    return;
                seen = value;
                during = text(dialog, "importStatus");
                othersDisabled = !importButton->isEnabled() && !mapping->isEnabled();
                stopUsable = stop->isVisible() && stop->isEnabled() && bar->isVisible();
                stopped = true;
                if (byClosing)
                    dialog.reject();
                else
                    stop->click();
            });
            importButton->click();
            disconnect(c);
            QVERIFY(stopped);
            QVERIFY2(seen > 0 && seen < 1000, qPrintable(QString::number(seen)));
            QVERIFY(othersDisabled);
            QVERIFY(stopUsable);
            QVERIFY2(!during.isEmpty(), "the status says what is being written");
            QVERIFY(!dialog.isWriting());
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!bar->isVisible());
            QVERIFY(importButton->isEnabled());
            QVERIFY(mapping->isEnabled());
            if (language == QLatin1String("en"))
                QCOMPARE(text(dialog, "importStatus"),
                         QStringLiteral("Nothing was imported:\nThe import was cancelled; "
                                        "nothing was imported."));
            QCOMPARE(doc->store().count(QStringLiteral("actor")), 0);
            QCOMPARE(doc->store().count(QStringLiteral("link")), 0);
            QCOMPARE(doc->undoStack()->count(), steps);
        }

        // Let run: the bar moves and everything is written as one undo step.
        QList<int> values;
        const auto c = connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
            if (!dialog.isWriting())
                return;
            if (value >= 200 && (values.isEmpty() || values.last() < 200) &&
                !qEnvironmentVariableIsEmpty("MAILLAGE_SCREENSHOT_DIR"))
                dialog.grab().save(qEnvironmentVariable("MAILLAGE_SCREENSHOT_DIR") +
                                   QStringLiteral("/import-writing-%1.png").arg(language));
            values << value;
        });
        importButton->click();
        disconnect(c);
        QVERIFY2(values.size() >= 2, "progress shown while writing");
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(doc->store().count(QStringLiteral("actor")), actors);
        QCOMPARE(doc->store().count(QStringLiteral("link")), 2 * actors);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        i18n::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
