// The main window's side bar: the sections (actors, follow-up panels, analysis, personal
// data, workshop), one shown at a time in the side panel, and the panel's width.

#include "ui/mainwindow.h"

#include "ui/analysis/portraitpanel.h"
#include "ui/tracking/trackingdocks.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QLabel>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>

namespace maillage {

#define K(x) QStringLiteral(x)

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

} // namespace maillage
