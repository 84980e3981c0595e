// Document on a shared territory (docs/shared-territories.md): the connection to the server,
// watched, lost and found again ("In the window"); the edits others commit, followed
// (followOthers, othersChanged); and the row versions that refuse a stale edit.

#include "core/document/document.h"

#include "core/store/postgreswatch.h"
#include "core/store/serversession.h"

#include <QJsonArray>
#include <QTimer>

namespace maillage {

void Document::setConnectionTiming(int heartbeat, const QList<int> &retryDelays)
{
    m_heartbeat = heartbeat;
    m_retryDelays = retryDelays;
}

void Document::startWatching()
{
    if (!m_store.isShared() || m_watch)
        return;
    m_watch = std::make_unique<postgres::ServerWatch>();
    connect(m_watch.get(), &postgres::ServerWatch::reachable, this, &Document::serverReachable);
    m_watch->start(*m_store.sharedAddress(), m_heartbeat, m_retryDelays);
}

void Document::stopWatching()
{
    m_watch.reset();
    m_online = true;
}

QString Document::offlineMessage() const
{
    return tr("Not saved: the server of “%1” cannot be reached; the territory is read-only until "
              "the connection is back.")
        .arg(m_store.path());
}

bool Document::refuseOffline(QString *error)
{
    if (!m_store.isShared())
        return false;
    // The driver already saw the connection die (a read met it): offline now, without
    // waiting for the watch.
    if (m_online && !m_store.isOpen())
        goOffline();
    if (m_online)
        return false;
    const QString why = offlineMessage();
    m_lastError = why;
    if (error)
        *error = why;
    return true;
}

void Document::goOffline()
{
    if (!m_online)
        return;
    m_online = false;
    m_feed.reset();  // its connection is gone with the server
    if (m_watch)
        m_watch->markDown();
    emit connectionChanged(false);
}

void Document::editFailed(QString *error)
{
    if (!m_store.isShared() || !m_online)
        return;
    // A refused edit (a rule, a stale row) on a live connection says why as it is; an edit
    // that met a dead connection was not acknowledged: it says "not saved" in the same words
    // as every edit refused while offline, and the document goes read-only at once, without
    // waiting for the watch's next question. The driver's words are for the log only.
    if (postgres::ping(m_store))
        return;
    qWarning("maillage: connection to %s lost: %s", qPrintable(m_store.path()),
             qPrintable(error ? error->simplified() : QString()));
    goOffline();
    m_lastError = offlineMessage();
    if (error)
        *error = m_lastError;
}

Document::EditGuard::EditGuard(Document *doc, QString *error)
    : m_doc(doc), m_error(error), m_refused(doc->refuseOffline(error))
{
}

Document::EditGuard::~EditGuard()
{
    // An edit whose own reads met the dead connection (before the watch or an earlier edit
    // noticed) failed with the driver's words: it says what every offline edit says, and the
    // document is offline from now on.
    if (m_refused || !m_doc->m_store.isShared())
        return;
    if (m_doc->m_online && !m_doc->m_store.isOpen())
        m_doc->goOffline();
    if (!m_doc->m_online) {
        m_doc->m_lastError = m_doc->offlineMessage();
        if (m_error)
            *m_error = m_doc->m_lastError;
    }
}

void Document::serverReachable(bool up)
{
    // Not m_store.isOpen(): Qt's PostgreSQL driver says a connection is closed once a query
    // met the dead server; the territory is open until close().
    if (!m_store.isShared())
        return;
    if (!up) {
        goOffline();
        return;
    }
    if (m_online)
        return;
    // The server answers again: open the territory again on a new connection (the old one
    // died with the server), then tell every view to read it again. Edits acknowledged
    // before the fault are on the server; the others were refused and never pushed.
    const SharedAddress address = *m_store.sharedAddress();
    const QString text = postgres::connectionText(address);
    QString why;
    {
        // Try on a connection of its own first: if the server is not ready yet (still
        // starting, refusing), the document keeps its territory and the watch tries again.
        Store trial;
        if (!trial.open(text, m_access, &why)) {
            if (m_watch)
                m_watch->markDown();
            return;
        }
    }
    m_store.close();
    if (!m_store.open(text, m_access, &why)) {
        // Lost again between the two opens: nothing left to show.
        m_lastError = why;
        m_online = true;
        emit aboutToClose();
        stopWatching();
        m_undo.clear();
        emit closed();
        emit failed(why);
        return;
    }
    m_online = true;
    auto feed = std::make_unique<postgres::ChangeFeed>();
    if (feed->start(address, &why)) {
        connect(feed.get(), &postgres::ChangeFeed::changed, this, &Document::othersChanged);
        m_feed = std::move(feed);
    } else {
        m_lastError = why;
    }
    m_reconnecting = true;
    emit opened();
    m_reconnecting = false;
    emit connectionChanged(true);
}

bool Document::refusedAsGone(const QString &table, qint64 id, QString *error)
{
    if (!m_versions.active())
        return false;
    // The row is gone: when someone else deleted it since this client read it, say who (the
    // version check of an edit that writes nothing).
    QString why;
    return !write([](ChangeSet &, QString *) { return true; }, &why,
                  {postgres::RowCheck{table, id}}) &&
           m_stale && (error ? (*error = why, true) : true);
}

void Document::refuseStale(const postgres::Conflict &conflict, QString *error)
{
    m_stale = true;
    const QString message = postgres::RowVersions::message(conflict, m_replay != 0, m_replay == 2);
    m_lastError = message;
    if (error)
        *error = message;
    // The row as it is now is what this client has read from here on, and views show it.
    m_versions.seen(conflict.table, conflict.id, conflict.tx);
    const bool gone = conflict.op == QLatin1String("delete");
    Change c{tableOf(conflict.table), gone ? Change::Removed : Change::Updated, {conflict.id}, {}};
    if (!gone) {
        c.columns.insert(Column::Id);
        for (const QString &col : conflict.columns)
            c.columns.insert(columnOf(col));
    }
    emitChanges({c});
}

bool Document::followOthers(QString *error)
{
    if (!m_store.isShared())
        return true;
    if (m_feed)
        return true;
    auto feed = std::make_unique<postgres::ChangeFeed>();
    if (!feed->start(*m_store.sharedAddress(), error))
        return false;
    connect(feed.get(), &postgres::ChangeFeed::changed, this, &Document::othersChanged);
    m_feed = std::move(feed);
    startWatching();
    return true;
}

void Document::othersChanged(const QJsonObject &change)
{
    // Our own edits come back too: they were told when they were made.
    if (change.value(QLatin1String("pid")).toInteger() == m_store.serverProcessId())
        return;
    const QString op = change.value(QLatin1String("op")).toString();
    const Change::Kind kind = op == QLatin1String("insert")   ? Change::Inserted
                              : op == QLatin1String("delete") ? Change::Removed
                                                              : Change::Updated;
    const Table table = tableOf(change.value(QLatin1String("table")).toString());
    const QString author = change.value(QLatin1String("by")).toString();
    // From now on this client has read that change (views are told of it below).
    m_versions.seen(change.value(QLatin1String("table")).toString(),
                    change.value(QLatin1String("id")).toInteger(),
                    change.value(QLatin1String("tx")).toInteger());
    if (!m_othersPending.isEmpty() && author != m_othersAuthor) {
        const ChangeSet done = std::exchange(m_othersPending, {});
        emitChanges(done);
        emit editedByOthers(m_othersAuthor, done);
    }
    m_othersAuthor = author;
    if (m_othersPending.isEmpty() || m_othersPending.last().table != table ||
        m_othersPending.last().kind != kind)
        m_othersPending << Change{table, kind, {}, {}};
    Change &c = m_othersPending.last();
    c.ids << change.value(QLatin1String("id")).toInteger();
    for (const QJsonValue &column : change.value(QLatin1String("columns")).toArray())
        c.columns.insert(columnOf(column.toString()));
    // Everything the server sent in one go is told at once, on the next turn of the loop.
    if (m_othersPending.size() == 1 && c.ids.size() == 1)
        QTimer::singleShot(0, this, [this] {
            if (m_othersPending.isEmpty())
                return;
            const ChangeSet done = std::exchange(m_othersPending, {});
            emitChanges(done);
            emit editedByOthers(m_othersAuthor, done);
        });
}

} // namespace maillage
