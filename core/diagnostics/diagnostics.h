#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace maillage {

class Store;

namespace diagnostics {

/// The key two actors' names share when the checklist calls them possibly the same actor
/// (Kind::PossibleDuplicate): the name with case and accents folded away.
QString sameNameKey(const QString &name);

/// What a checklist item is about. The order is the checklist's order.
enum class Kind {
    ProblemNobodyCanAct,     ///< an open problem with no actor in the "can act" role
    ProblemNotAddressed,     ///< an open problem that no action addresses
    ActionWithoutPartners,   ///< an action (not cancelled) with no partner
    ActionWithoutIndicators, ///< an action (not cancelled) with no indicator to measure it
    ThemeWithoutProblem,     ///< a quality-of-life theme with no problem recorded
    ActorNeverMet,           ///< an actor who attended no meeting
    PossibleDuplicate,       ///< an actor with the same name as another (case, accents aside)
    IndicatorNeverMeasured,  ///< an indicator with no value
    IndicatorStale,          ///< an indicator of ongoing work last measured long ago
    PersonPastRetention,     ///< a person kept past their retention date
    PersonWithoutBasis,      ///< a person recorded without a legal basis
};

enum class Severity { Info, Warning, Critical };

/// One thing that needs attention, naming the row it is about so a view can jump to it.
struct Item
{
    Kind kind = Kind::ProblemNobodyCanAct;
    Severity severity = Severity::Warning;
    QString table;    ///< "problem", "action_item", "theme", "actor", "indicator"
    qint64 id = 0;    ///< the row's id in `table`
    QString name;     ///< the row's title or name
    QString message;  ///< translated sentence
};

struct Options
{
    /// The date the checks are made on (so that tests and reports are reproducible).
    QDate asOf = QDate::currentDate();
    /// An indicator not measured for this many months is stale.
    int staleMonths = 6;
};

/// Stable code of a kind ("problem_nobody_can_act"…), for JSON and scripts.
QString kindCode(Kind kind);
/// Translated heading of a kind, for grouping the checklist.
QString kindTitle(Kind kind);
QString severityCode(Severity severity);  ///< "info", "warning", "critical"
QString severityLabel(Severity severity); ///< translated

/// Runs every check on the territory in `store`; items come in Kind order, then as the rows
/// are ordered in their table (problems by severity, most severe first).
QList<Item> diagnose(const Store &store, const Options &options = Options());

/// {"as_of", "stale_months", "counts": {kind code: n}, "items": [{kind, severity, table,
/// id, name, message}]}
QJsonObject toJson(const QList<Item> &items, const Options &options);

} // namespace diagnostics
} // namespace maillage
