#include "ui/tracking/indicatorchart.h"
#include "core/util/dates.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace maillage {

namespace {
QList<IndicatorValue> byDate(QList<IndicatorValue> values)
{
    std::stable_sort(values.begin(), values.end(),
                     [](const IndicatorValue &a, const IndicatorValue &b) {
                         return a.measuredOn < b.measuredOn;
                     });
    return values;
}
QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}
} // namespace

std::optional<IndicatorValue> latestValue(const QList<IndicatorValue> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    return byDate(values).last();
}

std::optional<double> indicatorProgress(const Indicator &indicator,
                                        const QList<IndicatorValue> &values)
{
    const auto latest = latestValue(values);
    if (!latest || std::isnan(indicator.target))
        return std::nullopt;
    const double baseline =
        std::isnan(indicator.baseline) ? byDate(values).first().value : indicator.baseline;
    const double span = indicator.target - baseline;
    if (std::abs(span) < 1e-12)
        return std::nullopt;
    return (latest->value - baseline) / span;
}

IndicatorChart::IndicatorChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void IndicatorChart::setData(const Indicator &indicator, const QList<IndicatorValue> &values)
{
    m_indicator = indicator;
    m_values = byDate(values);
    QStringList tip;
    for (const IndicatorValue &v : m_values)
        tip << QStringLiteral("%1: %2 %3").arg(dates::text(v.measuredOn),
                                               number(v.value), indicator.unit);
    setToolTip(tip.join(QLatin1Char('\n')));
    update();
}

void IndicatorChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    p.setPen(pal.mid().color());
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const QFontMetrics fm(font());
    if (m_values.isEmpty()) {
        p.setPen(pal.placeholderText().color());
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No value measured yet"));
        return;
    }

    // Vertical range: every value, the baseline and the target, with a little room.
    double lo = m_values.first().value, hi = lo;
    for (const IndicatorValue &v : m_values)
        lo = std::min(lo, v.value), hi = std::max(hi, v.value);
    for (double ref : {m_indicator.baseline, m_indicator.target})
        if (!std::isnan(ref))
            lo = std::min(lo, ref), hi = std::max(hi, ref);
    if (hi - lo < 1e-9)
        lo -= 1, hi += 1;
    const double pad = (hi - lo) * 0.08;
    // Counts never go below zero: no padding under a zero floor.
    lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
    hi += pad;

    const int labelWidth = std::max(fm.horizontalAdvance(number(hi)), fm.horizontalAdvance(number(lo))) + 8;
    const QRectF plot(labelWidth + 4, fm.height() / 2.0 + 4, width() - labelWidth - 14,
                      height() - 2 * fm.height() - 10);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const qint64 d0 = m_values.first().measuredOn.toJulianDay();
    const qint64 d1 = m_values.last().measuredOn.toJulianDay();
    auto xOf = [&](const QDate &d) {
        if (d1 == d0)
            return plot.center().x();
        return plot.left() + plot.width() * double(d.toJulianDay() - d0) / double(d1 - d0);
    };
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v - lo) / (hi - lo); };

    // Axes and value labels.
    p.setPen(pal.mid().color());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.setPen(pal.text().color());
    const QRectF leftLabels(2, 0, labelWidth, fm.height());
    p.drawText(leftLabels.translated(0, plot.top() - fm.height() / 2.0), Qt::AlignRight | Qt::AlignVCenter, number(hi));
    p.drawText(leftLabels.translated(0, plot.bottom() - fm.height() / 2.0), Qt::AlignRight | Qt::AlignVCenter, number(lo));
    const QString first = dates::text(m_values.first().measuredOn);
    const QString last = dates::text(m_values.last().measuredOn);
    const qreal dateY = plot.bottom() + 3;
    p.drawText(QRectF(plot.left(), dateY, plot.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop, first);
    if (d1 != d0)
        p.drawText(QRectF(plot.left(), dateY, plot.width(), fm.height()), Qt::AlignRight | Qt::AlignTop, last);

    // Baseline and target.
    auto reference = [&](double v, const QColor &colour, const QString &label) {
        if (std::isnan(v))
            return;
        QPen pen(colour, 1.2, Qt::DashLine);
        p.setPen(pen);
        const qreal y = yOf(v);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(plot.left() + 4, y - fm.height() - 1, plot.width() - 8, fm.height()),
                   Qt::AlignRight | Qt::AlignBottom, label);
    };
    reference(m_indicator.baseline, QColor(0x80, 0x80, 0x80), tr("baseline"));
    reference(m_indicator.target, QColor(0x00, 0x9E, 0x73), tr("target"));

    // The values.
    const QColor line(0x00, 0x72, 0xB2);
    QPainterPath path;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF pt(xOf(m_values[i].measuredOn), yOf(m_values[i].value));
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    p.setPen(QPen(line, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(line);
    for (const IndicatorValue &v : m_values)
        p.drawEllipse(QPointF(xOf(v.measuredOn), yOf(v.value)), 3, 3);
}

} // namespace maillage
