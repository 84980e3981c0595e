// The main window's menus, the workshop page's entries and the texts of everything the window
// builds (retranslate(), run again when the language changes).

#include "ui/mainwindow.h"

#include "core/document/document.h"
#include "ui/editors/actoreditor.h"
#include "ui/editors/linkeditor.h"
#include "ui/editors/vocabularydialog.h"
#include "ui/models/actortablemodel.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"
#include "ui/panels/actorlistpanel.h"
#include "ui/mapactions.h"
#include "ui/reportdialog.h"
#include "ui/analysis/analysispanel.h"
#include "ui/analysis/portraitpanel.h"
#include "ui/workshop/viewspanel.h"
#include "ui/privacy/personaldatapanel.h"
#include "ui/tracking/actoractivitywidget.h"
#include "ui/tracking/trackingdocks.h"
#include "ui/network/filterbar.h"
#include "ui/territory/mapmodes.h"
#include "ui/territory/territoryview.h"
#include "ui/workshop/timelinebar.h"
#include "core/io/export.h"
#include "ui/webexport/webexportdialog.h"
#include "core/render/mappainter.h"
#include "ui/preferencesdialog.h"
#include "ui/settings.h"
#include "ui/territorydialog.h"
#include "ui/widgets/icons.h"
#include "ui/helpwindow.h"
#include "ui/widgets/welcomepage.h"
#include "core/io/sample.h"
#include "ui/widgets/secondarywindow.h"
#include "core/util/i18n.h"
#include "ui/workshop/exerciseworkshop.h"
#include "ui/workshop/interviewwindow.h"
#include "ui/workshop/powergrid.h"

#include <QAction>
#include <cmath>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QActionGroup>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace maillage {

#define K(x) QStringLiteral(x)

