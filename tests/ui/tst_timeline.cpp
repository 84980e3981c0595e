// Workshop › Timeline and snapshots, driven through the real main window: what the map shows
// on dates at the boundaries, the "As of" chip, stepping and playing, the keyboard, and the
// Snapshots and Changes dialog (take, compare, export, delete and undo).
// With MAILLAGE_SHOTS=DIR set, also saves screenshots of both in English and French.
#include "core/document/document.h"
#include "core/io/sample.h"
#include "ui/mainwindow.h"
#include "ui/network/filterbar.h"
#include "ui/network/networkscene.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "core/util/i18n.h"
#include "ui/workshop/snapshotsdialog.h"
#include "ui/workshop/timelinebar.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

using namespace maillage;

namespace {
#define K(s) QStringLiteral(s)

const QDate D(2019, 3, 12);

qint64 categoryId(Document &doc, const QString &code)
{
    for (const Category &c : doc.categories())
        if (c.code == code)
            return c.id;
    return 0;
}

/// Names of the actors shown on the map, sorted.
QStringList shownActors(MainWindow &w)
{
    QStringList out;
    for (const Actor &a : w.document()->actors())
        if (ActorItem *item = w.networkScene()->item(a.id); item && item->isVisible())
            out << a.name;
    out.sort();
    return out;
}

/// The links drawn: shown by the scene and both ends visible, as "A-B" names, sorted.
QStringList shownLinks(MainWindow &w)
{
    QHash<qint64, QString> names;
    for (const Actor &a : w.document()->actors())
        names.insert(a.id, a.name);
    NetworkScene *scene = w.networkScene();
    QStringList out;
    for (const LinksItem::Edge &e : scene->links()->edges())
        if (scene->linkShown(e) && scene->item(e.source)->isVisible() &&
            scene->item(e.target)->isVisible())
            out << names.value(e.source) + K("-") + names.value(e.target);
    out.sort();
    return out;
}

QToolButton *dateChip(MainWindow &w)
{
    for (QToolButton *b : w.filterBar()->findChildren<QToolButton *>())
        if (b->text().startsWith(TimelineBar::asOfText(QDate()).section(QLatin1Char(' '), 0, 1)))
            return b;
    return nullptr;
}

/// Whether an icon draws at least one pixel that is not transparent.
bool drawsSomething(const QIcon &icon)
{
    const QImage image = icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
    return false;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAILLAGE_SHOTS");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

    int counter = 0;
    QString freshPath(const QString &stem)
    {
        const QString p = test::tempPath(K("%1-%2.maillage").arg(stem).arg(++counter));
        QFile::remove(p);
        return p;
    }

    /// A: always; B: since D; C: until D; E: until D-1; F: since D+1. Links A-B (no dates),
    /// A-C (since D), A-E (no dates, but E left), B-F (no dates), A-B ended D-1 (until).
    void buildBoundaries(MainWindow &w)
    {
        Document &doc = *w.document();
        auto actor = [&](const QString &name, const QDate &since, const QDate &until) {
            Actor a;
            a.name = name;
            a.categoryId = categoryId(doc, K("association"));
            a.since = since;
            a.until = until;
            return doc.addActor(a).value_or(0);
        };
        const qint64 a = actor(K("A"), {}, {});
        const qint64 b = actor(K("B"), D, {});
        const qint64 c = actor(K("C"), {}, D);
        const qint64 e = actor(K("E"), {}, D.addDays(-1));
        const qint64 f = actor(K("F"), D.addDays(1), {});
        auto link = [&](qint64 s, qint64 t, const QDate &since, const QDate &until) {
            Link l;
            l.sourceId = s;
            l.targetId = t;
            l.typeId = doc.linkTypes().first().id;
            l.since = since;
            l.until = until;
            QVERIFY(doc.addLink(l));
        };
        link(a, b, {}, {});
        link(a, c, D, {});
        link(a, e, {}, {});
        link(b, f, {}, {});
        link(a, b, {}, D.addDays(-1));
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void cleanup() { i18n::install(K("en")); }

    void mapAtBoundaryDates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QStringList>("actors");
        QTest::addColumn<QStringList>("links");
        QTest::newRow("D: since = D and until = D present; E left the day before")
            << D << QStringList{K("A"), K("B"), K("C")} << QStringList{K("A-B"), K("A-C")};
        QTest::newRow("D-1: B not yet, E's last day; link ended that day but B absent")
            << D.addDays(-1) << QStringList{K("A"), K("C"), K("E")} << QStringList{K("A-E")};
        QTest::newRow("D+1: C gone with its link, F arrived")
            << D.addDays(1) << QStringList{K("A"), K("B"), K("F")}
            << QStringList{K("A-B"), K("B-F")};
    }
    void mapAtBoundaryDates()
    {
        QFETCH(QDate, date);
        QFETCH(QStringList, actors);
        QFETCH(QStringList, links);
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(K("bounds")), K("Bounds")));
        buildBoundaries(w);
        auto *bar = w.findChild<TimelineBar *>(K("timelineBar"));
        QVERIFY(bar && !bar->isVisible());
        const QStringList all = shownActors(w);
        QCOMPARE(all.size(), 5);
        QCOMPARE(shownLinks(w).size(), 5);

