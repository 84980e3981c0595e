#pragma once

// Internal to core/render: the map painter's helpers that the legend (maplegend.cpp) shares
// with the map (mappainter.cpp). Never include it from a public header.

#include <QFont>
#include <QPainterPath>
#include <QPointF>

namespace maillage::render::painterparts {

/// The labels' font at `pixelSize`.
QFont labelFont(double pixelSize);
/// Adds an arrow head pointing along `direction` with its tip at `tip`.
void arrowHead(QPainterPath &into, const QPointF &tip, const QPointF &direction, double size);

} // namespace maillage::render::painterparts
