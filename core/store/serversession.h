#pragma once

#include "core/store/address.h"
#include "core/store/postgres.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QThread;

namespace maillage {

class Store;

/// What the window asks a shared territory's server about its session (docs/
/// shared-territories.md, "In the window"): the member's level, whether the connection is
/// encrypted, the territories of a database; and a watch that tells at once when the server
/// stops answering and when it answers again. The SQL of these questions lives here.
namespace postgres {

/// The level of the store's role (current_user) in its shared territory: the highest of the
/// four groups it belongs to. nullopt with `error` when it belongs to none or cannot be asked.
std::optional<Level> levelOf(const Store &store, QString *error = nullptr);

/// Whether the store's connection to the server is encrypted (TLS), as the server itself
/// says (pg_stat_ssl for this connection's process).
std::optional<bool> connectionEncrypted(const Store &store, QString *error = nullptr);

/// Whether the store's own connection still reaches its server (a trivial query).
bool ping(const Store &store);

/// The shared territories of the database `address` names (its own territory is ignored),
/// by name, sorted.
std::optional<QStringList> territories(const SharedAddress &address, QString *error = nullptr);

/// Parses an address that may name no territory yet (a server and its database, for
/// territories()); nullopt with one line in `error` when it is not an address at all.
std::optional<SharedAddress> serverOf(const QString &text, QString *error = nullptr);

/// The address with its password (when it has one) as a parameter: what Store::open takes to
/// connect again. Never show or keep it: display() is for people.
QString connectionText(const SharedAddress &address);

/// Whether a connection failure's message is the server asking for a password (libpq's
/// "no password supplied", "password authentication failed", in English or French).
bool asksForPassword(const QString &error);

/// The key under which a role's password on a server is kept in the system keyring:
/// user@host:port/database (never the password itself).
QString passwordKey(const SharedAddress &address);

/// Stops the statements of the sessions whose application_name is `applicationName`
/// (pg_cancel_backend; one's own sessions need no privilege): how a long publish or download
/// running on another thread is cancelled. Their transaction then rolls back.
bool cancelSessions(const SharedAddress &address, const QString &applicationName,
                    QString *error = nullptr);

/// Watches whether the server of a shared territory answers, on a connection and a thread of
/// its own (a dead network never blocks the caller's thread): a short query every
/// `heartbeat` ms while it answers; when it stops, tries to connect again after each of
/// `retryDelays` ms (the last one repeats). Emits reachable() when the answer changes.
class ServerWatch : public QObject
{
    Q_OBJECT

public:
    explicit ServerWatch(QObject *parent = nullptr);
    ~ServerWatch() override;

    /// Starts watching `address` (assumed reachable: it was just opened).
    void start(const SharedAddress &address, int heartbeat, const QList<int> &retryDelays);
    void stop();
    /// The caller could not use the server although the watch saw it answer: count it as
    /// down and go on trying.
    void markDown();

signals:
    void reachable(bool up);

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
};

} // namespace postgres
} // namespace maillage
