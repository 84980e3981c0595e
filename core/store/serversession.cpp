#include "core/store/serversession.h"

#include "core/store/store.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <utility>

namespace maillage::postgres {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::postgres)
};

QString sqlError(const QSqlError &e)
{
    return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).simplified();
}

/// A connection of its own, closed and removed when it goes.
struct OwnConnection
{
    QString name = QStringLiteral("maillage-session-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db;
    ~OwnConnection()
    {
        if (db.isValid())
            db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

/// The address the watch connects to: short timeouts, so that a silent network is seen as
/// down within seconds (unless the address sets them itself).
SharedAddress watchAddress(SharedAddress a)
{
    for (const auto &[key, value] : {std::pair{"connect_timeout", "3"},
                                     std::pair{"tcp_user_timeout", "3000"},
                                     std::pair{"keepalives_idle", "5"},
                                     std::pair{"keepalives_interval", "2"},
                                     std::pair{"keepalives_count", "2"}})
        if (!a.options.contains(QLatin1String(key)))
            a.options.insert(QLatin1String(key), QLatin1String(value));
    a.options.insert(QStringLiteral("application_name"), QStringLiteral("maillage-watch"));
    return a;
}

} // namespace

std::optional<Level> levelOf(const Store &store, QString *error)
{
    const auto address = store.sharedAddress();
    if (!address) {
        if (error)
            *error = Tr::tr("“%1” is not a shared territory.").arg(store.path());
        return std::nullopt;
    }
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT pg_has_role(?, 'MEMBER'), pg_has_role(?, 'MEMBER'), "
                             "pg_has_role(?, 'MEMBER'), pg_has_role(?, 'MEMBER')"));
    for (const char *group : {"owner", "editor", "viewer", "viewer_np"})
        q.addBindValue(address->groupRole(QLatin1String(group)));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = Tr::tr("Cannot read your access to “%1”: %2")
                         .arg(store.path(), sqlError(q.lastError()));
        return std::nullopt;
    }
    for (int i = 0; i < 4; ++i)
        if (q.value(i).toBool())
            return Level(i);
    if (error)
        *error = Tr::tr("You are not a member of “%1”.").arg(store.path());
    return std::nullopt;
}

std::optional<bool> connectionEncrypted(const Store &store, QString *error)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) ||
        !q.next()) {
        if (error)
            *error = Tr::tr("Cannot ask the server of “%1” whether the connection is encrypted: %2")
                         .arg(store.path(), sqlError(q.lastError()));
        return std::nullopt;
    }
    return q.value(0).toBool();
}

