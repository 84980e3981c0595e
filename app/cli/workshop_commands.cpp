// compare, diff: workshop commands (comparing maps with a reference; what changed between two
// snapshots or two dates).
#include "cli.h"

#include "core/workshop/compare.h"
#include "core/workshop/snapshot.h"
#include "core/workshop/snapshots.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace maillage::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::cli)
};

QJsonValue real(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject linkJson(const workshop::LinkRef &l)
{
    return {{QStringLiteral("source"), l.source},
            {QStringLiteral("target"), l.target},
            {QStringLiteral("type"), l.type},
            {QStringLiteral("directed"), l.directed}};
}

QJsonArray linksJson(const QList<workshop::LinkRef> &links)
{
    QJsonArray a;
    for (const auto &l : links)
        a << linkJson(l);
    return a;
}

QJsonObject scoreJson(const workshop::SetScore &s)
{
    return {{QStringLiteral("reference"), s.reference},
            {QStringLiteral("candidate"), s.candidate},
            {QStringLiteral("matched"), s.matched},
            {QStringLiteral("precision"), s.precision},
            {QStringLiteral("recall"), s.recall},
            {QStringLiteral("f1"), s.f1}};
}

QJsonObject mapJson(const workshop::MapComparison &m)
{
    QJsonObject actors = scoreJson(m.actors);
    actors.insert(QStringLiteral("missing"), strings(m.missingActors));
    actors.insert(QStringLiteral("extra"), strings(m.extraActors));
    QJsonArray renamed;
    for (const auto &[reference, candidate] : m.renamedActors)
        renamed << QJsonObject{{QStringLiteral("reference"), reference},
                               {QStringLiteral("candidate"), candidate}};
    actors.insert(QStringLiteral("renamed"), renamed);

    QJsonObject links = scoreJson(m.links);
    links.insert(QStringLiteral("missing"), linksJson(m.missingLinks));
    links.insert(QStringLiteral("extra"), linksJson(m.extraLinks));

    QJsonArray largest;
    for (const auto &d : m.largestInfluenceDifferences)
        largest << QJsonObject{{QStringLiteral("name"), d.reference},
                               {QStringLiteral("candidate_name"), d.candidate},
                               {QStringLiteral("reference"), d.referenceInfluence},
                               {QStringLiteral("candidate"), d.candidateInfluence},
                               {QStringLiteral("difference"), d.difference()}};
    return {{QStringLiteral("file"), m.file},
            {QStringLiteral("territory"), m.territory},
            {QStringLiteral("actors"), actors},
            {QStringLiteral("links"), links},
            {QStringLiteral("category_agreement"), real(m.categoryAgreement)},
            {QStringLiteral("influence"),
             QJsonObject{{QStringLiteral("mean_abs_difference"),
                          real(m.influenceMeanAbsDifference)},
                         {QStringLiteral("largest"), largest}}}};
}

QJsonObject summaryJson(const workshop::Summary &s)
{
    QJsonArray missedActors, missedLinks, actorDisagreements, linkDisagreements;
    for (const auto &a : s.mostMissedActors)
        missedActors << QJsonObject{{QStringLiteral("name"), a.name},
                                    {QStringLiteral("category"), a.category},
                                    {QStringLiteral("missed_by"), a.missedBy}};
    for (const auto &l : s.mostMissedLinks) {
        QJsonObject o = linkJson(l.link);
        o.insert(QStringLiteral("missed_by"), l.missedBy);
        missedLinks << o;
    }
    for (const auto &d : s.actorDisagreements) {
        QJsonArray maps;
        for (int i = 0; i < d.files.size(); ++i)
            maps << QJsonObject{{QStringLiteral("file"), d.files[i]},
                                {QStringLiteral("category"), d.categories[i]},
                                {QStringLiteral("influence"), d.influences[i]}};
        actorDisagreements << QJsonObject{
            {QStringLiteral("name"), d.name},
            {QStringLiteral("reference_category"), d.referenceCategory},
            {QStringLiteral("reference_influence"), d.referenceInfluence},
            {QStringLiteral("category_varies"), d.categoryVaries},
            {QStringLiteral("influence_varies"), d.influenceVaries},
            {QStringLiteral("maps"), maps}};
    }
    for (const auto &d : s.linkDisagreements) {
        QJsonObject o = linkJson(d.link);
        o.insert(QStringLiteral("in_reference"), d.inReference);
        o.insert(QStringLiteral("present_in"), strings(d.presentIn));
        o.insert(QStringLiteral("absent_from"), strings(d.absentFrom));
        linkDisagreements << o;
    }
    return {{QStringLiteral("maps"), s.maps},
            {QStringLiteral("most_missed"),
             QJsonObject{{QStringLiteral("actors"), missedActors},
                         {QStringLiteral("links"), missedLinks}}},
            {QStringLiteral("disagreements"),
             QJsonObject{{QStringLiteral("actors"), actorDisagreements},
                         {QStringLiteral("links"), linkDisagreements}}}};
}

// Text output ---------------------------------------------------------------------------------

QString linkText(const workshop::LinkRef &l)
{
    return (l.directed ? Tr::tr("%1 → %2 (%3)") : Tr::tr("%1 — %2 (%3)"))
        .arg(l.source, l.target, l.type);
}

QString percent(const QLocale &locale, double share)
{
    if (std::isnan(share))
        return Tr::tr("n/a");
    return Tr::tr("%1%").arg(locale.toString(100 * share, 'f', 0));
}

/// A label then one item a line; nothing when the list is empty.
void printList(const QString &label, const QStringList &items)
{
    if (items.isEmpty())
        return;
    out() << "  " << label << '\n';
    for (const QString &i : items)
        out() << "    " << i << '\n';
}

void printMap(const QLocale &locale, const workshop::MapComparison &m)
{
    out() << '\n' << m.file << '\n';
    const int w = 20;
    auto row = [&](const QString &label, const QString &a, const QString &l) {
        out() << "  " << label.leftJustified(w) << a.rightJustified(9) << l.rightJustified(9)
              << '\n';
    };
    auto ratio = [&](double v) { return locale.toString(v, 'f', 2); };
    row(QString(), Tr::tr("Actors"), Tr::tr("Links"));
    row(Tr::tr("In the reference"), locale.toString(m.actors.reference),
        locale.toString(m.links.reference));
    row(Tr::tr("In this map"), locale.toString(m.actors.candidate),
        locale.toString(m.links.candidate));
    row(Tr::tr("Matched"), locale.toString(m.actors.matched), locale.toString(m.links.matched));
    row(Tr::tr("Precision"), ratio(m.actors.precision), ratio(m.links.precision));
    row(Tr::tr("Recall"), ratio(m.actors.recall), ratio(m.links.recall));
    row(Tr::tr("F1"), ratio(m.actors.f1), ratio(m.links.f1));
    out() << "  " << Tr::tr("Category agreement: %1").arg(percent(locale, m.categoryAgreement))
          << '\n';
    out() << "  "
          << Tr::tr("Influence: mean difference %1")
                 .arg(std::isnan(m.influenceMeanAbsDifference)
                          ? Tr::tr("n/a")
                          : locale.toString(m.influenceMeanAbsDifference, 'f', 2))
          << '\n';
    printList(Tr::tr("Missing actors:"), m.missingActors);
    printList(Tr::tr("Extra actors:"), m.extraActors);
    QStringList renamed;
    for (const auto &[reference, candidate] : m.renamedActors)
        renamed << Tr::tr("%1 (written “%2”)").arg(reference, candidate);
    printList(Tr::tr("Matched despite a different spelling:"), renamed);
    QStringList links;
    for (const auto &l : m.missingLinks)
        links << linkText(l);
    printList(Tr::tr("Missing links:"), links);
    links.clear();
    for (const auto &l : m.extraLinks)
        links << linkText(l);
    printList(Tr::tr("Extra links:"), links);
    QStringList influence;
    for (const auto &d : m.largestInfluenceDifferences)
        influence << Tr::tr("%1: %2 in the reference, %3 here")
                         .arg(d.reference, locale.toString(d.referenceInfluence),
                              locale.toString(d.candidateInfluence));
    printList(Tr::tr("Largest influence differences:"), influence);
}

void printSummary(const QLocale &locale, const workshop::Summary &s)
{
    out() << '\n' << Tr::tr("Summary — maps compared: %1").arg(locale.toString(s.maps)) << '\n';
    QStringList items;
    for (const auto &a : s.mostMissedActors)
        items << Tr::tr("%1 (missed by %2 of %3)")
                     .arg(a.name, locale.toString(a.missedBy), locale.toString(s.maps));
    printList(Tr::tr("Actors most maps missed:"), items);
    items.clear();
    for (const auto &l : s.mostMissedLinks)
        items << Tr::tr("%1 (missed by %2 of %3)")
                     .arg(linkText(l.link), locale.toString(l.missedBy), locale.toString(s.maps));
    printList(Tr::tr("Links most maps missed:"), items);
    items.clear();
    for (const auto &d : s.actorDisagreements) {
        QStringList views;
        for (int i = 0; i < d.files.size(); ++i)
            views << Tr::tr("%1: %2, influence %3")
                         .arg(d.files[i], d.categories[i], locale.toString(d.influences[i]));
        items << d.name + QStringLiteral(" — ") + views.join(QStringLiteral("; "));
    }
    printList(Tr::tr("Actors the maps see differently:"), items);
    items.clear();
    for (const auto &d : s.linkDisagreements)
        items << Tr::tr("%1: drawn in %2; not in %3")
                     .arg(linkText(d.link), d.presentIn.join(QStringLiteral(", ")),
                          d.absentFrom.join(QStringLiteral(", ")));
    printList(Tr::tr("Links drawn by some maps only:"), items);
    if (s.mostMissedActors.isEmpty() && s.mostMissedLinks.isEmpty() &&
        s.actorDisagreements.isEmpty() && s.linkDisagreements.isEmpty())
        out() << "  " << Tr::tr("Nothing missed by most maps, no disagreement.") << '\n';
}

int runCompare(const QStringList &args)
{
    const QString command = QStringLiteral("compare");
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("REFERENCE"),
                            Tr::tr("The reference .maillage file (e.g. the trainer's map)."));
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The maps to compare with it."),
                            QStringLiteral("FILE..."));
    int status = Ok;
    if (!parse(p, command, args, 2, &status))
        return status;
    const QStringList files = p.positionalArguments();

    QString error;
    workshop::MapData reference;
    if (!workshop::loadMap(files.first(), &reference, &error))
        return fail(error);
    QList<workshop::MapData> maps;
    for (const QString &file : files.mid(1)) {
        workshop::MapData m;
        if (!workshop::loadMap(file, &m, &error))
            return fail(error);
        maps << m;
    }
    const workshop::Comparison c = workshop::compare(reference, maps);

    if (p.isSet(json)) {
        QJsonArray mapsJson;
        for (const auto &m : c.maps)
            mapsJson << mapJson(m);
        printJson({{QStringLiteral("reference"), reference.file},
                   {QStringLiteral("maps"), mapsJson},
                   {QStringLiteral("summary"), summaryJson(c.summary)}});
        return Ok;
    }
    const QLocale locale;
    out() << Tr::tr("Reference: %1 (%2 actors, %3 links)")
                 .arg(reference.file, locale.toString(qint64(reference.actors.size())),
                      locale.toString(qint64(reference.links.size())))
          << '\n';
    for (const auto &m : c.maps)
        printMap(locale, m);
    printSummary(locale, c.summary);
    out().flush();
    return Ok;
}

