// Edit › History on a file (ui/history): the window's own steps listed newest first with the
// user's name and the command's text, greyed once undone and back on redo, undo back to a
// step and redo up to it, a step discarded by a later edit, times in the locale's format,
// double-click selecting on the map, cleared when another territory opens, at most 500 lines.
// The shared territory's cases (others' edits, a stale undo) are in
// tests/shared/tst_historyshared.cpp, which needs a server.
#include "core/document/document.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"
#include "ui/helpwindow.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/network/networkscene.h"
#include "ui/settings.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>
#include <QPushButton>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace maillage;
using maillage::test::action;
using maillage::test::shoot;

namespace {
QString text(const HistoryModel *m, int row, int column = HistoryModel::TextColumn)
{
    return m->index(row, column).data().toString();
}

bool greyed(const HistoryModel *m, int row)
{
    const QModelIndex i = m->index(row, HistoryModel::TextColumn);
    return i.data(Qt::FontRole).value<QFont>().italic() && i.data(Qt::ForegroundRole).isValid();
}

void select(HistoryPanel *panel, int row)
{
    panel->view()->setCurrentIndex(panel->model()->index(row, 0));
}
} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void menusAndShortcut();
    void ownEditsListed();
    void undoRedoGreyed();
    void clickToUndoOrRedo_data();
    void clickToUndoOrRedo();
    void contextMenuOffersTheSame();
    void replacedStepCannotBeRedone();
    void localeTime_data();
    void localeTime();
    void activateSelectsOnMap();
    void clearedOnOpeningAnother();
    void keepsAtMostFiveHundred();
    void nameFromPreferences();
    void screenshots();

private:
    /// Three steps on the sample: a rename, a move, a new actor (ids of the actors touched).
    QList<qint64> threeEdits(Document *doc)
    {
        const QList<Actor> actors = doc->actors();
        QString error;
        bool ok = doc->renameActor(actors.at(0).id, QStringLiteral("Mairie renommée"), &error);
        ok = ok && doc->moveActors({{actors.at(1).id, 12.5, 40.0}}, QString(), Document::NoMerge, &error);
        Actor a;
        a.name = QStringLiteral("Café associatif");
        const auto added = doc->addActor(a, {}, &error);
        if (!ok || !added)
            qWarning("edit: %s", qPrintable(error));
        return {actors.at(0).id, actors.at(1).id, added.value_or(0)};
    }
};

void TestHistoryPanel::initTestCase()
{
    test::isolateSettings();
}

void TestHistoryPanel::init()
{
    Settings().setUserName(QStringLiteral("Camille Martin"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHistoryPanel::menusAndShortcut()
{
    MainWindow w;
    QAction *history = action(w, "history");
    QVERIFY(history);
    QCOMPARE(history->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    // No other action of the window takes Ctrl+H.
    for (QAction *a : w.findChildren<QAction *>())
        if (a != history)
            QVERIFY2(!a->shortcuts().contains(history->shortcut()), qPrintable(a->objectName()));
    // In the Edit and the View menus.
    int menus = 0;
    for (QAction *top : w.menuBar()->actions())
        if (top->menu() && top->menu()->actions().contains(history))
            ++menus;
    QCOMPARE(menus, 2);
    // Listed once among the shortcuts.
    ShortcutsDialog keys(w.menuBar());
    auto *table = keys.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    int rows = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        rows += table->item(r, 1)->text() == QLatin1String("History");
    QCOMPARE(rows, 1);
    QVERIFY(!history->isEnabled());  // nothing open
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("menus"))));
    QVERIFY(history->isEnabled());
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QVERIFY(dock && !dock->isVisibleTo(&w));
    history->trigger();
    QVERIFY(dock->isVisibleTo(&w));
    QCOMPARE(history->text(), QStringLiteral("&History"));
    QVERIFY(w.historyPanel()->messageLabel()->text().contains(QStringLiteral("Your edits appear here")));
    // Closing the territory hides it (the welcome page has the window); the next one brings it back.
    action(w, "close")->trigger();
    QVERIFY(!dock->isVisibleTo(&w));
    QVERIFY(!history->isEnabled());
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("menus"))));
    QVERIFY(dock->isVisibleTo(&w));
    history->trigger();
    QVERIFY(!dock->isVisibleTo(&w));
    action(w, "close")->trigger();
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("menus"))));
    QVERIFY(!dock->isVisibleTo(&w));
}

