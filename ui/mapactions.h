#pragma once

#include "core/analysis/layout.h"

#include <QObject>

class QWidget;

namespace maillage {
class Document;

/// Runs a layout off the UI thread with a progress dialog and a Cancel button, then applies
/// it to the document as one undo step. Returns false if cancelled or failed (nothing changes).
bool runLayoutInteractively(Document *doc, layout::Algorithm algorithm, qint64 centerId,
                            QWidget *parent);

/// Asks for files and options, imports them as one undo step and shows what was done.
void importInteractively(Document *doc, const QStringList &paths, QWidget *parent);

/// File > Import from public registers…: the register dialog, then what was done.
void importRegistersInteractively(Document *doc, QWidget *parent);

/// File extensions the import understands (for drops and the file dialog).
bool isImportable(const QString &path);

} // namespace maillage
