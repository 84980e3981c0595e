#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace maillage {

/// A shared territory's address: a libpq connection URI with one more parameter, the
/// territory, e.g. `postgresql://anne@server/maillage?territory=mirecourt&sslmode=require`.
/// What the URI leaves out (host, port, user, password, database, sslmode…) comes from
/// libpq's environment variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE,
/// PGSSLMODE…) and its password file, as for psql. See docs/shared-territories.md.
struct SharedAddress
{
    Q_DECLARE_TR_FUNCTIONS(maillage::SharedAddress)

public:
    QString user;       ///< empty: libpq's default (PGUSER, then the system user)
    QString password;   ///< empty: PGPASSWORD or the password file
    QString host;       ///< empty: PGHOST or the local socket; a path for a socket folder
    int port = -1;      ///< -1: PGPORT or 5432
    QString database;   ///< empty: PGDATABASE or the user's name
    QString territory;  ///< lower-case letters, digits and _, starting with a letter
    /// Other libpq parameters of the URI (sslmode, sslrootcert, connect_timeout…), by name.
    QMap<QString, QString> options;

    /// The PostgreSQL schema holding the territory's tables: `t_` + territory.
    QString schema() const { return QStringLiteral("t_") + territory; }
    /// The schema of the pseudonymised views (for viewers without personal data).
    QString pseudonymSchema() const { return schema() + QStringLiteral("_pseudo"); }
    /// The group role of one access level (owner, editor, viewer, viewer_np).
    QString groupRole(const QString &level) const
    {
        return QStringLiteral("maillage_") + territory + QLatin1Char('_') + level;
    }
    /// The address as written, without the password (for messages and titles).
    QString display() const;

    /// Whether `text` is written as an address (postgresql:// or postgres://) rather than a
    /// file name. A file can still be named so with a leading ./.
    static bool looksLikeAddress(const QString &text);
    /// Parses `text`; nullopt with one translated line in `error` naming what is wrong.
    static std::optional<SharedAddress> parse(const QString &text, QString *error = nullptr);
    /// The longest territory name (PostgreSQL names are at most 63 bytes, and the longest
    /// role made from it is `maillage_NAME_viewer_np`).
    static constexpr int kMaxTerritoryLength = 40;
};

} // namespace maillage
