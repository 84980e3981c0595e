#include "mainwindow.h"

#include "document/document.h"
#include "editors/actoreditor.h"
#include "editors/linkeditor.h"
#include "editors/vocabularydialog.h"
#include "models/actortablemodel.h"
#include "network/networkscene.h"
#include "network/networkview.h"
#include "panels/actorlistpanel.h"
#include "mapactions.h"
#include "reportdialog.h"
#include "analysis/analysispanel.h"
#include "analysis/portraitpanel.h"
#include "workshop/viewspanel.h"
#include "privacy/personaldatapanel.h"
#include "tracking/actoractivitywidget.h"
#include "tracking/trackingdocks.h"
#include "network/filterbar.h"
#include "territory/mapmodes.h"
#include "territory/territoryview.h"
#include "workshop/timelinebar.h"
#include "io/export.h"
#include "webexport/webexportdialog.h"
#include "render/mappainter.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "territorydialog.h"
#include "widgets/icons.h"
#include "helpwindow.h"
#include "widgets/welcomepage.h"
#include "io/sample.h"
#include "widgets/secondarywindow.h"
#include "util/i18n.h"
#include "workshop/exerciseworkshop.h"
#include "workshop/interviewwindow.h"
#include "workshop/powergrid.h"

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

namespace {
#define K(x) QStringLiteral(x)
constexpr int kMaxRecent = 8;
/// saveState()'s version: 2 since the side panel replaced the tabbed docks (an older state is
/// ignored rather than restoring eight tabs).
constexpr int kStateVersion = 2;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_doc(new Document(this))
{
    setObjectName(K("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(K(":/maillage/icons/maillage.svg")));
    m_scene = new NetworkScene(m_doc, this);
    createActions();
    createUi();
    createMenus();
    retranslate();

    connect(m_doc, &Document::opened, this, [this] {
        updateTitle();
        updateActions();
        updateCentral();
        rememberRecent(m_doc->path());
        showActor(0);
        m_view->requestFit();
    });
    connect(m_doc, &Document::closed, this, [this] {
        updateTitle();
        updateActions();
        updateCentral();
        showActor(0);
    });
    connect(m_doc, &Document::changed, this, [this](const ChangeSet &changes) {
        for (const Change &c : changes) {
            if (c.table == Table::Territory)
                updateTitle();
            if (c.table == Table::Actor &&
                (c.kind == Change::Inserted || c.kind == Change::Removed))
                updateCentral();
        }
    });
    connect(m_doc, &Document::failed, this, [this](const QString &message) {
        showError(tr("Not saved"), message);
    });
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    Settings settings;
    restoreGeometry(settings.windowGeometry());
    if (settings.windowGeometry().isEmpty() || !restoreState(settings.windowState(), kStateVersion))
        resize(1360, 840);
    else
        m_sidePanelWidth = -1;  // the user's own layout
    showSection(K("actors"));
    updateTitle();
    updateActions();
    updateCentral();
}

MainWindow::~MainWindow()
{
    m_doc->close();
}

void MainWindow::createActions()
{
    struct Def
    {
        const char *key;
        QKeySequence shortcut;
        std::function<void()> run;
    };
    const QList<Def> defs{
        {"new", QKeySequence::New, [this] { newTerritory(); }},
        {"openSample", QKeySequence(), [this] { openSample(); }},
        {"open", QKeySequence::Open, [this] { openDialog(); }},
        {"saveAs", QKeySequence::SaveAs, [this] { saveAs(); }},
        {"close", QKeySequence::Close, [this] { closeTerritory(); }},
        {"quit", QKeySequence::Quit, [this] { close(); }},
        {"territory", QKeySequence(), [this] { editTerritory(); }},
        {"delete", QKeySequence::Delete, [this] { deleteSelection(); }},
        {"find", QKeySequence::Find, [this] {
             m_actorDock->show();
             m_actorDock->raise();
             m_actorList->searchField()->setFocus();
             m_actorList->searchField()->selectAll();
         }},
        {"addActor", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { addActor(); }},
        {"addLink", QKeySequence(Qt::CTRL | Qt::Key_L), [this] { newLink(); }},
        {"vocabulary", QKeySequence(), [this] { editVocabulary(); }},
        {"preferences", QKeySequence::Preferences, [this] { preferences(); }},
        {"zoomIn", QKeySequence::ZoomIn, [this] { m_mapModes->zoomBy(1.25); }},
        {"zoomOut", QKeySequence::ZoomOut, [this] { m_mapModes->zoomBy(0.8); }},
        {"fitAll", QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_mapModes->fitAll(); }},
        {"zoomSelection", QKeySequence(Qt::CTRL | Qt::Key_9), [this] { m_mapModes->zoomToSelection(); }},
        {"about", QKeySequence(), [this] { about(); }},
        {"guide", QKeySequence::HelpContents, [this] { showGuide(); }},
        {"shortcuts", QKeySequence(Qt::CTRL | Qt::Key_Slash), [this] {
             ShortcutsDialog dialog(menuBar(), this);
             dialog.exec();
         }},
        {"import", QKeySequence(Qt::CTRL | Qt::Key_I), [this] { importDialog(); }},
        {"importRegisters", QKeySequence(), [this] { importRegistersInteractively(m_doc, this); }},
        {"exportReport", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { exportReportInteractively(m_doc, this); }},
        {"print", QKeySequence::Print, [this] { printReportInteractively(m_doc, false, this); }},
        {"printPreview", QKeySequence(), [this] { printReportInteractively(m_doc, true, this); }},
        {"exportMap", QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportMap(); }},
        {"exportData", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportData(); }},
        {"exportWebPage", QKeySequence(), [this] { exportWebPageInteractively(m_doc, this); }},
        {"layoutForce", QKeySequence(Qt::CTRL | Qt::Key_R), [this] { arrange(layout::Algorithm::Force); }},
        {"layoutCategory", QKeySequence(), [this] { arrange(layout::Algorithm::Category); }},
        {"layoutCircle", QKeySequence(), [this] { arrange(layout::Algorithm::Circle); }},
        {"layoutConcentric", QKeySequence(), [this] { arrange(layout::Algorithm::Concentric); }},
        {"layoutGrid", QKeySequence(), [this] { arrange(layout::Algorithm::Grid); }},
        {"focus1", QKeySequence(Qt::CTRL | Qt::Key_1), [this] { focusOnSelection(1); }},
        {"focus2", QKeySequence(Qt::CTRL | Qt::Key_2), [this] { focusOnSelection(2); }},
        {"focus3", QKeySequence(Qt::CTRL | Qt::Key_3), [this] { focusOnSelection(3); }},
        {"clearFocus", QKeySequence(Qt::Key_Escape), [this] { focusOnSelection(0); }},
        {"legend", QKeySequence(), [this] { m_view->setLegendVisible(m_actions.value(QStringLiteral("legend"))->isChecked()); }},
        {"netmapInterview", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
             if (auto *w = openInterviewInteractively(m_doc, this)) {
                 adoptSecondaryWindow(w, this);
                 connect(w, &InterviewWindow::finished, this, [this] {
                     updateCentral();
                     m_view->fitAll();
                 });
             }
         }},
        {"powerGrid", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), [this] {
             if (QWidget *w = openPowerGrid(m_doc, this)) {
                 adoptSecondaryWindow(w, this);
                 if (auto *grid = w->findChild<PowerGridView *>())
                     connect(grid, &PowerGridView::actorActivated, this, &MainWindow::showActor,
                             Qt::UniqueConnection);
             }
         }},
        {"rename", QKeySequence(Qt::Key_F2), [this] { renameSelection(); }},
    };
    for (const Def &d : defs) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(d.key) + QStringLiteral("Action"));
        if (!d.shortcut.isEmpty())
            a->setShortcut(d.shortcut);
        connect(a, &QAction::triggered, this, d.run);
        m_actions.insert(QString::fromLatin1(d.key), a);
        addAction(a);
    }
    const QList<std::pair<const char *, const char *>> actionIcons{
        {"new", "document-new"}, {"openSample", "document-open-recent"}, {"open", "document-open"}, {"saveAs", "document-save-as"},
        {"close", "document-close"}, {"quit", "application-exit"}, {"delete", "edit-delete"},
        {"find", "edit-find"}, {"addActor", "list-add-user"}, {"addLink", "draw-connector"},
        {"zoomIn", "zoom-in"}, {"zoomOut", "zoom-out"}, {"fitAll", "zoom-fit-best"},
        {"zoomSelection", "zoom-select"}, {"import", "document-import"},
        {"exportReport", "document-export"}, {"print", "document-print"},
        {"printPreview", "document-print-preview"}, {"exportMap", "image-x-generic"},
        {"exportData", "document-export"}, {"exportWebPage", "text-html"}, {"layoutForce", "distribute-randomize"},
        {"preferences", "configure"}, {"netmapInterview", "im-user"},
        {"powerGrid", "games-config-board"}, {"about", "help-about"}, {"guide", "help-contents"}, {"shortcuts", "input-keyboard"},
        {"territory", "document-properties"}, {"vocabulary", "tag"}, {"rename", "edit-rename"},
    };
    for (const auto &[key, icon] : actionIcons)
        m_actions.value(QString::fromLatin1(key))->setIcon(icons::get(icon));
    m_actions.value(K("legend"))->setCheckable(true);
    m_actions.value(K("legend"))->setChecked(true);
    m_actions.value(K("clearFocus"))->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_actions.value(K("quit"))->setMenuRole(QAction::QuitRole);
    m_actions.value(K("preferences"))->setMenuRole(QAction::PreferencesRole);
    m_actions.value(K("about"))->setMenuRole(QAction::AboutRole);
    // Delete also from the Backspace key on the map and in the list (macOS habit).
    m_actions.value(K("delete"))->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_actions.value(K("delete"))->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    QAction *undo = m_doc->undoStack()->createUndoAction(this);
    undo->setObjectName(K("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_doc->undoStack()->createRedoAction(this);
    redo->setObjectName(K("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    undo->setIcon(icons::get("edit-undo"));
    redo->setIcon(icons::get("edit-redo"));
    // The toolbar's buttons keep a short, fixed label (iconText, set in retranslate): the
    // stack renames the actions at every edit, which made the toolbar jump. What they undo
    // is in their tooltip, which follows the full text.
    m_actions.insert(K("undo"), undo);
    m_actions.insert(K("redo"), redo);
}

void MainWindow::createUi()
{
    m_central = new QStackedWidget(this);
    auto *mapPage = new QWidget(m_central);
    auto *mapLayout = new QVBoxLayout(mapPage);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    m_readOnlyBanner = new QLabel(mapPage);
    m_readOnlyBanner->setObjectName(K("readOnlyBanner"));
    m_readOnlyBanner->setStyleSheet(K("background: #fff3cd; color: #664d03; padding: 6px;"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->hide();
    mapLayout->addWidget(m_readOnlyBanner);
    m_view = new NetworkView(m_scene, mapPage);
    m_filterBar = new FilterBar(m_doc, m_scene, mapPage);
    mapLayout->addWidget(m_filterBar);
    // The field chips filter the actor list as they filter the map.
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const MapFilter &f) {
        if (m_actorList)
            m_actorList->setFieldConditions(f.fields);
    });
    // The map's two modes: the network and the territory (ui/territory).
    m_mapModes = new MapModes(m_doc, m_scene, m_view, mapPage);
    mapLayout->addWidget(m_mapModes, 1);
    connect(m_mapModes, &MapModes::actorActivated, this, &MainWindow::showActor);
    m_timeline = new TimelineBar(m_doc, m_scene, m_filterBar, mapPage);  // Workshop › Timeline
    mapLayout->addWidget(m_timeline);
    addActions(m_timeline->menuActions());
    m_view->addAction(m_actions.value(K("clearFocus")));
    // F2 renames on the map and in the actor list only: elsewhere (the saved views' list) it
    // has a meaning of its own.
    QAction *rename = m_actions.value(K("rename"));
    removeAction(rename);
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(rename);
    connect(m_filterBar, &FilterBar::focusCleared, this, [this] {
        m_focusActors.clear();
        m_focusDepth = 0;
        m_scene->setFocusSet({});
    });
    m_central->addWidget(mapPage);

    m_hint = new QWidget(m_central);
    m_hint->setObjectName(K("emptyHint"));
    auto *hintLayout = new QVBoxLayout(m_hint);
    hintLayout->addStretch();
    m_hintText = new QLabel(m_hint);
    m_hintText->setObjectName(K("emptyHintText"));
    m_hintText->setAlignment(Qt::AlignCenter);
    m_hintText->setWordWrap(true);
    QFont f = m_hintText->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_hintText->setFont(f);
    hintLayout->addWidget(m_hintText);
    auto *hintButtons = new QHBoxLayout;
    hintButtons->addStretch();
    for (const char *key : {"addActor", "import"}) {
        auto *b = new QPushButton(m_hint);
        b->setObjectName(QString::fromLatin1(key) + QStringLiteral("HintButton"));
        connect(b, &QPushButton::clicked, m_actions.value(QString::fromLatin1(key)), &QAction::trigger);
        hintButtons->addWidget(b);
    }
    hintButtons->addStretch();
    hintLayout->addLayout(hintButtons);
    hintLayout->addStretch();
    m_central->addWidget(m_hint);
    m_welcome = new WelcomePage(m_central);
    m_welcome->setRecentFiles(recentFiles());
    connect(m_welcome, &WelcomePage::openSampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePage::newTerritoryRequested, this, &MainWindow::newTerritory);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);
    connect(m_welcome, &WelcomePage::importRequested, this, [this] {
        if (newTerritory())
            importDialog();
    });
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);

    // One side panel on the right, beside the map: the side bar chooses what it shows.
    m_actorDock = new QDockWidget(this);
    m_actorDock->setObjectName(K("actorDock"));
    m_actorList = new ActorListPanel(m_doc, m_actorDock);
    m_actorDock->setWidget(m_actorList);
    addDockWidget(Qt::RightDockWidgetArea, m_actorDock);
    m_actorDock->addAction(m_actions.value(K("rename")));

    m_detailsDock = new QDockWidget(this);
    m_detailsDock->setObjectName(K("detailsDock"));
    m_details = new QStackedWidget(m_detailsDock);
    m_detailsHint = new QLabel(m_details);
    m_detailsHint->setAlignment(Qt::AlignCenter);
    m_detailsHint->setWordWrap(true);
    m_detailsHint->setMargin(16);
    m_actorEditor = new ActorEditor(m_doc, m_details);
    m_actorEditor->setObjectName(K("actorEditor"));
    m_linkEditor = new LinkEditor(m_doc, m_details);
    m_linkEditor->setObjectName(K("linkEditor"));
    m_details->addWidget(m_detailsHint);
    m_details->addWidget(m_actorEditor);
    m_details->addWidget(m_linkEditor);
    auto *detailsSplit = new QSplitter(Qt::Vertical, m_detailsDock);
    detailsSplit->setObjectName(K("detailsSplitter"));
    detailsSplit->setChildrenCollapsible(false);
    detailsSplit->addWidget(m_details);
    m_detailsDock->setWidget(detailsSplit);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    // Problems, actions, meetings, diagnostics and the quality-of-life overview, tabbed with
    // the details; what they select lights up on the map.
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    m_tracking = new TrackingDocks(m_doc, this);
    // What the shown actor takes part in, under its details (only while an actor is shown).
    m_activity = m_tracking->createActivityWidget(detailsSplit);
    detailsSplit->addWidget(m_activity);
    detailsSplit->setStretchFactor(0, 3);
    detailsSplit->setStretchFactor(1, 1);
    m_activity->hide();
    // Network analysis and personal data, tabbed with the details too.
    m_analysisDock = new QDockWidget(this);
    m_analysisDock->setObjectName(K("analysisDock"));
    // Two pages: the network's measures and the territory's statistical portrait.
    m_analysisTabs = new QTabWidget(m_analysisDock);
    m_analysisTabs->setObjectName(K("analysisSectionTabs"));
    m_analysisTabs->setDocumentMode(true);
    m_analysis = new AnalysisPanel(m_doc, m_analysisTabs);
    m_portrait = new PortraitPanel(m_doc, m_analysisTabs);
    m_analysisTabs->addTab(m_analysis, QString());
    m_analysisTabs->addTab(m_portrait, QString());
    m_analysisDock->setWidget(m_analysisTabs);
    addDockWidget(Qt::RightDockWidgetArea, m_analysisDock);
    tabifyDockWidget(m_detailsDock, m_analysisDock);
    connect(m_analysis, &AnalysisPanel::highlightActors, m_scene, &NetworkScene::setHighlighted);
    connect(m_analysis, &AnalysisPanel::sizeByChanged, m_scene, &NetworkScene::setSizeFactors);
    connect(m_analysis, &AnalysisPanel::colourByChanged, m_scene,
            &NetworkScene::setColourOverrides);
    connect(m_analysis, &AnalysisPanel::legendScalesChanged, m_view,
            &NetworkView::setLegendScales);
    connect(m_analysis, &AnalysisPanel::actorActivated, this, &MainWindow::showActor);
    // A path found in the analysis: its actors and links highlighted on the map.
    connect(m_analysis, &AnalysisPanel::highlightPath, m_scene, &NetworkScene::setPath);
    m_actorList->setMeasureSource(m_analysis);
    m_privacyDock = new QDockWidget(this);
    m_privacyDock->setObjectName(K("personalDataDock"));
    m_privacy = new PersonalDataPanel(m_doc, m_privacyDock);
    m_privacyDock->setWidget(m_privacy);
    addDockWidget(Qt::RightDockWidgetArea, m_privacyDock);
    tabifyDockWidget(m_detailsDock, m_privacyDock);
    connect(m_privacy, &PersonalDataPanel::actorActivated, this, &MainWindow::showActor);
    m_detailsDock->raise();
    connect(m_tracking, &TrackingDocks::highlightActors, this,
            [this](const QSet<qint64> &ids) { m_scene->setHighlighted(ids); });
    connect(m_tracking, &TrackingDocks::showActor, this, [this](qint64 id) {
        showActor(id);
        m_actorList->selectActors({id});
        m_detailsDock->show();
        m_detailsDock->raise();
    });

    connect(m_actorList, &ActorListPanel::selectionChanged, this, &MainWindow::syncSelectionFromList);
    connectSearchHighlight();
    connect(m_actorList, &ActorListPanel::actorActivated, this, [this](qint64 id) {
        showActor(id);
        m_actorEditor->nameEdit()->setFocus();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::syncSelectionFromScene);
    connect(m_view, &NetworkView::actorActivated, this, [this](qint64 id) {
        showActor(id);
        m_detailsDock->raise();
        m_actorEditor->nameEdit()->setFocus();
    });
    connect(m_view, &NetworkView::linkRequested, this, [this](qint64 from, qint64 to) {
        if (const qint64 id = createLinkInteractively(m_doc, from, to, this))
            showLink(id);
    });
    connect(m_view, &NetworkView::contextMenuRequested, this, [this](const QPoint &pos, qint64 actor) {
        QMenu menu(this);
        if (actor) {
            menu.addAction(tr("Edit"), this, [this, actor] { showActor(actor); });
            menu.addAction(m_actions.value(K("addLink")));
            menu.addAction(m_actions.value(K("zoomSelection")));
            menu.addSeparator();
            menu.addAction(m_actions.value(K("delete")));
        } else {
            menu.addAction(m_actions.value(K("addActor")));
            menu.addAction(m_actions.value(K("fitAll")));
        }
        menu.exec(pos);
    });
    connect(m_actorEditor, &ActorEditor::linkActivated, this, &MainWindow::showLink);
    connect(m_actorEditor, &ActorEditor::actorActivated, this, [this](qint64 id) {
        showActor(id);
        m_actorList->selectActors({id});
    });
    connect(m_actorEditor, &ActorEditor::newLinkRequested, this, [this](qint64 from) {
        if (const qint64 id = createLinkInteractively(m_doc, from, 0, this))
            showLink(id);
    });
    connect(m_linkEditor, &LinkEditor::actorActivated, this, [this](qint64 id) {
        showActor(id);
        m_actorList->selectActors({id});
    });
    m_exercise = new ExerciseWorkshop(this, m_doc, m_scene, m_view);
    m_presentation = new PresentationFeature(this);

    // Workshop: what trainers use with a group, one button each (filled by createMenus).
    m_workshopDock = new QDockWidget(this);
    m_workshopDock->setObjectName(K("workshopDock"));
    auto *workshopScroll = new QScrollArea(m_workshopDock);
    workshopScroll->setWidgetResizable(true);
    workshopScroll->setFrameShape(QFrame::NoFrame);
    m_workshopPage = new QWidget(workshopScroll);
    m_workshopPage->setObjectName(K("workshopPage"));
    new QVBoxLayout(m_workshopPage);
    workshopScroll->setWidget(m_workshopPage);
    m_workshopDock->setWidget(workshopScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_workshopDock);
    createSideBar();
}

QStringList MainWindow::sections() const
{
    return {K("actors"), K("problems"), K("actions"), K("meetings"), K("diagnostics"),
            K("qualityOfLife"), K("analysis"), K("personalData"), K("workshop")};
}

QList<QDockWidget *> MainWindow::sectionDocks(const QString &key) const
{
    return m_sectionDocks.value(key);
}

void MainWindow::createSideBar()
{
    m_sectionDocks = {
        {K("actors"), {m_actorDock, m_detailsDock}},
        {K("problems"), {m_tracking->problemsDock()}},
        {K("actions"), {m_tracking->actionsDock()}},
        {K("meetings"), {m_tracking->meetingsDock()}},
        {K("diagnostics"), {m_tracking->diagnosticsDock()}},
        {K("qualityOfLife"), {m_tracking->overviewDock()}},
        {K("analysis"), {m_analysisDock}},
        {K("personalData"), {m_privacyDock}},
        {K("workshop"), {m_workshopDock}},
    };
    // Untab everything: the panels share one column, one section shown at a time (the
    // actor list above the details), so no tab is ever squeezed.
    QList<QDockWidget *> all;
    for (const QString &key : sections())
        all << m_sectionDocks.value(key);
    for (QDockWidget *dock : std::as_const(all))
        removeDockWidget(dock);
    for (QDockWidget *dock : std::as_const(all)) {
        addDockWidget(Qt::RightDockWidgetArea, dock, Qt::Vertical);
        dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
        dock->setMinimumWidth(0);
        dock->hide();
    }
    for (const QString &key : sections())
        for (QDockWidget *dock : m_sectionDocks.value(key))
            // A panel shown from elsewhere (a link in a list, "show the actor") brings its
            // section with it.
            connect(dock, &QDockWidget::visibilityChanged, this, [this, key](bool visible) {
                if (visible && !m_switchingSection && m_section != key)
                    showSection(key);
            });

    m_sideBar = new QToolBar(this);
    m_sideBar->setObjectName(K("sideBar"));
    m_sideBar->setMovable(false);
    m_sideBar->setFloatable(false);
    m_sideBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_sideBar->setIconSize(QSize(24, 24));
    m_sideBar->toggleViewAction()->setVisible(false);
    addToolBar(Qt::RightToolBarArea, m_sideBar);
    m_sectionGroup = new QActionGroup(this);
    m_sectionGroup->setExclusive(true);
    struct Def
    {
        const char *key;
        const char *icon;
        QKeySequence shortcut;
    };
    const QList<Def> defs{
        {"actors", "user-group-properties", QKeySequence(Qt::ALT | Qt::Key_1)},
        {"problems", "flag", QKeySequence(Qt::ALT | Qt::Key_2)},
        {"actions", "view-task", QKeySequence(Qt::ALT | Qt::Key_3)},
        {"meetings", "view-calendar", QKeySequence(Qt::ALT | Qt::Key_4)},
        {"diagnostics", "dialog-warning", QKeySequence(Qt::ALT | Qt::Key_5)},
        {"qualityOfLife", "office-chart-line", QKeySequence(Qt::ALT | Qt::Key_6)},
        {"analysis", "view-statistics", QKeySequence(Qt::ALT | Qt::Key_7)},
        {"personalData", "user-identity", QKeySequence(Qt::ALT | Qt::Key_8)},
        {"workshop", "applications-education", QKeySequence(Qt::ALT | Qt::Key_9)},
    };
    for (const Def &d : defs) {
        const QString key = QString::fromLatin1(d.key);
        auto *a = new QAction(icons::get(d.icon), QString(), this);
        a->setObjectName(key + K("SectionAction"));
        a->setCheckable(true);
        a->setShortcut(d.shortcut);
        m_sectionGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, key] { showSection(key); });
        m_sectionActions.insert(key, a);
        addAction(a);
    }
    auto heading = [this](const char *name) {
        auto *label = new QLabel(m_sideBar);
        label->setObjectName(QString::fromLatin1(name));
        label->setAlignment(Qt::AlignCenter);
        label->setEnabled(false);
        m_sideBar->addWidget(label);
    };
    m_sideBar->addAction(m_sectionActions.value(K("actors")));
    m_sideBar->addSeparator();
    heading("followUpHeading");
    for (const char *key : {"problems", "actions", "meetings", "diagnostics", "qualityOfLife"})
        m_sideBar->addAction(m_sectionActions.value(QString::fromLatin1(key)));
    m_sideBar->addSeparator();
    for (const char *key : {"analysis", "personalData"})
        m_sideBar->addAction(m_sectionActions.value(QString::fromLatin1(key)));
    m_sideBar->addSeparator();
    m_sideBar->addAction(m_sectionActions.value(K("workshop")));
}

