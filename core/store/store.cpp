#include "core/store/store.h"

#include <QSqlDriver>
#include <sqlite3.h>

#include "core/store/address.h"
#include "core/store/defaults.h"
#include "core/store/postgres.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <cstdio>

namespace maillage {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

// SQLite's primary result codes we tell apart (nativeErrorCode() holds the extended code).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

int primaryCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// Qt binds a null QString as SQL NULL. A null QVariant means NULL; a QVariant holding a null
// QString is an empty text value.
QVariant bindable(const QVariant &v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

/// Integrity rows and driver messages can hold line breaks; an error message is one line.
QString oneLine(const QString &text)
{
    return text.simplified();
}

/// The folder that really holds a file, through symbolic links.
QString folderOf(const QFileInfo &file)
{
    const QString canonical = file.canonicalPath();
    return canonical.isEmpty() ? file.absolutePath() : canonical;
}

QString quoted(const QString &identifier)
{
    // Identifiers come from the schema tables, never from users; quote anyway.
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

} // namespace

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_cached = std::move(other.m_cached);
        m_own = std::move(other.m_own);
        m_query = std::exchange(other.m_query, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (m_query)
        m_query->finish();
    if (m_cached)
        m_cached->lent = false;
    m_cached.reset();
    m_own.reset();
    m_query = nullptr;
}

bool Statement::exec(const QVariantList &values)
{
    if (!isValid())
        return false;
    for (int i = 0; i < values.size(); ++i)
        m_query->bindValue(i, bindable(values.at(i)));
    if (!m_query->exec()) {
        const QSqlError e = m_query->lastError();
        m_error = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        return false;
    }
    return true;
}

QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// The raw side of the statement cache (rawStatement()): finalised when it goes.
struct Store::RawStatements
{
    QHash<QString, sqlite3_stmt *> bySql;
    ~RawStatements()
    {
        for (sqlite3_stmt *s : std::as_const(bySql))
            sqlite3_finalize(s);
    }
};

Store::Store() = default;

Store::~Store()
{
    close();
}

bool Store::looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(100);
    // A database shorter than its 100-byte header is no database: SQLite would take an empty
    // or tiny file for a new database and write into it.
    return head.size() == 100 && head.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic));
}

bool Store::fail(Failure failure, const QString &message, QString *error)
{
    m_failure = failure;
    if (error)
        *error = message;
    close();
    return false;
}

QString Store::describeSqlError(const QSqlError &e) const
{
    const QString text = e.driverText().isEmpty() ? e.text() : e.databaseText();
    return text.isEmpty() ? e.text() : text;
}