void TestHistoryPanel::ownEditsListed()
{
    MainWindow w;
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("own"))));
    const HistoryModel *m = w.historyPanel()->model();
    QCOMPARE(m->rowCount(), 0);
    threeEdits(w.document());
    QUndoStack *stack = w.document()->undoStack();
    QCOMPARE(stack->count(), 3);
    QCOMPARE(m->rowCount(), 3);
    // Newest first, each with the command's own text and the name from Preferences.
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(text(m, row), stack->command(2 - row)->text());
        QCOMPARE(text(m, row, HistoryModel::AuthorColumn), QStringLiteral("Camille Martin"));
        QVERIFY(m->entry(row).own);
        QVERIFY(!greyed(m, row));
    }
    QVERIFY(text(m, 0).contains(QStringLiteral("Café associatif")));
    QVERIFY2(text(m, 2).contains(QStringLiteral("“")), qPrintable(text(m, 2)));  // “Edit “NAME””
    // Without a name in Preferences: the system user's.
    Settings().setUserName(QString());
    QVERIFY(w.document()->renameActor(w.document()->actors().at(2).id, QStringLiteral("Autre nom")));
    QCOMPARE(text(m, 0, HistoryModel::AuthorColumn), HistoryModel::systemUserName());
    QVERIFY(!HistoryModel::systemUserName().isEmpty());
    // A drag merges into one step: still one line, for the step's text.
    const qint64 id = w.document()->actors().at(3).id;
    QVERIFY(w.document()->moveActors({{id, 1, 1}}));
    QVERIFY(w.document()->moveActors({{id, 2, 2}}));
    QCOMPARE(stack->count(), 5);
    QCOMPARE(m->rowCount(), 5);
    QCOMPARE(text(m, 0), stack->command(4)->text());
}

void TestHistoryPanel::undoRedoGreyed()
{
    MainWindow w;
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("grey"))));
    threeEdits(w.document());
    const HistoryModel *m = w.historyPanel()->model();
    action(w, "undo")->trigger();
    action(w, "undo")->trigger();
    QVERIFY(greyed(m, 0));
    QVERIFY(greyed(m, 1));
    QVERIFY(!greyed(m, 2));
    QVERIFY(m->index(0, HistoryModel::TextColumn).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Undone")));
    action(w, "redo")->trigger();
    QVERIFY(greyed(m, 0));
    QVERIFY(!greyed(m, 1));
    action(w, "redo")->trigger();
    QVERIFY(!greyed(m, 0));
    QCOMPARE(m->rowCount(), 3);
}

void TestHistoryPanel::clickToUndoOrRedo_data()
{
    QTest::addColumn<int>("undoneFirst");  // steps undone before the click
    QTest::addColumn<int>("row");          // the row selected (0: newest)
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("index");        // the stack's index after the click
    QTest::newRow("undo the newest") << 0 << 0 << "Undo Back to Here (1 step)" << 2;
    QTest::newRow("undo back to the oldest") << 0 << 2 << "Undo Back to Here (3 steps)" << 0;
    QTest::newRow("redo one") << 3 << 2 << "Redo Up to Here (1 step)" << 1;
    QTest::newRow("redo up to the newest") << 2 << 0 << "Redo Up to Here (2 steps)" << 3;
    QTest::newRow("undo below an undone step") << 1 << 2 << "Undo Back to Here (2 steps)" << 0;
}

void TestHistoryPanel::clickToUndoOrRedo()
{
    QFETCH(int, undoneFirst);
    QFETCH(int, row);
    QFETCH(QString, button);
    QFETCH(int, index);
    MainWindow w;
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("click"))));
    w.showHistory();
    threeEdits(w.document());
    QUndoStack *stack = w.document()->undoStack();
    for (int i = 0; i < undoneFirst; ++i)
        stack->undo();
    HistoryPanel *panel = w.historyPanel();
    QVERIFY(!panel->goToButton()->isEnabled());  // nothing selected
    select(panel, row);
    // (English plurals come from maillage_en.ts: "(1 step)".)
    QCOMPARE(panel->goToButton()->text(), button);
    QVERIFY(panel->goToButton()->isEnabled());
    QTest::mouseClick(panel->goToButton(), Qt::LeftButton);
    QCOMPARE(stack->index(), index);
    QCOMPARE(stack->count(), 3);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(greyed(panel->model(), r), 2 - r >= index);
    // Nothing was refused.
    QVERIFY(panel->messageLabel()->isHidden());
}

void TestHistoryPanel::contextMenuOffersTheSame()
{
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("menu"))));
    w.showHistory();
    threeEdits(w.document());
    HistoryPanel *panel = w.historyPanel();
    QTreeView *view = panel->view();
    const QPoint at = view->visualRect(panel->model()->index(1, HistoryModel::TextColumn)).center();
    QString offered;
    QTimer::singleShot(100, [&offered] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            offered = menu->actions().value(0)->text();
            menu->actions().value(0)->trigger();
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QCOMPARE(offered, QStringLiteral("Undo Back to Here (2 steps)"));
    QCOMPARE(w.document()->undoStack()->index(), 1);
    QCOMPARE(panel->view()->currentIndex().row(), 1);
}

