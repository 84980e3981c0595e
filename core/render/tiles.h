#pragma once

#include "core/render/territory.h"

#include <QCache>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <deque>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;

namespace maillage::render {

/// Map tiles from a tile server (an URL template with {z}, {x} and {y}), fetched
/// asynchronously by QNetworkAccessManager (the UI thread never waits), kept in a bounded
/// disk cache shared by the GUI and the command line, and in memory. A cached tile is used
/// even when the network is gone; a tile that fails (404, time-out, not an image) is left
/// blank and asked again only after a while. Requests are few at a time (the OpenStreetMap
/// tile usage policy) and the most recently wanted first.
class TileStore : public QObject, public TileSource
{
    Q_OBJECT

public:
    explicit TileStore(QObject *parent = nullptr);
    ~TileStore() override;

    static QString defaultUrlTemplate() { return QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"); }
    /// $XDG_CACHE_HOME/Maillage/tiles (the GUI and maillage-cli share it).
    static QString defaultCacheDirectory();
    static constexpr qint64 kDefaultCacheBytes = 200ll * 1024 * 1024;
    /// "Maillage/VERSION (+CONTACT)": tile servers (and the geocoder) ask to be told who is
    /// calling. The contact is the setting `network/contact` (QSettings "Maillage", shared by
    /// the window and maillage-cli), else the build's MAILLAGE_CONTACT; without either,
    /// "Maillage/VERSION (desktop territory mapping)".
    static QByteArray userAgent();
    /// The contact (an e-mail or a URL) for map servers: the setting, else MAILLAGE_CONTACT.
    static QString contact();
    /// Sets the contact; empty goes back to MAILLAGE_CONTACT.
    static void setContact(const QString &contact);

    /// The server; empty: tiles only from the cache (nothing is fetched).
    void setUrlTemplate(const QString &urlTemplate);
    QString urlTemplate() const { return m_template; }
    /// The disk cache's folder and size limit (the oldest tiles go first past it); an empty
    /// folder keeps tiles in memory only.
    void setCacheDirectory(const QString &dir, qint64 maxBytes = kDefaultCacheBytes);
    /// How long one tile may take before it counts as failed.
    void setTimeout(int ms) { m_timeoutMs = ms; }

    QImage tile(int z, int x, int y) override;
    QImage cachedTile(int z, int x, int y) override;
    /// The URL of a tile ("" when there is no template).
    QUrl tileUrl(int z, int x, int y) const;

    int pending() const { return int(m_inFlight.size() + m_queue.size()); }
    int failures() const { return m_failureCount; }
    QString lastError() const { return m_lastError; }
    /// Runs an event loop until every requested tile has arrived or failed, or `ms` passed
    /// (the command line, which draws once). True when nothing is pending.
    bool waitForPending(int ms);
    /// Forgets the tiles in memory and the failures (after a change of server).
    void clear();

signals:
    /// A tile arrived: the view may repaint.
    void tileArrived();
    /// A tile could not be had (once per tile and while).
    void tileFailed(const QString &message);

private:
    static quint64 key(int z, int x, int y) { return quint64(z) << 48 | quint64(x) << 24 | quint64(y); }
    void pump();
    /// From memory, else from the disk cache (even stale); null when neither has it.
    QImage lookup(int z, int x, int y);
    void finished(QNetworkReply *reply, quint64 k);
    QNetworkAccessManager *m_net;
    QNetworkDiskCache *m_disk = nullptr;
    QString m_template;
    int m_timeoutMs = 15000;
    QCache<quint64, QImage> m_memory;
    QSet<quint64> m_inFlight;
    std::deque<quint64> m_queue;  ///< newest first
    QHash<quint64, QDateTime> m_failed;
    int m_failureCount = 0;
    QString m_lastError;
    static constexpr int kMaxInFlight = 2;
    static constexpr size_t kMaxQueue = 256;
};

} // namespace maillage::render
