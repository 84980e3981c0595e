#pragma once
// The typed reads of the tracking panels, the network map's filter and the vocabulary
// dialog: one small struct per use, each read by column index through the store's statement
// cache (core/store/queries.cpp's neighbour). A read error is nullopt with the reason, never
// an empty list; ui/ never reads through the generic Store::row / Store::rows
// (tests/core/tst_layering holds the rule).

#include "core/domain/types.h"
#include "core/store/changeset.h"
#include "core/store/store.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace maillage {

/// A theme's id and name (the overview's rows, by position then id).
struct ThemeName
{
    qint64 id = 0;
    QString name;
};

/// What the overview counts of one problem.
struct ProblemTally
{
    qint64 id = 0;
    qint64 themeId = 0;  ///< 0: no theme
    QString scale, status;
    int severity = 0;
};

/// A problem an actor is concerned by, and in which role (one per role).
struct ProblemRole
{
    qint64 problemId = 0;
    QString role;
};

/// Where an indicator belongs: an action, or else a problem (0 when it does not).
struct IndicatorOwner
{
    qint64 id = 0;
    qint64 actionId = 0, problemId = 0;
};

/// One measured value of an indicator, as its editor shows it.
struct IndicatorReading
{
    qint64 id = 0;
    QDate measuredOn;
    double value = 0;
    QString note;
};

/// A record (problem, action, meeting) as stored, every column read by index, and the rows
/// of the join tables that name it: what duplicating it copies.
struct RecordCopy
{
    struct Joined
    {
        Table table = Table::Other;
        Column key = Column::Id;  ///< the join table's column naming the record
        QList<Row> rows;
    };
    Row record;
    QList<Joined> joined;
};

class PanelQueries
{
public:
    explicit PanelQueries(const Store &store) : m_store(store) {}

    /// The records the tracking panels list, whole, by id (read by column index, not as
    /// generic rows): every problem, action, meeting; the actions actor `actorId` leads; the
    /// indicators of action `actionId`; the values of indicator `indicatorId`.
    std::optional<QList<Problem>> problems(QString *error = nullptr) const;
    std::optional<QList<ActionItem>> actions(QString *error = nullptr) const;
    std::optional<QList<ActionItem>> actionsLedBy(qint64 actorId, QString *error = nullptr) const;
    std::optional<QList<Meeting>> meetings(QString *error = nullptr) const;
    std::optional<QList<Indicator>> indicatorsOfAction(qint64 actionId,
                                                       QString *error = nullptr) const;
    std::optional<QList<IndicatorValue>> indicatorValues(qint64 indicatorId,
                                                         QString *error = nullptr) const;
    /// Every theme, by position then id.
    std::optional<QList<ThemeName>> themes(QString *error = nullptr) const;
    /// Every problem's theme, scale, status and severity, by id.
    std::optional<QList<ProblemTally>> problemTallies(QString *error = nullptr) const;
    /// How many attendees each meeting has (meetings without any are left out).
    std::optional<QHash<qint64, int>> attendeeCounts(QString *error = nullptr) const;
    /// The problems actor `actorId` is concerned by, with the role, by problem then role.
    std::optional<QList<ProblemRole>> problemRolesOf(qint64 actorId,
                                                     QString *error = nullptr) const;
    /// The actions actor `actorId` is a partner of, by id.
    std::optional<QList<qint64>> actionsPartneredBy(qint64 actorId,
                                                    QString *error = nullptr) const;
    /// Where indicator `id` belongs; nullopt with the reason when it does not exist.
    std::optional<IndicatorOwner> indicatorOwner(qint64 id, QString *error = nullptr) const;
    /// Indicator value `id`; nullopt with the reason when it does not exist.
    std::optional<IndicatorReading> indicatorReading(qint64 id, QString *error = nullptr) const;
    /// Record `id` of `table` (a table with ids) and its rows in the join tables `joins`
    /// (table, column naming the record), each ordered by its key; nullopt with the reason
    /// when the record does not exist, a name is not the schema's, or a read fails.
    std::optional<RecordCopy> recordCopy(Table table, qint64 id,
                                         const QList<QPair<Table, Column>> &joins,
                                         QString *error = nullptr) const;

private:
    const Store &m_store;
};

} // namespace maillage
