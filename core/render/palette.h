#pragma once

#include <QColor>
#include <QString>

// The colours of the method's statuses, one palette for every view and export: the problems'
// board, lists and overview chart in the window, and the report's charts. Status colours come
// from Okabe and Ito's palette, which colour-blind readers tell apart.
namespace maillage::palette {

/// A problem's status (identified, qualified, addressed, resolved); grey for anything else.
QColor problemStatusColor(const QString &status);
/// An action's status (idea, planned, running, done); grey for anything else.
QColor actionStatusColor(const QString &status);
/// A problem's severity, 1 (pale yellow) … 5 (dark red); out-of-range values are clamped.
QColor severityColor(int severity);

} // namespace maillage::palette
