// The map's legend: categories, link types and the sizes and marks in use, measured and
// painted beside the map (PNG, SVG, reports, slides).

#include "core/render/mappainter.h"
#include "core/render/mappainter_parts.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace maillage::render {

using namespace painterparts;

QSizeF MapPainter::legendSize(const MapOptions &options) const
{
    const double k = options.fontScale;
    const QFont font = labelFont(12 * k);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font), fb(bold);
    QSet<qint64> usedCategories, usedTypes;
    for (const MapNode &nd : m_model.nodes)
        usedCategories.insert(nd.categoryId);
    for (const MapLink &l : m_model.links)
        usedTypes.insert(l.typeId);
    double width = fb.horizontalAdvance(tr("Legend"));
    int rows = 0;
    for (const MapCategory &c : m_model.categories)
        if (usedCategories.contains(c.id)) {
            width = std::max(width, 28 * k + fm.horizontalAdvance(c.name));
            ++rows;
        }
    int typeRows = 0;
    for (const MapLinkType &t : m_model.linkTypes)
        if (usedTypes.contains(t.id)) {
            width = std::max(width, 44 * k + fm.horizontalAdvance(t.name));
            ++typeRows;
        }
    const double line = std::max(fm.height(), 18.0 * k);
    double height = (8 + 4 + 8 + (rows && typeRows ? 6 : 0)) * k + fb.height() +
                    (rows + typeRows) * line;
    for (const LegendScale &scale : options.scales) {
        height += 8 * k + fb.height();
        width = std::max(width, fb.horizontalAdvance(scale.title));
        int scaleRows = 0;
        if (scale.kind != LegendScale::Swatches && !scale.low.isEmpty()) {
            scaleRows += 2;
            width = std::max(width, 28 * k + std::max(fm.horizontalAdvance(scale.low),
                                                      fm.horizontalAdvance(scale.high)));
        }
        for (const auto &item : scale.items) {
            ++scaleRows;
            width = std::max(width, 28 * k + fm.horizontalAdvance(item.first));
        }
        if (!scale.note.isEmpty()) {
            ++scaleRows;
            width = std::max(width, fm.horizontalAdvance(scale.note) * 1.08);  // in italics
        }
        height += scaleRows * line;
    }
    return QSizeF(width + 20 * k, height);
}

