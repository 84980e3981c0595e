#include "ui/mainwindow.h"

#include "core/document/document.h"
#include "ui/editors/actoreditor.h"
#include "ui/editors/linkeditor.h"
#include "ui/editors/vocabularydialog.h"
#include "ui/history/historypanel.h"
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
#include "ui/shared/passwordkeeper.h"
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

namespace {
#define K(x) QStringLiteral(x)
/// saveState()'s version: 2 since the side panel replaced the tabbed docks (an older state is
/// ignored rather than restoring eight tabs).
constexpr int kStateVersion = 2;

/// Whether a territory is open. A shared territory whose server went away is still open
/// (Qt's PostgreSQL driver reports its connection closed once a query met the dead server):
/// the window shows it offline and read-only until the document reconnects.
bool hasTerritory(const Document *doc)
{
    return doc->isOpen() || doc->store().isShared();
}
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
        sharedOpened();
        updateTitle();
        updateActions();
        updateCentral();
        // A reconnection reads the same territory again: the view and selection stay.
        if (m_doc->isReconnecting())
            return;
        rememberRecent(m_doc->path());
        showActor(0);
        m_view->requestFit();
    });
    connect(m_doc, &Document::editedByOthers, this, &MainWindow::othersEdited);
    connect(m_doc, &Document::connectionChanged, this, &MainWindow::connectionChanged);
    connect(m_doc, &Document::closed, this, [this] {
        sharedOpened();
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
    connect(m_doc->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(m_doc->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);

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
        {"openShared", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { openSharedDialog(); }},
        {"publish", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { publishDialog(); }},
        {"download", QKeySequence(), [this] { downloadDialog(); }},
        {"members", QKeySequence(), [this] { membersDialog(); }},
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
    m_connectionBanner = new QLabel(mapPage);
    m_connectionBanner->setObjectName(K("connectionBanner"));
    m_connectionBanner->setStyleSheet(K("background: #f8d7da; color: #58151c; padding: 6px;"));
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->hide();
    mapLayout->addWidget(m_connectionBanner);
    m_sharedStatus = new QLabel(this);
    m_sharedStatus->setObjectName(K("sharedStatus"));
    m_sharedStatus->hide();
    statusBar()->addPermanentWidget(m_sharedStatus);
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
    connect(m_details, &QStackedWidget::currentChanged, this, &MainWindow::fitDetailsToTheirPage);
    fitDetailsToTheirPage();
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

    // Edit › History: under the map, apart from the side panel's sections (ui/history).
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(K("historyDock"));
    m_historyDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_history = new HistoryPanel(m_doc, m_historyDock);
    m_historyDock->setWidget(m_history);
    // Under the map only: the side panel keeps the window's whole height.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, &MainWindow::fitHistory);
    QAction *history = m_historyDock->toggleViewAction();
    history->setObjectName(K("historyAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setIcon(icons::get("view-history"));
    m_actions.insert(K("history"), history);
    addAction(history);
    connect(m_history, &HistoryPanel::showOnMap, this,
            [this](const QList<qint64> &actors, const QList<qint64> &links) {
                m_scene->selectActors(actors);
                if (links.size() == 1 && actors.size() == 2)  // a link alone: in its editor
                    showLink(links.first());
                m_mapModes->zoomToSelection();
            });
}

void MainWindow::showHistory()
{
    m_historyDock->show();
    m_historyDock->raise();
}

void MainWindow::fitHistory()
{
    // A quarter of the window when it first opens, until the user drags its edge.
    if (!m_historyDock->isVisible() || m_historyDock->property("sized").toBool())
        return;
    m_historyDock->setProperty("sized", true);
    resizeDocks({m_historyDock}, {std::max(170, height() / 4)}, Qt::Vertical);
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

// The details ask for the room of the page they show, not of their largest page: while they
// show only the hint, the actor list above keeps the column; the editor, once shown, takes
// the height it needs from the list.
void MainWindow::fitDetailsToTheirPage()
{
    for (int i = 0; i < m_details->count(); ++i) {
        QWidget *page = m_details->widget(i);
        const auto policy = i == m_details->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        page->setSizePolicy(policy, policy);
    }
    m_details->updateGeometry();
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
        fitDetailsToTheirPage();
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
    if (!hasTerritory(m_doc)) {
        setWindowTitle(K("Maillage"));
        setWindowFilePath(QString());
        return;
    }
    // A shared territory shows its address (never its password: Store::path() is display()).
    const QString file = m_doc->store().isShared() ? m_doc->path() : QFileInfo(m_doc->path()).fileName();
    // Offline, the name cannot be read: the one read last is kept (a property of the window).
    if (m_doc->isOnline())
        setProperty("territoryName", m_doc->territory().name);
    QString title = tr("%1 — %2").arg(property("territoryName").toString(), file);
    if (!m_doc->isOnline())
        title += QLatin1Char(' ') + tr("[offline]");
    else if (m_doc->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title + QStringLiteral(" — Maillage"));
    setWindowFilePath(m_doc->path());
}

void MainWindow::updateActions()
{
    const bool open = hasTerritory(m_doc);
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
    // Out of reach, the connection banner says it; the read-only one is for files and viewers.
    m_readOnlyBanner->setVisible(open && m_doc->isReadOnly() && m_doc->isOnline());
    m_readOnlyBanner->setText(
        open && !m_doc->store().readOnlyReason().isEmpty() ? m_doc->store().readOnlyReason()
        : open && m_doc->store().isShared()
            ? tr("You can look at this shared territory and follow the others' edits, but your "
                 "level on the server does not let you change it.")
            : tr("This file is read-only: you can look at it, but changes cannot be saved. Use "
                 "File › Save As to work on a copy."));
    m_actions.value(QStringLiteral("importRegisters"))->setEnabled(writable);
    const bool shared = open && m_doc->store().isShared();
    m_actions.value(QStringLiteral("publish"))->setEnabled(open && !shared);
    m_actions.value(QStringLiteral("members"))->setEnabled(shared && m_doc->isOnline());
    m_actions.value(QStringLiteral("download"))->setEnabled(!open || (shared && m_doc->isOnline()));
    m_actions.value(QStringLiteral("saveAs"))->setEnabled(open && !shared);
    m_actions.value(QStringLiteral("history"))->setEnabled(open);
    // Undo and redo write too: not while the server is out of reach.
    if (open && !m_doc->isOnline()) {
        m_actions.value(QStringLiteral("undo"))->setEnabled(false);
        m_actions.value(QStringLiteral("redo"))->setEnabled(false);
    }
}

void MainWindow::updateCentral()
{
    if (!m_central)
        return;
    const bool open = hasTerritory(m_doc);
    const bool empty = open && m_doc->isOnline() && m_doc->store().count(K("actor")) == 0;
    auto *addButton = findChild<QPushButton *>(K("addActorHintButton"));
    auto *importButton = findChild<QPushButton *>(K("importHintButton"));
    // Without a territory the welcome page has the whole window: no side panel.
    // (Checked every time, not only when the side bar changes: the window's start shows the
    // actors' section after the first check.)
    if (m_sideBar) {
        const bool wasVisible = m_sideBar->isVisibleTo(this);
        m_sideBar->setVisible(open);
        if (open && !wasVisible) {
            showSection(m_section.isEmpty() ? K("actors") : m_section);
        } else if (!open) {
            m_switchingSection = true;
            for (const QList<QDockWidget *> &docks : std::as_const(m_sectionDocks))
                for (QDockWidget *dock : docks)
                    dock->hide();
            m_switchingSection = false;
        }
    }
    // Without a territory there is no history: the dock comes back with the next one when it
    // was open (also as the saved window state left it).
    if (!open && m_historyDock->isVisibleTo(this)) {
        m_historyWanted = true;
        m_historyDock->hide();
    } else if (open && std::exchange(m_historyWanted, false)) {
        m_historyDock->show();
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState(kStateVersion));
    // Every edit is already in the file: closing only folds the log back.
    m_doc->close();
    event->accept();
}

} // namespace maillage
