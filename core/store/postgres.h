#pragma once

#include "core/store/address.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace maillage {

class Store;

/// Shared territories on a PostgreSQL server (docs/shared-territories.md). Each territory is
/// one schema, `t_NAME`, created from the same schema description as a file
/// (schema::createStatements(), with `id INTEGER PRIMARY KEY` made an identity column), its
/// format version in the schema's comment; `t_NAME_pseudo` holds the pseudonymised views of
/// the viewers without personal data. Access is four group roles per territory, granted on
/// the server: `maillage_NAME_owner`, `_editor`, `_viewer`, `_viewer_np`.
namespace postgres {

/// What a member may do in one shared territory.
enum class Level { Owner, Editor, Viewer, ViewerNoPersonalData };

/// The channel (LISTEN/NOTIFY) on which the server announces every committed row change of
/// the territory: a JSON object {table, op: insert|update|delete, id, columns (an update's
/// changed columns), by: the role, pid: the server process of the connection that wrote, tx}.
QString channel(const SharedAddress &address);

/// The level's name on the command line (owner, editor, viewer, viewer-no-personal-data).
QString levelName(Level level);
std::optional<Level> levelFromName(const QString &name);

/// One member of a territory: a server role and its level.
struct Member
{
    QString role;
    Level level;
};

/// Opens `db` (a QPSQL connection named `connection`) on the server of `address`; libpq's
/// environment fills what the address leaves out. One translated line in `error` on failure.
bool connect(QSqlDatabase &db, const QString &connection, const SharedAddress &address,
             QString *error);

/// The statements that create the current schema in the schema on the search path.
QStringList createStatements();

/// Copies the territory open in `file` to a new shared territory at `address`, in one
/// transaction: schema, rows, identity counters, roles, grants, pseudonymised views. Refuses
/// a territory that exists already. The publisher becomes its first owner.
bool publish(const Store &file, const SharedAddress &address, QString *error);

/// Writes the shared territory open in `shared` as a new territory file at `path` (which
/// must not exist), atomically.
bool download(const Store &shared, const QString &path, QString *error);

/// Rebuilds every table of the shared territory open in `store` (VACUUM FULL, outside any
/// transaction), so that no dead row (an erased person's) stays in the table files. Only the
/// tables' owner (the publisher) or an administrator may; anyone else is told so, in one line.
bool vacuumTerritory(Store &store, QString *error);

/// Members of the shared territory at `address`, sorted by role.
std::optional<QList<Member>> members(const SharedAddress &address, QString *error);
/// Gives `role` the access `level` (creating the login role when it does not exist, with no
/// password: set one with psql's \password). Its previous level, if any, is taken away.
bool addMember(const SharedAddress &address, const QString &role, Level level, QString *error);
/// Takes every access to the territory away from `role` (the role itself stays).
bool removeMember(const SharedAddress &address, const QString &role, QString *error);

} // namespace postgres
} // namespace maillage
