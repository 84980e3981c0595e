#include "ui/tracking/trackingdocks.h"

#include "ui/tracking/actionspanel.h"
#include "ui/tracking/actoractivitywidget.h"
#include "ui/tracking/diagnosticspanel.h"
#include "core/document/document.h"
#include "core/store/panelqueries.h"
#include "ui/tracking/meetingspanel.h"
#include "ui/tracking/overviewpanel.h"
#include "ui/tracking/problemspanel.h"
#include "ui/tracking/trackingcommon.h"

#include <QDockWidget>
#include <QMainWindow>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)
} // namespace

TrackingDocks::TrackingDocks(Document *doc, QMainWindow *window)
    : QObject(window), m_doc(doc), m_window(window)
{
    auto make = [this](const char *name) {
        auto *dock = new QDockWidget(m_window);
        dock->setObjectName(QString::fromLatin1(name));
        dock->setMinimumWidth(300);
        connect(dock, &QDockWidget::dockLocationChanged, this, [this, dock] { adaptOrientation(dock); });
        connect(dock, &QDockWidget::topLevelChanged, this, [this, dock] { adaptOrientation(dock); });
        connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                ensurePanels();
        });
        return dock;
    };
    m_problemsDock = make("problemsDock");
    m_actionsDock = make("actionsDock");
    m_meetingsDock = make("meetingsDock");
    m_diagnosticsDock = make("diagnosticsDock");
    m_overviewDock = make("qualityOfLifeDock");

    QDockWidget *details = m_window->findChild<QDockWidget *>(K("detailsDock"));
    const Qt::DockWidgetArea area =
        details && m_window->dockWidgetArea(details) != Qt::NoDockWidgetArea
            ? m_window->dockWidgetArea(details)
            : Qt::RightDockWidgetArea;
    QDockWidget *previous = details;
    for (QDockWidget *dock : docks()) {
        m_window->addDockWidget(area, dock);
        if (previous)
            m_window->tabifyDockWidget(previous, dock);
        previous = dock;
    }
    if (details)
        details->raise();
    else
        m_problemsDock->raise();

    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        if (m_highlightId &&
            tracking::touches(changes, {Table::Problem, Table::ProblemActor, Table::ActionItem, Table::ActionPartner,
                              Table::Meeting, Table::MeetingAttendee, Table::Actor}))
            emitHighlight();
    });
    connect(doc, &Document::closed, this, [this] {
        m_highlightId = 0;
        m_actor = 0;
    });
    setTitles();
}

QList<QDockWidget *> TrackingDocks::docks() const
{
    return {m_problemsDock, m_actionsDock, m_meetingsDock, m_diagnosticsDock, m_overviewDock};
}

void TrackingDocks::ensurePanels()
{
    if (!m_problems)
        buildPanels();
}

void TrackingDocks::buildPanels()
{
    const qint64 problem = m_problems ? m_problems->currentProblem() : 0;
    const qint64 action = m_actions ? m_actions->currentAction() : 0;
    const qint64 meeting = m_meetings ? m_meetings->currentMeeting() : 0;
    for (QDockWidget *dock : docks())
        delete dock->widget();

    m_problems = new ProblemsPanel(m_doc, m_problemsDock);
    m_problems->setObjectName(K("problemsPanel"));
    m_problemsDock->setWidget(m_problems);
    m_actions = new ActionsPanel(m_doc, m_actionsDock);
    m_actions->setObjectName(K("actionsPanel"));
    m_actionsDock->setWidget(m_actions);
    m_meetings = new MeetingsPanel(m_doc, m_meetingsDock);
    m_meetings->setObjectName(K("meetingsPanel"));
    m_meetingsDock->setWidget(m_meetings);
    m_diagnostics = new DiagnosticsPanel(m_doc, m_diagnosticsDock);
    m_diagnostics->setObjectName(K("diagnosticsPanel"));
    m_diagnosticsDock->setWidget(m_diagnostics);
    m_overview = new OverviewPanel(m_doc, m_overviewDock);
    m_overview->setObjectName(K("qualityOfLifePanel"));
    m_overviewDock->setWidget(m_overview);

    auto highlight = [this](Table table) {
        return [this, table](qint64 id) {
            m_highlightTable = table;
            m_highlightId = id;
            emitHighlight();
        };
    };
    connect(m_problems, &ProblemsPanel::problemSelected, this, highlight(Table::Problem));
    connect(m_actions, &ActionsPanel::actionSelected, this, highlight(Table::ActionItem));
    connect(m_meetings, &MeetingsPanel::meetingSelected, this, highlight(Table::Meeting));
    connect(m_problems, &ProblemsPanel::actorActivated, this, &TrackingDocks::showActor);
    connect(m_actions, &ActionsPanel::actorActivated, this, &TrackingDocks::showActor);
    connect(m_meetings, &MeetingsPanel::actorActivated, this, &TrackingDocks::showActor);
    connect(m_actions, &ActionsPanel::problemActivated, this, &TrackingDocks::selectProblem);
    connect(m_meetings, &MeetingsPanel::problemActivated, this, &TrackingDocks::selectProblem);
    connect(m_diagnostics, &DiagnosticsPanel::jumpRequested, this, &TrackingDocks::jumpTo);
    connect(m_overview, &OverviewPanel::themeClicked, this, [this](qint64 theme) {
        m_problems->filterTheme(theme);
        raise(m_problemsDock);
    });
    for (QDockWidget *dock : docks())
        adaptOrientation(dock);
    if (problem)
        m_problems->selectProblem(problem);
    if (action)
        m_actions->selectAction(action);
    if (meeting)
        m_meetings->selectMeeting(meeting);
}

