#include "ui/tracking/trackingcommon.h"

#include "core/document/document.h"
#include "core/util/dates.h"

#include <QFrame>
#include <QPixmap>
#include <QScrollArea>

#include <algorithm>

namespace maillage::tracking {

QVariant noRef()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

bool touches(const ChangeSet &changes, const QList<Table> &tables)
{
    return std::any_of(tables.begin(), tables.end(),
                       [&changes](Table t) { return maillage::touches(changes, t); });
}

QHash<qint64, QString> actorNames(const Document *doc)
{
    QHash<qint64, QString> out;
    if (!doc->isOpen())
        return out;
    // Two columns read straight, not every column of every actor as rows (10 000 actors:
    // the actions panel refreshed after each rename).
    for (const ActorName &n : Projections(doc->store()).names().value_or(QList<ActorName>()))
        out.insert(n.id, n.name);
    return out;
}

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

QScrollArea *scrolled(QWidget *inner, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    return scroll;
}

QString shortDate(const QDate &date)
{
    return dates::text(date);
}

} // namespace maillage::tracking
