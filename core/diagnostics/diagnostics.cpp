#include "core/diagnostics/diagnostics.h"

#include "core/privacy/retention.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include "core/util/dates.h"
#include "core/util/text.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace maillage::diagnostics {

namespace {

#define K(s) QStringLiteral(s)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::diagnostics)
};

bool isOpen(const QString &problemStatus)
{
    return problemStatus != QLatin1String("resolved") && problemStatus != QLatin1String("dropped");
}

/// Actions that should be under way or done: an idea needs no partners or indicators yet,
/// and a cancelled action none any more.
bool isUnderWay(const QString &actionStatus)
{
    return actionStatus != QLatin1String("idea") && actionStatus != QLatin1String("cancelled");
}

/// The distinct non-null values of one column (`table` and `col` are this file's constants).
QSet<qint64> column(const Store &store, const QString &table, const QString &col)
{
    return store.distinctRefs(table, col).value_or(QSet<qint64>());
}

} // namespace

QString sameNameKey(const QString &name) { return text::fold(name); }

QString kindCode(Kind kind)
{
    switch (kind) {
    case Kind::ProblemNobodyCanAct: return K("problem_nobody_can_act");
    case Kind::ProblemNotAddressed: return K("problem_not_addressed");
    case Kind::ActionWithoutPartners: return K("action_without_partners");
    case Kind::ActionWithoutIndicators: return K("action_without_indicators");
    case Kind::ThemeWithoutProblem: return K("theme_without_problem");
    case Kind::ActorNeverMet: return K("actor_never_met");
    case Kind::PossibleDuplicate: return K("possible_duplicate");
    case Kind::IndicatorNeverMeasured: return K("indicator_never_measured");
    case Kind::IndicatorStale: return K("indicator_stale");
    case Kind::PersonPastRetention: return K("person_past_retention");
    case Kind::PersonWithoutBasis: return K("person_without_basis");
    }
    return QString();
}

QString kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::ProblemNobodyCanAct: return Tr::tr("Problems nobody can act on");
    case Kind::ProblemNotAddressed: return Tr::tr("Problems no action addresses");
    case Kind::ActionWithoutPartners: return Tr::tr("Actions without partners");
    case Kind::ActionWithoutIndicators: return Tr::tr("Actions without indicators");
    case Kind::ThemeWithoutProblem: return Tr::tr("Themes with no problem recorded");
    case Kind::ActorNeverMet: return Tr::tr("Actors never met");
    case Kind::PossibleDuplicate: return Tr::tr("Actors with the same name");
    case Kind::IndicatorNeverMeasured: return Tr::tr("Indicators never measured");
    case Kind::IndicatorStale: return Tr::tr("Indicators not measured for a long time");
    case Kind::PersonPastRetention: return Tr::tr("Persons kept past their retention date");
    case Kind::PersonWithoutBasis: return Tr::tr("Persons without a legal basis");
    }
    return QString();
}

QString severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Info: return K("info");
    case Severity::Warning: return K("warning");
    case Severity::Critical: return K("critical");
    }
    return QString();
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info: return Tr::tr("Information");
    case Severity::Warning: return Tr::tr("Warning");
    case Severity::Critical: return Tr::tr("Critical");
    }
    return QString();
}

