// The personal-data panel on the sample territory: the listing with those needing attention
// first, the default retention, extending (undoable), erasing and pseudonymising through the
// confirmation dialog, and the right-of-access export.
#include "core/document/document.h"
#include "core/io/sample.h"
#include "core/privacy/erasure.h"
#include "ui/privacy/personaldatapanel.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "core/util/i18n.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace maillage;

class TestPrivacyPanel : public QObject
{
    Q_OBJECT

    int counter = 0;
    QString samplePath()
    {
        const QString p = test::tempPath(QStringLiteral("privacy-%1.maillage").arg(++counter));
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
    static QString rowName(PersonalDataPanel &panel, int row)
    {
        return panel.table()->model()->index(row, 0).data().toString();
    }
    // Answers the next confirmation: checks it with `check`, then confirms or cancels.
    static void answer(bool confirm, std::function<void(privacyui::ConfirmationDialog *)> check = {})
    {
        test::whenModal([confirm, check](QWidget *w) {
            auto *dialog = qobject_cast<privacyui::ConfirmationDialog *>(w);
            if (!dialog) {
                qWarning("unexpected modal %s", w->metaObject()->className());
                w->close();
                return;
            }
            if (check)
                check(dialog);
            if (confirm)
                dialog->confirmButton()->click();
            else
                dialog->reject();
        });
    }
    static const QDate asOf() { return QDate(2026, 1, 15); }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void listsThoseNeedingAttentionFirst()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        PersonalDataPanel panel(&doc);
        panel.setAsOf(asOf());
        QCOMPARE(panel.persons().size(), 12);
        QCOMPARE(panel.table()->model()->rowCount(), 12);
        // Past retention, oldest first; Martine Jacquot also has no legal basis.
        QCOMPARE(rowName(panel, 0), QStringLiteral("Martine Jacquot"));
        QCOMPARE(rowName(panel, 1), QStringLiteral("Odile Ferry"));
        QVERIFY(panel.persons().at(2).issues.isEmpty());
        const QAbstractItemModel *m = panel.table()->model();
        // Columns: name, legal basis, keep until, status, last contact, consent date, category, how.
        QCOMPARE(m->index(0, 3).data(Qt::BackgroundRole).value<QBrush>().color(),
                 PersonalDataPanel::expiredColour());
        QVERIFY(!m->index(0, 0).data(Qt::DecorationRole).isNull());
        QVERIFY(m->index(2, 0).data(Qt::DecorationRole).isNull());
        QCOMPARE(m->index(1, 1).data().toString(), QStringLiteral("Consent"));
        QCOMPARE(m->index(0, 1).data().toString(), QStringLiteral("None recorded"));
        QCOMPARE(m->index(0, 3).data().toString(), QStringLiteral("Overdue, No legal basis"));
        QVERIFY(m->index(0, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("erase, pseudonymise or extend")));
        QCOMPARE(m->index(1, 2).data().toString(), QLocale().toString(QDate(2025, 6, 30), QLocale::ShortFormat));
        QVERIFY(!m->index(1, 7).data().toString().isEmpty());
        QVERIFY(!m->index(2, 3).data(Qt::BackgroundRole).isValid());
        const QString summary = panel.summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("12 persons recorded")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("2 past their retention date")));
        QVERIFY(summary.contains(QStringLiteral("1 without a legal basis")));
        // Nothing selected: no action.
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("erase"))->isEnabled());
    }

    void defaultRetentionIsAnUndoableTerritoryEdit()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        PersonalDataPanel panel(&doc);
        const int before = doc.territory().retentionMonths;
        QCOMPARE(panel.defaultRetention()->value(), before);
        panel.defaultRetention()->setValue(24);
        QCOMPARE(doc.territory().retentionMonths, 24);
        doc.undoStack()->undo();
        QCOMPARE(doc.territory().retentionMonths, before);
        QCOMPARE(panel.defaultRetention()->value(), before);
    }

    void extendRetentionChangesTheDateAndCanBeUndone()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        PersonalDataPanel panel(&doc);
        panel.setAsOf(asOf());
        const qint64 odile = actorId(doc, QStringLiteral("Odile Ferry"));
        panel.selectPersons({odile});
        QCOMPARE(panel.selectedPersons(), QList<qint64>{odile});

        // Cancelled: nothing changes.
        answer(false);
        QVERIFY(!panel.extendSelected(12));
        QCOMPARE(doc.actor(odile)->retentionDate, QDate(2025, 6, 30));

        answer(true, [](privacyui::ConfirmationDialog *d) {
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("confirmationWarning"))
                        ->text().contains(QStringLiteral("You can undo this")));
        });
        QVERIFY(panel.extendSelected(12));
        QCOMPARE(doc.actor(odile)->retentionDate, QDate(2026, 6, 30));
        // No longer past retention: Martine Jacquot is alone at the top; Odile Ferry follows
        // as the in-order person whose retention ends soonest, no longer coloured.
        QCOMPARE(rowName(panel, 0), QStringLiteral("Martine Jacquot"));
        QCOMPARE(rowName(panel, 1), QStringLiteral("Odile Ferry"));
        QVERIFY(panel.persons().at(1).issues.isEmpty());
        QVERIFY(!panel.table()->model()->index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(panel.summary()->text().contains(QStringLiteral("1 past their retention date")));
        QVERIFY(doc.undoStack()->canUndo());
        doc.undoStack()->undo();
        QCOMPARE(doc.actor(odile)->retentionDate, QDate(2025, 6, 30));
        QCOMPARE(rowName(panel, 1), QStringLiteral("Odile Ferry"));
        QVERIFY(!panel.persons().at(1).issues.isEmpty());
    }

    void eraseShowsWhatGoesAndClearsTheUndoHistory()
    {
        const QString path = samplePath();
        Document doc;
        QVERIFY(doc.open(path));
        PersonalDataPanel panel(&doc);
        panel.setAsOf(asOf());
        const qint64 martine = actorId(doc, QStringLiteral("Martine Jacquot"));
        const qint64 meeting = doc.store().rows(QStringLiteral("meeting")).first().value(QStringLiteral("id")).toLongLong();
        // Edits that touch her before the erasure, undone and redone: the undo history holds her.
        QVERIFY(doc.updateRow(QStringLiteral("meeting"), meeting,
                              {{QStringLiteral("notes"),
                                QStringLiteral("Ce soir-là, Martine Jacquot a proposé un atelier cuisine.")}},
                              QStringLiteral("notes")));
        QVERIFY(doc.updateActor(martine, {{QStringLiteral("phone"), QStringLiteral("06 12 34 56 78")}}));
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        QVERIFY(doc.undoStack()->count() > 0);
        const int linksBefore = int(doc.links().size());
        int herLinks = 0;
        for (const Link &l : doc.links())
            herLinks += (l.sourceId == martine || l.targetId == martine) ? 1 : 0;
        QVERIFY(herLinks > 0);

        panel.selectPersons({martine});
        // Cancelled: nothing changes.
        answer(false);
        QVERIFY(!panel.eraseSelected());
        QVERIFY(doc.actor(martine));

        QString details, warning;
        answer(true, [&](privacyui::ConfirmationDialog *d) {
            details = d->details()->toPlainText();
            warning = d->findChild<QLabel *>(QStringLiteral("confirmationWarning"))->text();
        });
        QVERIFY(panel.eraseSelected());
        // The preview named her, her links, and the note with its excerpt.
        QVERIFY2(details.contains(QStringLiteral("Martine Jacquot")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("links (%1)").arg(herLinks)));
        QVERIFY(details.contains(QStringLiteral("Martine Jacquot a proposé un atelier")));
        QVERIFY(details.contains(QStringLiteral("After: Ce soir-là, %1 a proposé")
                                     .arg(privacy::erasedMarker())));
        QVERIFY(warning.contains(QStringLiteral("cannot be undone")));
        QVERIFY(warning.contains(QStringLiteral("undo history will be cleared")));

        QVERIFY(!doc.actor(martine));
        QCOMPARE(int(doc.links().size()), linksBefore - herLinks);
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.undoStack()->canUndo());
        QCOMPARE(panel.persons().size(), 11);
        QCOMPARE(rowName(panel, 0), QStringLiteral("Odile Ferry"));
        QVERIFY(panel.message()->text().contains(QStringLiteral("Erased")));
        QVERIFY(!doc.store().row(QStringLiteral("meeting"), meeting)
                     ->value(QStringLiteral("notes")).toString().contains(QStringLiteral("Jacquot")));

        // Gone from the file's bytes once closed.
        doc.close();
        const QByteArray bytes = test::readBytes(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("Jacquot"));
    }

    void pseudonymiseKeepsTheLinks()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        PersonalDataPanel panel(&doc);
        const qint64 claire = actorId(doc, QStringLiteral("Claire Mougenot"));
        const int links = int(doc.links().size());
        panel.selectPersons({claire});
        QString details;
        answer(true, [&](privacyui::ConfirmationDialog *d) { details = d->details()->toPlainText(); });
        QVERIFY(panel.pseudonymiseSelected());
        QVERIFY2(details.contains(QStringLiteral("Claire Mougenot → Resident")), qPrintable(details));
        QVERIFY(doc.actor(claire)->name.startsWith(QStringLiteral("Resident ")));
        QCOMPARE(int(doc.links().size()), links);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void rightOfAccessExport()
    {
        Document doc;
        QVERIFY(doc.open(samplePath()));
        PersonalDataPanel panel(&doc);
        const qint64 samia = actorId(doc, QStringLiteral("Samia Belkacem"));
        const QString json = test::tempPath(QStringLiteral("samia.json"));
        const QString pdf = test::tempPath(QStringLiteral("samia.pdf"));
        QFile::remove(json);
        QFile::remove(pdf);
        QString error;
        QVERIFY2(panel.exportPerson(samia, json, &error), qPrintable(error));
        const QJsonObject o = QJsonDocument::fromJson(test::readBytes(json)).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("maillage-person-export"));
        QCOMPARE(o.value(QStringLiteral("person")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Samia Belkacem"));
        QVERIFY2(panel.exportPerson(samia, pdf, &error), qPrintable(error));
        QVERIFY(test::readBytes(pdf).startsWith("%PDF"));
        // A name the export cannot write says so and writes nothing.
        const QString odt = test::tempPath(QStringLiteral("samia.odt"));
        QVERIFY(!panel.exportPerson(samia, odt, &error));
        QVERIFY(error.contains(QStringLiteral(".pdf or .json")));
        QVERIFY(!QFile::exists(odt));
    }

    // Pictures of the panel and of the erasure confirmation in English and French, for
    // looking at the layout: written to $MAILLAGE_SCREENSHOT_DIR when set.
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
        const qint64 martine = actorId(doc, QStringLiteral("Martine Jacquot"));
        const qint64 meeting = doc.store().rows(QStringLiteral("meeting")).first().value(QStringLiteral("id")).toLongLong();
        QVERIFY(doc.updateRow(QStringLiteral("meeting"), meeting,
                              {{QStringLiteral("notes"),
                                QStringLiteral("Beaucoup de monde. Ce soir-là, Martine Jacquot a proposé un atelier cuisine "
                                               "avec l'épicerie solidaire, à tester au printemps.")}},
                              QStringLiteral("notes")));
        PersonalDataPanel panel(&doc);
        panel.setAsOf(asOf());
        panel.resize(1000, 640);
        panel.show();
        panel.selectPersons({actorId(doc, QStringLiteral("Claire Mougenot")),
                             actorId(doc, QStringLiteral("Samia Belkacem"))});
        QVERIFY(panel.grab().toImage().save(QStringLiteral("%1/privacy-%2.png").arg(dir, language)));
        panel.selectPersons({martine});
        bool grabbed = false;
        answer(false, [&](privacyui::ConfirmationDialog *d) {
            grabbed = d->grab().toImage().save(QStringLiteral("%1/privacy-erase-%2.png").arg(dir, language));
        });
        QVERIFY(!panel.eraseSelected());
        QVERIFY(grabbed);
        i18n::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestPrivacyPanel)
#include "tst_privacypanel.moc"