bool ping(const Store &store)
{
    QSqlQuery q(store.database());
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

std::optional<QStringList> territories(const SharedAddress &address, QString *error)
{
    OwnConnection c;
    if (!connect(c.db, c.name, address, error))
        return std::nullopt;
    QSqlQuery q(c.db);
    // Territories are the schemas t_NAME carrying the format comment (publish writes it);
    // only those the role may read (tables, or the pseudonymised views) are listed.
    if (!q.exec(QStringLiteral(
            "SELECT substr(n.nspname, 3) FROM pg_namespace n WHERE n.nspname LIKE 't\\_%' "
            "AND obj_description(n.oid, 'pg_namespace') LIKE 'Maillage territory, format %' "
            "AND (has_schema_privilege(n.oid, 'USAGE') OR EXISTS (SELECT 1 FROM pg_namespace p "
            "WHERE p.nspname = n.nspname || '_pseudo' AND has_schema_privilege(p.oid, 'USAGE'))) "
            "ORDER BY 1"))) {
        if (error)
            *error = Tr::tr("Cannot list the territories of “%1”: %2")
                         .arg(address.display().section(QLatin1Char('?'), 0, 0),
                              sqlError(q.lastError()));
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<SharedAddress> serverOf(const QString &text, QString *error)
{
    QString trimmed = text.trimmed();
    // "…?territory=" with the name still to type names no territory yet.
    static const QRegularExpression emptyTerritory(QStringLiteral("([?&])territory=(&|$)"));
    trimmed.replace(emptyTerritory, QStringLiteral("\\1"));
    while (trimmed.endsWith(QLatin1Char('?')) || trimmed.endsWith(QLatin1Char('&')))
        trimmed.chop(1);
    if (const auto a = SharedAddress::parse(trimmed))
        return a;
    // No territory yet: parse it with a stand-in one, which the caller ignores.
    const QUrl url(trimmed);
    if (SharedAddress::looksLikeAddress(trimmed) &&
        !trimmed.contains(QLatin1String("territory="))) {
        const QChar join = trimmed.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
        if (auto a = SharedAddress::parse(trimmed + join + QStringLiteral("territory=x"), error)) {
            a->territory.clear();
            return a;
        }
        return std::nullopt;
    }
    return SharedAddress::parse(trimmed, error);
}

QString connectionText(const SharedAddress &address)
{
    QString text = address.display();
    if (!address.password.isEmpty())
        text += QStringLiteral("&password=") +
                QString::fromUtf8(QUrl::toPercentEncoding(address.password));
    return text;
}

bool asksForPassword(const QString &error)
{
    // libpq's own words (client side: no password to send; server side: a wrong one), in
    // English and in libpq's French catalogue.
    for (const char *words : {"no password supplied", "password authentication failed",
                              "aucun mot de passe", "authentification par mot de passe"})
        if (error.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    return false;
}

QString passwordKey(const SharedAddress &address)
{
    const QString user = address.user.isEmpty() ? QString::fromLocal8Bit(qgetenv("PGUSER"))
                                                 : address.user;
    const QString host = address.host.isEmpty() ? QString::fromLocal8Bit(qgetenv("PGHOST"))
                                                 : address.host;
    const int port = address.port > 0 ? address.port : qEnvironmentVariableIntValue("PGPORT");
    return QStringLiteral("%1@%2:%3/%4")
        .arg(user, host, QString::number(port > 0 ? port : 5432), address.database);
}

bool cancelSessions(const SharedAddress &address, const QString &applicationName, QString *error)
{
    OwnConnection c;
    if (!connect(c.db, c.name, address, error))
        return false;
    QSqlQuery q(c.db);
    q.prepare(QStringLiteral("SELECT pg_cancel_backend(pid) FROM pg_stat_activity "
                             "WHERE application_name = ? AND pid <> pg_backend_pid()"));
    q.addBindValue(applicationName);
    if (!q.exec()) {
        if (error)
            *error = sqlError(q.lastError());
        return false;
    }
    return true;
}

// --- ServerWatch -------------------------------------------------------------------------

namespace {

/// Lives on the watch's thread: its connection, its timer, its state.
class WatchWorker : public QObject
{
public:
    WatchWorker(ServerWatch *watch, SharedAddress address, int heartbeat, QList<int> delays)
        : m_watch(watch), m_address(watchAddress(std::move(address))), m_heartbeat(heartbeat),
          m_delays(delays.isEmpty() ? QList<int>{1000} : std::move(delays))
    {
        m_timer.setParent(this);  // moves to the watch's thread with the worker
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    ~WatchWorker() override { drop(); }

    void begin() { m_timer.start(m_heartbeat); }
    void tick()
    {
        if (m_up) {
            if (!alive()) {
                m_up = false;
                m_attempt = 0;
                drop();
                report(false);
            }
        } else if (alive()) {
            m_up = true;
            report(true);
        } else {
            drop();
            ++m_attempt;
        }
        m_timer.start(m_up ? m_heartbeat
                           : m_delays.at(std::min<qsizetype>(m_attempt, m_delays.size() - 1)));
    }
    void markDown()
    {
        m_up = false;
        drop();
        m_timer.start(m_delays.at(std::min<qsizetype>(m_attempt++, m_delays.size() - 1)));
    }

private:
    bool alive()
    {
        if (!m_db.isValid() || !m_db.isOpen()) {
            drop();
            QString why;
            m_name = QStringLiteral("maillage-watch-") +
                     QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (!postgres::connect(m_db, m_name, m_address, &why))
                return false;
        }
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("SELECT 1")) && q.next();
    }
    void drop()
    {
        if (m_name.isEmpty())
            return;
        if (m_db.isValid())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }
    void report(bool up)
    {
        QPointer<ServerWatch> watch(m_watch);
        QMetaObject::invokeMethod(
            m_watch, [watch, up] { if (watch) emit watch->reachable(up); }, Qt::QueuedConnection);
    }

    ServerWatch *m_watch;
    SharedAddress m_address;
    int m_heartbeat;
    QList<int> m_delays;
    QTimer m_timer;
    QSqlDatabase m_db;
    QString m_name;
    bool m_up = true;
    int m_attempt = 0;
};

} // namespace

ServerWatch::ServerWatch(QObject *parent) : QObject(parent) {}

ServerWatch::~ServerWatch()
{
    stop();
}

void ServerWatch::start(const SharedAddress &address, int heartbeat, const QList<int> &retryDelays)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("maillage-server-watch"));
    auto *worker = new WatchWorker(this, address, heartbeat, retryDelays);
    worker->moveToThread(m_thread);
    m_worker = worker;
    QObject::connect(m_thread, &QThread::started, worker, [worker] { worker->begin(); });
    m_thread->start();
}

void ServerWatch::stop()
{
    if (!m_thread)
        return;
    // The worker closes its connection on its own thread.
    if (QObject *worker = std::exchange(m_worker, nullptr))
        QMetaObject::invokeMethod(worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ServerWatch::markDown()
{
    if (auto *worker = static_cast<WatchWorker *>(m_worker))
        QMetaObject::invokeMethod(worker, [worker] { worker->markDown(); }, Qt::QueuedConnection);
}

} // namespace maillage::postgres
