#pragma once

#include "core/document/change.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QDockWidget;
class QMainWindow;

namespace maillage {
class Document;
class ProblemsPanel;
class ActionsPanel;
class MeetingsPanel;
class DiagnosticsPanel;
class OverviewPanel;
class ActorActivityWidget;

/// The territorial work's docks — Problems, Actions, Meetings, Diagnostics, Quality of life —
/// added to `window` and tabified with its details dock (object name "detailsDock") when it
/// has one. Selecting a problem, an action or a meeting asks to highlight its actors
/// (highlightActors); items naming an actor ask to show it (showActor).
class TrackingDocks : public QObject
{
    Q_OBJECT
public:
    TrackingDocks(Document *doc, QMainWindow *window);
    QList<QDockWidget *> docks() const;
    QDockWidget *problemsDock() const { return m_problemsDock; }
    QDockWidget *actionsDock() const { return m_actionsDock; }
    QDockWidget *meetingsDock() const { return m_meetingsDock; }
    QDockWidget *diagnosticsDock() const { return m_diagnosticsDock; }
    QDockWidget *overviewDock() const { return m_overviewDock; }
    // The panels are built when one of their docks is first shown or one of them is first
    // asked for, not with the window: most sessions open a territory without them, and the
    // window's first frame comes sooner.
    ProblemsPanel *problems() { ensurePanels(); return m_problems; }
    ActionsPanel *actions() { ensurePanels(); return m_actions; }
    MeetingsPanel *meetings() { ensurePanels(); return m_meetings; }
    DiagnosticsPanel *diagnostics() { ensurePanels(); return m_diagnostics; }
    OverviewPanel *overview() { ensurePanels(); return m_overview; }
    /// A widget listing what the selected actor takes part in, for the details dock; clicking
    /// an entry selects it here. It follows setSelectedActor().
    ActorActivityWidget *createActivityWidget(QWidget *parent);
    /// Dock titles in the current language, and panels rebuilt with their texts (call on
    /// QEvent::LanguageChange).
    void retranslate();

public slots:
    /// An actor was selected elsewhere (the list, the map): the activity widgets follow it.
    void setSelectedActor(qint64 actorId);
    void selectProblem(qint64 id);
    void selectAction(qint64 id);
    void selectMeeting(qint64 id);
    /// Selects the action or problem the indicator measures, then the indicator.
    void selectIndicator(qint64 id);
    /// Goes to a row named by table and id (what the diagnostics' items do).
    void jumpTo(const QString &table, qint64 id);

signals:
    /// The actors of the selected problem, action or meeting (empty: none selected).
    void highlightActors(const QSet<qint64> &actorIds);
    /// Asks the window to select and show this actor.
    void showActor(qint64 actorId);

private:
    void ensurePanels();
    void buildPanels();
    void setTitles();
    void raise(QDockWidget *dock);
    void emitHighlight();
    void adaptOrientation(QDockWidget *dock);

    Document *m_doc;
    QMainWindow *m_window;
    QDockWidget *m_problemsDock, *m_actionsDock, *m_meetingsDock, *m_diagnosticsDock,
        *m_overviewDock;
    ProblemsPanel *m_problems = nullptr;
    ActionsPanel *m_actions = nullptr;
    MeetingsPanel *m_meetings = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    OverviewPanel *m_overview = nullptr;
    QList<QPointer<ActorActivityWidget>> m_activity;
    qint64 m_actor = 0;
    /// What the highlight shows: a problem, an action or a meeting, and its id.
    Table m_highlightTable = Table::Other;
    qint64 m_highlightId = 0;
};

} // namespace maillage