void MainWindow::retranslateSideBar()
{
    const QHash<QString, std::pair<QString, QString>> texts{
        {K("actors"), {tr("Actors"), tr("The actor list and the details of the selected actor or link")}},
        {K("problems"), {tr("Problems"), tr("The territory's problems, their causes and the actors concerned")}},
        {K("actions"), {tr("Actions"), tr("The actions that answer the problems, their partners and indicators")}},
        {K("meetings"), {tr("Meetings"), tr("Meetings, Inform'action debates and their attendees")}},
        {K("diagnostics"), {tr("Diagnostics"), tr("What needs attention in this territory")}},
        {K("qualityOfLife"), {tr("Quality of life"), tr("The quality-of-life themes at a glance")}},
        {K("analysis"), {tr("Analysis"), tr("Network measures: central actors, bridges, communities, paths")}},
        {K("personalData"), {tr("Personal data"), tr("Persons on the map, legal basis, retention, rights")}},
        {K("workshop"), {tr("Workshop"), tr("Tools for a group: interview, power/interest grid, timeline, slides, exercises")}},
    };
    const QFontMetrics fm(m_sideBar->font());
    // Long labels go on two lines (under the icon) rather than widening the bar.
    const int maxWidth = fm.horizontalAdvance(QLatin1Char('M')) * 7;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        QAction *a = m_sectionActions.value(it.key());
        const QString text = it.value().first;
        a->setText(text);
        QString iconText = text;
        if (fm.horizontalAdvance(text) > maxWidth && text.contains(QLatin1Char(' '))) {
            // Break at the space nearest the middle.
            int best = -1;
            for (int i = 0; i < text.size(); ++i)
                if (text.at(i) == QLatin1Char(' ') &&
                    (best < 0 || qAbs(i - text.size() / 2) < qAbs(best - text.size() / 2)))
                    best = i;
            iconText = text.left(best) + QLatin1Char('\n') + text.mid(best + 1);
        }
        a->setIconText(iconText);
        a->setToolTip(QStringLiteral("%1 (%2)\n%3").arg(text, a->shortcut().toString(QKeySequence::NativeText),
                                                         it.value().second));
        a->setStatusTip(it.value().second);
        for (QDockWidget *dock : m_sectionDocks.value(it.key()))
            if (dock == m_workshopDock)
                dock->setWindowTitle(text);
    }
    if (auto *label = m_sideBar->findChild<QLabel *>(K("followUpHeading")))
        label->setText(tr("Follow-up"));
    m_sideBar->setWindowTitle(tr("Side bar"));
}

