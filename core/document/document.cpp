#include "core/document/document.h"
#include "core/document/document_parts.h"

#include "core/privacy/erasure.h"
#include "core/store/postgreswatch.h"
#include "core/store/serversession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>
#include <QSet>

#include <cmath>
#include <variant>

namespace maillage {

using namespace detail;

Document::Document(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<maillage::ChangeSet>();
}

Document::~Document()
{
    close();
}

bool Document::create(const QString &path, const QString &territoryName, QString *error)
{
    close();
    if (!m_store.create(path, territoryName, error))
        return false;
    emit opened();
    return true;
}

bool Document::open(const QString &path, Store::Access access, QString *error,
                    const Store::Options &options)
{
    close();
    m_finishedPendingPurge = false;
    m_access = access;
    if (!m_store.open(path, access, error, options))
        return false;
    // An erasure or a pseudonymisation killed between its commit and its purge left the
    // removed data in the file's free pages and log: finish it before anything else. When the
    // purge fails again (a full disk) the file still opens, and the next open retries.
    if (!m_store.isReadOnly()) {
        QString why;
        if (!privacy::finishPendingPurge(*this, &m_finishedPendingPurge, &why))
            m_lastError = why;
    }
    // A shared territory: what this client has read starts with the server's snapshot now.
    QString why;
    if (!m_versions.start(m_store, &why)) {
        m_store.close();
        if (error)
            *error = why;
        return false;
    }
    emit opened();
    return true;
}

void Document::close()
{
    // A shared territory whose connection died is still open (see document_shared.cpp).
    if (!m_store.isOpen() && !m_store.isShared())
        return;
    emit aboutToClose();
    stopWatching();
    m_feed.reset();
    m_versions.stop();
    m_othersPending.clear();
    m_undo.clear();
    m_store.close();
    emit closed();
}

bool Document::saveAs(const QString &path, QString *error)
{
    if (!m_store.saveCopy(path, error))
        return false;
    // Commands hold ids, not connections, so the history stays valid in the copy.
    QString why;
    const QString old = m_store.path();
    emit aboutToClose();
    m_store.close();
    if (!m_store.open(path, Store::Access::ReadWrite, &why)) {
        m_store.open(old, Store::Access::ReadWrite);
        if (error)
            *error = why;
        emit opened();
        return false;
    }
    emit opened();
    return true;
}

Territory Document::territory() const
{
    return TerritoryRepository(const_cast<Store &>(m_store)).get();
}

std::optional<Actor> Document::actor(qint64 id) const
{
    return Projections(m_store).actor(id);
}

std::optional<Link> Document::link(qint64 id) const
{
    return Projections(m_store).link(id);
}

namespace {
template <class T> QList<T> ordered(const Store &store, const QString &orderBy)
{
    QList<T> out;
    for (const Row &r : store.rows(RowTraits<T>::table(), QString(), QVariant(), orderBy))
        out << RowTraits<T>::fromRow(r);
    return out;
}
} // namespace

QList<Category> Document::categories() const
{
    return ordered<Category>(m_store, K("position, id"));
}
QList<LinkType> Document::linkTypes() const
{
    return ordered<LinkType>(m_store, K("position, id"));
}
QList<Tag> Document::tags() const
{
    return ordered<Tag>(m_store, K("name"));
}
QList<Theme> Document::themes() const
{
    return ordered<Theme>(m_store, K("position, id"));
}
QList<qint64> Document::tagsOfActor(qint64 actorId) const
{
    return Relations(const_cast<Store &>(m_store)).tagsOfActor(actorId);
}

QList<CustomField> Document::customFields(const QString &subject) const
{
    return FieldRepository(m_store).list(subject);
}

std::optional<CustomField> Document::customField(qint64 id) const
{
    return FieldRepository(m_store).get(id);
}

QHash<qint64, QString> Document::fieldValues(const QString &subject, qint64 ownerId) const
{
    return FieldRepository(m_store).valuesOf(subject, ownerId);
}

RowOp Document::insertOp(const QString &table, Row values) const
{
    const TableInfo *info = schema::table(table);
    Q_ASSERT(info);
    if (info->columns.contains(K("created_at"))) {
        const QString now = nowTimestamp();
        values.insert(K("created_at"), now);
        values.insert(K("updated_at"), now);
    }
    if (info->hasId() && values.value(K("id")).toLongLong() == 0)
        values.remove(K("id"));
    return {RowOp::Insert, table, {}, values};
}

std::optional<RowOp> Document::updateOp(const QString &table, qint64 id, const Row &changes) const
{
    const auto current = m_store.row(table, id);
    if (!current)
        return std::nullopt;
    Row before{{K("id"), id}}, after{{K("id"), id}};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QVariant old = current->value(it.key());
        const bool same = old.isNull() == it.value().isNull() &&
                          (old.isNull() || old.toString() == it.value().toString());
        if (same || it.key() == QLatin1String("id"))
            continue;
        before.insert(it.key(), old);
        after.insert(it.key(), it.value());
    }
    if (after.size() == 1)
        return std::nullopt;
    if (current->contains(K("updated_at"))) {
        before.insert(K("updated_at"), current->value(K("updated_at")));
        after.insert(K("updated_at"), nowTimestamp());
    }
    return RowOp{RowOp::Update, table, before, after};
}

