#pragma once

#include "core/store/address.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace maillage::postgres {

/// Follows the changes anyone commits to a shared territory, as the server announces them
/// (LISTEN on postgres::channel(); the triggers made by publish). Emits one `changed` per row
/// changed, as the server sends it, in commit order. Needs an event loop.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Connects to the server of `address` (a connection of its own) and listens; false with
    /// one line in `error` when it cannot, or when the territory does not exist.
    bool start(const SharedAddress &address, QString *error);
    void stop();

signals:
    /// {table, op, id, by, tx} as the server sent it, plus `self`: whether this feed's own
    /// connection made the change (never, unless it is used to write).
    void changed(const QJsonObject &change);

private:
    QString m_connection;
    QString m_channel;
};

} // namespace maillage::postgres
