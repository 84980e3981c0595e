#include "core/store/postgresbulk.h"

#include "core/store/schema.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <bit>

namespace maillage::postgres {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::postgres)
};

/// The one line said when the ids an import chose were taken by others meanwhile.
QString idsTaken(const QString &table, qint64 first, qint64 last)
{
    return Tr::tr("Others added rows to this territory at the same time (ids %1 to %2 of %3 "
                  "were taken): nothing was written. Try again.")
        .arg(first)
        .arg(last)
        .arg(table);
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

void note(ChangeSet &changes, const QString &table, Change::Kind kind, qint64 id, const Row &cols)
{
    const Table t = tableOf(table);
    if (changes.isEmpty() || changes.last().table != t || changes.last().kind != kind)
        changes << Change{t, kind, {}, {}};
    changes.last().ids << id;
    if (kind == Change::Updated)
        for (auto it = cols.keyBegin(); it != cols.keyEnd(); ++it)
            changes.last().columns.insert(columnOf(*it));
}

QVariant valueOf(const BulkInsert::Value &v, const QByteArray &text)
{
    switch (v.kind) {
    case BulkInsert::Value::Null: return QVariant();
    case BulkInsert::Value::Integer: return QVariant(qlonglong(v.data));
    case BulkInsert::Value::Real: return QVariant(std::bit_cast<double>(v.data));
    case BulkInsert::Value::Text:
        return QVariant(QString::fromUtf8(text.constData() + v.data, qsizetype(v.size)));
    }
    return QVariant();
}

} // namespace

