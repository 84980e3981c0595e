#pragma once

class QWidget;

namespace maillage {

/// Makes a window opened beside the main one (the power/interest grid, the interview) behave
/// like one of its own: Escape (when nothing inside wants it) and Ctrl+W close it, and the
/// main window's own shortcuts (undo, the side panel's sections, find, export…) work there
/// too. Shortcuts of the main window that only mean something on the map or in the list
/// (Delete, Escape's "show whole map") are left out. Once per window.
void adoptSecondaryWindow(QWidget *window, QWidget *mainWindow);

} // namespace maillage
