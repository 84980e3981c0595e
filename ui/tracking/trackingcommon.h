#pragma once

#include "core/document/change.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QList>

class QDate;
class QScrollArea;
class QWidget;

namespace maillage {
class Document;

/// Small helpers the tracking panels share (problems, actions, meetings, diagnostics,
/// quality of life, an actor's activity). The record panels' frame is in recordpanel.h and
/// recordform.h, the lists' helpers in recordlist.h, the related rows' editor in
/// relationeditor.h; the statuses' colours in core/render/palette.h.
namespace tracking {

/// A null id for a reference column ("none").
QVariant noRef();
/// True when `changes` touch one of `tables`.
bool touches(const ChangeSet &changes, const QList<Table> &tables);
/// Actor names by id, read once per refresh.
QHash<qint64, QString> actorNames(const Document *doc);
/// A small square of colour for list items.
QIcon swatch(const QColor &colour);
/// `inner` in a frameless, resizable scroll area.
QScrollArea *scrolled(QWidget *inner, QWidget *parent);
/// A date for a list: the locale's short format, or an empty string.
QString shortDate(const QDate &date);

} // namespace tracking
} // namespace maillage
