#pragma once

#include "core/store/address.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace maillage {

/// How Store::open() upgrades and waits; tests pass their own migrations.
struct StoreOptions
{
    QList<Migration> migrations = schema::migrations();
    int targetVersion = kSchemaVersion;
    int busyTimeoutMs = 250;
};

/// One row of one table, keyed by column name. The generic unit the undo commands store.
using Row = QVariantMap;

/// One prepared statement lent by Store::statement(): bind, exec(), read, and on destruction
/// it is reset (finish()) and goes back to the store's cache. A statement asked for while
/// the cached one is still lent out (a read nested in a read of the same SQL) is prepared
/// afresh for that use.
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&) noexcept = default;
    Statement &operator=(Statement &&) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    /// False when the SQL could not be prepared (error() says why).
    bool isValid() const { return m_query != nullptr && m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlQuery &query() { return *m_query; }
    /// Binds `values` in order (a null QVariant binds NULL), then runs the statement;
    /// false with error() set when it fails.
    bool exec(const QVariantList &values = {});
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    bool isNull(int column) const { return m_query->isNull(column); }

private:
    friend class Store;
    struct Cached
    {
        QSqlQuery query;
        bool lent = false;
    };
    std::shared_ptr<Cached> m_cached;       ///< when lent from the cache
    std::unique_ptr<QSqlQuery> m_own;       ///< when prepared for this use only
    QSqlQuery *m_query = nullptr;
    QString m_error;
    void release();
};

/// The SQLite file of one territory.
///
/// While a Store is open it holds an exclusive lock on the file (SQLite's EXCLUSIVE locking
/// mode with a write-ahead log, which the file keeps on): another process cannot read or
/// write it until it is closed, and it is told so clearly. On close the log is folded back
/// and deleted, so a closed territory is one self-contained file that can be copied or
/// e-mailed. A file that can be written is always opened for writing, even to be read, so
/// that what a crash left unfinished is completed or undone by any open; a file that cannot
/// be written is read as immutable, or refused in one line when a crash left it unfinished.
/// Nothing is ever written to a file that failed validation (header, size, integrity): a bad
/// file is left byte-for-byte as it was.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(maillage::Store)