void TrackingDocks::setTitles()
{
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_actionsDock->setWindowTitle(tr("Actions"));
    m_meetingsDock->setWindowTitle(tr("Meetings"));
    m_diagnosticsDock->setWindowTitle(tr("Diagnostics"));
    m_overviewDock->setWindowTitle(tr("Quality of life"));
}

void TrackingDocks::retranslate()
{
    setTitles();
    if (m_problems)  // else they are built in the new language when first shown
        buildPanels();
}

void TrackingDocks::adaptOrientation(QDockWidget *dock)
{
    if (!m_problems)
        return;  // buildPanels() adapts each panel it builds
    const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
    const Qt::Orientation o = !dock->isFloating() &&
                                      (area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea)
                                  ? Qt::Horizontal
                                  : Qt::Vertical;
    if (dock == m_problemsDock)
        m_problems->setOrientation(o);
    else if (dock == m_actionsDock)
        m_actions->setOrientation(o);
    else if (dock == m_meetingsDock)
        m_meetings->setOrientation(o);
}

ActorActivityWidget *TrackingDocks::createActivityWidget(QWidget *parent)
{
    auto *w = new ActorActivityWidget(m_doc, parent);
    w->setObjectName(K("actorActivityWidget"));
    w->setActor(m_actor);
    connect(w, &ActorActivityWidget::meetingActivated, this, &TrackingDocks::selectMeeting);
    connect(w, &ActorActivityWidget::problemActivated, this, &TrackingDocks::selectProblem);
    connect(w, &ActorActivityWidget::actionActivated, this, &TrackingDocks::selectAction);
    m_activity << w;
    return w;
}

void TrackingDocks::setSelectedActor(qint64 actorId)
{
    m_actor = actorId;
    m_activity.removeAll(nullptr);
    for (const auto &w : std::as_const(m_activity))
        w->setActor(actorId);
}

void TrackingDocks::raise(QDockWidget *dock)
{
    dock->show();
    dock->raise();
}

void TrackingDocks::selectProblem(qint64 id)
{
    ensurePanels();
    raise(m_problemsDock);
    m_problems->selectProblem(id);
}

void TrackingDocks::selectAction(qint64 id)
{
    ensurePanels();
    raise(m_actionsDock);
    m_actions->selectAction(id);
}

void TrackingDocks::selectMeeting(qint64 id)
{
    ensurePanels();
    raise(m_meetingsDock);
    m_meetings->selectMeeting(id);
}

void TrackingDocks::selectIndicator(qint64 id)
{
    const auto owner = PanelQueries(m_doc->store()).indicatorOwner(id);
    if (!owner)
        return;  // gone meanwhile: nothing to show
    if (owner->actionId) {
        selectAction(owner->actionId);
        m_actions->editor()->selectIndicator(id);
    } else if (owner->problemId) {
        selectProblem(owner->problemId);
    }
}

void TrackingDocks::jumpTo(const QString &table, qint64 id)
{
    switch (tableOf(table)) {
    case Table::Actor:
        emit showActor(id);
        break;
    case Table::Problem:
        selectProblem(id);
        break;
    case Table::ActionItem:
        selectAction(id);
        break;
    case Table::Meeting:
        selectMeeting(id);
        break;
    case Table::Indicator:
        selectIndicator(id);
        break;
    case Table::Theme:
        problems()->filterTheme(id);
        raise(m_problemsDock);
        break;
    default:
        break;
    }
}

void TrackingDocks::emitHighlight()
{
    QSet<qint64> ids;
    if (m_highlightId && m_doc->isOpen()) {
        Store &store = m_doc->store();
        Relations rel(store);
        if (m_highlightTable == Table::Problem) {
            for (const auto &[actor, role] : rel.problemActors(m_highlightId))
                ids.insert(actor);
        } else if (m_highlightTable == Table::ActionItem) {
            for (qint64 a : rel.partners(m_highlightId))
                ids.insert(a);
            if (const auto action = Repository<ActionItem>(store).get(m_highlightId); action && action->leadActorId)
                ids.insert(action->leadActorId);
        } else if (m_highlightTable == Table::Meeting) {
            for (qint64 a : rel.attendees(m_highlightId))
                ids.insert(a);
        }
    }
    emit highlightActors(ids);
}

} // namespace maillage