void MainWindow::showPortrait()
{
    showSection(K("analysis"));
    m_analysisTabs->setCurrentWidget(m_portrait);
}

void MainWindow::showSection(const QString &key)
{
    if (!m_sectionDocks.contains(key))
        return;
    m_switchingSection = true;
    m_section = key;
    for (auto it = m_sectionDocks.cbegin(); it != m_sectionDocks.cend(); ++it)
        if (it.key() != key)
            for (QDockWidget *dock : it.value())
                dock->hide();
    for (QDockWidget *dock : m_sectionDocks.value(key))
        dock->show();
    if (key == QLatin1String("actors"))
        resizeDocks({m_actorDock, m_detailsDock}, {3, 2}, Qt::Vertical);  // the list first
    m_sectionActions.value(key)->setChecked(true);
    m_switchingSection = false;
    fitSidePanel();
}

void MainWindow::fitSidePanel()
{
    if (m_sidePanelWidth < 0)  // the user chose the width by dragging the panel's edge
        return;
    QDockWidget *dock = nullptr;
    for (QDockWidget *d : m_sectionDocks.value(m_section))
        if (!d->isHidden()) {
            dock = d;
            break;
        }
    if (!dock)
        return;
    // About 28 % of the window, so that the map keeps about two thirds of it.
    const int w = std::clamp(width() * 28 / 100, 300, 520);
    resizeDocks({dock}, {w}, Qt::Horizontal);
    m_sidePanelWidth = w;
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    // Mouse releases reach the window itself only from the separators between the map and
    // the docks: the user has sized the side panel, keep it so.
    if (event->type() == QEvent::MouseButtonRelease)
        m_sidePanelWidth = -1;
    return handled;
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitSidePanel();
}

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
    m_doc->undoStack()->setUndoLimit(0);
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
    m_readOnlyBanner->setText(tr("This file is read-only: you can look at it, but changes cannot "
                                 "be saved. Use File › Save As to work on a copy."));
    m_exercise->retranslate();
    updateCentral();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Views built from the document read their texts when they are made: rebuild them.
        const qint64 actor = m_actorEditor->actorId();
        delete m_actorDock->widget();
        m_actorList = new ActorListPanel(m_doc, m_actorDock);
        m_actorList->setFieldConditions(m_scene->filter().fields);
        m_actorDock->setWidget(m_actorList);
        delete m_actorEditor;
        delete m_linkEditor;
        m_actorEditor = new ActorEditor(m_doc, m_details);
        m_actorEditor->setObjectName(K("actorEditor"));
        m_linkEditor = new LinkEditor(m_doc, m_details);
        m_linkEditor->setObjectName(K("linkEditor"));
        m_details->addWidget(m_actorEditor);
        m_details->addWidget(m_linkEditor);
        connect(m_actorList, &ActorListPanel::selectionChanged, this,
                &MainWindow::syncSelectionFromList);
        connectSearchHighlight();
        connect(m_actorList, &ActorListPanel::actorActivated, this, &MainWindow::showActor);
        m_actorList->setMeasureSource(m_analysis);
        connect(m_actorEditor, &ActorEditor::linkActivated, this, &MainWindow::showLink);
        connect(m_actorEditor, &ActorEditor::actorActivated, this, [this](qint64 id) {
            showActor(id);
            m_actorList->selectActors({id});
        });
        connect(m_actorEditor, &ActorEditor::newLinkRequested, this, [this](qint64 from) {
            if (const qint64 id = createLinkInteractively(m_doc, from, 0, this))
                showLink(id);
        });
        connect(m_linkEditor, &LinkEditor::actorActivated, this, &MainWindow::showActor);
        m_tracking->retranslate();
        createMenus();
        retranslate();
        showActor(actor);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    if (!m_doc->isOpen()) {
        setWindowTitle(K("Maillage"));
        setWindowFilePath(QString());
        return;
    }
    const QString file = QFileInfo(m_doc->path()).fileName();
    QString title = tr("%1 — %2").arg(m_doc->territory().name, file);
    if (m_doc->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title + QStringLiteral(" — Maillage"));
    setWindowFilePath(m_doc->path());
}