QList<RowOp> Document::deleteOps(const QString &table, const QList<qint64> &ids) const
{
    QList<Row> keys;
    for (qint64 id : ids)
        keys << Row{{K("id"), id}};
    return deleteOps(table, keys);
}

QList<RowOp> Document::deleteOps(const QString &table, const QList<Row> &keys) const
{
    QList<RowOp> ops;
    QSet<QString> seen;
    std::function<void(const QString &, const Row &)> collect = [&](const QString &t,
                                                                    const Row &k) {
        const TableInfo *info = schema::table(t);
        QStringList sig{t};
        for (const QString &c : info->key)
            sig << k.value(c).toString();
        if (seen.contains(sig.join(QLatin1Char('|'))))
            return;
        seen.insert(sig.join(QLatin1Char('|')));
        Row full = k;
        if (info->hasId()) {
            const auto r = m_store.row(t, k.value(K("id")).toLongLong());
            if (!r)
                return;
            full = *r;
            const qint64 id = k.value(K("id")).toLongLong();
            for (const ForeignKey &fk : schema::referencing(t)) {
                const TableInfo *child = schema::table(fk.table);
                for (const Row &c : m_store.rows(fk.table, fk.column, id)) {
                    Row ck;
                    for (const QString &kc : child->key)
                        ck.insert(kc, c.value(kc));
                    if (fk.onDelete == OnDelete::Cascade) {
                        // A join row with values beyond its key (a tower's height) is kept
                        // whole, so that undo restores it as it was.
                        collect(fk.table, child->hasId() ? ck : c);
                    } else {
                        Row before = ck, after = ck;
                        before.insert(fk.column, id);
                        after.insert(fk.column, QVariant(QMetaType(QMetaType::LongLong)));
                        ops << RowOp{RowOp::Update, fk.table, before, after};
                    }
                }
            }
        } else {
            // Join rows carry nothing but their key.
        }
        ops << RowOp{RowOp::Delete, t, full, {}};
    };
    for (const Row &key : keys)
        collect(table, key);
    return ops;
}

bool Document::execute(QList<RowOp> &ops, bool forward, QString *error)
{
    return execute(ops, forward, error, {});
}

bool Document::execute(QList<RowOp> &ops, bool forward, QString *error, const InTransaction &more)
{
    return execute(ops, forward, error, more, {});
}

bool Document::execute(QList<RowOp> &ops, bool forward, QString *error, const InTransaction &more,
                       const QList<postgres::RowCheck> &checks)
{
    m_stale = false;
    if (refuseOffline(error))
        return false;
    QString why;
    if (!m_store.begin(&why)) {
        editFailed(&why);
        if (error)
            *error = why;
        return false;
    }
    if (m_versions.active()) {
        bool ok = true;
        const auto conflict = m_versions.check(
            m_store, checks + checksOf(ops, forward, m_replay != 0), m_replay != 0, &ok, &why);
        if (conflict || !ok) {
            m_store.rollback();
            if (conflict) {
                refuseStale(*conflict, error);
            } else {
                m_lastError = why;
                if (error)
                    *error = why;
            }
            return false;
        }
    }
    m_lastInserted.clear();
    ChangeSet changes;
    bool ok = runRowOps(m_store, ops, forward, changes, &why, &m_lastInserted);
    if (ok && more)
        ok = more(changes, &why);
    if (ok)
        ok = m_versions.noteTransaction(m_store, &why);
    if (!ok || !m_store.commit(&why)) {
        m_store.rollback();
        m_versions.rolledBack();
        editFailed(&why);
        m_lastError = why;
        if (error)
            *error = why;
        return false;
    }
    m_versions.committed();
    emitChanges(changes);
    return true;
}