bool Store::create(const QString &path, const QString &territoryName, QString *error)
{
    close();
    m_failure = Failure::None;
    if (SharedAddress::looksLikeAddress(path))
        return fail(Failure::Io,
                    tr("Cannot create “%1”: a shared territory is made from a file, with "
                       "“maillage-cli publish FILE ADDRESS”.")
                        .arg(path),
                    error);
    if (QFileInfo::exists(path))
        return fail(Failure::Io, tr("Cannot create “%1”: a file with that name already exists.")
                                     .arg(display(path)),
                    error);
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(Failure::NotFound,
                    tr("Cannot create “%1”: the folder “%2” does not exist.")
                        .arg(display(path), display(info.absolutePath())),
                    error);

    // Build the new file under a temporary name and move it into place only when complete,
    // so an interrupted creation never leaves a half-made territory behind.
    const QString temp = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                         QStringLiteral(".creating-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    if (!QFileInfo(info.absolutePath()).isWritable())
        return fail(Failure::Io,
                    tr("Cannot create “%1”: the folder “%2” cannot be written.")
                        .arg(display(path), display(info.absolutePath())),
                    error);
    QString why;
    bool ok = false;
    bool opened = false;
    {
        const QString conn = QStringLiteral("maillage-create-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(temp);
            ok = opened = db.open();
            QStringList sql{QStringLiteral("PRAGMA foreign_keys = ON"),
                            QStringLiteral("PRAGMA secure_delete = ON"),
                            QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                            QStringLiteral("BEGIN")};
            sql += schema::createStatements();
            ok = ok && execAll(db, sql, &why);
            ok = ok && defaults::populate(db, territoryName, &why);
            // Born with its write-ahead log switched on, so that no open ever has to switch it.
            ok = ok && execAll(db,
                               {QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
                                QStringLiteral("COMMIT"), QStringLiteral("PRAGMA journal_mode = WAL")},
                               &why);
            db.close();
        }
        // Only once the connection's last handle is gone, or Qt warns on stderr.
        QSqlDatabase::removeDatabase(conn);
    }
    if (!ok) {
        for (const char *suffix : {"", "-journal", "-wal"})
            QFile::remove(temp + QLatin1String(suffix));
        // A file that cannot even be made: the folder refuses it (root is told yes by
        // access(2) even where the file system says no).
        if (!opened)
            return fail(Failure::Io,
                        tr("Cannot create “%1”: the folder “%2” cannot be written.")
                            .arg(display(path), display(info.absolutePath())),
                        error);
        return fail(Failure::Io, tr("Cannot create “%1”: %2").arg(display(path), oneLine(why)),
                    error);
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return fail(Failure::Io,
                    tr("Cannot create “%1”: the file could not be written.").arg(display(path)),
                    error);
    }
    return open(path, Access::ReadWrite, error);
}

namespace {

/// What a SQLite file's own 100-byte header says about its size.
struct FileHeader
{
    qint64 pageSize = 0;   ///< 0 when the header holds no valid page size
    qint64 pageCount = 0;  ///< 0 when the header's page count is not to be trusted
};

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) |
           (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

FileHeader readHeader(const QString &path)
{
    FileHeader h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QByteArray b = f.read(100);
    if (b.size() < 100)
        return h;
    // Bytes 16-17: the page size, a power of two from 512 to 32768, or 1 meaning 65536.
    const int raw = (quint8(b[16]) << 8) | quint8(b[17]);
    const qint64 size = raw == 1 ? 65536 : raw;
    if (size < 512 || size > 65536 || (size & (size - 1)) != 0)
        return h;
    h.pageSize = size;
    // Bytes 28-31: the page count, valid only when the change counter (24-27) equals the
    // "version valid for" number (92-95), as SQLite itself decides.
    if (bigEndian32(b, 24) == bigEndian32(b, 92))
        h.pageCount = bigEndian32(b, 28);
    return h;
}

/// A side file that a program writing the territory left when it stopped: a write-ahead
/// log or a rollback journal that still holds something. Empty ones hold nothing to recover.
QString leftoverOf(const QString &path)
{
    for (const char *suffix : {"-wal", "-journal"}) {
        const QFileInfo side(path + QLatin1String(suffix));
        if (side.exists() && side.size() > 0)
            return side.absoluteFilePath();
    }
    return {};
}

} // namespace

bool Store::open(const QString &path, Access access, QString *error, const Options &options)
{
    close();
    m_failure = Failure::None;
    m_backupPath.clear();
    if (SharedAddress::looksLikeAddress(path))
        return openShared(path, access, error);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Failure::NotFound, tr("“%1” does not exist.").arg(display(path)), error);
    if (info.isDir())
        return fail(Failure::NotFound,
                    tr("“%1” is a folder, not a territory file.").arg(display(path)), error);
    if (!info.isReadable())
        return fail(Failure::Io, tr("“%1” cannot be read: permission denied.").arg(display(path)),
                    error);
    if (!looksLikeSqlite(path))
        return fail(Failure::NotSqlite,
                    tr("“%1” is not a Maillage territory file (it is not a SQLite database).")
                        .arg(display(path)),
                    error);

    // A file cut short loses the end of its last page silently: SQLite reads the missing
    // bytes as zeros and the next write makes the loss permanent. The header says how long
    // the file must be; nothing is written to a file shorter than that.
    const FileHeader header = readHeader(path);
    if (header.pageSize == 0)
        return fail(Failure::Damaged,
                    tr("“%1” is damaged: its header is not valid. It was left as it is; open a "
                       "backup copy.")
                        .arg(display(path)),
                    error);
    // (Unless a crash left a log or journal: a checkpoint cut short leaves the file shorter
    // than its new header until the log, which still holds every page, is replayed; a
    // rollback journal restores the file's old size.)
    const qint64 bytes = info.size();
    const bool unfinished = !leftoverOf(info.absoluteFilePath()).isEmpty();
    if (!unfinished &&
        (bytes % header.pageSize != 0 || bytes < header.pageCount * header.pageSize))
        return fail(Failure::Damaged,
                    tr("“%1” is damaged: it was cut short (%L2 bytes where %L3 are expected). "
                       "It was left as it is; open a backup copy.")
                        .arg(display(path))
                        .arg(bytes)
                        .arg(qMax(header.pageCount * header.pageSize,
                                  (bytes / header.pageSize + 1) * header.pageSize)),
                    error);

    // The folder that holds the file itself (through any symbolic link): its log and any
    // backup copy are made there.
    const bool dirWritable = QFileInfo(folderOf(info)).isWritable();
    // A file with no write permission bit is read-only for everyone, root included: the
    // user marked it so on purpose.
    // (WriteUser is left out: Qt derives it from access(2), which always says yes to root.)
    const auto writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    const bool markedReadOnly = !(info.permissions() & writeBits);
    const bool canWrite = !markedReadOnly && info.isWritable() && dirWritable;
    m_path = info.absoluteFilePath();

    // A program that stopped while writing leaves a log or journal beside the file; SQLite
    // completes or undoes that write at the next open, which needs to write. A file that can
    // be written is therefore always opened for writing, even to be read: the connection is
    // then held to reading by `query_only`. One that cannot be written is refused when it
    // has such a leftover (reading it without would show a half-written state).
    const QString leftover = leftoverOf(m_path);
    if (!canWrite && !leftover.isEmpty())
        return fail(Failure::NeedsRecovery,
                    tr("“%1” was left unfinished by a program that stopped while writing it, "
                       "and it cannot be repaired here because it is read-only: copy it with "
                       "“%2” to a folder you can write to and open the copy.")
                        .arg(display(path), QFileInfo(leftover).fileName()),
                    error);

    m_readOnly = !canWrite;
    m_connection = QStringLiteral("maillage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (canWrite) {
        m_db.setDatabaseName(m_path);
    } else {
        // Nobody can write a file that this user cannot (no write bit, or a read-only
        // folder where no log could be made): reading it as immutable needs no lock and no
        // side file, so a territory on a read-only medium opens as it is.
        m_db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                             QStringLiteral("?mode=ro&immutable=1"));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    }
    m_db.setConnectOptions(connectOptions);
    if (!m_db.open())
        return fail(Failure::Io,
                    tr("“%1” cannot be opened: %2")
                        .arg(display(path), oneLine(describeSqlError(m_db.lastError()))),
                    error);

    QSqlQuery q(m_db);
    auto sqlFailure = [&](const QSqlError &e) {
        const int code = primaryCode(e);
        if (code == kSqliteBusy || code == kSqliteLocked)
            return fail(Failure::Locked,
                        tr("“%1” is open in another Maillage window or program. Close it there "
                           "first.")
                            .arg(display(path)),
                        error);
        if (code == kSqliteNotADb)
            return fail(Failure::NotSqlite,
                        tr("“%1” is not a Maillage territory file (it is not a SQLite "
                           "database).")
                            .arg(display(path)),
                        error);
        if (code == kSqliteCorrupt)
            return fail(Failure::Damaged,
                        tr("“%1” is damaged (%2). It was left as it is; open a backup copy.")
                            .arg(display(path), oneLine(describeSqlError(e))),
                        error);
        return fail(Failure::Io,
                    tr("“%1” cannot be read: %2").arg(display(path), oneLine(describeSqlError(e))),
                    error);
    };

    // Exclusive locking must be chosen before the first read: from then on this connection
    // keeps its lock, and with a write-ahead log SQLite needs no shared-memory side file.
    // Every connection that can write takes it, readers too, so that no command ever leaves
    // a side file behind and nobody reads a file that another program is changing.
    if (canWrite && !q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")))
        return sqlFailure(q.lastError());

    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return sqlFailure(q.lastError());
    const int appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlFailure(q.lastError());
    const int version = q.value(0).toInt();
    q.finish();

    if (appId != kApplicationId)
        return fail(Failure::NotMaillage,
                    tr("“%1” is a database but not a Maillage territory file.").arg(display(path)),
                    error);
    if (version > options.targetVersion)
        return fail(Failure::TooNew,
                    tr("“%1” was written by a newer version of Maillage (file format %2; this "
                       "version reads up to %3). Update Maillage to open it.")
                        .arg(display(path))
                        .arg(version)
                        .arg(options.targetVersion),
                    error);
    if (version < 1)
        return fail(Failure::Damaged,
                    tr("“%1” is damaged: it carries no file format version.").arg(display(path)),
                    error);

    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return sqlFailure(q.lastError());
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    q.finish();
    if (problems != QStringList{QStringLiteral("ok")}) {
        const QString first = oneLine(problems.value(0));
        const QString what =
            problems.size() > 1 ? tr("%1, and %Ln other problem(s)", nullptr, int(problems.size() - 1))
                                      .arg(first)
                                : first;
        return fail(Failure::Damaged,
                    tr("“%1” is damaged (%2). It was left as it is; open a backup copy.")
                        .arg(display(path), what),
                    error);
    }

    const bool upgrade = version < options.targetVersion;
    if (upgrade && !canWrite)
        return fail(Failure::ReadOnlyNeedsUpgrade,
                    tr("“%1” was made by an older version of Maillage and must be upgraded, but "
                       "it is read-only. Copy it somewhere writable and open the copy.")
                        .arg(display(path)),
                    error);

    // The write-ahead log is switched on once, when the file is first written; it stays on
    // in the file, so opening and closing switch nothing (each switch is a write that a
    // crash can interrupt).
    if (!configure(canWrite && (access == Access::ReadWrite || upgrade), error))
        return false;

    if (upgrade && !migrate(version, options, error))
        return false;

    if (canWrite && access == Access::ReadOnly) {
        if (!q.exec(QStringLiteral("PRAGMA query_only = ON")))
            return sqlFailure(q.lastError());
        m_readOnly = true;
        m_queryOnly = true;
    }
    return true;
}

