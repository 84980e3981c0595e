#include "erasure.h"

#include "document/document.h"
#include "domain/labels.h"
#include "namematch.h"
#include "retention.h"
#include "store/repositories.h"
#include "store/store.h"
#include "workshop/snapshots.h"

#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace maillage::privacy {

namespace {

#define K(s) QStringLiteral(s)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::privacy)
};

using RowKey = QPair<QString, qint64>;  // table, id

/// Rewrites every free-text column of the territory, replacing each name by its replacement,
/// in the rows not in `skip`.
QList<TextChange> planTextChanges(const Store &store,
                                  const QList<QPair<QString, QString>> &replacements,
                                  const QSet<RowKey> &skip, QList<Mention> *possible)
{
    // Family names (the last word of each name, three letters or more) looked for in what
    // is left once the full names are replaced.
    QStringList families;
    for (const auto &r : replacements) {
        const QStringList words = r.first.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 2 && words.last().size() >= 3 && !families.contains(words.last()))
            families << words.last();
    }
    QList<TextChange> out;
    QHash<QString, QList<Row>> cache;
    for (const TextColumn &c : textColumns()) {
        if (!cache.contains(c.table))
            cache.insert(c.table, store.rows(c.table));
        for (const Row &r : cache.value(c.table)) {
            const qint64 id = r.value(K("id")).toLongLong();
            if (skip.contains({c.table, id}))
                continue;
            const QString before = r.value(c.column).toString();
            QString after = before;
            int total = 0;
            for (const auto &[name, replacement] : replacements) {
                int n = 0;
                after = replaceName(after, name, replacement, &n);
                total += n;
            }
            if (possible) {
                Mention m{c.table, id, c.column,
                          c.labelColumn.isEmpty() ? QString() : r.value(c.labelColumn).toString(),
                          {}, 0};
                for (const QString &family : families) {
                    for (const NameSpan &s : findName(after, family)) {
                        ++m.occurrences;
                        const QString e = excerpt(after, s);
                        if (!m.excerpts.contains(e))
                            m.excerpts << e;
                    }
                }
                if (m.occurrences > 0)
                    *possible << m;
            }
            if (total == 0)
                continue;
            out << TextChange{c.table, id, c.column,
                              c.labelColumn.isEmpty() ? QString() : r.value(c.labelColumn).toString(),
                              before, after, total};
        }
    }
    return out;
}

QStringList describePossibleMentions(const QList<Mention> &mentions)
{
    QStringList out;
    if (mentions.isEmpty())
        return out;
    out << Tr::tr("Left unchanged, but check them: these may name them by family name only:");
    for (const Mention &m : mentions) {
        const QString where = m.rowLabel.isEmpty()
                                  ? Tr::tr("%1 #%2").arg(tableLabel(m.table)).arg(m.id)
                                  : Tr::tr("%1 “%2”").arg(tableLabel(m.table), m.rowLabel);
        out << Tr::tr("  %1, %2: “%3”")
                   .arg(where, columnLabel(m.column), m.excerpts.join(QStringLiteral(" … ")));
    }
    return out;
}

QStringList describeTextChanges(const QList<TextChange> &changes)
{
    QStringList out;
    for (const TextChange &c : changes) {
        const QString where = c.rowLabel.isEmpty()
                                  ? Tr::tr("%1 #%2").arg(tableLabel(c.table)).arg(c.id)
                                  : Tr::tr("%1 “%2”").arg(tableLabel(c.table), c.rowLabel);
        out << Tr::tr("  %1, %2: the name is replaced (×%3).")
                   .arg(where, columnLabel(c.column))
                   .arg(c.occurrences);
    }
    return out;
}

/// Turns text changes (and extra per-row changes) into one update per row.
QList<RowOp> updateOps(const Document &doc, const QList<TextChange> &changes,
                       const QMap<RowKey, Row> &extra = {})
{
    QMap<RowKey, Row> perRow = extra;
    for (const TextChange &c : changes)
        perRow[{c.table, c.id}].insert(c.column, c.after);
    QList<RowOp> ops;
    for (auto it = perRow.cbegin(); it != perRow.cend(); ++it)
        if (const auto op = doc.updateOp(it.key().first, it.key().second, it.value()))
            ops << *op;
    return ops;
}

