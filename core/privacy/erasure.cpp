#include "core/privacy/erasure.h"

#include "core/privacy/suppression.h"

#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/privacy/namematch.h"
#include "core/privacy/retention.h"
#include "core/store/repositories.h"
#include "core/store/store.h"
#include "core/store/storedtables.h"
#include "core/privacy/textscan.h"
#include "core/util/dates.h"
#include "core/workshop/snapshots.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace maillage::privacy {

namespace {

#define K(s) QStringLiteral(s)

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::privacy)
};

using RowKey = QPair<QString, qint64>;      // table, rowid
/// One value of one row: "table/rowid/column".
using CellKey = QString;
CellKey cellKey(const QString &table, qint64 rowid, const QString &column)
{
    return table + QLatin1Char('/') + QString::number(rowid) + QLatin1Char('/') + column;
}

/// The replacements of names in every text value of the territory (see textCells()): the
/// rows in `skipRows` and the values in `skipCells` are left out; `bases` gives, for some
/// values, what to search instead of the stored value (a snapshot's content once the persons'
/// copies are taken out). Values of unique columns (a tag's name) that would become the same
/// as another row's get a number: "[erased] (2)".
QList<TextChange> planTextChanges(const Store &store,
                                  const QList<QPair<QString, QString>> &replacements,
                                  const QSet<RowKey> &skipRows, const QSet<CellKey> &skipCells,
                                  const QMap<CellKey, QString> &bases, QList<Mention> *possible)
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
    // Every value of each unique column, before and after: an update must never meet one,
    // since the rows are rewritten one at a time.
    QMap<QPair<QString, QString>, QSet<QString>> taken;
    QSet<QPair<QString, QString>> unique;
    for (const TextCell &c : textCells(store)) {
        if (c.unique) {
            unique.insert({c.table, c.column});
            taken[{c.table, c.column}].insert(c.value);
        }
        const CellKey key = cellKey(c.table, c.rowid, c.column);
        if (skipRows.contains({c.table, c.rowid}) || skipCells.contains(key))
            continue;
        int total = 0;
        const QString after = replaceNames(bases.value(key, c.value), replacements, &total);
        if (possible) {
            Mention m{c.table, c.rowid, c.column, c.rowLabel, {}, 0};
            for (const QString &piece : textPieces(after)) {
                for (const QString &family : families) {
                    for (const NameSpan &s : findName(piece, family)) {
                        ++m.occurrences;
                        const QString e = excerpt(piece, s);
                        if (!m.excerpts.contains(e))
                            m.excerpts << e;
                    }
                }
            }
            if (m.occurrences > 0)
                *possible << m;
        }
        if (total == 0)
            continue;
        out << TextChange{c.table, c.rowid, c.column, c.rowLabel, c.value, after, total};
    }
    for (TextChange &c : out) {
        if (!unique.contains({c.table, c.column}))
            continue;
        QSet<QString> &values = taken[{c.table, c.column}];
        QString value = c.after;
        for (int n = 2; values.contains(value); ++n)
            value = K("%1 (%2)").arg(c.after).arg(n);
        values.insert(value);
        c.after = value;
    }
    return out;
}

/// Writes `perRow` (row → column → value) by rowid, in the caller's transaction, touching
/// updated_at where the table has one, and adds what changed to `changes`.
bool writeRows(Store &store, const QMap<RowKey, Row> &perRow, ChangeSet &changes,
               QString *error)
{
    QHash<QString, bool> stamped;
    const QString now = nowTimestamp();
    for (auto it = perRow.cbegin(); it != perRow.cend(); ++it) {
        const QString &table = it.key().first;
        if (!stamped.contains(table)) {
            bool has = false;
            for (const StoredColumn &c : storedColumns(store, table))
                has = has || c.name == QLatin1String("updated_at");
            stamped.insert(table, has);
        }
        Row values = it.value();
        if (stamped.value(table) && !values.contains(K("updated_at")))
            values.insert(K("updated_at"), now);
        if (!updateStoredRow(store, table, it.key().second, values, error))
            return false;
        const Table changed = tableOf(table);
        if (!changes.isEmpty() && changes.last().table == changed &&
            changes.last().kind == Change::Updated) {
            changes.last().ids << it.key().second;
        } else {
            changes << Change{changed, Change::Updated, {it.key().second}, {}};
        }
        for (auto c = values.keyBegin(); c != values.keyEnd(); ++c)
            changes.last().columns.insert(columnOf(*c));
    }
    return true;
}