bool Store::configure(bool writeAheadLog, QString *error)
{
    QSqlQuery q(m_db);
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!m_readOnly) {
        // FULL makes every commit survive power loss too.
        pragmas << QStringLiteral("PRAGMA synchronous = FULL")
                << QStringLiteral("PRAGMA secure_delete = ON");
    }
    if (writeAheadLog) {
        // WAL keeps every commit durable with one fsync. Asked only when the file is not in
        // that mode yet, since setting it again would still be a write.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
            return fail(Failure::Io,
                        tr("“%1” cannot be opened: %2")
                            .arg(display(m_path), oneLine(describeSqlError(q.lastError()))),
                        error);
        const bool wal = q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        q.finish();
        if (!wal)
            pragmas << QStringLiteral("PRAGMA journal_mode = WAL");
    }
    for (const QString &p : pragmas) {
        if (!q.exec(p)) {
            const int code = primaryCode(q.lastError());
            if (code == kSqliteBusy || code == kSqliteLocked)
                return fail(Failure::Locked,
                            tr("“%1” is open in another Maillage window or program. Close it "
                               "there first.")
                                .arg(display(m_path)),
                            error);
            return fail(Failure::Io,
                        tr("“%1” cannot be opened: %2")
                            .arg(display(m_path), oneLine(describeSqlError(q.lastError()))),
                        error);
        }
    }
    return true;
}