void MainWindow::createMenus()
{
    menuBar()->clear();
    auto a = [this](const char *key) { return m_actions.value(QString::fromLatin1(key)); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a("new"));
    file->addAction(a("open"));
    file->addAction(a("openSample"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(K("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(a("openShared"));
    file->addAction(a("publish"));
    file->addAction(a("download"));
    file->addAction(a("members"));
    file->addSeparator();
    file->addAction(a("import"));
    file->addAction(a("importRegisters"));
    file->addAction(a("exportMap"));
    file->addAction(a("exportData"));
    file->addAction(a("exportWebPage"));
    file->addAction(a("exportReport"));
    file->addAction(a("printPreview"));
    file->addAction(a("print"));
    file->addSeparator();
    file->addAction(a("saveAs"));
    file->addAction(a("territory"));
    file->addSeparator();
    file->addAction(a("close"));
    file->addAction(a("quit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a("undo"));
    edit->addAction(a("redo"));
    edit->addAction(a("history"));
    edit->addSeparator();
    edit->addAction(a("addActor"));
    edit->addAction(a("addLink"));
    edit->addAction(a("rename"));
    edit->addAction(a("delete"));
    edit->addSeparator();
    edit->addAction(a("find"));
    edit->addSeparator();
    edit->addAction(a("vocabulary"));
    edit->addAction(a("preferences"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a("zoomIn"));
    view->addAction(a("zoomOut"));
    view->addAction(a("fitAll"));
    view->addAction(a("zoomSelection"));
    view->addSeparator();
    view->addAction(m_mapModes->toggleAction());
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Side Panel"));
    panels->setObjectName(K("sidePanelMenu"));
    for (const QString &key : sections())
        panels->addAction(m_sectionActions.value(key));
    view->addAction(a("history"));

    QMenu *map = menuBar()->addMenu(tr("&Map"));
    QMenu *arrange = map->addMenu(tr("&Arrange"));
    for (const char *key : {"layoutForce", "layoutCategory", "layoutCircle", "layoutConcentric", "layoutGrid"})
        arrange->addAction(a(key));
    QMenu *focus = map->addMenu(tr("&Focus on Selection"));
    for (const char *key : {"focus1", "focus2", "focus3"})
        focus->addAction(a(key));
    map->addAction(a("clearFocus"));
    map->addSeparator();
    map->addAction(m_mapModes->locateAction());
    map->addSeparator();
    map->addAction(a("legend"));

    // Workshop mode (#8): each feature adds its actions under its own comment.
    QMenu *workshop = menuBar()->addMenu(tr("&Workshop"));
    workshop->setObjectName(K("workshopMenu"));
    // -- Net-Map interview and power/interest exercise --
    workshop->addAction(a("netmapInterview"));
    workshop->addAction(a("powerGrid"));

    // -- Timeline and snapshots --
    workshop->addSeparator();
    workshop->addActions(m_timeline->menuActions());

    // -- Presentation --
    workshop->addSeparator();
    m_presentation->addToMenu(workshop);

    // -- Exercises and comparison --
    workshop->addSeparator();
    for (QAction *action : m_exercise->menuActions())
        action ? workshop->addAction(action) : void(workshop->addSeparator());

    workshop->menuAction()->setVisible(!workshop->isEmpty());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a("guide"));
    help->addAction(a("shortcuts"));
    help->addAction(a("openSample"));
    help->addSeparator();
    help->addAction(a("about"));

    QToolBar *bar = findChild<QToolBar *>(K("mainToolBar"));
    if (!bar) {
        bar = addToolBar(QString());
        bar->setObjectName(K("mainToolBar"));
        bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->setMovable(false);
    }
    bar->clear();
    bar->setWindowTitle(tr("Main toolbar"));
    for (const char *key : {"open", "undo", "redo", "addActor", "addLink", "delete", "fitAll", "layoutForce"})
        bar->addAction(a(key));
    bar->addAction(m_mapModes->toggleAction());
    rebuildWorkshopPage();
}

void MainWindow::rebuildWorkshopPage()
{
    // One button per workshop command, each with what it is for, in the menu's order.
    auto *layout = qobject_cast<QVBoxLayout *>(m_workshopPage->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *intro = new QLabel(tr("Tools for working with a group, on a projector or around a "
                                "table. They are also in the Workshop menu."),
                             m_workshopPage);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QMenu *workshop = menuBar()->findChild<QMenu *>(K("workshopMenu"));
    if (!workshop)
        return;
    // Each of them with an icon, in the menu as on the page (panels' own toggles included).
    const QHash<QString, const char *> workshopIcons{
        {K("timelineAction"), "view-calendar-timeline"}, {K("takeSnapshotAction"), "camera-photo"},
        {K("snapshotsAction"), "vcs-diff"}, {K("saveViewAction"), "bookmark-new"},
        {K("presentAction"), "media-playback-start"}, {K("presentFromViewAction"), "media-skip-forward"},
        {K("exportSlidesAction"), "document-export"}, {K("compareMapsAction"), "view-split-left-right"},
        {K("compareReferenceAction"), "edit-copy"}, {K("closeComparisonAction"), "document-close"},
        {K("createExerciseAction"), "document-edit"},
    };
    for (QAction *action : workshop->actions()) {
        if (action->icon().isNull()) {
            if (const char *icon = workshopIcons.value(action->objectName()))
                action->setIcon(icons::get(icon));
            else if (!action->isSeparator())
                action->setIcon(icons::get("view-list-details"));  // a panel's show/hide
        }
        if (action->isSeparator()) {
            layout->addSpacing(8);
            continue;
        }
        if (!action->isVisible() || action->menu())
            continue;
        auto *button = new QToolButton(m_workshopPage);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + K("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(22, 22));
        button->setAutoRaise(true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        layout->addWidget(button);
        if (!action->statusTip().isEmpty()) {
            auto *tip = new QLabel(action->statusTip(), m_workshopPage);
            tip->setWordWrap(true);
            tip->setContentsMargins(30, 0, 0, 4);
            QPalette pal = tip->palette();
            pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
            tip->setPalette(pal);
            layout->addWidget(tip);
        }
    }
    layout->addStretch();
}

void MainWindow::retranslate()
{
    struct Text
    {
        const char *key;
        QString text;
        QString tip;
    };
    const QList<Text> texts{
        {"new", tr("&New Territory…"), tr("Create a new territory file")},
        {"open", tr("&Open…"), tr("Open a territory file")},
        {"openShared", tr("Open S&hared Territory…"), tr("Open a territory kept on a PostgreSQL server, edited by the team together")},
        {"publish", tr("P&ublish…"), tr("Copy this territory to a PostgreSQL server so that the team edits it together")},
        {"download", tr("Do&wnload a Copy…"), tr("Write a shared territory to a file on this computer")},
        {"members", tr("&Members…"), tr("Who may open, edit or administer this shared territory")},
        {"openSample", tr("Open the &Sample Territory"), tr("Mirecourt, a small town mapped as an example: actors, links, problems, actions, meetings")},
        {"saveAs", tr("Save &As…"), tr("Write a copy of this territory and continue in it")},
        {"close", tr("&Close"), tr("Close this territory")},
        {"quit", tr("&Quit"), QString()},
        {"territory", tr("&Territory Properties…"), tr("Name, kind, INSEE codes, retention")},
        {"delete", tr("&Delete"), tr("Delete the selected actors or link")},
        {"find", tr("&Find Actor…"), tr("Search the actor list")},
        {"addActor", tr("Add &Actor"), tr("Add an actor to the territory")},
        {"addLink", tr("Add &Link…"), tr("Link two actors")},
        {"vocabulary", tr("&Categories, Link Types and Tags…"), QString()},
        {"preferences", tr("&Preferences…"), QString()},
        {"zoomIn", tr("Zoom &In"), QString()},
        {"zoomOut", tr("Zoom &Out"), QString()},
        {"fitAll", tr("&Fit Map"), tr("Show the whole map")},
        {"zoomSelection", tr("Zoom to &Selection"), QString()},
        {"about", tr("&About Maillage"), QString()},
        {"guide", tr("User &Guide"), tr("The method and the window, step by step, with pictures")},
        {"shortcuts", tr("&Keyboard Shortcuts"), tr("Every shortcut of the window")},
        {"exportReport", tr("Export &Report…"), tr("A PDF report for partners")},
        {"print", tr("&Print Report…"), QString()},
        {"printPreview", tr("Print Pre&view…"), QString()},
        {"import", tr("&Import…"), tr("Import actors and links from spreadsheets, GraphML, GEXF or Cytoscape JSON")},
        {"importRegisters", tr("Import from public re&gisters…"), tr("Import elected officials, establishments or associations of chosen communes from the RNE, SIRENE or RNA")},
        {"exportMap", tr("Export &Map…"), tr("Save the map with its legend as PNG or SVG")},
        {"exportData", tr("Export &Data…"), tr("CSV, GraphML, GEXF or JSON, persons pseudonymised on request")},
        {"exportWebPage", tr("Export &Web Page…"), tr("One interactive page for partners, to open in any browser")},
        {"layoutForce", tr("&Force-Directed"), tr("Linked actors close together")},
        {"layoutCategory", tr("By &Category"), tr("One cluster per category")},
        {"layoutCircle", tr("C&ircle"), QString()},
        {"layoutConcentric", tr("C&oncentric Around Selection"), tr("Rings by number of steps from the selected actor")},
        {"layoutGrid", tr("&Power/Interest Grid"), tr("Interest across, influence up")},
        {"focus1", tr("&1 Step Out"), QString()},
        {"focus2", tr("&2 Steps Out"), QString()},
        {"focus3", tr("&3 Steps Out"), QString()},
        {"clearFocus", tr("&Show Whole Map"), tr("End the focus")},
        {"legend", tr("&Legend"), QString()},
        {"netmapInterview", tr("&Net-Map Interview…"), tr("Map the territory with a group, step by step: actors, links, influence towers, goals")},
        {"powerGrid", tr("Power/Interest &Grid"), tr("Drag actors to set their influence and interest")},
        {"rename", tr("&Rename"), tr("Edit the selected actor's name")},
    };
    for (const Text &t : texts) {
        QAction *action = m_actions.value(QString::fromLatin1(t.key));
        action->setText(t.text);
        action->setStatusTip(t.tip);
    }
    m_actions.value(K("undo"))->setText(tr("&Undo"));
    m_actions.value(K("redo"))->setText(tr("&Redo"));
    m_actions.value(K("undo"))->setIconText(tr("Undo"));
    m_actions.value(K("redo"))->setIconText(tr("Redo"));
    // The dock's title names its toggle action: the title first, then the menu's text.
    m_historyDock->setWindowTitle(tr("History"));
    m_actions.value(K("history"))->setText(tr("&History"));
    m_actions.value(K("history"))->setStatusTip(tr("Who did what and when, newest first; undo back to a step"));
    m_actorDock->setWindowTitle(tr("Actors"));
    m_detailsDock->setWindowTitle(tr("Details"));
    retranslateSideBar();
    m_analysisDock->setWindowTitle(tr("Analysis"));
    m_analysisTabs->setTabText(0, tr("Network"));
    m_analysisTabs->setTabText(1, tr("Statistical portrait"));
    m_privacyDock->setWindowTitle(tr("Personal data"));
    m_presentation->retranslate();
    m_detailsHint->setText(tr("Select an actor in the list or on the map to see and edit its "
                              "details. Double-click to edit; Shift-drag from one actor to "
                              "another on the map to link them."));
    for (const char *key : {"addActor", "import"})
        if (auto *b = findChild<QPushButton *>(QString::fromLatin1(key) + QStringLiteral("HintButton"))) {
            b->setText(m_actions.value(QString::fromLatin1(key))->text().remove(QLatin1Char('&')));
            b->setIcon(m_actions.value(QString::fromLatin1(key))->icon());
        }
    updateActions();  // the read-only banner's text
    m_exercise->retranslate();
    updateCentral();
    updateTitle();
}

} // namespace maillage
