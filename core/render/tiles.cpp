#include "core/render/tiles.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace maillage::render {

namespace {
/// A failed tile is asked again after this long.
constexpr qint64 kRetrySeconds = 120;
} // namespace

TileStore::TileStore(QObject *parent) : QObject(parent), m_net(new QNetworkAccessManager(this))
{
    // About 64 MB of decoded 256×256 tiles (a 4K screen shows 150 at most).
    m_memory.setMaxCost(240);
    m_net->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

TileStore::~TileStore() = default;

QString TileStore::defaultCacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/Maillage/tiles");
}

namespace {
const QString kContactKey = QStringLiteral("network/contact");
QSettings sharedSettings()
{
    // The window's and the command line's settings alike (as the geocoder's service).
    return QSettings(QStringLiteral("Maillage"), QStringLiteral("Maillage"));
}
} // namespace

QString TileStore::contact()
{
    const QString set = sharedSettings().value(kContactKey).toString().trimmed();
    return set.isEmpty() ? QStringLiteral(MAILLAGE_CONTACT) : set;
}

void TileStore::setContact(const QString &contact)
{
    QSettings settings = sharedSettings();
    if (contact.trimmed().isEmpty())
        settings.remove(kContactKey);
    else
        settings.setValue(kContactKey, contact.trimmed());
}

QByteArray TileStore::userAgent()
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral(MAILLAGE_VERSION);
    const QString contact = TileStore::contact();
    return (contact.isEmpty() ? QStringLiteral("Maillage/%1 (desktop territory mapping)").arg(version)
                              : QStringLiteral("Maillage/%1 (+%2)").arg(version, contact))
        .toUtf8();
}

void TileStore::setUrlTemplate(const QString &urlTemplate)
{
    if (urlTemplate == m_template)
        return;
    m_template = urlTemplate;
    clear();
}

void TileStore::setCacheDirectory(const QString &dir, qint64 maxBytes)
{
    if (dir.isEmpty()) {
        m_net->setCache(nullptr);
        m_disk = nullptr;
        return;
    }
    auto *cache = new QNetworkDiskCache(this);
    cache->setCacheDirectory(dir);
    cache->setMaximumCacheSize(maxBytes);
    m_net->setCache(cache);  // takes it, deletes the previous one
    m_disk = cache;
}

void TileStore::clear()
{
    m_memory.clear();
    m_failed.clear();
    m_queue.clear();
}

QUrl TileStore::tileUrl(int z, int x, int y) const
{
    if (m_template.isEmpty())
        return {};
    QString s = m_template;
    s.replace(QLatin1String("{z}"), QString::number(z))
        .replace(QLatin1String("{x}"), QString::number(x))
        .replace(QLatin1String("{y}"), QString::number(y));
    return QUrl(s);
}

QImage TileStore::lookup(int z, int x, int y)
{
    const int n = 1 << z;
    if (z < 0 || z > 19 || x < 0 || y < 0 || x >= n || y >= n)
        return {};
    const quint64 k = key(z, x, y);
    if (const QImage *img = m_memory.object(k))
        return *img;
    const QUrl url = tileUrl(z, x, y);
    if (m_disk && url.isValid()) {
        // From the disk cache even when stale: offline, the old tile is better than none.
        if (std::unique_ptr<QIODevice> data{m_disk->data(url)}) {
            QImage img;
            if (img.loadFromData(data->readAll())) {
                img = img.convertToFormat(QImage::Format_ARGB32_Premultiplied);
                m_memory.insert(k, new QImage(img));
                return img;
            }
        }
    }
    return {};
}

QImage TileStore::cachedTile(int z, int x, int y)
{
    return lookup(z, x, y);
}

QImage TileStore::tile(int z, int x, int y)
{
    const QImage img = lookup(z, x, y);
    const int n = 1 << std::clamp(z, 0, 19);
    if (!img.isNull() || z < 0 || z > 19 || x < 0 || y < 0 || x >= n || y >= n)
        return img;
    const quint64 k = key(z, x, y);
    if (m_template.isEmpty() || m_inFlight.contains(k))
        return {};
    if (const auto failed = m_failed.constFind(k); failed != m_failed.cend()) {
        if (failed->secsTo(QDateTime::currentDateTimeUtc()) < kRetrySeconds)
            return {};
        m_failed.erase(failed);
    }
    // Most recently wanted first: the view's current tiles before those it has left.
    if (auto it = std::find(m_queue.begin(), m_queue.end(), k); it != m_queue.end())
        m_queue.erase(it);
    m_queue.push_front(k);
    if (m_queue.size() > kMaxQueue)
        m_queue.pop_back();
    QTimer::singleShot(0, this, &TileStore::pump);
    return {};
}

void TileStore::pump()
{
    while (m_inFlight.size() < kMaxInFlight && !m_queue.empty()) {
        const quint64 k = m_queue.front();
        m_queue.pop_front();
        const int z = int(k >> 48), x = int((k >> 24) & 0xffffff), y = int(k & 0xffffff);
        QNetworkRequest request(tileUrl(z, x, y));
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::PreferNetwork);
        request.setTransferTimeout(m_timeoutMs);
        QNetworkReply *reply = m_net->get(request);
        m_inFlight.insert(k);
        connect(reply, &QNetworkReply::finished, this, [this, reply, k] { finished(reply, k); });
    }
}

void TileStore::finished(QNetworkReply *reply, quint64 k)
{
    reply->deleteLater();
    m_inFlight.remove(k);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QImage img;
    QString why;
    if (status >= 400)
        why = tr("the server answered %1").arg(status);
    else if (reply->error() != QNetworkReply::NoError)
        why = reply->errorString();
    else if (!img.loadFromData(reply->readAll()))
        why = tr("the answer is not an image");
    if (why.isEmpty()) {
        m_memory.insert(k, new QImage(img.convertToFormat(QImage::Format_ARGB32_Premultiplied)));
        emit tileArrived();
    } else {
        m_failed.insert(k, QDateTime::currentDateTimeUtc());
        ++m_failureCount;
        m_lastError = tr("Map tile %1 not loaded: %2.").arg(reply->url().toString(), why);
        emit tileFailed(m_lastError);
    }
    pump();
}

bool TileStore::waitForPending(int ms)
{
    if (pending() == 0)
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto check = [&] {
        if (pending() == 0)
            loop.quit();
    };
    connect(this, &TileStore::tileArrived, &loop, check, Qt::QueuedConnection);
    connect(this, &TileStore::tileFailed, &loop, check, Qt::QueuedConnection);
    timeout.start(ms);
    loop.exec();
    return pending() == 0;
}

} // namespace maillage::render