QList<Item> diagnose(const Store &store, const Options &options)
{
    QList<Item> items;

    // Problems, most severe first.
    QList<Problem> problems;
    for (const Row &r : store.rows(K("problem"), QString(), QVariant(), K("severity DESC, id")))
        problems << RowTraits<Problem>::fromRow(r);
    QSet<qint64> canAct;
    for (const Row &r : store.rows(K("problem_actor"), K("role"), K("can_act")))
        canAct.insert(r.value(K("problem_id")).toLongLong());
    QHash<qint64, QString> actionStatus;
    for (const Row &r : store.rows(K("action_item")))
        actionStatus.insert(r.value(K("id")).toLongLong(), r.value(K("status")).toString());
    QSet<qint64> addressed;
    for (const Row &r : store.rows(K("action_problem")))
        if (actionStatus.value(r.value(K("action_id")).toLongLong()) != QLatin1String("cancelled"))
            addressed.insert(r.value(K("problem_id")).toLongLong());
    auto problemSeverity = [](const Problem &p) {
        return p.severity >= 4 ? Severity::Critical : Severity::Warning;
    };
    for (const Problem &p : problems)
        if (isOpen(p.status) && !canAct.contains(p.id))
            items << Item{Kind::ProblemNobodyCanAct, problemSeverity(p), K("problem"), p.id,
                          p.title,
                          Tr::tr("Nobody who can act on “%1” is recorded.").arg(p.title)};
    for (const Problem &p : problems)
        if (isOpen(p.status) && !addressed.contains(p.id))
            items << Item{Kind::ProblemNotAddressed, problemSeverity(p), K("problem"), p.id,
                          p.title, Tr::tr("No action addresses “%1”.").arg(p.title)};

    // Actions.
    QList<ActionItem> actions;
    for (const Row &r : store.rows(K("action_item")))
        actions << RowTraits<ActionItem>::fromRow(r);
    const QSet<qint64> withPartners = column(store, K("action_partner"), K("action_id"));
    const QSet<qint64> withIndicators = column(store, K("indicator"), K("action_id"));
    for (const ActionItem &a : actions)
        if (isUnderWay(a.status) && !withPartners.contains(a.id))
            items << Item{Kind::ActionWithoutPartners, Severity::Warning, K("action_item"), a.id,
                          a.title, Tr::tr("Action “%1” has no partners.").arg(a.title)};
    for (const ActionItem &a : actions)
        if (isUnderWay(a.status) && !withIndicators.contains(a.id))
            items << Item{Kind::ActionWithoutIndicators, Severity::Warning, K("action_item"),
                          a.id, a.title,
                          Tr::tr("Action “%1” has no indicator to measure its impact.")
                              .arg(a.title)};

    // Themes.
    const QSet<qint64> themesWithProblems = column(store, K("problem"), K("theme_id"));
    for (const Row &r : store.rows(K("theme"), QString(), QVariant(), K("position, id"))) {
        const Theme t = RowTraits<Theme>::fromRow(r);
        if (!themesWithProblems.contains(t.id))
            items << Item{Kind::ThemeWithoutProblem, Severity::Info, K("theme"), t.id, t.name,
                          Tr::tr("No problem is recorded for the theme “%1”.").arg(t.name)};
    }

    // Actors.
    const QSet<qint64> met = column(store, K("meeting_attendee"), K("actor_id"));
    // Three columns read straight: every actor is looked at, and a map holds thousands.
    QHash<QString, QList<std::pair<qint64, QString>>> byName;  // folded name → id, name
    for (const ActorName &a : Projections(store).names().value_or(QList<ActorName>())) {
        byName[sameNameKey(a.name)].append({a.id, a.name});
        if (met.contains(a.id))
            continue;
        items << Item{Kind::ActorNeverMet, Severity::Info, K("actor"), a.id, a.name,
                      a.isPerson ? Tr::tr("“%1” has not attended any meeting.").arg(a.name)
                                 : Tr::tr("Nobody from “%1” has attended any meeting.").arg(a.name)};
    }

    // Actors with the same name (GraphML and GEXF files may hold several: their node ids
    // tell them apart), in the order of their first one.
    QList<QList<std::pair<qint64, QString>>> same;
    for (const auto &group : std::as_const(byName))
        if (group.size() > 1)
            same << group;
    std::sort(same.begin(), same.end(),
              [](const auto &a, const auto &b) { return a.first().first < b.first().first; });
    for (const auto &group : std::as_const(same))
        for (const auto &[id, name] : group)
            items << Item{Kind::PossibleDuplicate, Severity::Info, K("actor"), id, name,
                          Tr::tr("“%1” has the same name as %Ln other actor(s): the same one "
                                 "twice, or different ones?",
                                 nullptr, int(group.size() - 1))
                              .arg(name)};

    // Indicators: those of cancelled actions and dropped problems are left alone; staleness
    // only matters while the work goes on.
    QHash<qint64, QString> problemStatus;
    for (const Problem &p : problems)
        problemStatus.insert(p.id, p.status);
    QHash<qint64, QDate> lastMeasured;
    QSet<qint64> measured;
    for (const Row &r : store.rows(K("indicator_value"))) {
        const qint64 ind = r.value(K("indicator_id")).toLongLong();
        const QDate d = QDate::fromString(r.value(K("measured_on")).toString(), Qt::ISODate);
        measured.insert(ind);
        if (d.isValid() && (!lastMeasured.contains(ind) || lastMeasured.value(ind) < d))
            lastMeasured.insert(ind, d);
    }
    QList<Indicator> indicators;
    for (const Row &r : store.rows(K("indicator")))
        indicators << RowTraits<Indicator>::fromRow(r);
    auto relevance = [&](const Indicator &i, bool *ongoing) {
        *ongoing = true;
        if (i.actionId) {
            const QString s = actionStatus.value(i.actionId);
            if (s == QLatin1String("cancelled"))
                return false;
            *ongoing = s != QLatin1String("done");
        } else if (i.problemId) {
            const QString s = problemStatus.value(i.problemId);
            if (s == QLatin1String("dropped"))
                return false;
            *ongoing = isOpen(s);
        }
        return true;
    };
    for (const Indicator &i : indicators) {
        bool ongoing = true;
        if (relevance(i, &ongoing) && !measured.contains(i.id))
            items << Item{Kind::IndicatorNeverMeasured, Severity::Warning, K("indicator"), i.id,
                          i.name, Tr::tr("Indicator “%1” has never been measured.").arg(i.name)};
    }
    const QDate staleBefore = options.asOf.addMonths(-std::max(0, options.staleMonths));
    for (const Indicator &i : indicators) {
        bool ongoing = true;
        if (!relevance(i, &ongoing) || !ongoing || !lastMeasured.contains(i.id))
            continue;
        const QDate last = lastMeasured.value(i.id);
        if (last < staleBefore)
            items << Item{Kind::IndicatorStale, Severity::Warning, K("indicator"), i.id, i.name,
                          Tr::tr("Indicator “%1” has not been measured since %2 (limit: %3 "
                                 "months).")
                              .arg(i.name, dates::text(last))
                              .arg(options.staleMonths)};
    }

    // Persons.
    const QList<privacy::PersonStatus> persons = privacy::retentionListing(store, options.asOf);
    for (const privacy::PersonStatus &p : persons)
        if (p.issues.contains(privacy::RetentionIssue::Expired))
            items << Item{Kind::PersonPastRetention, Severity::Critical, K("actor"), p.id, p.name,
                          Tr::tr("“%1” is kept past their retention date (%2): erase, "
                                 "pseudonymise or extend.")
                              .arg(p.name, dates::text(p.retentionDate))};
    for (const privacy::PersonStatus &p : persons)
        if (p.issues.contains(privacy::RetentionIssue::NoLegalBasis))
            items << Item{Kind::PersonWithoutBasis, Severity::Critical, K("actor"), p.id, p.name,
                          Tr::tr("No legal basis is recorded for keeping “%1”.").arg(p.name)};
    return items;
}

QJsonObject toJson(const QList<Item> &items, const Options &options)
{
    QJsonObject counts;
    for (int k = int(Kind::ProblemNobodyCanAct); k <= int(Kind::PersonWithoutBasis); ++k)
        counts.insert(kindCode(Kind(k)), 0);
    QJsonArray list;
    for (const Item &i : items) {
        counts.insert(kindCode(i.kind), counts.value(kindCode(i.kind)).toInt() + 1);
        list.append(QJsonObject{{K("kind"), kindCode(i.kind)},
                                {K("severity"), severityCode(i.severity)},
                                {K("table"), i.table},
                                {K("id"), i.id},
                                {K("name"), i.name},
                                {K("message"), i.message}});
    }
    return {{K("as_of"), options.asOf.toString(Qt::ISODate)},
            {K("stale_months"), options.staleMonths},
            {K("counts"), counts},
            {K("items"), list}};
}

} // namespace maillage::diagnostics
