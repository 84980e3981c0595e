#include "mapmodes.h"

#include "territoryview.h"

#include "network/networkview.h"
#include "widgets/icons.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace maillage {

MapModes::MapModes(Document *doc, NetworkScene *scene, NetworkView *network, QWidget *parent)
    : QStackedWidget(parent), m_network(network)
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
    connect(territoryView(), &TerritoryView::locateRequested, this, &MapModes::locateRequested);
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
}

} // namespace maillage