// diff ------------------------------------------------------------------------------------------

QJsonArray actorChangesJson(const QList<workshop::ActorChange> &list)
{
    QJsonArray a;
    for (const auto &c : list)
        a << QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("category"), c.category}};
    return a;
}

QJsonArray linkChangesJson(const QList<workshop::LinkChange> &list, bool before, bool after)
{
    QJsonArray a;
    for (const auto &c : list) {
        QJsonObject o = linkJson(c.link);
        if (before)
            o.insert(QStringLiteral("strength_before"), c.strengthBefore);
        if (after)
            o.insert(QStringLiteral("strength_after"), c.strengthAfter);
        a << o;
    }
    return a;
}

QJsonObject diffJson(const workshop::SnapshotDiff &d)
{
    return {{QStringLiteral("actors"),
             QJsonObject{{QStringLiteral("before"), d.actorsBefore},
                         {QStringLiteral("after"), d.actorsAfter},
                         {QStringLiteral("appeared"), actorChangesJson(d.appeared)},
                         {QStringLiteral("left"), actorChangesJson(d.left)}}},
            {QStringLiteral("links"),
             QJsonObject{{QStringLiteral("before"), d.linksBefore},
                         {QStringLiteral("after"), d.linksAfter},
                         {QStringLiteral("appeared"), linkChangesJson(d.linksAppeared, false, true)},
                         {QStringLiteral("strengthened"), linkChangesJson(d.strengthened, true, true)},
                         {QStringLiteral("weakened"), linkChangesJson(d.weakened, true, true)},
                         {QStringLiteral("disappeared"),
                          linkChangesJson(d.linksDisappeared, true, false)}}}};
}