void MainWindow::updateActions()
{
    const bool open = m_doc->isOpen();
    const bool writable = open && !m_doc->isReadOnly();
    for (const char *key : {"saveAs", "close", "find", "fitAll", "zoomIn", "zoomOut", "zoomSelection"})
        m_actions.value(QString::fromLatin1(key))->setEnabled(open);
    for (const char *key : {"exportReport", "print", "printPreview", "exportMap", "exportData", "exportWebPage", "focus1", "focus2", "focus3", "clearFocus"})
        m_actions.value(QString::fromLatin1(key))->setEnabled(open);
    for (const char *key : {"netmapInterview", "powerGrid"})
        m_actions.value(QString::fromLatin1(key))->setEnabled(open);
    for (const char *key : {"delete", "rename", "addActor", "addLink", "vocabulary", "territory", "import",
                            "layoutForce", "layoutCategory", "layoutCircle", "layoutConcentric",
                            "layoutGrid"})
        m_actions.value(QString::fromLatin1(key))->setEnabled(writable);
    m_readOnlyBanner->setVisible(open && m_doc->isReadOnly());
    m_actions.value(QStringLiteral("importRegisters"))->setEnabled(writable);
}

void MainWindow::updateCentral()
{
    if (!m_central)
        return;
    const bool open = m_doc->isOpen();
    const bool empty = open && m_doc->store().count(K("actor")) == 0;
    auto *addButton = findChild<QPushButton *>(K("addActorHintButton"));
    auto *importButton = findChild<QPushButton *>(K("importHintButton"));
    // Without a territory the welcome page has the whole window: no side panel.
    if (m_sideBar && m_sideBar->isVisibleTo(this) != open) {
        m_sideBar->setVisible(open);
        if (open) {
            showSection(m_section.isEmpty() ? K("actors") : m_section);
        } else {
            m_switchingSection = true;
            for (const QList<QDockWidget *> &docks : std::as_const(m_sectionDocks))
                for (QDockWidget *dock : docks)
                    dock->hide();
            m_switchingSection = false;
        }
    }
    if (!open) {
        m_welcome->setRecentFiles(recentFiles());
        m_central->setCurrentWidget(m_welcome);
    } else if (empty) {
        m_hintText->setText(tr("No actors yet: add one, or import a spreadsheet."));
        addButton->setVisible(!m_doc->isReadOnly());
        importButton->setVisible(!m_doc->isReadOnly());
        m_central->setCurrentWidget(m_hint);
    } else {
        m_central->setCurrentIndex(0);
    }
}