public:
    enum class Access { ReadWrite, ReadOnly };

    /// Why an open failed; the message says it in words (translated) and names the file.
    enum class Failure {
        None,
        NotFound,
        NotSqlite,
        NotMaillage,
        Damaged,
        TooNew,
        Locked,
        ReadOnlyNeedsUpgrade,
        NeedsRecovery,  ///< a crash left a log or journal, and the file cannot be written
        Io,
    };

    using Options = StoreOptions;

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Creates a new territory file at `path` (which must not exist) with the default
    /// categories, link types and themes, named in the current application language.
    bool create(const QString &path, const QString &territoryName, QString *error = nullptr);
    /// Opens a territory file, or a shared territory when `path` is an address
    /// (postgresql://…?territory=NAME; core/store/postgres.cpp).
    bool open(const QString &path, Access access, QString *error = nullptr,
              const Options &options = Options());
    void close();

    bool isOpen() const { return m_db.isValid() && m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    /// Why a territory opened for writing, whose role may write, opened read-only (one
    /// translated line: a shared territory published by an older version); empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Whether the territory is a shared one on a PostgreSQL server (opened from an address,
    /// core/store/address.h) rather than a file.
    bool isShared() const { return m_shared; }
    /// The shared territory's address as it was given (password included), when shared.
    std::optional<SharedAddress> sharedAddress() const { return m_sharedAddress; }
    /// The server process of this connection (PostgreSQL's pg_backend_pid()), 0 for a file:
    /// what the server's change announcements name as their writer.
    qint64 serverProcessId() const { return m_serverProcessId; }
    QString path() const { return m_path; }
    Failure lastFailure() const { return m_failure; }
    /// Where the copy made before the last migration went (empty when nothing was migrated).
    QString migrationBackupPath() const { return m_backupPath; }
    int schemaVersion() const;
    QSqlDatabase database() const { return m_db; }

    // Transactions. Every user edit runs inside one.
    bool begin(QString *error = nullptr);
    bool commit(QString *error = nullptr);
    void rollback();

    // Generic row access, used by the repositories and the undo commands.
    std::optional<qint64> insertRow(const QString &table, const Row &values,
                                    QString *error = nullptr);
    bool updateRow(const QString &table, const Row &key, const Row &values,
                   QString *error = nullptr);
    bool deleteRow(const QString &table, const Row &key, QString *error = nullptr);
    std::optional<Row> row(const QString &table, qint64 id) const;
    /// Every row of `table` (where `column` = `value`), ordered by `orderBy` or the key. On a
    /// read error the list is empty and `error` says why.
    QList<Row> rows(const QString &table, const QString &column = QString(),
                    const QVariant &value = QVariant(), const QString &orderBy = QString(),
                    QString *error = nullptr) const;
    qint64 count(const QString &table) const;

    // Whole-table reads and writes by name (names are the schema's, checked against it;
    // implemented in core/store/queries.cpp). A read error is nullopt with `error` set.
    /// Ids of the rows of `table` (where `column` = `value`), ascending.
    std::optional<QList<qint64>> ids(const QString &table, const QString &column = QString(),
                                     const QVariant &value = QVariant(),
                                     QString *error = nullptr) const;
    /// How many rows of `table` have `column` = `value`.
    std::optional<qint64> countWhere(const QString &table, const QString &column,
                                     const QVariant &value, QString *error = nullptr) const;
    /// The distinct values of the reference column `column` of `table`; NULL is left out,
    /// or counted as 0 with `nullAsZero`.
    std::optional<QSet<qint64>> distinctRefs(const QString &table, const QString &column,
                                             QString *error = nullptr,
                                             bool nullAsZero = false) const;
    /// The largest id of `table` (0 when empty); on a server, or the last one its counter
    /// gave, when larger (the ids an import may choose start after it).
    std::optional<qint64> maxId(const QString &table, QString *error = nullptr) const;
    /// Every (first, second) pair of the two integer columns of `table`, ordered by both.
    std::optional<QList<QPair<qint64, qint64>>> pairs(const QString &table, const QString &first,
                                                      const QString &second,
                                                      QString *error = nullptr) const;
    /// Deletes every row of `table` (inside the caller's transaction, or on its own).
    bool clearTable(const QString &table, QString *error = nullptr);
    /// Deletes every row of `table` whose id is not in `keep`.
    bool deleteAllBut(const QString &table, const QList<qint64> &keep, QString *error = nullptr);
    /// Rebuilds the file (VACUUM), outside any transaction.
    bool vacuum(QString *error = nullptr);

    /// The prepared statement for `sql` from this connection's cache: prepared the first
    /// time, reused (reset and rebound) afterwards, dropped when the store closes. Every
    /// statement the store runs often goes through here.
    Statement statement(const QString &sql) const;
    /// The raw SQLite statement for `sql`, from the same cache's raw side (for the bulk
    /// writer's inner loops, where Qt's binding costs more than SQLite's insert): prepared
    /// once, reset by the caller after each use, finalised at close. nullptr with `error`.
    sqlite3_stmt *rawStatement(const QString &sql, QString *error) const;
    /// The SQLite connection under Qt's driver (nullptr when the driver is not SQLite).
    sqlite3 *handle() const;
    /// How many statements the cache holds (for tests).
    int cachedStatementCount() const { return int(m_statements.size()); }
    /// How many times a statement was prepared (cache misses and nested uses), since open.
    qint64 preparedCount() const { return m_prepared; }

    /// Writes a consistent copy of the open file to `path`, atomically (temporary file then
    /// rename), as a self-contained file in rollback-journal mode.
    bool saveCopy(const QString &path, QString *error = nullptr) const;

    /// `PRAGMA integrity_check`: "ok" or the problems found.
    QString integrityCheck() const;

    /// Folds the write-ahead log into the file and empties it (used before erasure checks).
    bool checkpoint(QString *error = nullptr);

    /// Reads the first bytes of `path` and says whether it is a SQLite database at all.
    static bool looksLikeSqlite(const QString &path);

private:
    bool fail(Failure failure, const QString &message, QString *error);
    bool configure(bool writeAheadLog, QString *error);
    bool openShared(const QString &address, Access access, QString *error);  // postgres.cpp
    bool migrate(int from, const Options &options, QString *error);
    QString describeSqlError(const class QSqlError &e) const;

    QSqlDatabase m_db;
    mutable QHash<QString, std::shared_ptr<Statement::Cached>> m_statements;
    struct RawStatements;
    mutable std::unique_ptr<RawStatements> m_raw;
    mutable qint64 m_prepared = 0;
    QString m_connection;
    QString m_path;
    QString m_backupPath;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_queryOnly = false;  ///< can write, but opened to read: held to it by query_only
    bool m_shared = false;     ///< on a PostgreSQL server
    int m_sharedVersion = 0;   ///< the shared territory's format (its schema's comment)
    std::optional<SharedAddress> m_sharedAddress;
    qint64 m_serverProcessId = 0;
    Failure m_failure = Failure::None;
};

/// Current UTC time as stored in created_at / updated_at.
QString nowTimestamp();

} // namespace maillage