int usageError(const QString &command, const QString &message)
{
    out().flush();
    err() << "maillage-cli " << command << ": " << message << Qt::endl;
    return Usage;
}

void printDiff(const QLocale &locale, const workshop::SnapshotDiff &d, const QString &before,
               const QString &after)
{
    out() << Tr::tr("From %1 to %2").arg(before, after) << '\n';
    out() << "  " << Tr::tr("Actors: %1 → %2")
                         .arg(locale.toString(d.actorsBefore), locale.toString(d.actorsAfter))
          << '\n';
    out() << "  " << Tr::tr("Links: %1 → %2")
                         .arg(locale.toString(d.linksBefore), locale.toString(d.linksAfter))
          << '\n';
    if (d.isEmpty()) {
        out() << "  " << Tr::tr("No change.") << '\n';
        return;
    }
    auto actors = [](const QList<workshop::ActorChange> &list) {
        QStringList items;
        for (const auto &c : list)
            items << (c.category.isEmpty() ? c.name : Tr::tr("%1 (%2)").arg(c.name, c.category));
        return items;
    };
    printList(Tr::tr("Actors who appeared:"), actors(d.appeared));
    printList(Tr::tr("Actors who left:"), actors(d.left));
    QStringList items;
    for (const auto &c : d.linksAppeared)
        items << Tr::tr("%1, strength %2").arg(linkText(c.link), locale.toString(c.strengthAfter));
    printList(Tr::tr("Links that appeared:"), items);
    items.clear();
    for (const auto &c : d.strengthened)
        items << Tr::tr("%1: strength %2 → %3")
                     .arg(linkText(c.link), locale.toString(c.strengthBefore),
                          locale.toString(c.strengthAfter));
    printList(Tr::tr("Links that strengthened:"), items);
    items.clear();
    for (const auto &c : d.weakened)
        items << Tr::tr("%1: strength %2 → %3")
                     .arg(linkText(c.link), locale.toString(c.strengthBefore),
                          locale.toString(c.strengthAfter));
    printList(Tr::tr("Links that weakened:"), items);
    items.clear();
    for (const auto &c : d.linksDisappeared)
        items << Tr::tr("%1, strength %2").arg(linkText(c.link), locale.toString(c.strengthBefore));
    printList(Tr::tr("Links that disappeared:"), items);
}