bool Store::migrate(int from, const Options &options, QString *error)
{
    const QFileInfo info(m_path);
    const QString folder = folderOf(info);
    QString backup = folder + QLatin1Char('/') + info.completeBaseName() +
                     QStringLiteral(".v%1-backup.").arg(from) + info.suffix();
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = folder + QLatin1Char('/') + info.completeBaseName() +
                 QStringLiteral(".v%1-backup-%2.").arg(from).arg(n) + info.suffix();
    QString why;
    if (!saveCopy(backup, &why))
        return fail(Failure::Io,
                    tr("“%1” needs upgrading, but its backup copy could not be written: %2")
                        .arg(display(m_path), why),
                    error);
    m_backupPath = backup;

    if (!begin(&why))
        return fail(Failure::Io, why, error);
    for (int v = from; v < options.targetVersion; ++v) {
        auto step = std::find_if(options.migrations.begin(), options.migrations.end(),
                                 [v](const Migration &m) { return m.from == v; });
        bool ok = step != options.migrations.end();
        if (!ok)
            why = tr("no upgrade path from format %1").arg(v);
        ok = ok && step->apply(m_db, &why);
        QSqlQuery q(m_db);
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        if (!ok) {
            rollback();
            return fail(Failure::Io,
                        tr("“%1” could not be upgraded (%2). It was left as it was; a copy is in "
                           "“%3”.")
                            .arg(display(m_path), why, display(backup)),
                        error);
        }
    }
    return commit(error);
}

