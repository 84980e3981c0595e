// Document's typed edits: actors and links created, renamed, moved, placed, their fields
// set, deleted with what goes with them; each one undo step (core/document/document_parts.h).

#include "core/document/document_parts.h"

#include <cmath>
#include <variant>

namespace maillage {

using namespace detail;

namespace {

bool samePosition(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

std::optional<qint64> Document::addActor(const Actor &actor, const QList<qint64> &tagIds,
                                         QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return std::nullopt;
    // A typed command: the actor's values as they are, no row map, one cached statement.
    std::variant<Actor, Link> row = actor;  // with its id when it has one, as insertOp keeps
    QList<qint64> tags;
    for (qint64 tag : tagIds)
        if (!tags.contains(tag))
            tags << tag;
    const QString stamp = nowTimestamp();
    if (!CreateCommand::create(this, row, tags, stamp, error))
        return std::nullopt;
    const qint64 id = std::get<Actor>(row).id;
    m_undo.push(new CreateCommand(this, tr("Add actor “%1”").arg(actor.name), row, tags, stamp));
    m_lastInserted = {id};
    return id;
}

bool Document::setFields(Table table, qint64 id, const QList<QPair<Column, QVariant>> &values,
                         const QString &text, int mergeId, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    QList<Column> columns;
    for (const auto &v : values)
        if (v.first != Column::Id && !columns.contains(v.first))
            columns << v.first;
    if (columns.isEmpty())
        return true;
    const TableInfo *info = schema::table(tableName(table));
    const bool stamped = info && info->columns.contains(QStringLiteral("updated_at"));
    QList<Column> read = columns;
    if (stamped && !read.contains(Column::UpdatedAt))
        read << Column::UpdatedAt;
    QString why;
    const auto current = Projections(m_store).fields(table, id, read, &why);
    if (!current) {
        if (!refusedAsGone(tableName(table), id, error) && error)
            *error = why;
        return false;
    }
    // Only the fields whose value changes (as the generic path compares them), then the time
    // of the edit.
    QList<Column> changed;
    QVariantList before, after;
    for (const auto &v : values) {
        const qsizetype at = read.indexOf(v.first);
        if (at < 0 || v.first == Column::UpdatedAt || changed.contains(v.first))
            continue;
        const QVariant &old = current->at(at);
        const bool same = old.isNull() == v.second.isNull() &&
                          (old.isNull() || old.toString() == v.second.toString());
        if (same)
            continue;
        changed << v.first;
        before << old;
        after << v.second;
    }
    if (changed.isEmpty())
        return true;
    if (stamped) {
        changed << Column::UpdatedAt;
        before << current->at(read.indexOf(Column::UpdatedAt));
        after << nowTimestamp();
    }
    if (!FieldsCommand::write(this, table, id, changed, after, error,
                              {postgres::RowCheck{tableName(table), id}}))
        return false;
    m_undo.push(new FieldsCommand(this, text, table, id, changed, before, after, mergeId));
    return true;
}

bool Document::updateRow(const QString &table, qint64 id, const Row &changes, const QString &text,
                         int mergeId, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    // Fields of a row with an id, all of them columns of its table: the typed command.
    const TableInfo *info = schema::table(table);
    if (info && info->hasId() && tableOf(table) != Table::Other) {
        QList<QPair<Column, QVariant>> values;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.key() == QLatin1String("id"))
                continue;
            const Column c = columnOf(it.key());
            if (c == Column::Other || !info->columns.contains(it.key())) {
                values.clear();
                break;
            }
            values << qMakePair(c, it.value());
        }
        if (!values.isEmpty())
            return setFields(tableOf(table), id, values, text, mergeId, error);
    }
    const auto op = updateOp(table, id, changes);
    if (!op)
        return true;
    return apply(text, {*op}, mergeId, error);
}

bool Document::updateActor(qint64 id, const Row &changes, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    const auto a = actor(id);
    if (!a) {
        if (error)
            *error = tr("This actor no longer exists.");
        return false;
    }
    // The frequent edits go through their typed commands.
    if (changes.size() == 2 && changes.contains(K("x")) && changes.contains(K("y")))
        return moveActors({ActorPosition{id, convert::real(changes.value(K("x"))),
                                         convert::real(changes.value(K("y"))), a->pinned}},
                          tr("Move “%1”").arg(a->name), MergeFieldEdit, error);
    if (changes.size() == 1 && changes.contains(K("name")))
        return renameActor(id, changes.value(K("name")).toString(), error);
    return updateRow(K("actor"), id, changes, tr("Edit “%1”").arg(a->name), MergeFieldEdit,
                     error);
}

bool Document::placeActors(const QList<Place> &places, const QString &text, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    QList<RowOp> ops;
    QString first;
    for (const Place &p : places) {
        const bool clear = std::isnan(p.latitude) || std::isnan(p.longitude);
        if (!clear && (!(p.latitude >= -90 && p.latitude <= 90) ||
                       !(p.longitude >= -180 && p.longitude <= 180))) {
            if (error)
                *error = tr("A place must have a latitude between −90 and 90 and a longitude "
                            "between −180 and 180 degrees, not %1, %2.")
                             .arg(p.latitude)
                             .arg(p.longitude);
            return false;
        }
        const auto a = actor(p.id);
        if (!a) {
            if (error)
                *error = tr("This actor no longer exists.");
            return false;
        }
        if (first.isEmpty())
            first = a->name;
        const Row changes{{K("latitude"), clear ? QVariant() : QVariant(p.latitude)},
                          {K("longitude"), clear ? QVariant() : QVariant(p.longitude)},
                          {K("location_precision"), clear ? QStringLiteral("") : p.precision}};
        if (auto op = updateOp(K("actor"), p.id, changes))
            ops << *op;
    }
    if (ops.isEmpty())
        return true;
    const QString title = !text.isEmpty() ? text
                          : places.size() == 1 ? tr("Place “%1”").arg(first)
                                               : tr("Place %n actor(s)", nullptr, int(places.size()));
    return apply(title, ops, NoMerge, error);
}

bool Document::moveActors(const QList<ActorPosition> &to, const QString &text, int mergeId,
                          QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    QString why;
    QList<qint64> ids;
    for (const ActorPosition &p : to)
        ids << p.id;
    const auto was = Projections(m_store).stampedPositions(ids, &why);
    if (!was) {
        if (error)
            *error = why;
        return false;
    }
    QList<ActorPosition> before, after;
    QList<QString> beforeStamps, afterStamps;
    const QString now = nowTimestamp();
    QSet<qint64> seen;
    for (const ActorPosition &p : to) {
        if (seen.contains(p.id))
            continue;
        seen.insert(p.id);
        const auto it = was->constFind(p.id);
        if (it == was->constEnd()) {
            if (!refusedAsGone(K("actor"), p.id, error) && error)
                *error = tr("This actor no longer exists.");
            return false;
        }
        const ActorPosition &old = it->first;
        if (samePosition(old.x, p.x) && samePosition(old.y, p.y))
            continue;
        before << old;
        beforeStamps << it->second;
        after << ActorPosition{p.id, p.x, p.y, old.pinned};
        afterStamps << now;
    }
    if (after.isEmpty())
        return true;
    QString title = text;
    if (title.isEmpty()) {
        const auto a = after.size() == 1 ? actor(after.first().id) : std::nullopt;
        title = a ? tr("Move “%1”").arg(a->name) : tr("Move %n actors", nullptr, int(after.size()));
    }
    QList<postgres::RowCheck> checks;
    for (const ActorPosition &p : after)
        checks << postgres::RowCheck{K("actor"), p.id};
    if (!PositionsCommand::write(this, after, afterStamps, error, checks))
        return false;
    m_undo.push(new PositionsCommand(this, title, before, beforeStamps, after, afterStamps,
                                     mergeId));
    return true;
}

bool Document::applyPositions(const QHash<qint64, QPointF> &positions, const QString &text,
                              QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    QString why;
    const auto all = Projections(m_store).positions(&why);
    if (!all) {
        if (error)
            *error = why;
        return false;
    }
    QList<ActorPosition> to;
    for (const ActorPosition &a : *all) {
        if (a.pinned && a.hasPosition())
            continue;
        const auto it = positions.constFind(a.id);
        if (it == positions.constEnd())
            continue;
        // Two decimals are far below a pixel and keep the file tidy.
        to << ActorPosition{a.id, std::round(it->x() * 100) / 100, std::round(it->y() * 100) / 100,
                            a.pinned};
    }
    return moveActors(to, text, NoMerge, error);
}

bool Document::renameActor(qint64 id, const QString &name, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    QString why;
    const auto a = Projections(m_store).actor(id, &why);
    if (!a) {
        if (!refusedAsGone(K("actor"), id, error) && error)
            *error = why.isEmpty() ? tr("This actor no longer exists.") : why;
        return false;
    }
    if (a->name == name)
        return true;
    const auto stamp = Projections(m_store).actorUpdatedAt(id, &why);
    if (!stamp) {
        if (error)
            *error = why;
        return false;
    }
    const QString now = nowTimestamp();
    if (!RenameCommand::write(this, id, name, now, error,
                              {postgres::RowCheck{K("actor"), id, {}, false, a->name}}))
        return false;
    m_undo.push(new RenameCommand(this, tr("Edit “%1”").arg(a->name), id, a->name, *stamp, name,
                                  now));
    return true;
}

bool Document::setActorTags(qint64 actorId, const QList<qint64> &tagIds, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    const QList<qint64> current = tagsOfActor(actorId);
    QList<RowOp> ops;
    for (qint64 t : current)
        if (!tagIds.contains(t))
            ops << RowOp{RowOp::Delete, K("actor_tag"), {{K("actor_id"), actorId}, {K("tag_id"), t}}, {}};
    for (qint64 t : tagIds)
        if (!current.contains(t))
            ops << insertOp(K("actor_tag"), {{K("actor_id"), actorId}, {K("tag_id"), t}});
    const auto a = actor(actorId);
    return apply(tr("Change tags of “%1”").arg(a ? a->name : QString()), ops, NoMerge, error);
}

namespace {

/// Plans the deletion of actors and links (the links of the actors included): reads them
/// typed, then the rows of other tables that reference them, as Document::deleteOps() would
/// (deleted, with what they carry, or their reference cleared). nullopt with the reason when
/// one of them does not exist or a read fails.
std::optional<Deletion> planDeletion(const Document &doc, const QList<qint64> &actorIds,
                                     const QList<qint64> &linkIds, QString *error)
{
    const Store &store = doc.store();
    const Projections read(store);
    Deletion d;
    QSet<qint64> actorsSeen, linksSeen;
    QSet<QString> rowsSeen;
    QString why;
    auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    // The rows of other tables that reference row `id` of `parent` (links apart).
    auto dependents = [&](const QString &parent, qint64 id) {
        for (const ForeignKey &fk : schema::referencing(parent)) {
            if (tableOf(fk.table) == Table::Link)
                continue;  // typed, below
            const TableInfo *child = schema::table(fk.table);
            for (const Row &c : store.rows(fk.table, fk.column, id)) {
                QList<RowOp> ops;
                if (fk.onDelete == OnDelete::Cascade) {
                    ops = doc.deleteOps(fk.table,
                                        QList<Row>{child->hasId() ? Row{{K("id"), c.value(K("id"))}} : c});
                } else {
                    Row before, after;
                    for (const QString &kc : child->key)
                        before.insert(kc, c.value(kc));
                    after = before;
                    before.insert(fk.column, id);
                    after.insert(fk.column, QVariant(QMetaType(QMetaType::LongLong)));
                    ops << RowOp{RowOp::Update, fk.table, before, after};
                }
                for (const RowOp &op : std::as_const(ops)) {
                    // A row reached twice (through two of the deleted rows) is planned once.
                    QStringList sig{op.table, QString::number(int(op.kind))};
                    const TableInfo *info = schema::table(op.table);
                    const Row &values = op.kind == RowOp::Update ? op.after : op.before;
                    for (const QString &kc : info->key)
                        sig << values.value(kc).toString();
                    if (op.kind == RowOp::Update)
                        sig << op.after.keys();
                    const QString key = sig.join(QLatin1Char('|'));
                    if (rowsSeen.contains(key))
                        continue;
                    rowsSeen.insert(key);
                    d.dependents << op;
                }
            }
        }
    };
    auto addLink = [&](const Link &l) -> bool {
        if (linksSeen.contains(l.id))
            return true;
        linksSeen.insert(l.id);
        const auto kept = read.fields(Table::Link, l.id, keptColumns(), &why);
        if (!kept)
            return false;
        d.links << l;
        d.linksKept << *kept;
        dependents(K("link"), l.id);
        return true;
    };
    for (qint64 id : linkIds) {
        if (linksSeen.contains(id))
            continue;
        const auto l = read.link(id, &why);
        if (!l)
            return fail(why.isEmpty() ? Document::tr("This link no longer exists.") : why);
        if (!addLink(*l))
            return fail(why);
    }
    for (qint64 id : actorIds) {
        if (actorsSeen.contains(id))
            continue;
        actorsSeen.insert(id);
        const auto a = read.actor(id, &why);
        if (!a)
            return fail(why.isEmpty() ? Document::tr("This actor no longer exists.") : why);
        const auto kept = read.fields(Table::Actor, id, keptColumns(), &why);
        if (!kept)
            return fail(why);
        // Its links, from it and to it.
        for (const ForeignKey &fk : schema::referencing(K("actor"))) {
            if (tableOf(fk.table) != Table::Link)
                continue;
            for (const Row &r : store.rows(fk.table, fk.column, id)) {
                const qint64 linkId = r.value(K("id")).toLongLong();
                if (linksSeen.contains(linkId))
                    continue;
                const auto l = read.link(linkId, &why);
                if (!l || !addLink(*l))
                    return fail(why);
            }
        }
        d.actors << *a;
        d.actorsKept << *kept;
        dependents(K("actor"), id);
    }
    return d;
}

} // namespace

bool Document::removeActors(const QList<qint64> &ids, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    auto deletion = planDeletion(*this, ids, {}, error);
    if (!deletion)
        return false;
    if (deletion->actors.isEmpty())
        return true;
    const QString text = deletion->actors.size() == 1
                             ? tr("Delete actor “%1”").arg(deletion->actors.first().name)
                             : tr("Delete %1 actors").arg(deletion->actors.size());
    if (!DeleteCommand::remove(this, *deletion, error))
        return false;
    m_undo.push(new DeleteCommand(this, text, std::move(*deletion)));
    return true;
}

std::optional<qint64> Document::addLink(const Link &link, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return std::nullopt;
    const auto a = actor(link.sourceId), b = actor(link.targetId);
    if (!a || !b) {
        if (error)
            *error = tr("A link needs two existing actors.");
        return std::nullopt;
    }
    std::variant<Actor, Link> row = link;
    const QString stamp = nowTimestamp();
    if (!CreateCommand::create(this, row, {}, stamp, error))
        return std::nullopt;
    const qint64 id = std::get<Link>(row).id;
    m_undo.push(new CreateCommand(this, tr("Link “%1” and “%2”").arg(a->name, b->name), row, {},
                                  stamp));
    m_lastInserted = {id};
    return id;
}

bool Document::removeLinks(const QList<qint64> &ids, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    auto deletion = planDeletion(*this, {}, ids, error);
    if (!deletion)
        return false;
    if (deletion->links.isEmpty())
        return true;
    const QString text = deletion->links.size() == 1
                             ? tr("Delete link")
                             : tr("Delete %1 links").arg(deletion->links.size());
    if (!DeleteCommand::remove(this, *deletion, error))
        return false;
    m_undo.push(new DeleteCommand(this, text, std::move(*deletion)));
    return true;
}

std::optional<qint64> Document::addRow(const QString &table, const Row &values,
                                       const QString &text, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return std::nullopt;
    if (!apply(text, {insertOp(table, values)}, NoMerge, error))
        return std::nullopt;
    return m_lastInserted.value(0);
}

bool Document::removeRows(const QString &table, const QList<qint64> &ids, const QString &text,
                          QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    return apply(text, deleteOps(table, ids), NoMerge, error);
}

bool Document::updateTerritory(const Row &changes, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    return updateRow(K("territory"), 1, changes, tr("Edit territory"), MergeFieldEdit, error);
}

} // namespace maillage
