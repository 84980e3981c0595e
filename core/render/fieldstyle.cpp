#include "core/render/fieldstyle.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace maillage::render {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::render::FieldStyle)
};

/// A value as the legend writes it: the locale's way, with the field's unit.
QString valueText(const CustomField &field, double value)
{
    const QString stored = field.type == FieldType::Integer
                               ? QString::number(qlonglong(std::llround(value)))
                               : QString::number(value, 'g', 15);
    return fields::displayWithUnit(field, stored);
}

QString fieldTitle(const CustomField &field)
{
    return field.unit.isEmpty() ? field.name : Tr::tr("%1 (%2)").arg(field.name, field.unit);
}

/// The smallest and largest readable value among `actors`; false when none has one.
bool range(const CustomField &field, const QList<qint64> &actors,
           const QHash<qint64, QString> &values, double *lo, double *hi, int *missing)
{
    bool any = false;
    *missing = 0;
    for (qint64 id : actors) {
        const auto v = fields::orderKey(field, values.value(id));
        if (!v) {
            ++*missing;
            continue;
        }
        *lo = any ? std::min(*lo, *v) : *v;
        *hi = any ? std::max(*hi, *v) : *v;
        any = true;
    }
    return any;
}

} // namespace

bool canSizeBy(FieldType type) { return type == FieldType::Number || type == FieldType::Integer; }

bool canColourBy(FieldType type) { return canSizeBy(type) || type == FieldType::Choice; }

QColor choiceColour(int index)
{
    // Tableau 10, as the communities: distinct on white and in print.
    static const QList<QColor> palette = {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
        QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
        QColor(0xba, 0xb0, 0xac)};
    return palette.at(std::max(0, index) % palette.size());
}

QColor missingColour() { return QColor(0xd4, 0xd4, 0xd4); }

QColor rampColour(double t)
{
    // Light yellow to dark blue (ColorBrewer YlGnBu's ends through its middle): ordered at a
    // glance, readable in grey.
    static const QColor stops[] = {QColor(0xff, 0xf5, 0xb8), QColor(0x41, 0xb6, 0xc4),
                                   QColor(0x08, 0x1d, 0x58)};
    t = std::clamp(t, 0.0, 1.0) * 2;
    const int i = std::min(1, int(t));
    const double u = t - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u),
                            float(a.greenF() + (b.greenF() - a.greenF()) * u),
                            float(a.blueF() + (b.blueF() - a.blueF()) * u));
}

QHash<qint64, double> sizeByField(const CustomField &field, const QList<qint64> &actors,
                                  const QHash<qint64, QString> &values, LegendScale *legend)
{
    QHash<qint64, double> out;
    double lo = 0, hi = 0;
    int missing = 0;
    const bool any = canSizeBy(field.type) && range(field, actors, values, &lo, &hi, &missing);
    // Valued actors between a quarter of the size range and its top, by area, so that the
    // smallest value still stands above "no value" (0, the smallest size).
    constexpr double kLowest = 0.25;
    const double dMin = MapStyle::diameter(0), dMax = MapStyle::diameter(1);
    const double dLow = MapStyle::diameter(kLowest);
    for (qint64 id : actors) {
        const auto v = any ? fields::orderKey(field, values.value(id)) : std::nullopt;
        if (!v) {
            out.insert(id, 0.0);
            continue;
        }
        const double t = hi > lo ? (*v - lo) / (hi - lo) : 1.0;
        const double d = std::sqrt(dLow * dLow + t * (dMax * dMax - dLow * dLow));
        out.insert(id, (d - dMin) / (dMax - dMin));
    }
    if (legend) {
        *legend = LegendScale();
        legend->kind = LegendScale::Sizes;
        legend->title = Tr::tr("Size: %1").arg(fieldTitle(field));
        if (any) {
            legend->low = valueText(field, lo);
            legend->high = valueText(field, hi);
        }
        if (missing > 0)
            legend->note = Tr::tr("No value (%Ln actor(s)): smallest", nullptr, missing);
    }
    return out;
}

QHash<qint64, QColor> colourByField(const CustomField &field, const QList<qint64> &actors,
                                    const QHash<qint64, QString> &values, LegendScale *legend)
{
    QHash<qint64, QColor> out;
    if (legend) {
        *legend = LegendScale();
        legend->title = Tr::tr("Colour: %1").arg(fieldTitle(field));
    }
    int missing = 0;
    if (field.type == FieldType::Choice) {
        QList<bool> used(field.choices.size() + 1, false);
        for (qint64 id : actors) {
            const QString v = values.value(id);
            if (v.isEmpty()) {
                out.insert(id, missingColour());
                ++missing;
                continue;
            }
            qsizetype i = field.choices.indexOf(v);
            if (i < 0)
                i = field.choices.size();  // a value outside the list: "Other"
            used[i] = true;
            out.insert(id, choiceColour(int(i)));
        }
        if (legend) {
            legend->kind = LegendScale::Swatches;
            for (qsizetype i = 0; i < field.choices.size(); ++i)
                if (used.at(i))
                    legend->items.append({field.choices.at(i), choiceColour(int(i))});
            if (used.last())
                legend->items.append({Tr::tr("Other"), choiceColour(int(field.choices.size()))});
            if (missing > 0)
                legend->items.append(
                    {Tr::tr("No value (%Ln actor(s))", nullptr, missing), missingColour()});
        }
        return out;
    }
    double lo = 0, hi = 0;
    const bool any = canColourBy(field.type) && range(field, actors, values, &lo, &hi, &missing);
    for (qint64 id : actors) {
        const auto v = any ? fields::orderKey(field, values.value(id)) : std::nullopt;
        out.insert(id, v ? rampColour(hi > lo ? (*v - lo) / (hi - lo) : 1.0) : missingColour());
    }
    if (legend) {
        legend->kind = LegendScale::Ramp;
        if (any) {
            legend->low = valueText(field, lo);
            legend->high = valueText(field, hi);
        }
        legend->lowColour = rampColour(0);
        legend->highColour = rampColour(1);
        if (missing > 0)
            legend->items.append(
                {Tr::tr("No value (%Ln actor(s))", nullptr, missing), missingColour()});
    }
    return out;
}

} // namespace maillage::render
