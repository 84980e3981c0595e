// Document on a shared territory: the connection to the server, watched, lost and found
// again (docs/shared-territories.md, "In the window"). The following of the others' edits is
// in document.cpp (followOthers, othersChanged).

#include "core/document/document.h"

#include "core/store/postgreswatch.h"
#include "core/store/serversession.h"

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

bool Document::refuseOffline(QString *error)
{
    if (!m_store.isShared())
        return false;
    // The driver already saw the connection die (a read met it): offline now, without
    // waiting for the watch.
    if (m_online && !m_store.isOpen()) {
        QString lost;
        editFailed(&lost);
    }
    if (m_online)
        return false;
    const QString why =
        tr("Not saved: the server of “%1” cannot be reached; the territory is read-only until "
           "the connection is back.")
            .arg(m_store.path());
    m_lastError = why;
    if (error)
        *error = why;
    return true;
}

void Document::editFailed(QString *error)
{
    if (!m_store.isShared() || !m_online)
        return;
    // A refused edit (a rule, a stale row) on a live connection says why as it is; an edit
    // that met a dead connection was not acknowledged: it says "not saved" and the document
    // goes read-only at once, without waiting for the watch's next question.
    if (postgres::ping(m_store))
        return;
    const QString why = tr("Not saved: the connection to “%1” was lost (%2).")
                            .arg(m_store.path(), error ? error->simplified() : QString());
    if (error)
        *error = why;
    m_online = false;
    m_feed.reset();
    if (m_watch)
        m_watch->markDown();
    emit connectionChanged(false);
}

void Document::serverReachable(bool up)
{
    // Not m_store.isOpen(): Qt's PostgreSQL driver says a connection is closed once a query
    // met the dead server; the territory is open until close().
    if (!m_store.isShared())
        return;
    if (!up) {
        if (!m_online)
            return;
        m_online = false;
        m_feed.reset();  // its connection is gone with the server
        emit connectionChanged(false);
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

} // namespace maillage