void Document::emitChanges(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    emit changed(changes);
    for (const Change &c : changes) {
        if (c.table == Table::Actor) {
            if (c.kind == Change::Inserted)
                emit actorsInserted(c.ids);
            else if (c.kind == Change::Updated)
                emit actorsUpdated(c.ids);
            else
                emit actorsRemoved(c.ids);
        } else if (c.table == Table::Link) {
            if (c.kind == Change::Inserted)
                emit linksInserted(c.ids);
            else if (c.kind == Change::Updated)
                emit linksUpdated(c.ids);
            else
                emit linksRemoved(c.ids);
        }
    }
}

bool Document::runBulk(QList<RowOp> &ops, QList<BulkInsert> &inserts, bool forward,
                       QString *error, const BulkProgress &progress, bool *cancelled,
                       qint64 *stepTransaction, ChangeSet *untold)
{
    if (cancelled)
        *cancelled = false;
    m_stale = false;
    if (refuseOffline(error))
        return false;
    ChangeSet changes;
    BulkWriter writer(m_store, progress);
    // On a shared territory the step's rows are checked first, as every edit's are: a new
    // import's updates against what this client read; an undo's or redo's rows against what
    // the step left there (its inserted rows by id range), so that no one else's change since
    // is undone, even partly.
    std::optional<postgres::Conflict> conflict;
    if (m_versions.active()) {
        const bool replay = m_replay != 0;
        const qint64 stepTx = stepTransaction ? *stepTransaction : 0;
        writer.setSharedChecks(
            [&, replay, stepTx](QString *why) {
                bool ok = true;
                conflict = m_versions.check(m_store, checksOf(ops, forward, replay), replay, &ok, why);
                if (ok && replay && (!conflict || conflict->name.isEmpty())) {
                    // A named row is said rather than a row that went with it (a deleted
                    // actor's links and values).
                    const auto inserted =
                        m_versions.checkInserted(m_store, inserts, stepTx, !forward, &ok, why);
                    if (inserted && (!conflict || !inserted->name.isEmpty()))
                        conflict = inserted;
                }
                return ok && !conflict;
            },
            [this](QString *why) { return m_versions.noteTransaction(m_store, why); });
    }
    if (!writer.run(ops, inserts, forward, changes, error)) {
        m_versions.rolledBack();
        if (cancelled)
            *cancelled = writer.cancelled();
        if (conflict) {
            refuseStale(*conflict, error);
            return false;
        }
        if (!writer.cancelled())
            editFailed(error);
        if (error)
            m_lastError = *error;
        return false;
    }
    m_versions.committed();
    if (stepTransaction && forward)
        *stepTransaction = m_versions.lastOwn();
    if (untold)
        *untold = changes;
    else
        emitChanges(changes);
    return true;
}

bool Document::applyBulk(const QString &text, QList<RowOp> ops, QList<BulkInsert> inserts,
                         QString *error, const BulkProgress &progress, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    qsizetype rows = ops.size();
    for (const BulkInsert &b : inserts)
        rows += b.size();
    if (rows == 0)
        return true;
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    // The command is pushed before the changes are told, as apply() does: views that follow
    // them see the undo stack as it will stay.
    qint64 stepTx = 0;
    ChangeSet changes;
    if (!runBulk(ops, inserts, true, error, progress, cancelled, &stepTx, &changes))
        return false;
    m_undo.push(new BulkCommand(this, text, std::move(ops), std::move(inserts), stepTx));
    emitChanges(changes);
    return true;
}

bool Document::apply(const QString &text, QList<RowOp> ops, int mergeId, QString *error)
{
    const EditGuard guard(this, error);
    if (guard.refused())
        return false;
    if (ops.isEmpty())
        return true;
    if (!execute(ops, true, error))
        return false;
    m_undo.push(new RowOpsCommand(this, text, std::move(ops), mergeId));
    return true;
}

bool Document::write(const InTransaction &write, QString *error,
                     const QList<postgres::RowCheck> &checks)
{
    QList<RowOp> none;
    return execute(none, true, error, write, checks);
}
} // namespace maillage