/// The text changes as one update per row.
QMap<RowKey, Row> perRowValues(const QList<TextChange> &changes)
{
    QMap<RowKey, Row> perRow;
    for (const TextChange &c : changes)
        perRow[{c.table, c.id}].insert(c.column, c.after);
    return perRow;
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
    static const QHash<QString, const char *> names{
        {K("territory"), QT_TRANSLATE_NOOP("maillage::privacy", "Territory")},
        {K("actor"), QT_TRANSLATE_NOOP("maillage::privacy", "Actor")},
        {K("link"), QT_TRANSLATE_NOOP("maillage::privacy", "Link")},
        {K("meeting"), QT_TRANSLATE_NOOP("maillage::privacy", "Meeting")},
        {K("problem"), QT_TRANSLATE_NOOP("maillage::privacy", "Problem")},
        {K("action_item"), QT_TRANSLATE_NOOP("maillage::privacy", "Action")},
        {K("indicator"), QT_TRANSLATE_NOOP("maillage::privacy", "Indicator")},
        {K("indicator_value"), QT_TRANSLATE_NOOP("maillage::privacy", "Indicator value")},
        {K("snapshot"), QT_TRANSLATE_NOOP("maillage::privacy", "Snapshot")},
        {K("saved_view"), QT_TRANSLATE_NOOP("maillage::privacy", "Saved view")},
        {K("tag"), QT_TRANSLATE_NOOP("maillage::privacy", "Tag")},
        {K("category"), QT_TRANSLATE_NOOP("maillage::privacy", "Category")},
        {K("link_type"), QT_TRANSLATE_NOOP("maillage::privacy", "Link type")},
        {K("theme"), QT_TRANSLATE_NOOP("maillage::privacy", "Theme")},
        {K("exercise"), QT_TRANSLATE_NOOP("maillage::privacy", "Exercise")},
        {K("interview"), QT_TRANSLATE_NOOP("maillage::privacy", "Interview")},
        {K("problem_actor"), QT_TRANSLATE_NOOP("maillage::privacy", "Role in a problem")},
    };
    const char *name = names.value(table);
    return name ? Tr::tr(name) : table;
}