void TestHistoryPanel::replacedStepCannotBeRedone()
{
    MainWindow w;
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("replaced"))));
    threeEdits(w.document());
    QUndoStack *stack = w.document()->undoStack();
    stack->undo();  // the new actor
    QVERIFY(w.document()->renameActor(w.document()->actors().at(4).id, QStringLiteral("Nouveau nom")));
    QCOMPARE(stack->count(), 3);
    const HistoryModel *m = w.historyPanel()->model();
    // The discarded step stays in the history, undone, below the new one.
    QCOMPARE(m->rowCount(), 4);
    QVERIFY(!greyed(m, 0));
    QVERIFY(greyed(m, 1));
    QVERIFY(text(m, 1).contains(QStringLiteral("Café associatif")));
    QCOMPARE(m->entry(1).gone, HistoryEntry::Gone::Replaced);
    // The new step names its own actor only, not the one the undo just removed.
    QCOMPARE(m->entry(0).actors, QList<qint64>{w.document()->actors().at(4).id});
    QVERIFY(m->index(1, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("no longer be redone")));
    QCOMPARE(m->stackPosition(1), -1);
    select(w.historyPanel(), 1);
    QVERIFY(!w.historyPanel()->goToButton()->isEnabled());
    QVERIFY(!w.historyPanel()->goTo(1));
    QCOMPARE(stack->index(), 3);
    // The steps below it still undo.
    select(w.historyPanel(), 2);
    QVERIFY(w.historyPanel()->goTo(2));
    QCOMPARE(stack->index(), 1);
}

void TestHistoryPanel::localeTime_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France);
}

void TestHistoryPanel::localeTime()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    MainWindow w;
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("time"))));
    threeEdits(w.document());
    const HistoryModel *m = w.historyPanel()->model();
    const QDateTime when = m->entry(0).time;
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTime())) < 60);
    QCOMPARE(text(m, 0, HistoryModel::TimeColumn), locale.toString(when.time(), QLocale::ShortFormat));
    // The two formats differ (12 and 24 hours), so a fixed format would fail one of them.
    const QTime afternoon(15, 7);
    const QString shown = locale.toString(afternoon, QLocale::ShortFormat);
    if (locale.language() == QLocale::French)
        QCOMPARE(shown, QStringLiteral("15:07"));
    else
        QVERIFY2(shown.startsWith(QStringLiteral("3:07")) && shown.endsWith(QStringLiteral("PM")), qPrintable(shown));
    QCOMPARE(m->index(0, HistoryModel::TimeColumn).data(Qt::ToolTipRole).toString(),
             locale.toString(when, QLocale::LongFormat));
}

void TestHistoryPanel::activateSelectsOnMap()
{
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("select"))));
    w.showHistory();
    Document *doc = w.document();
    const QList<qint64> ids = threeEdits(doc);
    // A link between the renamed and the moved actors.
    Link link;
    link.sourceId = ids.at(0);
    link.targetId = ids.at(2);
    QString error;
    const auto linkId = doc->addLink(link, &error);
    QVERIFY2(linkId, qPrintable(error));
    HistoryPanel *panel = w.historyPanel();
    QTreeView *view = panel->view();
    QSignalSpy shown(panel, &HistoryPanel::showOnMap);
    // Double-click on the rename (row 3): that actor is selected on the map.
    const QRect rename = view->visualRect(panel->model()->index(3, HistoryModel::TextColumn));
    QVERIFY(view->viewport()->rect().contains(rename.center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rename.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rename.center());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(w.networkScene()->selectedActors(), QList<qint64>{ids.at(0)});
    // Enter on the new link: its two ends.
    select(panel, 0);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(shown.size(), 2);
    QList<qint64> selected = w.networkScene()->selectedActors();
    std::sort(selected.begin(), selected.end());
    QList<qint64> ends{ids.at(0), ids.at(2)};
    std::sort(ends.begin(), ends.end());
    QCOMPARE(selected, ends);
    // Many links in one step (the one-pass path): every end, once.
    const QList<Actor> all = doc->actors();
    QList<RowOp> ops;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (int i = 0; i < 70; ++i)
        ops << doc->insertOp(QStringLiteral("link"),
                             {{QStringLiteral("source_id"), all.at(0).id},
                              {QStringLiteral("target_id"), all.at(1 + i % (all.size() - 1)).id},
                              {QStringLiteral("created_at"), now},
                              {QStringLiteral("updated_at"), now}});
    QVERIFY2(doc->apply(QStringLiteral("Link many"), ops, Document::NoMerge, &error), qPrintable(error));
    QCOMPARE(panel->model()->entry(0).links.size(), 70);
    select(panel, 0);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.last().at(1).value<QList<qint64>>().size(), 70);
    selected = w.networkScene()->selectedActors();
    std::sort(selected.begin(), selected.end());
    QList<qint64> everyone;
    for (const Actor &a : all)
        everyone << a.id;
    std::sort(everyone.begin(), everyone.end());
    QCOMPARE(selected, everyone);
    // An actor deleted since: nothing to show, nothing selected by it.
    QVERIFY(doc->removeActors({ids.at(1)}, &error));
    select(panel, 4);  // the move, below the deletion, the many links and the link
    QCOMPARE(panel->model()->entry(4).actors, QList<qint64>{ids.at(1)});
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(shown.size(), 3);
}

