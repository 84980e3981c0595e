#pragma once

#include "store/store.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace maillage {

/// One primitive edit of one row. A user edit is a list of these, run in one transaction;
/// undo runs the inverse of each, in reverse order.
struct RowOp
{
    enum Kind { Insert, Update, Delete };
    Kind kind = Insert;
    QString table;
    /// Update: key and old values of the changed columns. Delete: the whole row.
    Row before;
    /// Insert: the whole row (its id is filled in on first run). Update: key and new values.
    Row after;
};

/// What one edit, undo or redo changed in one table, for views to follow.
struct Change
{
    enum Kind { Inserted, Updated, Removed };
    QString table;
    Kind kind = Inserted;
    QList<qint64> ids;      ///< the rows' ids (for join tables: the first key column)
    QStringList columns;    ///< for Updated: the columns that changed
};
using ChangeSet = QList<Change>;

} // namespace maillage

Q_DECLARE_METATYPE(maillage::ChangeSet)
