#pragma once

// Internal to the interview window: the helpers its two files share (interviewwindow.cpp: the
// window, its pages and navigation; interviewsteps.cpp: what each step shows and does).

#include "core/document/document.h"

#include <QColor>
#include <QList>
#include <QPushButton>

namespace maillage::interviewparts {

/// A projector-sized push button named `objectName`, styled by `role` ("primary"…) when given.
QPushButton *makeButton(QWidget *parent, const QString &objectName, const char *role = nullptr);
/// The colour of category `id` (grey when none).
QColor colourOf(const QList<Category> &categories, qint64 id);
/// Actors in a stable, readable order: by category (as the vocabulary orders them), then name.
QList<Actor> orderedActors(const Document &doc);

} // namespace maillage::interviewparts