void TestHistoryPanel::clearedOnOpeningAnother()
{
    MainWindow w;
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("first"))));
    threeEdits(w.document());
    QCOMPARE(w.historyPanel()->model()->rowCount(), 3);
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("second"))));
    QCOMPARE(w.historyPanel()->model()->rowCount(), 0);
    // And it follows the new territory's edits.
    threeEdits(w.document());
    QCOMPARE(w.historyPanel()->model()->rowCount(), 3);
    select(w.historyPanel(), 0);
    QVERIFY(w.historyPanel()->goTo(0));
    QCOMPARE(w.document()->undoStack()->index(), 2);
}

void TestHistoryPanel::keepsAtMostFiveHundred()
{
    MainWindow w;
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("many"))));
    Document *doc = w.document();
    const qint64 id = doc->actors().first().id;
    const int steps = HistoryModel::kMaxEntries + 12;
    for (int i = 0; i < steps; ++i)
        QVERIFY(doc->moveActors({{id, double(i), 0}}, QStringLiteral("Move %1").arg(i), Document::NoMerge));
    const HistoryModel *m = w.historyPanel()->model();
    QCOMPARE(m->rowCount(), HistoryModel::kMaxEntries);
    QCOMPARE(text(m, 0), QStringLiteral("Move %1").arg(steps - 1));
    QCOMPARE(text(m, HistoryModel::kMaxEntries - 1), QStringLiteral("Move %1").arg(steps - HistoryModel::kMaxEntries));
    // The oldest steps left the list, not the undo stack; undoing one does not list it again.
    QCOMPARE(doc->undoStack()->count(), steps);
    QVERIFY(w.historyPanel()->goTo(HistoryModel::kMaxEntries - 1));
    QCOMPARE(doc->undoStack()->index(), steps - HistoryModel::kMaxEntries);
    QCOMPARE(m->rowCount(), HistoryModel::kMaxEntries);
    shoot(&w, QStringLiteral("history-many"));
}

void TestHistoryPanel::nameFromPreferences()
{
    Settings().setUserName(QString());
    PreferencesDialog dialog;
    QLineEdit *name = dialog.userNameEdit();
    QVERIFY(name->text().isEmpty());
    QCOMPARE(name->placeholderText(), HistoryModel::systemUserName());
    name->setText(QStringLiteral("  Dominique Roy "));
    dialog.accept();
    QCOMPARE(Settings().userName(), QStringLiteral("Dominique Roy"));
    dialog.resize(dialog.sizeHint());
    shoot(&dialog, QStringLiteral("preferences-name"));
    MainWindow w;
    QVERIFY(w.openFile(test::freshSample(QStringLiteral("named"))));
    threeEdits(w.document());
    QCOMPARE(text(w.historyPanel()->model(), 0, HistoryModel::AuthorColumn), QStringLiteral("Dominique Roy"));
}

void TestHistoryPanel::screenshots()
{
    // With MAILLAGE_SHOTS=DIR, the window at 1280×720 with the history open, in English and
    // French (MAILLAGE_SHOTS_QM: a .qm of strings not yet in the built-in translations).
    if (qEnvironmentVariable("MAILLAGE_SHOTS").isEmpty())
        QSKIP("Set MAILLAGE_SHOTS=DIR to save screenshots");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QTranslator extra;
        const QString qm = qEnvironmentVariable("MAILLAGE_SHOTS_QM");
        MainWindow w;
        w.setLanguage(language);
        if (language == QLatin1String("fr") && !qm.isEmpty()) {
            QVERIFY2(extra.load(qm), qPrintable(qm));
            QCoreApplication::installTranslator(&extra);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        }
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(test::freshSample(QStringLiteral("shot-") + language)));
        w.showHistory();
        threeEdits(w.document());
        Link link;
        link.sourceId = w.document()->actors().at(0).id;
        link.targetId = w.document()->actors().at(3).id;
        QVERIFY(w.document()->addLink(link));
        w.document()->undoStack()->undo();
        select(w.historyPanel(), 1);
        QTest::qWait(200);
        shoot(&w, QStringLiteral("history-") + language);
        QCoreApplication::removeTranslator(&extra);
    }
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
