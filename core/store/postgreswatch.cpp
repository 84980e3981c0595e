#include "core/store/postgreswatch.h"

#include "core/store/postgres.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

namespace maillage::postgres {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::postgres)
};
} // namespace

ChangeFeed::ChangeFeed(QObject *parent) : QObject(parent) {}

ChangeFeed::~ChangeFeed()
{
    stop();
}

bool ChangeFeed::start(const SharedAddress &address, QString *error)
{
    stop();
    m_connection = QStringLiteral("maillage-feed-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db;
    if (!postgres::connect(db, m_connection, address, error)) {
        stop();
        return false;
    }
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname IN (?, ?)"));
        q.addBindValue(address.schema());
        q.addBindValue(address.pseudonymSchema());
        if (!q.exec() || !q.next()) {
            if (error)
                *error = Tr::tr("There is no territory “%1” on “%2”.")
                             .arg(address.territory, address.display());
            q.finish();
            db = QSqlDatabase();
            stop();
            return false;
        }
    }
    m_channel = channel(address);
    QSqlDriver *driver = db.driver();
    QObject::connect(driver, &QSqlDriver::notification, this,
                     [this](const QString &name, QSqlDriver::NotificationSource source,
                            const QVariant &payload) {
                         if (name != m_channel)
                             return;
                         QJsonObject change =
                             QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                         change.insert(QStringLiteral("self"),
                                       source == QSqlDriver::SelfSource);
                         emit changed(change);
                     });
    if (!driver->subscribeToNotification(m_channel)) {
        if (error)
            *error = Tr::tr("Cannot follow the changes of “%1”: the server refused to listen.")
                         .arg(address.display());
        db = QSqlDatabase();
        stop();
        return false;
    }
    return true;
}

void ChangeFeed::stop()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid()) {
            if (db.isOpen() && !m_channel.isEmpty())
                db.driver()->unsubscribeFromNotification(m_channel);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_channel.clear();
}

} // namespace maillage::postgres
