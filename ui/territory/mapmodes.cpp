#include "ui/territory/mapmodes.h"

#include "ui/territory/locatedialog.h"
#include "ui/territory/territoryview.h"

#include "core/document/document.h"

#include "ui/network/networkview.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace maillage {

MapModes::MapModes(Document *doc, NetworkScene *scene, NetworkView *network, QWidget *parent)
    : QStackedWidget(parent), m_doc(doc), m_network(network)
{
    setObjectName(QStringLiteral("mapModes"));
    addWidget(network);
    m_panel = new TerritoryPanel(doc, scene, network, this);
    addWidget(m_panel);
    m_toggle = new QAction(this);
    m_toggle->setObjectName(QStringLiteral("territoryViewAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_toggle->setIcon(icons::get("globe"));
    connect(m_toggle, &QAction::toggled, this, &MapModes::showTerritory);
    connect(territoryView(), &TerritoryView::actorActivated, this, &MapModes::actorActivated);
    m_locate = new QAction(this);
    m_locate->setObjectName(QStringLiteral("locateAction"));
    m_locate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_locate, &QAction::triggered, this, &MapModes::locateInteractively);
    // Without a territory there is no map to switch to (the welcome page has the window).
    const auto enable = [this] {
        m_locate->setEnabled(m_doc->isOpen() && !m_doc->isReadOnly());
        m_toggle->setEnabled(m_doc->isOpen());
    };
    connect(doc, &Document::opened, this, enable);
    connect(doc, &Document::closed, this, enable);
    enable();
    // The view's "N actors have no place: Locate…" opens the same dialog.
    connect(territoryView(), &TerritoryView::locateRequested, this, &MapModes::locateInteractively);
    retranslate();
}

TerritoryView *MapModes::territoryView() const
{
    return m_panel->view();
}

void MapModes::showTerritory(bool on)
{
    m_toggle->setChecked(on);
    setCurrentIndex(on ? 1 : 0);
    (on ? static_cast<QWidget *>(territoryView()) : m_network)->setFocus();
}

void MapModes::zoomBy(double factor)
{
    territoryShown() ? territoryView()->zoomBy(factor) : m_network->zoomBy(factor);
}

void MapModes::fitAll()
{
    territoryShown() ? territoryView()->fitAll() : m_network->fitAll();
}

void MapModes::zoomToSelection()
{
    territoryShown() ? territoryView()->zoomToSelection() : m_network->zoomToSelection();
}

void MapModes::locateInteractively()
{
    if (!m_doc->isOpen() || m_doc->isReadOnly())
        return;
    auto *dialog = new LocateDialog(m_doc, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setCommunesFile(m_panel->outlinesPath());
    // When nobody had a place, the view showed France: now it shows those just placed.
    const bool nonePlaced = territoryView()->model().points.empty();
    connect(dialog, &LocateDialog::applied, this, [this, nonePlaced](int count) {
        if (nonePlaced && count > 0)
            territoryView()->fitAll();
    });
    dialog->open();
}

void MapModes::exportTerritoryInteractively()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export the territory map"), QString(),
                                                tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    const QStringList parts{tr("The whole territory"), tr("What the view shows")};
    bool ok = false;
    const QString part = QInputDialog::getItem(this, tr("Export the territory map"),
                                               tr("Export:"), parts, 0, false, &ok);
    if (!ok)
        return;
    int width = 1600;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        width = QInputDialog::getInt(this, tr("Export the territory map"), tr("Width in pixels:"),
                                     2400, 400, 12000, 200, &ok);
        if (!ok)
            return;
    }
    QString error;
    if (!territoryView()->exportTo(path, part == parts.first(), width, &error))
        QMessageBox::warning(this, tr("Cannot export the territory map"), error);
}

void MapModes::changeEvent(QEvent *event)
{
    QStackedWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MapModes::retranslate()
{
    m_toggle->setText(tr("&Territory Map"));
    m_toggle->setIconText(tr("Territory"));
    m_toggle->setToolTip(tr("Show the actors at their places on a map of the territory, or "
                            "the network again (Ctrl+T)"));
    m_locate->setText(tr("&Locate Actors…"));
    m_locate->setToolTip(tr("Place actors on the map from SIRENE’s geolocation file, the "
                            "address geocoder or their commune’s centre"));
}

} // namespace maillage
