// The helpers the undo commands of core/document/document_parts.h share with Document:
// running row operations inside a transaction, and what a shared territory's version
// check is told an edit reaches.

#include "core/document/document_parts.h"

#include <QSet>

namespace maillage::detail {

namespace {

qint64 firstKey(const QString &table, const Row &row)
{
    const TableInfo *info = schema::table(table);
    return row.value(info->key.first()).toLongLong();
}

bool isIdColumn(const QString &c)
{
    return c == QLatin1String("id") || c.endsWith(QLatin1String("_id"));
}

} // namespace

const QList<Column> &keptColumns()
{
    static const QList<Column> columns{Column::CreatedAt, Column::UpdatedAt, Column::ImportSource,
                                       Column::ImportKey};
    return columns;
}

bool runRowOps(Store &store, QList<RowOp> &ops, bool forward, ChangeSet &changes,
               QString *error, QList<qint64> *inserted)
{
    QString why;
    QHash<qint64, qint64> placeholders;  // -n → id of the n-th new row
    qint64 nextPlaceholder = -1;
    auto resolve = [&](Row &r) {
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (!isIdColumn(it.key()) || it.value().isNull())
                continue;
            const qint64 v = it.value().toLongLong();
            if (v < 0 && placeholders.contains(v))
                it.value() = placeholders.value(v);
        }
    };
    auto note = [&](const QString &name, Change::Kind kind, qint64 id, const Row &cols) {
        const Table table = tableOf(name);
        if (!changes.isEmpty() && changes.last().table == table && changes.last().kind == kind) {
            changes.last().ids << id;
        } else {
            changes << Change{table, kind, {id}, {}};
        }
        if (kind == Change::Updated)
            for (auto it = cols.keyBegin(); it != cols.keyEnd(); ++it)
                changes.last().columns.insert(columnOf(*it));
    };

    bool ok = true;
    const int n = int(ops.size());
    for (int step = 0; ok && step < n; ++step) {
        RowOp &op = ops[forward ? step : n - 1 - step];
        const TableInfo *info = schema::table(op.table);
        RowOp::Kind kind = op.kind;
        if (!forward)
            kind = kind == RowOp::Insert ? RowOp::Delete
                   : kind == RowOp::Delete ? RowOp::Insert
                                           : RowOp::Update;
        switch (kind) {
        case RowOp::Insert: {
            Row &values = forward ? op.after : op.before;
            resolve(values);
            const bool isNew = info->hasId() && !values.contains(K("id"));
            const auto id = store.insertRow(op.table, values, &why);
            ok = id.has_value();
            if (ok && isNew) {
                values.insert(K("id"), *id);
                placeholders.insert(nextPlaceholder--, *id);
                if (inserted)
                    *inserted << *id;
            }
            if (ok)
                note(op.table, Change::Inserted, firstKey(op.table, values), {});
            break;
        }
        case RowOp::Delete: {
            const Row &values = forward ? op.before : op.after;
            Row key;
            for (const QString &c : info->key)
                key.insert(c, values.value(c));
            ok = store.deleteRow(op.table, key, &why);
            if (ok)
                note(op.table, Change::Removed, firstKey(op.table, values), {});
            break;
        }
        case RowOp::Update: {
            Row &values = forward ? op.after : op.before;
            resolve(values);
            Row key;
            for (const QString &c : info->key)
                key.insert(c, values.value(c));
            ok = store.updateRow(op.table, key, values, &why);
            if (ok)
                note(op.table, Change::Updated, firstKey(op.table, values), values);
            break;
        }
        }
    }
    if (!ok && error)
        *error = why;
    return ok;
}

QList<postgres::RowCheck> checksOf(const QList<RowOp> &ops, bool forward, bool replay)
{
    QList<postgres::RowCheck> out;
    QSet<QPair<QString, qint64>> seen;
    const qsizetype n = ops.size();
    for (qsizetype step = 0; step < n; ++step) {
        const RowOp &op = ops.at(forward ? step : n - 1 - step);
        const TableInfo *info = schema::table(op.table);
        if (!info || !info->hasId())
            continue;
        const Row &values = op.kind == RowOp::Insert ? op.after : op.before;
        const qint64 id = values.value(K("id")).toLongLong();
        if (id <= 0 || seen.contains({op.table, id}))
            continue;
        const QString name = op.before.value(K("name"), op.after.value(K("name"))).toString();
        if (!replay) {
            if (op.kind != RowOp::Insert)
                out << postgres::RowCheck{op.table, id, {}, false, name};
        } else if (forward) {  // redo: the row as the undo left it
            if (op.kind == RowOp::Insert)
                out << postgres::RowCheck{op.table, id, {}, true, name};
            else
                out << postgres::RowCheck{op.table, id, op.before, false, name};
        } else {  // undo: the row as the edit left it
            if (op.kind == RowOp::Delete)
                out << postgres::RowCheck{op.table, id, {}, true, name};
            else
                out << postgres::RowCheck{op.table, id, op.after, false, name};
        }
        seen.insert({op.table, id});
    }
    return out;
}

} // namespace maillage::detail
