#pragma once

#include "core/analysis/layout.h"
#include "core/document/change.h"
#include "core/store/address.h"
#include "core/store/postgres.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QActionGroup;

namespace maillage {
class Document;
class ActorListPanel;
class ActorEditor;
class LinkEditor;
class NetworkScene;
class NetworkView;
class MapModes;
class FilterBar;
class TimelineBar;
class TrackingDocks;
class ActorActivityWidget;
class AnalysisPanel;
class PersonalDataPanel;
class ExerciseWorkshop;
class PresentationFeature;
class WelcomePage;
class MembersDialog;
class PasswordKeeper;
class HistoryPanel;

/// The window a practitioner lives in: the network map in the centre, the actor list and
/// the details of the selection in docks, and every command in menus with standard
/// shortcuts. All edits are committed at once; Undo and Redo reach every one of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a territory file, or a shared territory when `path` is an address.
    bool openFile(const QString &path);

    // Shared territories (ui/mainwindow_shared.cpp; docs/shared-territories.md).
    /// Opens the shared territory at `address`, asking for a password when the server wants
    /// one (offering the system keyring) and following the others' edits.
    bool openShared(const QString &address);
    /// Publishes the open file to `address` (a new shared territory), on a thread of its own
    /// behind a progress dialog with Cancel.
    bool publishTo(const QString &address);
    /// Downloads the shared territory at `address` (empty: the open one) to the new file `path`.
    bool downloadTo(const QString &path, const QString &address = QString());
    /// File › Members…: the dialog for the open shared territory (nullptr for a file);
    /// editable by an owner only.
    MembersDialog *membersDialog(bool show = true);
    /// The password prompt (tests give their own): the address to show, the reason; returns
    /// the password or nullopt (cancelled), and whether to keep it in the keyring.
    std::function<std::optional<QString>(const QString &display, const QString &why, bool *remember)>
        passwordPrompt;
    PasswordKeeper &passwords();
    /// The member's level in the open shared territory, when known.
    std::optional<postgres::Level> sharedLevel() const { return m_level; }
    /// The status bar's line of the last edit someone else made (empty: none yet).
    QString lastOthersEdit() const { return m_lastOthersEdit; }
    bool newFile(const QString &path, const QString &name);
    /// Asks the territory's name, then where to keep its file; true once it is open.
    bool newTerritory();
    /// Opens the user's own copy of the sample territory, written on first use.
    bool openSample();
    QString samplePath() const;
    Document *document() const { return m_doc; }
    ActorListPanel *actorList() const { return m_actorList; }
    ActorEditor *actorEditor() const { return m_actorEditor; }
    LinkEditor *linkEditor() const { return m_linkEditor; }
    NetworkView *networkView() const { return m_view; }
    NetworkScene *networkScene() const { return m_scene; }
    FilterBar *filterBar() const { return m_filterBar; }
    TrackingDocks *tracking() const { return m_tracking; }
    AnalysisPanel *analysisPanel() const { return m_analysis; }
    PersonalDataPanel *personalDataPanel() const { return m_privacy; }
    ExerciseWorkshop *exerciseWorkshop() const { return m_exercise; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QStringList recentFiles() const;
    /// Adds an actor named `name` (an editor then shows it); returns its id or 0.
    qint64 addActor(const QString &name = QString());
    void deleteSelection(bool confirm = true);
    /// A point near `centre` where an actor and its label overlap none of `taken` (the
    /// nearest ring first; `besideCentre`: never `centre` itself, where an actor is).
    static QPointF freeSpotNear(const QPointF &centre, const QList<QPointF> &taken,
                                bool besideCentre);
    void setLanguage(const QString &language);
    /// Dims the map outside `ids` and their neighbours `depth` steps out (empty or 0: no
    /// focus), with a Focus chip in the filter bar. Saved views keep and restore it.
    void focusOnActors(const QList<qint64> &ids, int depth);
    QList<qint64> focusActors() const { return m_focusActors; }
    int focusDepth() const { return m_focusDepth; }
    /// The side panel beside the map shows one section at a time, chosen in the side bar:
    /// "actors" (the list and the details of the selection), "problems", "actions",
    /// "meetings", "diagnostics", "qualityOfLife", "analysis", "personalData", "workshop".
    /// The analysis section on its statistical portrait page.
    void showPortrait();
    void showSection(const QString &key);
    QString currentSection() const { return m_section; }
    QStringList sections() const;
    QToolBar *sideBar() const { return m_sideBar; }
    /// Edit › History (Ctrl+H): the dock under the map, listing who did what (ui/history).
    HistoryPanel *historyPanel() const { return m_history; }
    void showHistory();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createUi();
    void createActions();
    void createMenus();
    void retranslate();
    void updateTitle();
    void updateActions();
    void fitDetailsToTheirPage();
    void updateCentral();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void showActor(qint64 id);
    void showLink(qint64 id);
    void syncSelectionFromList(const QList<qint64> &ids);
    void syncSelectionFromScene();
    void openDialog();
    void saveAs();
    void closeTerritory();
    void newLink();
    /// F2: the selected actor's name, in its editor, ready to type over.
    void renameSelection();
    void editVocabulary();
    void editTerritory();
    void preferences();
    void about();
public:
    /// Help › User Guide: the guide in a window of its own (one at a time).
    QWidget *showGuide();
private:
    void showError(const QString &title, const QString &message);
    bool askPassword(SharedAddress &address, const QString &why);
    void openSharedDialog();
    void publishDialog();
    void downloadDialog();
    void sharedOpened();
    void othersEdited(const QString &author, const maillage::ChangeSet &changes);
    void connectionChanged(bool online);
    void updateSharedStatus();
    void importDialog();
    void exportMap();
    void exportData();
    void arrange(layout::Algorithm algorithm);
    void focusOnSelection(int depth);
    void connectSearchHighlight();
    void createSideBar();
    void retranslateSideBar();
    void rebuildWorkshopPage();
    QList<QDockWidget *> sectionDocks(const QString &key) const;
    /// Gives the side panel its share of the window (about 28 %), until the user drags it.
    void fitSidePanel();
    /// Gives Edit › History a quarter of the window's height the first time it is shown.
    void fitHistory();

    Document *m_doc;
    NetworkScene *m_scene = nullptr;
    NetworkView *m_view = nullptr;
    MapModes *m_mapModes = nullptr;
    FilterBar *m_filterBar = nullptr;
    TimelineBar *m_timeline = nullptr;
    TrackingDocks *m_tracking = nullptr;
    ActorActivityWidget *m_activity = nullptr;
    AnalysisPanel *m_analysis = nullptr;
    PersonalDataPanel *m_privacy = nullptr;
    QDockWidget *m_analysisDock = nullptr, *m_privacyDock = nullptr;
    QTabWidget *m_analysisTabs = nullptr;
    class PortraitPanel *m_portrait = nullptr;
    QStackedWidget *m_central = nullptr;
    QWidget *m_hint = nullptr;
    WelcomePage *m_welcome = nullptr;
    QLabel *m_hintText = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QLabel *m_connectionBanner = nullptr;  ///< the shared territory's server is out of reach
    QLabel *m_sharedStatus = nullptr;      ///< address · level · encrypted
    std::unique_ptr<PasswordKeeper> m_passwords;
    QString m_rememberPassword;  ///< the keyring key to keep the password under once it works
    std::optional<postgres::Level> m_level;
    std::optional<bool> m_encrypted;
    QString m_lastOthersEdit;
    ActorListPanel *m_actorList = nullptr;
    QStackedWidget *m_details = nullptr;
    QLabel *m_detailsHint = nullptr;
    ActorEditor *m_actorEditor = nullptr;
    LinkEditor *m_linkEditor = nullptr;
    QDockWidget *m_actorDock = nullptr, *m_detailsDock = nullptr, *m_workshopDock = nullptr;
    QWidget *m_workshopPage = nullptr;
    QToolBar *m_sideBar = nullptr;
    QActionGroup *m_sectionGroup = nullptr;
    QHash<QString, QAction *> m_sectionActions;
    QHash<QString, QList<QDockWidget *>> m_sectionDocks;
    QString m_section;
    bool m_switchingSection = false;
    int m_sidePanelWidth = 0;  ///< the width last given; -1 once the user has chosen one
    QMenu *m_recentMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    ExerciseWorkshop *m_exercise = nullptr;  // Workshop: exercises and comparison
    bool m_syncing = false;
    QList<qint64> m_focusActors;
    int m_focusDepth = 0;
    PresentationFeature *m_presentation = nullptr;  ///< saved views, slides (workshop)
    QDockWidget *m_historyDock = nullptr;
    HistoryPanel *m_history = nullptr;
    bool m_historyWanted = false;  ///< shown again when a territory opens
};

} // namespace maillage
