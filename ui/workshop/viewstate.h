#pragma once

#include "core/workshop/savedview.h"

#include <QRectF>

class QGraphicsView;

namespace maillage {
class MainWindow;

/// What the main window's map shows now, as a view to save: filters, search, focus, the
/// visible part of the scene, every actor's position and the analysis sizing and colours.
/// Title and caption are left empty.
workshop::SavedView captureView(const MainWindow &window);

/// Shows `view` in the main window exactly as it was saved. Actors placed elsewhere since are
/// moved back to the view's positions as one undoable edit (on a read-only file the map only
/// shows them there). Returns false with a message when the positions could not be saved.
bool restoreView(MainWindow &window, const workshop::SavedView &view, QString *error = nullptr);

/// The part of the scene `view` shows.
QRectF visibleSceneRect(const QGraphicsView *view);
/// Zooms and scrolls `view` so it shows `rect` (the whole of it, centred, as large as fits).
void showSceneRect(QGraphicsView *view, const QRectF &rect);

} // namespace maillage