Statement Store::statement(const QString &sql) const
{
    Statement st;
    auto prepare = [&](QSqlQuery &q) {
        q.setForwardOnly(true);
        ++m_prepared;
        if (!q.prepare(sql)) {
            const QSqlError e = q.lastError();
            st.m_error = describeSqlError(e);
            if (st.m_error.isEmpty())
                st.m_error = tr("the statement cannot be prepared");
            return false;
        }
        return true;
    };
    auto &cached = m_statements[sql];
    if (!cached) {
        auto fresh = std::make_shared<Statement::Cached>();
        fresh->query = QSqlQuery(m_db);
        if (!prepare(fresh->query)) {
            m_statements.remove(sql);
            st.m_own = std::make_unique<QSqlQuery>(std::move(fresh->query));
            st.m_query = st.m_own.get();
            return st;
        }
        cached = fresh;
    } else if (cached->lent) {
        // Nested use of the same SQL: a statement of its own for this use.
        st.m_own = std::make_unique<QSqlQuery>(m_db);
        st.m_query = st.m_own.get();
        prepare(*st.m_own);
        return st;
    }
    cached->lent = true;
    st.m_cached = cached;
    st.m_query = &cached->query;
    return st;
}

sqlite3 *Store::handle() const
{
    if (!m_db.isValid() || !m_db.driver())
        return nullptr;
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

sqlite3_stmt *Store::rawStatement(const QString &sql, QString *error) const
{
    sqlite3 *h = handle();
    if (!h) {
        if (error)
            *error = tr("the database driver is not SQLite");
        return nullptr;
    }
    if (!m_raw)
        m_raw = std::make_unique<RawStatements>();
    sqlite3_stmt *&slot = m_raw->bySql[sql];
    if (!slot) {
        ++m_prepared;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &slot, nullptr) !=
            SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(h));
            sqlite3_finalize(slot);
            m_raw->bySql.remove(sql);
            return nullptr;
        }
    }
    return slot;
}

