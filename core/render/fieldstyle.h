#pragma once

#include "core/domain/customfield.h"
#include "core/render/mappainter.h"

#include <QColor>
#include <QHash>
#include <QList>

// The map sized or coloured by an actor field: the per-actor values MapOptions (and the GUI's
// scene) take, and what the legend says of them.
namespace maillage::render {

/// Whether the map can be sized by a field of `type` (numbers and integers).
bool canSizeBy(FieldType type);
/// Whether the map can be coloured by a field of `type` (choices, numbers and integers).
bool canColourBy(FieldType type);

/// Sizes by field `field`: actor id → size value normalised to 0 … 1 (as
/// MapOptions::sizeValues with sizeValuesNormalised), the shapes' areas growing in proportion
/// between the smallest and the largest value; actors of `actors` without a value at 0, the
/// smallest size, below every valued one. `values`: actor id → stored value of the field.
/// Fills `legend` (the field's name and unit, the range, what the missing values look like).
QHash<qint64, double> sizeByField(const CustomField &field, const QList<qint64> &actors,
                                  const QHash<qint64, QString> &values, LegendScale *legend);

/// Colours by field `field`: a choice list, one palette colour per choice (in the list's
/// order); a number, a sequential ramp from its minimum to its maximum. Every actor of
/// `actors` gets a colour, grey when it has no value. Fills `legend`.
QHash<qint64, QColor> colourByField(const CustomField &field, const QList<qint64> &actors,
                                    const QHash<qint64, QString> &values, LegendScale *legend);

/// The colour of choice number `index` (0, 1, …): a qualitative palette distinct on white.
QColor choiceColour(int index);
/// The colour drawn for actors without a value.
QColor missingColour();
/// The ramp's colour at `t` (0 … 1, light to dark).
QColor rampColour(double t);

} // namespace maillage::render