QString columnLabel(const QString &column)
{
    static const QHash<QString, const char *> names{
        {K("description"), QT_TRANSLATE_NOOP("maillage::privacy", "description")},
        {K("notes"), QT_TRANSLATE_NOOP("maillage::privacy", "notes")},
        {K("decisions"), QT_TRANSLATE_NOOP("maillage::privacy", "decisions")},
        {K("title"), QT_TRANSLATE_NOOP("maillage::privacy", "title")},
        {K("name"), QT_TRANSLATE_NOOP("maillage::privacy", "name")},
        {K("place"), QT_TRANSLATE_NOOP("maillage::privacy", "place")},
        {K("note"), QT_TRANSLATE_NOOP("maillage::privacy", "note")},
        {K("organisation"), QT_TRANSLATE_NOOP("maillage::privacy", "organisation")},
        {K("role"), QT_TRANSLATE_NOOP("maillage::privacy", "role")},
        {K("consent_method"), QT_TRANSLATE_NOOP("maillage::privacy", "consent method")},
        {K("settings"), QT_TRANSLATE_NOOP("maillage::privacy", "settings")},
        {K("author"), QT_TRANSLATE_NOOP("maillage::privacy", "author")},
        {K("brief"), QT_TRANSLATE_NOOP("maillage::privacy", "brief")},
        {K("question"), QT_TRANSLATE_NOOP("maillage::privacy", "question")},
        {K("goal"), QT_TRANSLATE_NOOP("maillage::privacy", "goal")},
        {K("content"), QT_TRANSLATE_NOOP("maillage::privacy", "content")},
        {K("code"), QT_TRANSLATE_NOOP("maillage::privacy", "code")},
        {K("sector"), QT_TRANSLATE_NOOP("maillage::privacy", "sector")},
        {K("commune"), QT_TRANSLATE_NOOP("maillage::privacy", "commune")},
        {K("email"), QT_TRANSLATE_NOOP("maillage::privacy", "e-mail")},
        {K("phone"), QT_TRANSLATE_NOOP("maillage::privacy", "phone")},
        {K("address"), QT_TRANSLATE_NOOP("maillage::privacy", "address")},
        {K("website"), QT_TRANSLATE_NOOP("maillage::privacy", "website")},
        {K("unit"), QT_TRANSLATE_NOOP("maillage::privacy", "unit")},
        {K("import_source"), QT_TRANSLATE_NOOP("maillage::privacy", "imported from")},
        {K("import_key"), QT_TRANSLATE_NOOP("maillage::privacy", "identifier in the imported file")},
    };
    const char *name = names.value(column);
    return name ? Tr::tr(name) : column;
}

QString erasedMarker()
{
    return Tr::tr("[erased]");
}

