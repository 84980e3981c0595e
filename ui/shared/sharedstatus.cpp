#include "ui/shared/sharedstatus.h"

#include "core/document/document.h"

#include <QCoreApplication>

namespace maillage {

namespace {
struct SharedStatus
{
    Q_DECLARE_TR_FUNCTIONS(maillage::SharedStatus)
};
} // namespace

QString describeOthersEdit(const Document &doc, const QString &author, const ChangeSet &changes)
{
    // The actors first (what people look at), then the links, then anything else.
    auto name = [&](qint64 id) {
        const auto actor = doc.actor(id);
        return actor ? actor->name : QString();
    };
    for (const Change &c : changes) {
        if (c.table != Table::Actor || c.ids.isEmpty())
            continue;
        const int n = int(c.ids.size());
        const QString one = n == 1 ? name(c.ids.first()) : QString();
        switch (c.kind) {
        case Change::Inserted:
            return one.isEmpty() ? SharedStatus::tr("%1 added %n actors", nullptr, n).arg(author)
                                 : SharedStatus::tr("%1 added “%2”").arg(author, one);
        case Change::Removed:
            return SharedStatus::tr("%1 deleted %n actors", nullptr, n).arg(author);
        case Change::Updated:
            if (c.updates(Column::Name))
                return one.isEmpty() ? SharedStatus::tr("%1 renamed %n actors", nullptr, n).arg(author)
                                     : SharedStatus::tr("%1 renamed “%2”").arg(author, one);
            if (c.columns.within({Column::X, Column::Y, Column::UpdatedAt, Column::Id}))
                return one.isEmpty() ? SharedStatus::tr("%1 moved %n actors", nullptr, n).arg(author)
                                     : SharedStatus::tr("%1 moved “%2”").arg(author, one);
            return one.isEmpty() ? SharedStatus::tr("%1 edited %n actors", nullptr, n).arg(author)
                                 : SharedStatus::tr("%1 edited “%2”").arg(author, one);
        }
    }
    for (const Change &c : changes) {
        if (c.table != Table::Link || c.ids.isEmpty())
            continue;
        const int n = int(c.ids.size());
        switch (c.kind) {
        case Change::Inserted: return SharedStatus::tr("%1 added %n links", nullptr, n).arg(author);
        case Change::Removed: return SharedStatus::tr("%1 deleted %n links", nullptr, n).arg(author);
        case Change::Updated: return SharedStatus::tr("%1 edited %n links", nullptr, n).arg(author);
        }
    }
    return SharedStatus::tr("%1 changed the territory").arg(author);
}

} // namespace maillage