void Store::close()
{
    // Prepared statements belong to the connection: they go before it closes.
    m_statements.clear();
    m_raw.reset();
    m_prepared = 0;
    if (m_db.isValid()) {
        // Closing the last connection folds the write-ahead log back into the file and
        // deletes it, so a closed territory is one self-contained file; with exclusive
        // locking there never was a shared-memory file.
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_connection.clear();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_queryOnly = false;
    m_shared = false;
    m_sharedVersion = 0;
    m_sharedAddress.reset();
    m_serverProcessId = 0;
}

int Store::schemaVersion() const
{
    if (m_shared)
        return m_sharedVersion;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Store::begin(QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("“%1” is open read-only.").arg(display(m_path));
        return false;
    }
    if (!m_db.transaction()) {
        if (error)
            *error = describeSqlError(m_db.lastError());
        return false;
    }
    return true;
}

bool Store::commit(QString *error)
{
    if (!m_db.commit()) {
        if (error)
            *error = describeSqlError(m_db.lastError());
        m_db.rollback();
        return false;
    }
    return true;
}

void Store::rollback()
{
    m_db.rollback();
}

std::optional<qint64> Store::insertRow(const QString &table, const Row &values, QString *error)
{
    const TableInfo *info = schema::table(table);
    Q_ASSERT(info);
    QStringList cols, marks;
    QVariantList binds;
    for (const QString &c : info->columns) {
        if (!values.contains(c))
            continue;
        cols << quoted(c);
        marks << QStringLiteral("?");
        binds << values.value(c);
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(quoted(table), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    if (info->hasId())
        sql += QStringLiteral(" RETURNING id");
    Statement q = statement(sql);
    if (!q.exec(binds)) {
        if (error)
            *error = q.error();
        return std::nullopt;
    }
    if (info->hasId() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool Store::updateRow(const QString &table, const Row &key, const Row &values, QString *error)
{
    const TableInfo *info = schema::table(table);
    Q_ASSERT(info);
    QStringList sets, where;
    QVariantList binds;
    for (const QString &c : info->columns) {
        if (values.contains(c) && !info->key.contains(c)) {
            sets << quoted(c) + QStringLiteral(" = ?");
            binds << values.value(c);
        }
    }
    if (sets.isEmpty())
        return true;
    for (const QString &k : info->key) {
        where << quoted(k) + QStringLiteral(" = ?");
        binds << key.value(k);
    }
    Statement q = statement(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                .arg(quoted(table), sets.join(QLatin1Char(',')),
                                     where.join(QStringLiteral(" AND "))));
    if (!q.exec(binds)) {
        if (error)
            *error = q.error();
        return false;
    }
    return true;
}

bool Store::deleteRow(const QString &table, const Row &key, QString *error)
{
    const TableInfo *info = schema::table(table);
    Q_ASSERT(info);
    QStringList where;
    QVariantList binds;
    for (const QString &k : info->key) {
        where << quoted(k) + QStringLiteral(" = ?");
        binds << key.value(k);
    }
    Statement q = statement(QStringLiteral("DELETE FROM %1 WHERE %2")
                                .arg(quoted(table), where.join(QStringLiteral(" AND "))));
    if (!q.exec(binds)) {
        if (error)
            *error = q.error();
        return false;
    }
    return true;
}

namespace {
Row recordToRow(const QSqlRecord &rec)
{
    Row r;
    for (int i = 0; i < rec.count(); ++i)
        r.insert(rec.fieldName(i), rec.value(i));
    return r;
}
} // namespace

std::optional<Row> Store::row(const QString &table, qint64 id) const
{
    Statement q = statement(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(quoted(table)));
    if (!q.exec({id}) || !q.next())
        return std::nullopt;
    return recordToRow(q.query().record());
}

QList<Row> Store::rows(const QString &table, const QString &column, const QVariant &value,
                       const QString &orderBy, QString *error) const
{
    QString sql = QStringLiteral("SELECT * FROM %1").arg(quoted(table));
    if (!column.isEmpty())
        sql += QStringLiteral(" WHERE %1 = ?").arg(quoted(column));
    const TableInfo *info = schema::table(table);
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    else if (info)
        sql += QStringLiteral(" ORDER BY ") + info->key.join(QLatin1Char(','));
    Statement q = statement(sql);
    QList<Row> out;
    if (!q.exec(column.isEmpty() ? QVariantList() : QVariantList{value})) {
        if (error)
            *error = q.error();
        return out;
    }
    if (q.next()) {
        // Column names are read once; every row shares them.
        const QSqlRecord names = q.query().record();
        QStringList columns;
        for (int i = 0; i < names.count(); ++i)
            columns << names.fieldName(i);
        do {
            Row r;
            for (int i = 0; i < columns.size(); ++i)
                r.insert(columns.at(i), q.value(i));
            out << r;
        } while (q.next());
    }
    return out;
}

qint64 Store::count(const QString &table) const
{
    Statement q = statement(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table)));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool Store::saveCopy(const QString &path, QString *error) const
{
    if (m_shared)
        return postgres::download(*this, path, error);
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        if (error)
            *error = tr("the folder “%1” does not exist").arg(display(target.absolutePath()));
        return false;
    }
    const QString temp = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                         QStringLiteral(".saving-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QSqlQuery q(m_db);
    // A connection held to reading may still write a copy elsewhere.
    if (m_queryOnly)
        q.exec(QStringLiteral("PRAGMA query_only = OFF"));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    const bool copied = q.exec();
    if (m_queryOnly) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = ON"));
    }
    if (!copied) {
        if (error)
            *error = describeSqlError(q.lastError());
        QFile::remove(temp);
        return false;
    }
    q.finish();
    // The copy inherits the write-ahead-log flag; a closed territory uses a rollback journal.
    {
        const QString conn = QStringLiteral("maillage-copy-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(temp);
            if (db.open()) {
                QSqlQuery j(db);
                j.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
                j.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(conn);
    }
    // rename(2) replaces an existing file atomically: the target is either old or new.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) !=
        0) {
        QFile::remove(temp);
        if (error)
            *error = tr("“%1” cannot be written").arg(display(path));
        return false;
    }
    return true;
}

QString Store::integrityCheck() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out.join(QStringLiteral("; "));
}

bool Store::checkpoint(QString *error)
{
    // A server's log is its own (CHECKPOINT is an administrator's command): nothing to fold.
    if (m_shared)
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        if (error)
            *error = describeSqlError(q.lastError());
        return false;
    }
    return true;
}

} // namespace maillage
