// The panels' typed reads (core/store/panelqueries.h): SQL text lives here, in core/store,
// and every statement goes through the store's cache.
#include "core/store/panelqueries.h"

#include "core/store/reads.h"
#include "core/store/repositories.h"
#include "core/store/schema.h"

#include <QSqlError>

namespace maillage {

using namespace reads;

namespace {

#define K(x) QStringLiteral(x)

/// Runs `read` over the single row of `sql` bound to `id`; nullopt with "no longer exists"
/// when there is none.
template <class T, class Read>
std::optional<T> oneRow(const Store &store, const QString &sql, Table table, qint64 id, Read read,
                        QString *error)
{
    const auto all = readRows<T>(store, sql, {id}, read, error);
    if (!all)
        return std::nullopt;
    if (all->isEmpty()) {
        if (error)
            *error = Projections::tr("Row %1 of “%2” no longer exists.").arg(id).arg(tableName(table));
        return std::nullopt;
    }
    return all->first();
}

/// Every row of `sql` (bound to `binds`), each as a Row of `columns` read by index.
std::optional<QList<Row>> wholeRows(const Store &store, const QString &sql,
                                    const QVariantList &binds, const QStringList &columns,
                                    QString *error)
{
    return readAll<Row>(
        store, sql, binds,
        [&](const Statement &q) {
            Row r;
            for (int i = 0; i < columns.size(); ++i)
                r.insert(columns.at(i), q.value(i));
            return r;
        },
        error);
}

template <class C> Problem problemAt(const C &c)
{
    return {c.integer(0), c.text(1), c.text(2),        c.ref(3),
            c.text(4),    int(c.integer(5)), c.text(6), dateOf(c, 7),
            c.ref(8)};
}
constexpr const char *kProblemColumns =
    "id, title, description, theme_id, scale, severity, status, raised_on, meeting_id";

template <class C> ActionItem actionAt(const C &c)
{
    return {c.integer(0), c.text(1), c.text(2), c.text(3), dateOf(c, 4), dateOf(c, 5), c.ref(6)};
}
constexpr const char *kActionColumns =
    "id, title, description, status, start_date, end_date, lead_actor_id";

} // namespace

std::optional<QList<Problem>> PanelQueries::problems(QString *error) const
{
    return readRows<Problem>(
        m_store, K("SELECT %1 FROM problem ORDER BY id").arg(QLatin1String(kProblemColumns)), {},
        [](const auto &c) { return problemAt(c); }, error);
}

std::optional<QList<ActionItem>> PanelQueries::actions(QString *error) const
{
    return readRows<ActionItem>(
        m_store, K("SELECT %1 FROM action_item ORDER BY id").arg(QLatin1String(kActionColumns)),
        {}, [](const auto &c) { return actionAt(c); }, error);
}

std::optional<QList<ActionItem>> PanelQueries::actionsLedBy(qint64 actorId, QString *error) const
{
    return readRows<ActionItem>(m_store,
                                K("SELECT %1 FROM action_item WHERE lead_actor_id = ? ORDER BY id")
                                    .arg(QLatin1String(kActionColumns)),
                                {actorId}, [](const auto &c) { return actionAt(c); }, error);
}

std::optional<QList<Meeting>> PanelQueries::meetings(QString *error) const
{
    return readRows<Meeting>(
        m_store,
        K("SELECT id, title, kind, held_on, place, notes, decisions FROM meeting ORDER BY id"), {},
        [](const auto &c) {
            return Meeting{c.integer(0), c.text(1), c.text(2), dateOf(c, 3),
                           c.text(4),    c.text(5), c.text(6)};
        },
        error);
}

std::optional<QList<Indicator>> PanelQueries::indicatorsOfAction(qint64 actionId,
                                                                 QString *error) const
{
    return readRows<Indicator>(
        m_store,
        K("SELECT id, name, unit, baseline, target, action_id, problem_id, description, "
          "baseline_source FROM indicator WHERE action_id = ? ORDER BY id"),
        {actionId},
        [](const auto &c) {
            return Indicator{c.integer(0), c.text(1), c.text(2), c.real(3), c.real(4),
                             c.ref(5),     c.ref(6),  c.text(7), c.text(8)};
        },
        error);
}

std::optional<QList<IndicatorValue>> PanelQueries::indicatorValues(qint64 indicatorId,
                                                                   QString *error) const
{
    return readRows<IndicatorValue>(
        m_store,
        K("SELECT id, indicator_id, measured_on, value, note FROM indicator_value "
          "WHERE indicator_id = ? ORDER BY id"),
        {indicatorId},
        [](const auto &c) {
            return IndicatorValue{c.integer(0), c.ref(1), dateOf(c, 2),
                                  c.isNull(3) ? 0.0 : c.real(3), c.text(4)};
        },
        error);
}

std::optional<QList<ThemeName>> PanelQueries::themes(QString *error) const
{
    return readRows<ThemeName>(
        m_store, K("SELECT id, name FROM theme ORDER BY position, id"), {},
        [](const auto &c) { return ThemeName{c.integer(0), c.text(1)}; }, error);
}

std::optional<QList<ProblemTally>> PanelQueries::problemTallies(QString *error) const
{
    return readRows<ProblemTally>(
        m_store, K("SELECT id, theme_id, scale, status, severity FROM problem ORDER BY id"), {},
        [](const auto &c) {
            return ProblemTally{c.integer(0), c.ref(1), c.text(2), c.text(3), int(c.integer(4))};
        },
        error);
}

std::optional<QHash<qint64, int>> PanelQueries::attendeeCounts(QString *error) const
{
    const auto counts = readRows<QPair<qint64, int>>(
        m_store,
        K("SELECT meeting_id, COUNT(*) FROM meeting_attendee GROUP BY meeting_id ORDER BY meeting_id"),
        {}, [](const auto &c) { return qMakePair(c.integer(0), int(c.integer(1))); }, error);
    if (!counts)
        return std::nullopt;
    QHash<qint64, int> out;
    out.reserve(counts->size());
    for (const auto &[meeting, n] : *counts)
        out.insert(meeting, n);
    return out;
}

std::optional<QList<ProblemRole>> PanelQueries::problemRolesOf(qint64 actorId,
                                                               QString *error) const
{
    return readRows<ProblemRole>(
        m_store,
        K("SELECT problem_id, role FROM problem_actor WHERE actor_id = ? ORDER BY problem_id, role"),
        {actorId}, [](const auto &c) { return ProblemRole{c.integer(0), c.text(1)}; }, error);
}

std::optional<QList<qint64>> PanelQueries::actionsPartneredBy(qint64 actorId,
                                                              QString *error) const
{
    return readRows<qint64>(
        m_store, K("SELECT action_id FROM action_partner WHERE actor_id = ? ORDER BY action_id"),
        {actorId}, [](const auto &c) { return c.integer(0); }, error);
}

std::optional<IndicatorOwner> PanelQueries::indicatorOwner(qint64 id, QString *error) const
{
    return oneRow<IndicatorOwner>(
        m_store, K("SELECT id, action_id, problem_id FROM indicator WHERE id = ?"),
        Table::Indicator, id,
        [](const auto &c) { return IndicatorOwner{c.integer(0), c.ref(1), c.ref(2)}; }, error);
}

std::optional<IndicatorReading> PanelQueries::indicatorReading(qint64 id, QString *error) const
{
    return oneRow<IndicatorReading>(
        m_store, K("SELECT id, measured_on, value, note FROM indicator_value WHERE id = ?"),
        Table::IndicatorValue, id,
        [](const auto &c) {
            return IndicatorReading{c.integer(0), dateOf(c, 1), c.isNull(2) ? 0.0 : c.real(2),
                                    c.text(3)};
        },
        error);
}

std::optional<RecordCopy> PanelQueries::recordCopy(Table table, qint64 id,
                                                   const QList<QPair<Table, Column>> &joins,
                                                   QString *error) const
{
    const QString name = tableName(table);
    const TableInfo *info = schema::table(name);
    if (!info || !info->hasId()) {
        if (error)
            *error = Projections::tr("There is no table “%1” with ids.").arg(name);
        return std::nullopt;
    }
    // Names reach SQL text below: only the schema's.
    const auto rows = wholeRows(m_store,
                                K("SELECT %1 FROM %2 WHERE id = ?")
                                    .arg(info->columns.join(QStringLiteral(", ")), name),
                                {id}, info->columns, error);
    if (!rows)
        return std::nullopt;
    if (rows->isEmpty()) {
        if (error)
            *error = Projections::tr("Row %1 of “%2” no longer exists.").arg(id).arg(name);
        return std::nullopt;
    }
    RecordCopy out;
    out.record = rows->first();
    for (const auto &[join, key] : joins) {
        const QString joinName = tableName(join);
        const QString keyName = columnName(key);
        const TableInfo *joinInfo = schema::table(joinName);
        if (!joinInfo || !joinInfo->columns.contains(keyName)) {
            if (error)
                *error = Projections::tr("The table “%1” has no column “%2”.").arg(joinName, keyName);
            return std::nullopt;
        }
        auto joined = wholeRows(m_store,
                                K("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4")
                                    .arg(joinInfo->columns.join(QStringLiteral(", ")), joinName,
                                         keyName, joinInfo->key.join(QStringLiteral(", "))),
                                {id}, joinInfo->columns, error);
        if (!joined)
            return std::nullopt;
        out.joined << RecordCopy::Joined{join, key, *joined};
    }
    return out;
}

} // namespace maillage