int runDiff(const QStringList &args)
{
    const QString command = QStringLiteral("diff");
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Tr::tr("Compare FILE as it stood on this date (YYYY-MM-DD)…"),
                                  Tr::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("…with FILE on this date (YYYY-MM-DD; default: today). "
                                       "Both dates are inclusive: a link from or until a date "
                                       "is present on that date."),
                                Tr::tr("DATE"));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"),
        Tr::tr("Compare this snapshot of FILE (name or id) with FILE now; given twice, compare "
               "the first snapshot with the second."),
        Tr::tr("NAME"));
    p.addOption(json);
    p.addOption(from);
    p.addOption(to);
    p.addOption(snapshot);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("A .maillage file (the earlier one)."));
    p.addPositionalArgument(QStringLiteral("LATER"),
                            Tr::tr("A later snapshot of the territory, unless --from is given."),
                            QStringLiteral("[LATER]"));
    int status = Ok;
    if (!parse(p, command, args, 1, &status))
        return status;
    const QStringList files = p.positionalArguments();
    const bool byDate = p.isSet(from) || p.isSet(to);
    if (files.size() > 2)
        return usageError(command, Tr::tr("too many arguments; see “maillage-cli %1 --help”")
                                       .arg(command));
    if (p.isSet(snapshot)) {
        const QStringList names = p.values(snapshot);
        if (byDate || files.size() != 1)
            return usageError(command, Tr::tr("--snapshot takes one file and no --from or --to"));
        if (names.size() > 2)
            return usageError(command, Tr::tr("give --snapshot once or twice"));
        Store store;
        QString error;
        if (!store.open(files.first(), Store::Access::ReadOnly, &error))
            return fail(error);
        QList<workshop::DiffSide> sides;
        for (const QString &name : names) {
            const auto found = workshop::findSnapshot(store, name);
            if (!found)
                return fail(Tr::tr("%1 has no snapshot called “%2” (see “maillage-cli snapshots "
                                   "%1”)")
                                .arg(files.first(), name));
            sides << workshop::DiffSide{workshop::DiffSide::Snapshot, found->id, {}};
        }
        if (sides.size() == 1)
            sides << workshop::DiffSide{};
        const QLocale locale;
        workshop::SnapshotDiff d;
        if (!workshop::diffSides(store, sides[0], sides[1], &d, &error, locale))
            return fail(error);
        if (p.isSet(json)) {
            QJsonObject o = diffJson(d);
            o.insert(QStringLiteral("file"), files.first());
            o.insert(QStringLiteral("before"), names.value(0));
            o.insert(QStringLiteral("after"), names.size() > 1 ? QJsonValue(names.at(1))
                                                               : QJsonValue(QJsonValue::Null));
            printJson(o);
            return Ok;
        }
        out() << files.first() << '\n';
        printDiff(locale, d, d.before, d.after);
        out().flush();
        return Ok;
    }
    if (byDate && files.size() != 1)
        return usageError(command, Tr::tr("give either two files, or one file with --from"));
    if (!byDate && files.size() != 2)
        return usageError(command, Tr::tr("give a second file, or --from DATE to compare two "
                                          "dates of one file"));
    if (byDate && !p.isSet(from))
        return usageError(command, Tr::tr("--to needs --from"));

    auto date = [&](const QCommandLineOption &option, QDate *value) {
        *value = QDate::fromString(p.value(option), Qt::ISODate);
        return value->isValid();
    };
    QDate fromDate, toDate = QDate::currentDate();
    if (byDate) {
        if (!date(from, &fromDate))
            return usageError(command, Tr::tr("“%1” is not a date (expected YYYY-MM-DD)")
                                           .arg(p.value(from)));
        if (p.isSet(to) && !date(to, &toDate))
            return usageError(command, Tr::tr("“%1” is not a date (expected YYYY-MM-DD)")
                                           .arg(p.value(to)));
        if (toDate < fromDate)
            return usageError(command, Tr::tr("--to (%1) is before --from (%2)")
                                           .arg(toDate.toString(Qt::ISODate),
                                                fromDate.toString(Qt::ISODate)));
    }

    QString error;
    workshop::MapData first, second;
    if (!workshop::loadMap(files.first(), &first, &error))
        return fail(error);
    if (!byDate && !workshop::loadMap(files.at(1), &second, &error))
        return fail(error);
    const workshop::SnapshotDiff d = byDate ? workshop::diffDates(first, fromDate, toDate)
                                            : workshop::diffMaps(first, second);

    if (p.isSet(json)) {
        QJsonObject o = diffJson(d);
        if (byDate) {
            o.insert(QStringLiteral("file"), files.first());
            o.insert(QStringLiteral("from"), d.before);
            o.insert(QStringLiteral("to"), d.after);
        } else {
            o.insert(QStringLiteral("before"), d.before);
            o.insert(QStringLiteral("after"), d.after);
        }
        printJson(o);
        return Ok;
    }
    const QLocale locale;
    if (byDate)
        out() << files.first() << '\n';
    printDiff(locale, d,
              byDate ? locale.toString(fromDate, QLocale::ShortFormat) : d.before,
              byDate ? locale.toString(toDate, QLocale::ShortFormat) : d.after);
    out().flush();
    return Ok;
}

const Registration regCompare([] {
    return Command{QStringLiteral("compare"), QStringLiteral("compare REFERENCE FILE... [--json]"),
                   Tr::tr("Compare maps with a reference: matched, missing and extra actors and "
                          "links, precision, recall, F1."),
                   runCompare};
});
const Registration regDiff([] {
    return Command{QStringLiteral("diff"),
                   QStringLiteral("diff FILE LATER [--json] | diff FILE --from DATE [--to DATE] "
                                  "[--json] | diff FILE --snapshot NAME [--snapshot NAME] "
                                  "[--json]"),
                   Tr::tr("What changed between two snapshots or two dates: actors who appeared "
                          "or left, links that appeared, strengthened, weakened or disappeared."),
                   runDiff};
});

} // namespace
} // namespace maillage::cli