/// A pseudonym template such as "Resident %1" as a pattern that recognises its names.
QRegularExpression templatePattern(const QString &pattern)
{
    const qsizetype at = pattern.indexOf(QLatin1String("%1"));
    if (at < 0)
        return QRegularExpression(QRegularExpression::escape(pattern) + K("^$"));
    return QRegularExpression(K("^") + QRegularExpression::escape(pattern.left(at)) +
                              K("(\\d+)") + QRegularExpression::escape(pattern.mid(at + 2)) +
                              K("$"));
}

enum class PseudonymKind { Resident, Elected, Person };

QString pseudonymTemplate(PseudonymKind kind)
{
    switch (kind) {
    case PseudonymKind::Resident: return Tr::tr("Resident %1");
    case PseudonymKind::Elected: return Tr::tr("Elected official %1");
    case PseudonymKind::Person: return Tr::tr("Person %1");
    }
    return QString();
}

} // namespace

QString tableLabel(const QString &table)
{
    if (table == QLatin1String("territory"))
        return Tr::tr("Territory");
    if (table == QLatin1String("actor"))
        return Tr::tr("Actor");
    if (table == QLatin1String("link"))
        return Tr::tr("Link");
    if (table == QLatin1String("meeting"))
        return Tr::tr("Meeting");
    if (table == QLatin1String("problem"))
        return Tr::tr("Problem");
    if (table == QLatin1String("action_item"))
        return Tr::tr("Action");
    if (table == QLatin1String("indicator"))
        return Tr::tr("Indicator");
    if (table == QLatin1String("indicator_value"))
        return Tr::tr("Indicator value");
    if (table == QLatin1String("snapshot"))
        return Tr::tr("Snapshot");
    if (table == QLatin1String("saved_view"))
        return Tr::tr("Saved view");
    return table;
}

QString columnLabel(const QString &column)
{
    if (column == QLatin1String("description"))
        return Tr::tr("description");
    if (column == QLatin1String("notes"))
        return Tr::tr("notes");
    if (column == QLatin1String("decisions"))
        return Tr::tr("decisions");
    if (column == QLatin1String("title"))
        return Tr::tr("title");
    if (column == QLatin1String("name"))
        return Tr::tr("name");
    if (column == QLatin1String("place"))
        return Tr::tr("place");
    if (column == QLatin1String("note"))
        return Tr::tr("note");
    if (column == QLatin1String("organisation"))
        return Tr::tr("organisation");
    if (column == QLatin1String("role"))
        return Tr::tr("role");
    if (column == QLatin1String("consent_method"))
        return Tr::tr("consent method");
    if (column == QLatin1String("settings"))
        return Tr::tr("caption or search");
    return column;
}

QString erasedMarker()
{
    return Tr::tr("[erased]");
}

QStringList ErasurePlan::describe() const
{
    QStringList out;
    const QLocale locale;
    for (const PersonRecord &p : persons) {
        out << Tr::tr("“%1” is erased with all their fields%2.")
                   .arg(p.actor.name,
                        p.category.isEmpty() ? QString() : Tr::tr(" (%1)").arg(p.category));
        for (const PersonLink &l : p.links)
            out << Tr::tr("  Link with “%1” (%2) is deleted.")
                       .arg(l.otherName, l.type.isEmpty() ? Tr::tr("no type") : l.type);
        for (const PersonMeeting &m : p.meetings)
            out << Tr::tr("  Attendance at “%1”%2 is deleted.")
                       .arg(m.title, m.heldOn.isValid()
                                         ? Tr::tr(" (%1)").arg(locale.toString(
                                               m.heldOn, QLocale::ShortFormat))
                                         : QString());
        for (const PersonInvolvement &pr : p.problems)
            for (const QString &role : pr.roles)
                out << Tr::tr("  Role “%1” in problem “%2” is deleted.")
                           .arg(labels::problemRole(role), pr.title);
        for (const PersonInvolvement &a : p.actions)
            for (const QString &role : a.roles)
                out << (role == QLatin1String("lead")
                            ? Tr::tr("  Action “%1” loses its lead.").arg(a.title)
                            : Tr::tr("  Partnership in action “%1” is deleted.").arg(a.title));
        for (const PersonSnapshot &s : p.snapshots)
            out << Tr::tr("  Removed from snapshot “%1”, with their links.").arg(s.name);
    }
    if (!textChanges.isEmpty()) {
        out << Tr::tr("Names replaced by “%1” in notes and descriptions:").arg(erasedMarker());
        out << describeTextChanges(textChanges);
    }
    out << describePossibleMentions(possibleMentions);
    out << Tr::tr("This cannot be undone: the undo history is cleared and the file is "
                  "rewritten so the erased data cannot be recovered from it.");
    return out;
}