QStringList ErasurePlan::describe() const
{
    QStringList out;
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
                                         ? Tr::tr(" (%1)").arg(dates::text(m.heldOn))
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
        out << Tr::tr("Names replaced by “%1” wherever they are written:").arg(erasedMarker());
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
    for (const Pseudonymisation &p : persons) {
        out << Tr::tr("“%1” becomes “%2”; their e-mail, phone, address and website are "
                      "blanked.")
                   .arg(p.name, p.pseudonym);
        if (!p.personalFields.isEmpty())
            out << Tr::tr("  Their values of fields marked as personal data are blanked: %1.")
                       .arg(p.personalFields.join(QStringLiteral(", ")));
    }
    if (!textChanges.isEmpty()) {
        out << Tr::tr("Names replaced by the pseudonyms wherever they are written:");
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
    // Left out of the search: the persons' own rows and their links, which are deleted.
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
    // Snapshots hold copies of the persons and their links: these are taken out first, then
    // the names are replaced in what is left (another actor's description, the caption).
    QList<workshop::SnapshotPerson> persons;
    for (const PersonRecord &p : plan.persons)
        persons << workshop::SnapshotPerson{p.actor.id, p.actor.name, erasedMarker()};
    QMap<CellKey, QString> bases;
    for (const workshop::SnapshotRewrite &r : workshop::eraseFromSnapshots(store, persons)) {
        plan.snapshotContents.insert(r.id, r.content);
        bases.insert(cellKey(K("snapshot"), r.id, K("content")), r.content);
    }
    plan.textChanges =
        planTextChanges(store, replacements, skip, {}, bases, &plan.possibleMentions);
    return plan;
}

bool eraseUnpurged(Document &doc, const QList<qint64> &actorIds, QString *error,
                   ErasurePlan *done)
{
    const ErasurePlan plan = planErasure(doc.store(), actorIds);
    if (plan.persons.isEmpty()) {
        if (error)
            *error = Tr::tr("There is no such person to erase.");
        return false;
    }
    QMap<RowKey, Row> extra;
    for (auto it = plan.snapshotContents.cbegin(); it != plan.snapshotContents.cend(); ++it)
        extra.insert({K("snapshot"), it.key()}, Row{{K("content"), it.value()}});
    // A text change of a snapshot's content started from the rewritten content: it wins.
    QMap<RowKey, Row> perRow = perRowValues(plan.textChanges);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        if (!perRow.value(it.key()).contains(K("content")))
            perRow[it.key()].insert(K("content"), it.value().value(K("content")));
    perRow[{K("territory"), 1}].insert(K("purge_pending"), 1);
    QList<qint64> ids;
    for (const PersonRecord &p : plan.persons)
        ids << p.actor.id;
    // The deletion, the rewrites and the mark that the purge is still to be done, in one
    // transaction: a crash leaves either nothing done or all of it, marked.
    QList<RowOp> ops = doc.deleteOps(K("actor"), ids);
    Store &store = doc.store();
    // What keeps them from coming back with the next import of the same file: keyed digests
    // of their name, e-mail and identity in that file (see suppression.h).
    const ErasedImports erased(store);
    QByteArray salt = erased.salt();
    if (salt.isEmpty())
        salt = Suppression::newSalt();
    QList<QByteArray> digests;
    for (const PersonRecord &p : plan.persons) {
        const auto [source, key] = erased.importIdentity(p.actor.id);
        digests << Suppression::digestsOf(salt, p.actor.name, p.actor.email, source, key);
    }
    if (!doc.execute(ops, true, error, [&](ChangeSet &changes, QString *why) {
            return writeRows(store, perRow, changes, why) &&
                   ErasedImports::remember(store, salt, digests, why).has_value();
        }))
        return false;
    if (done)
        *done = plan;
    return true;
}

bool erase(Document &doc, const QList<qint64> &actorIds, QString *error, ErasurePlan *done)
{
    if (!eraseUnpurged(doc, actorIds, error, done))
        return false;
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
    // The persons' own name and contact fields are set, not searched (see pseudonymize()).
    QSet<CellKey> skipCells;
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
        for (const char *column : {"name", "email", "phone", "address", "website"})
            skipCells.insert(cellKey(K("actor"), id, QString::fromLatin1(column)));
        Pseudonymisation person{id, name, pseudonym, {}, {}};
        const QHash<qint64, QString> values = FieldRepository(store).valuesOf(K("actor"), id);
        for (const CustomField &f : FieldRepository(store).list(K("actor")))
            if (f.personal && values.contains(f.id)) {
                person.personalFieldIds << f.id;
                person.personalFields << f.name;
            }
        plan.persons << person;
    }
    std::stable_sort(replacements.begin(), replacements.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    // Snapshots hold copies of the persons: renamed there, then the names replaced in the
    // rest of their content.
    QList<workshop::SnapshotPerson> persons;
    for (const Pseudonymisation &p : plan.persons)
        persons << workshop::SnapshotPerson{p.actorId, p.name, p.pseudonym};
    QMap<CellKey, QString> bases;
    for (const workshop::SnapshotRewrite &r : workshop::renameInSnapshots(store, persons)) {
        plan.snapshots << r.name;
        plan.snapshotContents.insert(r.id, r.content);
        bases.insert(cellKey(K("snapshot"), r.id, K("content")), r.content);
    }
    plan.textChanges =
        planTextChanges(store, replacements, {}, skipCells, bases, &plan.possibleMentions);
    return plan;
}

bool pseudonymizeUnpurged(Document &doc, const QList<qint64> &actorIds, QString *error,
                          PseudonymPlan *done)
{
    const PseudonymPlan plan = planPseudonymisation(doc.store(), actorIds);
    if (plan.persons.isEmpty()) {
        if (error)
            *error = Tr::tr("There is no such person to pseudonymise.");
        return false;
    }
    // A text change of a snapshot's content started from the renamed content: it wins.
    QMap<RowKey, Row> perRow = perRowValues(plan.textChanges);
    for (auto it = plan.snapshotContents.cbegin(); it != plan.snapshotContents.cend(); ++it)
        if (!perRow.value({K("snapshot"), it.key()}).contains(K("content")))
            perRow[{K("snapshot"), it.key()}].insert(K("content"), it.value());
    for (const Pseudonymisation &p : plan.persons) {
        Row &r = perRow[{K("actor"), p.actorId}];
        r.insert(K("name"), p.pseudonym);
        for (const char *column : {"email", "phone", "address", "website"})
            r.insert(QString::fromLatin1(column), QString());
        // The person's own place goes too; a commune's centre (approximate) says no more
        // than the commune.
        if (const auto a = doc.actor(p.actorId);
            a && a->hasLocation() && a->locationPrecision != QLatin1String("commune")) {
            r.insert(K("latitude"), QVariant(QMetaType::fromType<double>()));
            r.insert(K("longitude"), QVariant(QMetaType::fromType<double>()));
            r.insert(K("location_precision"), QString());
        }
    }
    perRow[{K("territory"), 1}].insert(K("purge_pending"), 1);
    QList<RowOp> none;
    Store &store = doc.store();
    if (!doc.execute(none, true, error, [&](ChangeSet &changes, QString *why) {
            if (!writeRows(store, perRow, changes, why))
                return false;
            // Their values of fields marked personal data are blanked (removed).
            for (const Pseudonymisation &p : plan.persons)
                for (qint64 field : p.personalFieldIds) {
                    if (!store.deleteRow(K("actor_field_value"),
                                         {{K("actor_id"), p.actorId}, {K("field_id"), field}},
                                         why))
                        return false;
                    changes << Change{Table::ActorFieldValue, Change::Removed, {p.actorId}, {}};
                }
            return true;
        }))
        return false;
    if (done)
        *done = plan;
    return true;
}

bool pseudonymize(Document &doc, const QList<qint64> &actorIds, QString *error,
                  PseudonymPlan *done)
{
    if (!pseudonymizeUnpurged(doc, actorIds, error, done))
        return false;
    return purgeFile(doc, error);
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

bool purgePending(const Store &store)
{
    const auto territory = store.row(K("territory"), 1);
    return territory && territory->value(K("purge_pending")).toInt() != 0;
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
        ok = store.vacuum(&why);
    }
    // Fold the log in even when VACUUM failed (a statement still reading, say): the pages
    // secure_delete cleared then replace the old ones at least.
    QString why2;
    if (!store.checkpoint(&why2) && ok) {
        ok = false;
        why = why2;
    }
    // Done: the mark the erasure left goes (only now, so that a purge cut short is done
    // again at the next open), and the log that wrote it is emptied too.
    if (ok && purgePending(store) && store.isShared()) {
        // Through the document, so that the territory's row version is this client's own.
        ok = doc.write([&](ChangeSet &, QString *w) {
            return updateStoredRow(store, K("territory"), 1, {{K("purge_pending"), 0}}, w);
        }, &why);
    } else if (ok && purgePending(store)) {
        ok = store.begin(&why);
        if (ok && !updateStoredRow(store, K("territory"), 1, {{K("purge_pending"), 0}}, &why)) {
            store.rollback();
            ok = false;
        }
        ok = ok && store.commit(&why) && store.checkpoint(&why);
    }
    if (!ok && error)
        *error = store.isShared()
                     ? Tr::tr("The data was removed, but the server's tables could not be rebuilt "
                              "to make it unrecoverable: %1").arg(why)
                     : Tr::tr("The data was removed, but the file could not be rewritten to make it "
                              "unrecoverable: %1").arg(why);
    return ok;
}

bool finishPendingPurge(Document &doc, bool *finished, QString *error)
{
    if (finished)
        *finished = false;
    if (!doc.isOpen() || doc.isReadOnly() || !purgePending(doc.store()))
        return true;
    if (!purgeFile(doc, error))
        return false;
    if (finished)
        *finished = true;
    return true;
}

} // namespace maillage::privacy