void MapPainter::paintLegend(QPainter &painter, const QPointF &topLeft,
                             const MapOptions &options) const
{
    const QSizeF size = legendSize(options);
    const double k = options.fontScale;
    const QFont font = labelFont(12 * k);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font), fb(bold);
    const double line = std::max(fm.height(), 18.0 * k);
    QSet<qint64> usedCategories, usedTypes;
    for (const MapNode &nd : m_model.nodes)
        usedCategories.insert(nd.categoryId);
    for (const MapLink &l : m_model.links)
        usedTypes.insert(l.typeId);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor panel = options.background.alpha() < 128 ? QColor(Qt::white) : options.background;
    panel.setAlpha(225);
    const QColor text = MapStyle::textColorOn(panel);
    painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
    painter.setBrush(panel);
    painter.drawRoundedRect(QRectF(topLeft, size), 4, 4);
    double y = topLeft.y() + 8 * k;
    const double x = topLeft.x() + 10 * k;
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QPointF(x, y + fb.ascent()), tr("Legend"));
    y += fb.height() + 4 * k;
    painter.setFont(font);
    bool anyCategory = false;
    for (const MapCategory &c : m_model.categories) {
        if (!usedCategories.contains(c.id))
            continue;
        anyCategory = true;
        const QPointF centre(x + 8 * k, y + line / 2);
        painter.setPen(QPen(c.color.darker(160), 1));
        painter.setBrush(c.color);
        painter.drawPath(MapStyle::shapePath(c.shape, 13 * k).translated(centre));
        painter.setPen(text);
        painter.drawText(QPointF(x + 24 * k, y + (line - fm.height()) / 2 + fm.ascent()), c.name);
        y += line;
    }
    bool first = true;
    for (const MapLinkType &t : m_model.linkTypes) {
        if (!usedTypes.contains(t.id))
            continue;
        if (first && anyCategory)
            y += 6 * k;
        first = false;
        const QPointF a(x, y + line / 2), b(x + 34 * k, y + line / 2);
        QPen pen = MapStyle::linkPen(t, 3);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen);
        if (t.sign < 0)
            painter.drawPath(MapStyle::zigzagPath(a, b, 0));
        else
            painter.drawLine(a, b);
        if (t.directed) {
            QPainterPath head;
            arrowHead(head, b, b - a, 8);
            painter.setPen(Qt::NoPen);
            painter.setBrush(t.color);
            painter.drawPath(head);
        }
        painter.setPen(text);
        painter.drawText(QPointF(x + 40 * k, y + (line - fm.height()) / 2 + fm.ascent()), t.name);
        y += line;
    }
    auto textAt = [&](double left, const QString &s) {
        painter.drawText(QPointF(left, y + (line - fm.height()) / 2 + fm.ascent()), s);
    };
    for (const LegendScale &scale : options.scales) {
        y += 8 * k;
        painter.setFont(bold);
        painter.setPen(text);
        painter.drawText(QPointF(x, y + fb.ascent()), scale.title);
        y += fb.height();
        painter.setFont(font);
        if (scale.kind == LegendScale::Sizes && !scale.low.isEmpty()) {
            // The smallest and the largest valued shapes, at their scale (capped to a row).
            const double small = std::min(line - 2, MapStyle::diameter(0.25) * 0.45 * k);
            const double large = std::min(line - 2, MapStyle::diameter(1) * 0.45 * k);
            painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
            painter.setBrush(QColor(0xb8, 0xc4, 0xd6));
            painter.drawEllipse(QPointF(x + 8 * k, y + line / 2), small / 2, small / 2);
            painter.setPen(text);
            textAt(x + 24 * k, scale.low);
            y += line;
            painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
            painter.drawEllipse(QPointF(x + 8 * k, y + line / 2), large / 2, large / 2);
            painter.setPen(text);
            textAt(x + 24 * k, scale.high);
            y += line;
        } else if (scale.kind == LegendScale::Ramp && !scale.low.isEmpty()) {
            // One bar down both rows, light at the minimum, dark at the maximum.
            const QRectF bar(x + 2 * k, y + line * 0.2, 12 * k, line * 1.6);
            QLinearGradient gradient(bar.topLeft(), bar.bottomLeft());
            gradient.setColorAt(0, scale.lowColour);
            gradient.setColorAt(0.5, QColor::fromRgbF(
                                         (scale.lowColour.redF() + scale.highColour.redF()) / 2,
                                         (scale.lowColour.greenF() + scale.highColour.greenF()) / 2,
                                         (scale.lowColour.blueF() + scale.highColour.blueF()) / 2));
            gradient.setColorAt(1, scale.highColour);
            painter.setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
            painter.setBrush(gradient);
            painter.drawRect(bar);
            painter.setPen(text);
            textAt(x + 24 * k, scale.low);
            y += line;
            textAt(x + 24 * k, scale.high);
            y += line;
        }
        for (const auto &item : scale.items) {
            painter.setPen(QPen(item.second.darker(160), 1));
            painter.setBrush(item.second);
            painter.drawPath(MapStyle::shapePath(Shape::Circle, 13 * k)
                                 .translated(QPointF(x + 8 * k, y + line / 2)));
            painter.setPen(text);
            textAt(x + 24 * k, item.first);
            y += line;
        }
        if (!scale.note.isEmpty()) {
            QFont italic = font;
            italic.setItalic(true);
            painter.setFont(italic);
            painter.setPen(text);
            textAt(x, scale.note);
            painter.setFont(font);
            y += line;
        }
    }
    painter.restore();
}

} // namespace maillage::render