        bar->setDate(date);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->date(), date);
        QCOMPARE(shownActors(w), actors);
        QCOMPARE(shownLinks(w), links);
        // Range: the earliest date (E's until) to today.
        QCOMPARE(bar->start(), D.addDays(-1));
        QCOMPARE(bar->end(), QDate::currentDate());
        QCOMPARE(bar->slider()->value(), int(bar->start().daysTo(date)));

        // The chip says why actors are missing; removing it shows the whole map again.
        QToolButton *chip = dateChip(w);
        QVERIFY(chip);
        QVERIFY2(chip->text().startsWith(K("As of %1").arg(TimelineBar::longDate(date))),
                 qPrintable(chip->text()));
        QVERIFY(chip->text().contains(QString::number(date.day())) &&
                chip->text().contains(K("2019")) && chip->text().contains(K("March")));
        chip->click();
        QTRY_VERIFY(!bar->date().isValid());
        QVERIFY(!bar->isVisible());
        QCOMPARE(shownActors(w), all);
        QCOMPARE(shownLinks(w).size(), 5);
        QVERIFY(!dateChip(w));
    }

    void timelineFollowsEditsAndOtherFilters()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(K("edits")), K("Edits")));
        buildBoundaries(w);
        auto *bar = w.findChild<TimelineBar *>(K("timelineBar"));
        bar->setDate(D);
        // An actor added while the timeline shows D, with a later since: hidden; undo: gone.
        Actor g;
        g.name = K("G");
        g.categoryId = categoryId(*w.document(), K("association"));
        g.since = D.addDays(10);
        QVERIFY(w.document()->addActor(g));
        QCOMPARE(shownActors(w), (QStringList{K("A"), K("B"), K("C")}));
        // Editing dates in the editor's way (an update) takes effect at once.
        const qint64 c = w.document()->actors().at(2).id;
        QVERIFY(w.document()->updateActor(c, {{K("until"), K("2019-03-11")}}));
        QCOMPARE(shownActors(w), (QStringList{K("A"), K("B")}));
        w.document()->undoStack()->undo();
        QCOMPARE(shownActors(w), (QStringList{K("A"), K("B"), K("C")}));
        // The category filter and the timeline combine; clearing one keeps the other.
        MapFilter f;
        f.categories.insert(categoryId(*w.document(), K("company")));
        w.filterBar()->setFilter(f);
        QVERIFY(shownActors(w).isEmpty());
        w.filterBar()->setFilter({});
        QCOMPARE(shownActors(w), (QStringList{K("A"), K("B"), K("C")}));
        // Hiding isolated actors counts only the links present on the date: on D-1, C's
        // only link (since D) is not there yet.
        MapFilter isolated;
        isolated.hideIsolated = true;
        w.filterBar()->setFilter(isolated);
        bar->setDate(D.addDays(-1));
        QCOMPARE(shownActors(w), (QStringList{K("A"), K("E")}));
        w.filterBar()->setFilter({});
        QCOMPARE(shownActors(w), (QStringList{K("A"), K("C"), K("E")}));
        bar->setDate(D);
        // Closing the territory closes the timeline.
        bar->clear();
        QVERIFY(!bar->isVisible());
    }

    void stepPlayAndKeyboard()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.newFile(freshPath(K("play")), K("Play")));
        QApplication::setActiveWindow(&w);  // shortcuts go to the active window only
        QVERIFY(QTest::qWaitForWindowActive(&w));
        buildBoundaries(w);
        auto *bar = w.findChild<TimelineBar *>(K("timelineBar"));
        QAction *toggle = w.findChild<QAction *>(K("timelineAction"));
        QVERIFY(toggle && toggle->isEnabled());
        QVERIFY(!toggle->shortcut().isEmpty());
        toggle->trigger();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->date(), QDate::currentDate());
        QVERIFY(toggle->isChecked());
        // The buttons' icons, made only when first drawn (icons::standard), draw the style's.
        const QList<QToolButton *> buttons = bar->findChildren<QToolButton *>();
        QVERIFY(buttons.size() >= 4);
        for (QToolButton *b : buttons)
            if (!b->icon().isNull())
                QVERIFY2(drawsSomething(b->icon()), qPrintable(b->objectName()));
        auto *playButton = bar->findChild<QToolButton *>(K("timelinePlay"));
        QVERIFY(playButton);
        const QImage playIcon = playButton->icon().pixmap(16, 16).toImage();
        QCOMPARE(playIcon, QApplication::style()->standardIcon(QStyle::SP_MediaPlay).pixmap(16, 16).toImage());

        bar->setDate(D);
        bar->setStep(2);  // a month
        bar->stepForward();
        QCOMPARE(bar->date(), D.addMonths(1));
        bar->stepBack();
        bar->stepBack();
        QCOMPARE(bar->date(), D.addDays(-1));  // clamped to the start
        // Keys: arrows move a day on the slider, Alt+arrows a step, Space plays, Ctrl+Shift+T
        // closes.
        bar->slider()->setFocus();
        QTest::keyClick(bar->slider(), Qt::Key_Right);
        QCOMPARE(bar->date(), D);
        QTest::keyClick(bar->slider(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(bar->date(), D.addMonths(1));
        QTest::keyClick(bar->slider(), Qt::Key_End);
        QCOMPARE(bar->date(), bar->end());

        // Play: from the end it starts again at the beginning, and stops at the end.
        bar->setStep(4);  // a year
        bar->setInterval(5);
        QTest::keyClick(bar->slider(), Qt::Key_Space);
        QVERIFY(bar->isPlaying());
        QVERIFY(bar->date() < D);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isPlaying(), 5000);
        QCOMPARE(bar->date(), bar->end());
        QCOMPARE(shownActors(w), (QStringList{K("A"), K("B"), K("F")}));
        // Pause in the middle.
        bar->setDate(bar->start());
        bar->setInterval(2000);
        bar->play();
        QVERIFY(bar->isPlaying());
        QCOMPARE(playButton->icon().pixmap(16, 16).toImage(),
                 QApplication::style()->standardIcon(QStyle::SP_MediaPause).pixmap(16, 16).toImage());
        bar->pause();
        QVERIFY(!bar->isPlaying());
        QCOMPARE(bar->date(), bar->start());

        QTest::keyClick(bar->slider(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!bar->isVisible());
        QVERIFY(!toggle->isChecked());
        QCOMPARE(shownActors(w).size(), 5);
    }

    void snapshotsDialog()
    {
        const QString path = freshPath(K("sample"));
        QString error;
        QVERIFY2(writeSample(path, &error), qPrintable(error));
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(w.openFile(path));
        Document &doc = *w.document();

        // Take a snapshot through the menu, naming it in the dialog.
        QAction *take = w.findChild<QAction *>(K("takeSnapshotAction"));
        QVERIFY(take && take->isEnabled());
        test::whenModal([](QWidget *dialog) {
            dialog->findChild<QLineEdit *>(K("snapshotName"))->setText(K("Avant la fusion"));
            dialog->findChild<QPlainTextEdit *>(K("snapshotNote"))->setPlainText(K("Réunion"));
            static_cast<QDialog *>(dialog)->accept();
        });
        take->trigger();
        QList<workshop::SnapshotInfo> list = workshop::listSnapshots(doc.store());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].name, K("Avant la fusion"));
        QCOMPARE(list[0].note, K("Réunion"));
        QCOMPARE(doc.undoStack()->undoText(), K("Take snapshot “Avant la fusion”"));

        // Change the territory: an actor leaves, a link strengthens.
        const QList<Actor> actors = doc.actors();
        const Actor gone = *std::find_if(actors.cbegin(), actors.cend(),
                                         [](const Actor &a) { return a.name == K("Vosges Matin"); });
        QVERIFY(doc.removeActors({gone.id}));
        const Link l = doc.links().first();
        QVERIFY(doc.updateRow(K("link"), l.id, {{K("strength"), l.strength == 5 ? 1 : 5}}, K("s")));

        w.findChild<QAction *>(K("snapshotsAction"))->trigger();
        auto *dialog = w.findChild<SnapshotsDialog *>(K("snapshotsDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->table()->rowCount(), 1);
        QCOMPARE(dialog->table()->item(0, 0)->text(), K("Avant la fusion"));
        QCOMPARE(dialog->table()->item(0, 2)->text(), K("34"));
        // Default comparison: the latest snapshot against now.
        dialog->findChild<QPushButton *>(K("compareButton"))->click();
        QVERIFY(dialog->hasDiff());
        QCOMPARE(dialog->diff().left.size(), 1);
        QCOMPARE(dialog->diff().left.first().name, K("Vosges Matin"));
        QCOMPARE(dialog->diff().strengthened.size() + dialog->diff().weakened.size(), 1);
        const QString report = dialog->report()->toPlainText();
        QVERIFY2(report.contains(K("Actors who left (1)")), qPrintable(report));
        QVERIFY(report.contains(K("Vosges Matin")));
        QVERIFY(report.contains(K("From snapshot “Avant la fusion” to now")));
        QVERIFY(report.contains(K("Links that disappeared")));
        // Highlight the actors concerned on the map.
        QVERIFY(!dialog->changedActors().isEmpty());
        QVERIFY(!dialog->changedActors().contains(gone.id));
        // Export.
        const QString csv = test::tempPath(K("changes.csv"));
        QVERIFY(dialog->exportDiff(csv, &error));
        QVERIFY(test::readBytes(csv).contains("actor_left,Vosges Matin,Média"));
        const QString txt = test::tempPath(K("changes.txt"));
        QVERIFY(dialog->exportDiff(txt, &error));
        QVERIFY(QString::fromUtf8(test::readBytes(txt)).contains(K("Actors who left (1)\n  Vosges Matin")));
        saveShot(dialog, K("diff-en.png"));

        // Two dates of the territory.
        dialog->compare({workshop::DiffSide::Date, 0, QDate(2017, 1, 1)},
                        {workshop::DiffSide::Date, 0, QDate(2018, 10, 1)});
        QVERIFY(dialog->report()->toPlainText().contains(K("Actors who appeared (3)")));

        // Delete (undoable) from the dialog.
        dialog->table()->selectionModel()->select(
            dialog->table()->model()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        dialog->findChild<QPushButton *>(K("deleteSnapshotButton"))->click();
        QCOMPARE(dialog->table()->rowCount(), 0);
        doc.undoStack()->undo();
        QCOMPARE(dialog->table()->rowCount(), 1);
        dialog->close();
    }

    void screenshots()
    {
        if (qEnvironmentVariable("MAILLAGE_SHOTS").isEmpty())
            QSKIP("Set MAILLAGE_SHOTS=DIR to save screenshots");
        for (const QString &language : {K("en"), K("fr")}) {
            const QString path = freshPath(K("shot"));
            QString error;
            QVERIFY(writeSample(path, &error));
            MainWindow w;
            w.setLanguage(language);
            w.resize(1400, 860);
            w.show();
            QVERIFY(w.openFile(path));
            QVERIFY(workshop::takeSnapshot(*w.document(), language == K("fr") ? K("Rentrée 2018")
                                                                              : K("Autumn 2018"),
                                           QString()));
            auto *bar = w.findChild<TimelineBar *>(K("timelineBar"));
            bar->setDate(QDate(2017, 3, 1));
            QTest::qWait(200);
            saveShot(&w, K("timeline-%1.png").arg(language));
            bar->clear();
            w.findChild<QAction *>(K("snapshotsAction"))->trigger();
            auto *dialog = w.findChild<SnapshotsDialog *>(K("snapshotsDialog"));
            dialog->compare({workshop::DiffSide::Date, 0, QDate(2017, 3, 1)},
                            {workshop::DiffSide::Snapshot, dialog->snapshotIds().first(), {}});
            QTest::qWait(100);
            saveShot(dialog, K("diff-%1.png").arg(language));
            dialog->close();
        }
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
