#pragma once

#include <QStackedWidget>

class QAction;
class QWidget;

namespace maillage {
class Document;
class NetworkScene;
class NetworkView;
class TerritoryPanel;
class TerritoryView;

/// The map's two modes, one shown at a time: the network (NetworkView) and the territory
/// (TerritoryPanel), both drawing the same scene state. The toggle action (View › Territory
/// Map, Ctrl+T, and the main toolbar) switches between them.
class MapModes : public QStackedWidget
{
    Q_OBJECT

public:
    MapModes(Document *doc, NetworkScene *scene, NetworkView *network, QWidget *parent = nullptr);
    QAction *toggleAction() const { return m_toggle; }
    /// Map › Locate Actors… (Ctrl+Shift+L): opens the LocateDialog.
    QAction *locateAction() const { return m_locate; }
    /// Opens the LocateDialog (window-modal), offering the commune outlines shown.
    void locateInteractively();
    bool territoryShown() const { return currentIndex() == 1; }
    void showTerritory(bool on);
    TerritoryPanel *territoryPanel() const { return m_panel; }
    TerritoryView *territoryView() const;
    /// The zoom and fit commands of the View menu, for the mode shown.
    void zoomBy(double factor);
    void fitAll();
    void zoomToSelection();
    /// File › Export Map on the territory: PNG or SVG, the view or the whole territory.
    void exportTerritoryInteractively();

signals:
    void actorActivated(qint64 actorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Document *m_doc;
    NetworkView *m_network;
    TerritoryPanel *m_panel;
    QAction *m_toggle;
    QAction *m_locate;
};

} // namespace maillage