QStringList PseudonymPlan::describe() const
{
    QStringList out;
    for (const Pseudonymisation &p : persons)
        out << Tr::tr("“%1” becomes “%2”; their e-mail, phone, address and website are "
                      "blanked.")
                   .arg(p.name, p.pseudonym);
    if (!textChanges.isEmpty()) {
        out << Tr::tr("Names replaced by the pseudonyms in notes and descriptions:");
        out << describeTextChanges(textChanges);
    }
    if (!snapshots.isEmpty())
        out << Tr::tr("Renamed in these snapshots too: %1.")
                   .arg(snapshots.join(QStringLiteral(", ")));
    out << describePossibleMentions(possibleMentions);
    out << Tr::tr("This cannot be undone: the undo history is cleared and the file is "
                  "rewritten so the former names cannot be recovered from it.");
    return out;
}

ErasurePlan planErasure(const Store &store, const QList<qint64> &actorIds)
{
    ErasurePlan plan;
    QSet<RowKey> skip;
    QList<QPair<QString, QString>> replacements;
    QSet<qint64> seen;
    for (qint64 id : actorIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto rec = collectPersonRecord(store, id);
        if (!rec)
            continue;
        skip.insert({K("actor"), id});
        for (const PersonLink &l : rec->links)
            skip.insert({K("link"), l.linkId});
        replacements.append({rec->actor.name, erasedMarker()});
        plan.persons << *rec;
    }
    // Longer names first, so that "Anne Marie Durand" is replaced before "Anne Marie".
    std::stable_sort(replacements.begin(), replacements.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    plan.textChanges = planTextChanges(store, replacements, skip, &plan.possibleMentions);
    return plan;
}

bool erase(Document &doc, const QList<qint64> &actorIds, QString *error, ErasurePlan *done)
{
    const ErasurePlan plan = planErasure(doc.store(), actorIds);
    if (plan.persons.isEmpty()) {
        if (error)
            *error = Tr::tr("There is no such person to erase.");
        return false;
    }
    // Snapshots hold copies of the persons and their links: removed there too.
    QList<workshop::SnapshotPerson> persons;
    for (const PersonRecord &p : plan.persons)
        persons << workshop::SnapshotPerson{p.actor.id, p.actor.name, erasedMarker()};
    QMap<RowKey, Row> snapshots;
    for (const workshop::SnapshotRewrite &r : workshop::eraseFromSnapshots(doc.store(), persons))
        snapshots.insert({K("snapshot"), r.id}, Row{{K("content"), r.content}});
    QList<RowOp> ops = updateOps(doc, plan.textChanges, snapshots);
    QList<qint64> ids;
    for (const PersonRecord &p : plan.persons)
        ids << p.actor.id;
    ops << doc.deleteOps(K("actor"), ids);
    if (!doc.execute(ops, true, error))
        return false;
    if (done)
        *done = plan;
    return purgeFile(doc, error);
}

PseudonymPlan planPseudonymisation(const Store &store, const QList<qint64> &actorIds)
{
    PseudonymPlan plan;
    QHash<qint64, QString> categoryCodes;
    for (const Row &r : store.rows(K("category")))
        categoryCodes.insert(r.value(K("id")).toLongLong(), r.value(K("code")).toString());
    const QList<PseudonymKind> kinds{PseudonymKind::Resident, PseudonymKind::Elected,
                                     PseudonymKind::Person};
    QHash<int, int> highest;
    QList<QRegularExpression> patterns;
    for (PseudonymKind k : kinds)
        patterns << templatePattern(pseudonymTemplate(k));
    const QList<Row> actors = store.rows(K("actor"));
    auto pseudonymNumber = [&](const QString &name, int kind) {
        const auto m = patterns.at(kind).match(name);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    for (const Row &r : actors)
        for (int k = 0; k < kinds.size(); ++k)
            highest[k] = std::max(highest.value(k), pseudonymNumber(r.value(K("name")).toString(), k));

    QList<qint64> ids = actorIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QList<QPair<QString, QString>> replacements;
    for (qint64 id : ids) {
        const auto r = store.row(K("actor"), id);
        if (!r)
            continue;
        const QString name = r->value(K("name")).toString();
        const QString code = categoryCodes.value(r->value(K("category_id")).toLongLong());
        const int kind = code == QLatin1String("citizen")   ? 0
                         : code == QLatin1String("elected") ? 1
                                                            : 2;
        QString pseudonym = name;
        bool already = false;
        for (int k = 0; k < kinds.size(); ++k)
            already = already || pseudonymNumber(name, k) >= 0;
        if (!already) {
            highest[kind] = highest.value(kind) + 1;
            pseudonym = pseudonymTemplate(kinds.at(kind)).arg(highest.value(kind));
            replacements.append({name, pseudonym});
        }
        plan.persons << Pseudonymisation{id, name, pseudonym};
    }
    std::stable_sort(replacements.begin(), replacements.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    plan.textChanges = planTextChanges(store, replacements, {}, &plan.possibleMentions);
    QList<workshop::SnapshotPerson> persons;
    for (const Pseudonymisation &p : plan.persons)
        persons << workshop::SnapshotPerson{p.actorId, p.name, p.pseudonym};
    for (const workshop::SnapshotRewrite &r : workshop::renameInSnapshots(store, persons))
        plan.snapshots << r.name;
    return plan;
}

bool pseudonymize(Document &doc, const QList<qint64> &actorIds, QString *error,
                  PseudonymPlan *done)
{
    const PseudonymPlan plan = planPseudonymisation(doc.store(), actorIds);
    if (plan.persons.isEmpty()) {
        if (error)
            *error = Tr::tr("There is no such person to pseudonymise.");
        return false;
    }
    QMap<RowKey, Row> extra;
    for (const Pseudonymisation &p : plan.persons)
        extra.insert({K("actor"), p.actorId}, Row{{K("name"), p.pseudonym},
                                                  {K("email"), QString()},
                                                  {K("phone"), QString()},
                                                  {K("address"), QString()},
                                                  {K("website"), QString()}});
    // Snapshots hold copies of the persons: renamed there too.
    QList<workshop::SnapshotPerson> persons;
    for (const Pseudonymisation &p : plan.persons)
        persons << workshop::SnapshotPerson{p.actorId, p.name, p.pseudonym};
    for (const workshop::SnapshotRewrite &r : workshop::renameInSnapshots(doc.store(), persons))
        extra.insert({K("snapshot"), r.id}, Row{{K("content"), r.content}});
    QList<RowOp> ops = updateOps(doc, plan.textChanges, extra);
    if (!ops.isEmpty() && !doc.execute(ops, true, error))
        return false;
    if (!purgeFile(doc, error))
        return false;
    if (done)
        *done = plan;
    return true;
}

bool extendRetention(Document &doc, const QList<qint64> &actorIds, int months, QString *error)
{
    if (months <= 0) {
        if (error)
            *error = Tr::tr("The retention can only be extended by a positive number of months.");
        return false;
    }
    QList<RowOp> ops;
    for (qint64 id : actorIds) {
        const auto a = doc.actor(id);
        if (!a)
            continue;
        const QDate from = a->retentionDate.isValid()
                               ? a->retentionDate
                               : defaultRetentionDate(doc.store(), a->lastContact);
        if (const auto op = doc.updateOp(K("actor"), id,
                                         {{K("retention_date"), convert::date(from.addMonths(months))}}))
            ops << *op;
    }
    return doc.apply(Tr::tr("Extend retention (%1 persons)").arg(ops.size()), ops,
                     Document::NoMerge, error);
}

bool purgeFile(Document &doc, QString *error)
{
    // The undo commands hold whole rows: the only copy left of what was just erased.
    doc.undoStack()->clear();
    Store &store = doc.store();
    QString why;
    // Old versions of the pages live on in the write-ahead log until it is folded back and
    // truncated; VACUUM then rebuilds the file so no free page or slack space keeps them
    // (secure_delete zeroes deleted cells, but not every copy SQLite ever made). VACUUM
    // itself writes through the log, hence the second checkpoint.
    bool ok = store.checkpoint(&why);
    if (ok) {
        QSqlQuery q(store.database());
        ok = q.exec(K("VACUUM"));
        if (!ok)
            why = q.lastError().text();
    }
    // Fold the log in even when VACUUM failed (a statement still reading, say): the pages
    // secure_delete cleared then replace the old ones at least.
    QString why2;
    if (!store.checkpoint(&why2) && ok) {
        ok = false;
        why = why2;
    }
    if (!ok && error)
        *error = Tr::tr("The data was removed, but the file could not be rewritten to make it "
                        "unrecoverable: %1")
                     .arg(why);
    return ok;
}

} // namespace maillage::privacy
