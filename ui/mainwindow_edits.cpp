// The main window's edits and selection: adding, deleting, renaming actors and links, the
// vocabulary, territory and preferences dialogs, the details shown for the selection, layouts
// and focus.

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