bool bulkRun(Store &store, QList<RowOp> &ops, QList<BulkInsert> &inserts, bool forward,
             ChangeSet &changes, const BulkProgress &progress, bool *cancelled, QString *error,
             const BulkWriter::InTransaction &before, const BulkWriter::InTransaction &after)
{
    qint64 done = 0, total = ops.size();
    for (const BulkInsert &b : inserts)
        total += b.size();
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = -1000;
    bool stop = false;
    auto report = [&](bool force = false) {
        if (stop)
            return false;
        if (!progress || (!force && clock.elapsed() - lastReport < 40))
            return true;
        lastReport = clock.elapsed();
        stop = !progress(done, total);
        if (cancelled)
            *cancelled = stop;
        return !stop;
    };
    QString why;
    if (!store.begin(&why)) {
        if (error)
            *error = why;
        return false;
    }
    auto abort = [&](const QString &w) {
        store.rollback();
        if (error)
            *error = stop ? QStringLiteral("cancelled") : w;
        return false;
    };
    {
        // Foreign keys checked once, at commit, as the file's writer does. Not through the
        // statement cache: the server cannot PREPARE a SET.
        QSqlQuery deferred(store.database());
        if (!deferred.exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED")))
            return abort(deferred.lastError().databaseText().simplified());
    }
    // The version check (the rows locked and compared) before anything is written.
    if (before && !before(&why))
        return abort(why);

    auto runOps = [&]() {
        const int n = int(ops.size());
        for (int step = 0; step < n; ++step) {
            if ((++done & 0xFF) == 0 && !report())
                return false;
            RowOp &op = ops[forward ? step : n - 1 - step];
            const TableInfo *info = schema::table(op.table);
            RowOp::Kind kind = op.kind;
            if (!forward)
                kind = kind == RowOp::Insert   ? RowOp::Delete
                       : kind == RowOp::Delete ? RowOp::Insert
                                               : RowOp::Update;
            Row &values = kind == RowOp::Delete ? (forward ? op.before : op.after)
                                                : (forward ? op.after : op.before);
            Row key;
            for (const QString &k : info->key)
                key.insert(k, values.value(k));
            if (kind == RowOp::Insert) {
                const auto id = store.insertRow(op.table, values, &why);
                if (!id)
                    return false;
                if (info->hasId() && !values.contains(QStringLiteral("id")))
                    values.insert(QStringLiteral("id"), *id);
                note(changes, op.table, Change::Inserted,
                     values.value(info->key.first()).toLongLong(), {});
            } else if (kind == RowOp::Delete) {
                if (!store.deleteRow(op.table, key, &why))
                    return false;
                note(changes, op.table, Change::Removed,
                     values.value(info->key.first()).toLongLong(), {});
            } else {
                Row set = values;
                for (const QString &k : info->key)
                    set.remove(k);
                if (set.isEmpty())
                    continue;
                if (!store.updateRow(op.table, key, set, &why))
                    return false;
                note(changes, op.table, Change::Updated,
                     values.value(info->key.first()).toLongLong(), values);
            }
        }
        return true;
    };

    // The ids of the inserted rows were chosen past the largest id and the server's counter
    // (Store::maxId). Bulk writes of one territory take turns (a lock held to the commit);
    // the ids are refused when a row holds one already, or when others' row-by-row inserts
    // drew them from the counter since; then the counter goes past them, so nobody else
    // draws them until the commit. A redo finds the counter past its ids already.
    auto claimIds = [&]() {
        Statement turn = store.statement(
            QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '/ids'))"));
        if (!turn.exec()) {
            why = turn.error();
            return false;
        }
        for (const BulkInsert &b : inserts) {
            if (b.masks.isEmpty())
                continue;
            const qint64 last = b.firstId + b.size() - 1;
            Statement taken = store.statement(
                QStringLiteral("SELECT (SELECT count(*) FROM %1 WHERE id BETWEEN ? AND ?), "
                               "pg_sequence_last_value(pg_get_serial_sequence(?, 'id')::regclass)")
                    .arg(quoted(b.table)));
            if (!taken.exec({b.firstId, last, b.table}) || !taken.next()) {
                why = taken.error();
                return false;
            }
            const qint64 counter = taken.isNull(1) ? 0 : taken.value(1).toLongLong();
            if (taken.value(0).toLongLong() > 0 || (counter >= b.firstId && counter < last)) {
                why = idsTaken(b.table, b.firstId, last);
                return false;
            }
            Statement reserve = store.statement(
                QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), ?)"));
            if (counter < last && !reserve.exec({b.table, last})) {
                why = reserve.error();
                return false;
            }
        }
        return true;
    };

    auto runInserts = [&]() {
        for (const BulkInsert &b : inserts) {
            if (b.masks.isEmpty())
                continue;
            const TableInfo *info = schema::table(b.table);
            if (!info || !info->hasId() || info->columns.size() > 64) {
                why = QStringLiteral("table %1 cannot take bulk inserts").arg(b.table);
                return false;
            }
            const int idColumn = int(info->columns.indexOf(QLatin1String("id")));
            const BulkInsert::Value *value = b.values.constData();
            const BulkInsert::Value *const valuesEnd = value + b.values.size();
            for (qsizetype r = 0; r < b.size(); ++r) {
                if ((++done & 0xFF) == 0 && !report())
                    return false;
                const quint64 mask = b.masks.at(r) & ~(quint64(1) << idColumn);
                QStringList cols{quoted(QStringLiteral("id"))};
                QVariantList binds{QVariant(qlonglong(b.firstId + r))};
                for (quint64 m = mask; m; m &= m - 1) {
                    if (value == valuesEnd) {
                        why = QStringLiteral("bulk insert into %1: fewer values than columns")
                                  .arg(b.table);
                        return false;
                    }
                    cols << quoted(info->columns.at(std::countr_zero(m)));
                    binds << valueOf(*value++, b.text);
                }
                Statement st = store.statement(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(quoted(b.table), cols.join(QLatin1Char(',')),
                             QStringList(cols.size(), QStringLiteral("?")).join(QLatin1Char(','))));
                if (!st.exec(binds)) {
                    // One of others drew an id in the range just before claimIds moved the
                    // counter, and committed since.
                    why = st.query().lastError().nativeErrorCode() == QLatin1String("23505")
                              ? idsTaken(b.table, b.firstId, b.firstId + b.size() - 1)
                              : st.error();
                    return false;
                }
            }
            Change c{tableOf(b.table), Change::Inserted, {}, {}};
            for (qsizetype r = 0; r < b.size(); ++r)
                c.ids << b.firstId + r;
            changes << c;
        }
        return true;
    };

    auto deleteRange = [&](const BulkInsert &b) {
        if (b.masks.isEmpty())
            return true;
        const qint64 last = b.firstId + b.size() - 1;
        Statement range = store.statement(
            QStringLiteral("DELETE FROM %1 WHERE id BETWEEN ? AND ?").arg(quoted(b.table)));
        if (!range.exec({b.firstId, last})) {
            why = range.error();
            return false;
        }
        if (range.query().numRowsAffected() != b.size()) {
            why = QStringLiteral("%1 rows of %2 were expected but %3 were found")
                      .arg(b.size())
                      .arg(b.table)
                      .arg(range.query().numRowsAffected());
            return false;
        }
        done += b.size();
        Change c{tableOf(b.table), Change::Removed, {}, {}};
        for (qint64 id = last; id >= b.firstId; --id)
            c.ids << id;
        changes << c;
        return true;
    };

    if (forward) {
        if (!claimIds() || !runOps() || !runInserts())
            return abort(why);
    } else {
        for (auto b = inserts.crbegin(); b != inserts.crend(); ++b)
            if (!deleteRange(*b))
                return abort(why);
        if (!runOps())
            return abort(why);
    }
    if (!report(true) || (after && !after(&why)))
        return abort(why);
    if (!store.commit(&why))
        return abort(why);
    return true;
}

} // namespace maillage::postgres
