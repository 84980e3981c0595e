#pragma once

#include "core/domain/types.h"

#include <QWidget>

#include <optional>

namespace maillage {

/// How far an indicator has gone from its baseline toward its target: 0 at the baseline,
/// 1 at the target, beyond 1 past it, negative when it went the wrong way. Works the same
/// when the target is below the baseline (fewer empty homes, less waiting time). Without a
/// baseline the first value measured stands for it. nullopt when there is no target, no
/// value, or the target equals the baseline.
std::optional<double> indicatorProgress(const Indicator &indicator,
                                        const QList<IndicatorValue> &values);
/// The value measured last (by date), if any.
std::optional<IndicatorValue> latestValue(const QList<IndicatorValue> &values);

/// A small chart of an indicator's values over time, with its baseline and target drawn as
/// dashed lines, painted with QPainter.
class IndicatorChart : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorChart(QWidget *parent = nullptr);
    void setData(const Indicator &indicator, const QList<IndicatorValue> &values);
    QSize sizeHint() const override { return {320, 150}; }
    QSize minimumSizeHint() const override { return {200, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Indicator m_indicator;
    QList<IndicatorValue> m_values;  ///< sorted by date
};

} // namespace maillage