QStringList MainWindow::recentFiles() const
{
    return Settings().recentFiles();
}

void MainWindow::rememberRecent(const QString &path)
{
    Settings settings;
    QStringList files = settings.recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    settings.setRecentFiles(files.mid(0, kMaxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int n = 0;
    for (const QString &file : files) {
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(file).fileName()));
        a->setToolTip(file);
        a->setData(file);
        connect(a, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            Settings().setRecentFiles({});
            rebuildRecentMenu();
        });
    }
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_doc->open(path, Store::Access::ReadWrite, &error)) {
        showError(tr("Cannot open the territory"), error);
        return false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::newFile(const QString &path, const QString &name)
{
    QString error;
    if (!m_doc->create(path, name, &error)) {
        showError(tr("Cannot create the territory"), error);
        return false;
    }
    return true;
}

bool MainWindow::newTerritory()
{
    // The name first: it is what the practitioner knows; the file is named after it.
    QInputDialog nameDialog(this);
    nameDialog.setObjectName(K("territoryNameDialog"));
    nameDialog.setWindowTitle(tr("New territory"));
    nameDialog.setLabelText(tr("Name of the territory (a town, a neighbourhood, a valley…):"));
    nameDialog.setInputMode(QInputDialog::TextInput);
    if (nameDialog.exec() != QDialog::Accepted)
        return false;
    const QString name = nameDialog.textValue().simplified();
    if (name.isEmpty())
        return false;
    // Then where to keep it: beside the last territory, else in Documents, else at home —
    // always a folder that exists.
    QString dir = QFileInfo(recentFiles().value(0)).absolutePath();
    if (recentFiles().isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(dir).isDir())
        dir = QDir::homePath();
    QString fileName = name;
    fileName.replace(QRegularExpression(K("[/\\\\:*?\"<>|]")), K("-"));
    QString path = QFileDialog::getSaveFileName(this, tr("Where to keep “%1”").arg(name),
                                                QDir(dir).filePath(fileName + K(".maillage")),
                                                tr("Maillage territories (*.maillage)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".maillage")))
        path += QStringLiteral(".maillage");
    if (QFileInfo::exists(path)) {
        // The dialog already asked to replace it: a territory is never overwritten in place,
        // so the old file goes only once the new one is made.
        if (!QFile::moveToTrash(path) && !QFile::remove(path)) {
            showError(tr("Cannot create the territory"),
                      tr("“%1” could not be replaced.").arg(path));
            return false;
        }
    }
    return newFile(path, name);
}

QString MainWindow::samplePath() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        K("/Maillage");
    return dir + QLatin1Char('/') + tr("Mirecourt (demo)") + K(".maillage");
}

bool MainWindow::openSample()
{
    // A copy of its own in the user's data folder, made once: the practitioner may edit it.
    const QString path = samplePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        // In the interface's language: English for an English window, else French.
        const QString language =
            QLocale().language() == QLocale::English ? K("en") : K("fr");
        if (!writeSample(path, &error, language)) {
            showError(tr("Cannot open the sample territory"), error);
            return false;
        }
    }
    return openFile(path);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a territory"), QFileInfo(recentFiles().value(0)).absolutePath(),
        tr("Maillage territories (*.maillage);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save a copy as"),
                                                QFileInfo(m_doc->path()).absolutePath(),
                                                tr("Maillage territories (*.maillage)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".maillage")))
        path += QStringLiteral(".maillage");
    QString error;
    if (!m_doc->saveAs(path, &error))
        showError(tr("Cannot save a copy"), error);
}

void MainWindow::closeTerritory()
{
    m_doc->close();
}

QPointF MainWindow::freeSpotNear(const QPointF &centre, const QList<QPointF> &taken,
                                 bool besideCentre)
{
    // An actor's disc and its label below it need about this much room.
    constexpr double kWidth = 170, kHeight = 90;
    auto isFree = [&](const QPointF &p) {
        for (const QPointF &t : taken)
            if (std::abs(p.x() - t.x()) < kWidth && std::abs(p.y() - t.y()) < kHeight)
                return false;
        return true;
    };
    if (!besideCentre && isFree(centre))
        return centre;
    // Rings around the centre, the nearest free point first; on each ring the right-hand
    // side first (reading order), then round.
    for (int ring = 1; ring < 60; ++ring) {
        const double rx = ring * kWidth * 0.75, ry = ring * kHeight * 0.9;
        const int steps = 8 * ring;
        for (int i = 0; i < steps; ++i) {
            const double angle = 2 * M_PI * i / steps;
            const QPointF p = centre + QPointF(rx * std::cos(angle), ry * std::sin(angle));
            if (isFree(p))
                return p;
        }
    }
    return centre;
}

qint64 MainWindow::addActor(const QString &name)
{
    if (!m_doc->isOpen() || m_doc->isReadOnly())
        return 0;
    Actor a;
    a.name = name.isEmpty() ? tr("New actor") : name;
    // In free space near the middle of what the map shows (near the selected actor when
    // there is one, since a link to it usually follows), never on or under another actor.
    QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    const QList<qint64> selected = m_scene->selectedActors();
    if (selected.size() == 1)
        if (ActorItem *item = m_scene->item(selected.first()))
            centre = item->pos();
    QList<QPointF> taken;
    for (const Actor &other : m_doc->actors())
        if (ActorItem *item = m_scene->item(other.id))
            taken << item->pos();
        else
            taken << QPointF(other.x, other.y);
    const QPointF spot = freeSpotNear(centre, taken, selected.size() == 1);
    a.x = spot.x();
    a.y = spot.y();
    QString error;
    const auto id = m_doc->addActor(a, {}, &error);
    if (!id) {
        showError(tr("Cannot add the actor"), error);
        return 0;
    }
    m_actorList->searchField()->clear();
    m_actorList->selectActors({*id});
    showActor(*id);
    m_detailsDock->show();
    m_detailsDock->raise();
    m_actorEditor->nameEdit()->setFocus();
    m_actorEditor->nameEdit()->selectAll();
    return *id;
}

void MainWindow::deleteSelection(bool confirm)
{
    if (!m_doc->isOpen() || m_doc->isReadOnly())
        return;
    if (m_details->currentWidget() == m_linkEditor && m_linkEditor->linkId() &&
        m_actorList->selectedActors().isEmpty()) {
        m_doc->removeLinks({m_linkEditor->linkId()});
        showActor(0);
        return;
    }
    const QList<qint64> ids = m_actorList->selectedActors();
    if (ids.isEmpty())
        return;
    if (confirm) {
        // Say what goes with them: the planned deletion lists every dependent row.
        int links = 0, attendances = 0, roles = 0, partnerships = 0, leads = 0;
        for (const RowOp &op : m_doc->deleteOps(K("actor"), ids)) {
            if (op.kind == RowOp::Delete && op.is(Table::Link))
                ++links;
            else if (op.is(Table::MeetingAttendee))
                ++attendances;
            else if (op.is(Table::ProblemActor))
                ++roles;
            else if (op.is(Table::ActionPartner))
                ++partnerships;
            else if (op.kind == RowOp::Update && op.is(Table::ActionItem))
                ++leads;
        }
        QString question;
        if (ids.size() == 1)
            question = tr("Delete “%1”?").arg(m_doc->actor(ids.first())->name);
        else
            question = tr("Delete these %1 actors?").arg(ids.size());
        QStringList consequences;
        if (links > 0)
            consequences << (links == 1 ? tr("1 link is deleted")
                                        : tr("%1 links are deleted").arg(links));
        if (attendances > 0)
            consequences << tr("they are removed from the attendees of %1 meeting(s)").arg(attendances);
        if (roles > 0)
            consequences << tr("%1 role(s) in problems are removed").arg(roles);
        if (partnerships > 0)
            consequences << tr("%1 action partnership(s) are removed").arg(partnerships);
        if (leads > 0)
            consequences << tr("%1 action(s) lose their lead actor").arg(leads);
        if (!consequences.isEmpty())
            question += QLatin1Char('\n') + tr("With them: %1.").arg(QLocale().createSeparatedList(consequences));
        question += QLatin1Char('\n') + tr("You can undo this.");
        QMessageBox box(QMessageBox::Question,
                        ids.size() == 1 ? tr("Delete the actor") : tr("Delete actors"), question,
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(K("confirmDelete"));
        box.button(QMessageBox::Yes)->setText(tr("Delete"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    QString error;
    if (!m_doc->removeActors(ids, &error))
        showError(tr("Cannot delete"), error);
    showActor(0);
}

void MainWindow::renameSelection()
{
    const QList<qint64> ids = m_actorList->selectedActors();
    if (ids.size() != 1 || !m_doc->isOpen() || m_doc->isReadOnly())
        return;
    showActor(ids.first());
    showSection(K("actors"));
    m_actorEditor->nameEdit()->setFocus(Qt::ShortcutFocusReason);
    m_actorEditor->nameEdit()->selectAll();
}

void MainWindow::newLink()
{
    const QList<qint64> ids = m_actorList->selectedActors();
    const qint64 id = createLinkInteractively(m_doc, ids.value(0), ids.value(1), this);
    if (id)
        showLink(id);
}

void MainWindow::editVocabulary()
{
    VocabularyDialog dialog(m_doc, this);
    dialog.exec();
}

void MainWindow::editTerritory()
{
    TerritoryDialog dialog(m_doc, this);
    dialog.exec();
}

void MainWindow::preferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // An empty address: the default server.
    const QString tiles = dialog.tileUrl().isEmpty() ? render::TileStore::defaultUrlTemplate()
                                                     : dialog.tileUrl();
    Settings().setTileUrl(tiles);
    m_mapModes->territoryView()->setTileUrl(tiles);
    setLanguage(dialog.language());
}

void MainWindow::setLanguage(const QString &language)
{
    Settings().setLanguage(language);
    i18n::install(language);
    // Qt posts LanguageChange; deliver it now so the window is translated when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

QWidget *MainWindow::showGuide()
{
    if (auto *existing = findChild<HelpWindow *>(K("helpWindow"))) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto *guide = new HelpWindow(this);
    adoptSecondaryWindow(guide, this);
    guide->show();
    return guide;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Maillage"),
                       tr("<h3>Maillage %1</h3><p>Map a territory's stakeholders, the links "
                          "between them, its problems and the actions that answer them.</p>"
                          "<p>For the entrepreneurs du bien-vivre and the trainers who teach the "
                          "method.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(K("errorBox"));
    box.exec();
}

void MainWindow::showActor(qint64 id)
{
    if (m_tracking)
        m_tracking->setSelectedActor(id);
    if (id && m_doc->actor(id)) {
        m_actorEditor->setActor(id);
        m_details->setCurrentWidget(m_actorEditor);
        m_activity->show();
    } else {
        m_actorEditor->setActor(0);
        m_details->setCurrentWidget(m_detailsHint);
        m_activity->hide();
    }
}

void MainWindow::showLink(qint64 id)
{
    m_linkEditor->setLink(id);
    m_details->setCurrentWidget(m_linkEditor);
    m_activity->hide();
    m_detailsDock->show();
}

void MainWindow::syncSelectionFromList(const QList<qint64> &ids)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_scene->selectActors(ids);
    if (ids.size() == 1)
        showActor(ids.first());
    else if (ids.isEmpty() && m_details->currentWidget() == m_actorEditor)
        showActor(0);
    m_syncing = false;
}

void MainWindow::syncSelectionFromScene()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QList<qint64> ids = m_scene->selectedActors();
    m_actorList->selectActors(ids);
    if (ids.size() == 1)
        showActor(ids.first());
    m_syncing = false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState(kStateVersion));
    // Every edit is already in the file: closing only folds the log back.
    m_doc->close();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && (url.toLocalFile().endsWith(QLatin1String(".maillage")) ||
                                  (m_doc->isOpen() && isImportable(url.toLocalFile())))) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList imports;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        if (url.toLocalFile().endsWith(QLatin1String(".maillage"))) {
            openFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
        if (isImportable(url.toLocalFile()))
            imports << url.toLocalFile();
    }
    if (!imports.isEmpty() && m_doc->isOpen()) {
        event->acceptProposedAction();
        // After the drop returns: the import shows dialogs.
        QTimer::singleShot(0, this, [this, imports] { importInteractively(m_doc, imports, this); });
    }
}

void MainWindow::importDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import into this territory"), QFileInfo(m_doc->path()).absolutePath(),
        tr("Spreadsheets and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf *.cyjs *.json);;All files (*)"));
    importInteractively(m_doc, paths, this);
}

void MainWindow::exportMap()
{
    if (m_mapModes->territoryShown())
        return m_mapModes->exportTerritoryInteractively();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the map"), QFileInfo(m_doc->path()).absolutePath(),
        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    QStringList parts{tr("The whole map"), tr("What the view shows")};
    bool ok = false;
    const QString part = QInputDialog::getItem(this, tr("Export the map"), tr("Export:"), parts, 0,
                                               false, &ok);
    if (!ok)
        return;
    int width = 1600;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        width = QInputDialog::getInt(this, tr("Export the map"), tr("Width in pixels:"), 2400, 400,
                                     12000, 200, &ok);
        if (!ok)
            return;
    }
    render::MapModel model = render::MapModel::fromDocument(*m_doc);
    // Draw what the user sees: positions on the map, including ones not saved yet.
    QHash<qint64, QPointF> shown;
    for (const render::MapNode &n : std::as_const(model.nodes))
        if (ActorItem *item = m_scene->item(n.id))
            shown.insert(n.id, item->pos());
    model.setPositions(shown);
    render::MapOptions options;
    options.title = m_doc->territory().name;
    if (part == parts.at(1))
        options.sceneRect = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QString error;
    if (!render::renderToFile(model, path, width, options, &error))
        showError(tr("Cannot export the map"), error);
    else
        statusBar()->showMessage(tr("Map saved to %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::exportData()
{
    QString filter;
    const QString kumuJsonFilter = tr("Kumu, JSON blueprint (*.json)");
    const QString kumuCsvFilter = tr("Kumu, elements and connections spreadsheets (*.csv)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the territory's data"), QFileInfo(m_doc->path()).absolutePath(),
        tr("CSV (actors and links) (*.csv);;GraphML (*.graphml);;GEXF (*.gexf);;JSON, whole territory (*.json)")
            + QLatin1String(";;") + kumuJsonFilter + QLatin1String(";;") + kumuCsvFilter,
        &filter);
    if (path.isEmpty())
        return;
    // Kumu's formats share their extensions with Maillage's own: the chosen filter tells.
    auto format = filter == kumuJsonFilter  ? std::optional(io::ExportFormat::Kumu)
                  : filter == kumuCsvFilter ? std::optional(io::ExportFormat::KumuCsv)
                                            : io::exportFormatFromPath(path);
    if (format == io::ExportFormat::Kumu && QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".json");
    if (!format) {
        showError(tr("Cannot export"), tr("Choose a file ending in .csv, .graphml, .gexf or .json."));
        return;
    }
    io::ExportOptions options;
    options.anonymize =
        QMessageBox::question(this, tr("Export the territory's data"),
                              tr("Replace every person's name by a pseudonym (for sharing "
                                 "outside the team)?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    if (*format == io::ExportFormat::GraphML || *format == io::ExportFormat::Gexf12 ||
        *format == io::ExportFormat::Gexf13) {
        // A map mixing directed and undirected links: some tools cannot read it.
        if (const io::LinkDirections d = io::linkDirections(m_doc->store()); d.mixed()) {
            QMessageBox box(QMessageBox::Question, tr("Export the territory's data"),
                            io::mixedDirectionsNote(d), QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("mixedDirections"));
            QPushButton *allDirected =
                box.addButton(tr("Treat every link as directed"), QMessageBox::AcceptRole);
            QPushButton *asTheyAre =
                box.addButton(tr("Keep each link's direction"), QMessageBox::AcceptRole);
            box.setDefaultButton(asTheyAre);
            box.exec();
            if (box.clickedButton() != allDirected && box.clickedButton() != asTheyAre)
                return;
            options.allDirected = box.clickedButton() == allDirected;
        }
    }
    QString error;
    if (!io::exportTerritory(m_doc->store(), path, *format, options, &error))
        showError(tr("Cannot export"), error);
    else
        statusBar()->showMessage(
            tr("Exported to %1")
                .arg(*format == io::ExportFormat::KumuCsv
                         ? QFileInfo(io::kumuCsvPaths(path).elements).fileName() +
                               QLatin1String(", ") +
                               QFileInfo(io::kumuCsvPaths(path).connections).fileName()
                         : QFileInfo(path).fileName()),
            5000);
}

void MainWindow::arrange(layout::Algorithm algorithm)
{
    qint64 centre = 0;
    if (algorithm == layout::Algorithm::Concentric)
        centre = m_scene->selectedActors().value(0);
    if (runLayoutInteractively(m_doc, algorithm, centre, this)) {
        m_view->setGridVisible(algorithm == layout::Algorithm::Grid);
        if (algorithm == layout::Algorithm::Grid)
            m_view->fitInView(layout::gridGeometry().area.adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
        else
            m_view->fitAll();
    }
}

void MainWindow::focusOnSelection(int depth)
{
    focusOnActors(m_scene->selectedActors(), depth);
}

void MainWindow::focusOnActors(const QList<qint64> &ids, int depth)
{
    m_focusActors = depth > 0 ? ids : QList<qint64>();
    m_focusDepth = ids.isEmpty() ? 0 : depth;
    if (depth == 0 || ids.isEmpty()) {
        m_scene->setFocusSet({});
        m_filterBar->setFocusText(QString());
        return;
    }
    m_scene->setFocusSet(m_scene->neighbourhood(ids, depth));
    const auto a = m_doc->actor(ids.first());
    const QString who = ids.size() == 1 && a ? a->name : tr("%Ln actor(s)", nullptr, int(ids.size()));
    m_filterBar->setFocusText(depth == 1 ? tr("Focus: %1, 1 step").arg(who)
                                         : tr("Focus: %1, %2 steps").arg(who).arg(depth));
}

void MainWindow::connectSearchHighlight()
{
    // Search highlights its matches on the map too.
    connect(m_actorList->searchField(), &QLineEdit::textChanged, this, [this](const QString &text) {
        QSet<qint64> ids;
        if (!text.trimmed().isEmpty()) {
            const QAbstractItemModel *model = m_actorList->table()->model();
            for (int r = 0; r < model->rowCount(); ++r)
                ids.insert(model->index(r, 0).data(ActorTableModel::IdRole).toLongLong());
        }
        m_scene->setHighlighted(ids);
    });
}

} // namespace maillage
