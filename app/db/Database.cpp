// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "LoadMarker.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QUrl>

#include <sqlite3.h>

namespace vigie::db {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString sqliteError(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

// The first 16 bytes of every SQLite 3 file.
bool looksLikeSqlite(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the database %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() == 0)
        return true;
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16)) {
        *error = tr("%1 is not a Vigie database (not an SQLite file).").arg(path);
        return false;
    }
    return true;
}

} // namespace

Database::~Database()
{
    clearCache();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_isNew(other.m_isNew)
    , m_checked(other.m_checked)
    , m_cache(std::move(other.m_cache))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        clearCache();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_isNew = other.m_isNew;
        m_checked = other.m_checked;
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Result<Database> Database::open(const QString &path, OpenMode mode, IntegrityCheck check)
{
    using R = Result<Database>;
    Database db;
    db.m_path = path;
    const bool memory = path == QLatin1String(":memory:");
    int flags = SQLITE_OPEN_NOMUTEX;
    bool unclean = false;
    if (!memory) {
        switch (LoadMarker::inspect(path)) {
        case LoadMarker::Leftover::None:
            break;
        case LoadMarker::Leftover::Running:
            return R::failure(
                tr("Another Vigie is loading %1; open it when the load has finished.").arg(path));
        case LoadMarker::Leftover::Stale:
            if (mode == OpenMode::ReadOnly)
                return R::failure(tr("%1 is incomplete: a load into it was interrupted. Open it "
                                     "once in Vigie to create it again.")
                                      .arg(path));
            // It held nothing before the load, and the load never committed.
            if (Status s = LoadMarker::discardIncomplete(path); !s)
                return R::failure(s.error());
            break;
        }
        // A WAL or rollback journal with content: the last writer did not
        // close the file (a read-only connection leaves an empty -wal).
        unclean = QFileInfo(path + QLatin1String("-wal")).size() > 0 ||
                  QFileInfo(path + QLatin1String("-journal")).size() > 0 ||
                  QFileInfo(path).size() < checkAtOpenBelowBytes;
        const QFileInfo info(path);
        if (info.exists()) {
            if (info.isDir())
                return R::failure(tr("%1 is a folder, not a database file.").arg(path));
            QString error;
            if (!looksLikeSqlite(path, &error))
                return R::failure(error);
            if (mode == OpenMode::ReadWrite && !info.isWritable())
                return R::failure(
                    tr("The database %1 is read-only: Vigie needs to write to it.").arg(path));
        } else {
            if (mode == OpenMode::ReadOnly)
                return R::failure(tr("There is no database at %1.").arg(path));
            const QFileInfo dir(info.absolutePath());
            if (!dir.exists())
                return R::failure(tr("Cannot create the database %1: the folder %2 does not exist.")
                                      .arg(path, dir.absoluteFilePath()));
            if (!dir.isWritable())
                return R::failure(
                    tr("Cannot create the database %1: the folder %2 is not writable.")
                        .arg(path, dir.absoluteFilePath()));
        }
    }
    flags |= mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY
                                        : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    QByteArray nativePath = memory ? QByteArray(":memory:") : QFile::encodeName(path);
    // A WAL database needs its -shm file even to be read. In a folder we
    // cannot write, where SQLite cannot create it, read the file as
    // immutable (no locking, no side files) rather than fail.
    if (!memory && mode == OpenMode::ReadOnly &&
        !QFileInfo(QFileInfo(path).absolutePath()).isWritable() &&
        !QFileInfo::exists(path + QLatin1String("-shm"))) {
        nativePath =
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    const int rc = sqlite3_open_v2(nativePath.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return R::failure(tr("Cannot open the database %1: %2").arg(path, sqliteError(db.m_db)));
    if (Status s = db.configure(mode, unclean || check == IntegrityCheck::Always); !s)
        return R::failure(s.error());
    return R(std::move(db));
}

Status Database::checkBeforeWriting() const
{
    if (m_checked)
        return {};
    return checkIntegrity();
}

Status Database::checkIntegrity() const
{
    auto check = prepare("PRAGMA quick_check");
    if (!check)
        return Status::failure(tr("%1 is not a usable database: %2").arg(m_path, check.error()));
    QStringList problems;
    while (check->step())
        if (const QString line = check->text(0); line != QLatin1String("ok"))
            problems.append(line);
    if (!check->ok())
        return Status::failure(tr("%1 is damaged: %2").arg(m_path, check->error()));
    if (!problems.isEmpty())
        return Status::failure(tr("%1 is damaged (integrity check failed): %2")
                                   .arg(m_path, problems.mid(0, 3).join(QStringLiteral("; "))));
    m_checked = true;
    return {};
}

QString Database::journalMode() const
{
    auto mode = prepare("PRAGMA journal_mode");
    return mode && mode->step() ? mode->text(0).toLower() : QString();
}

Status Database::configure(OpenMode mode, bool checkIntegrity)
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);

    // Checks first: nothing below may write before the file is known to be
    // sound and ours. Reading the schema and the header is cheap and catches
    // a file that is not SQLite or not ours; the page-by-page check runs
    // when asked or after an unclean shutdown.
    if (auto schema = prepare("SELECT count(*) FROM sqlite_schema"); !schema || !schema->step())
        return Status::failure(tr("%1 is not a usable database: %2")
                                   .arg(m_path, schema ? schema->error() : schema.error()));
    if (checkIntegrity)
        if (Status s = this->checkIntegrity(); !s)
            return s;
    const int version = userVersion();
    if (version > Schema::currentVersion())
        return Status::failure(
            tr("%1 was written by a newer version of Vigie (schema %2; this version knows up to "
               "%3). Update Vigie to open it.")
                .arg(m_path)
                .arg(version)
                .arg(Schema::currentVersion()));
    if (version == 0 && !Schema::isEmptyOrOurs(*this))
        return Status::failure(
            tr("%1 is an SQLite database but not a Vigie database; it was left untouched.")
                .arg(m_path));
    m_isNew = version == 0;

    if (Status s = exec("PRAGMA foreign_keys = ON"); !s)
        return s;
    if (mode == OpenMode::ReadOnly) {
        if (version < Schema::currentVersion())
            return Status::failure(
                tr("%1 uses an older schema; open it once in Vigie to upgrade it.").arg(m_path));
        return {};
    }
    if (m_path != QLatin1String(":memory:") && journalMode() != QLatin1String("wal")) {
        // Switching to WAL writes the header: check an unchecked file first.
        if (Status s = checkBeforeWriting(); !s)
            return s;
        if (Status s = exec("PRAGMA journal_mode = WAL"); !s)
            return s;
    }
    exec("PRAGMA synchronous = NORMAL");
    return Schema::migrate(*this);
}

Result<Statement> Database::prepare(const char *sql) const
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return Result<Statement>::failure(sqliteError(m_db));
    return Statement(stmt, m_db);
}

Statement *Database::cached(const char *sql) const
{
    auto it = m_cache.find(std::string_view(sql));
    if (it == m_cache.end()) {
        auto stmt = prepare(sql);
        if (!stmt)
            return nullptr;
        it = m_cache.emplace(sql, std::make_unique<Statement>(std::move(stmt).value())).first;
    } else {
        it->second->reset();
    }
    return it->second.get();
}

void Database::clearCache()
{
    m_cache.clear(); // statements must be finalised before the connection closes
}

Status Database::exec(const char *sql) const
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = message ? QString::fromUtf8(message) : sqliteError(m_db);
        sqlite3_free(message);
        return Status::failure(error);
    }
    return {};
}

QString Database::lastError() const
{
    return sqliteError(m_db);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::userVersion() const
{
    auto stmt = prepare("PRAGMA user_version");
    if (stmt && stmt->step())
        return stmt->integer(0);
    return -1;
}

// ---- Statement --------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_error(std::move(other.m_error))
    , m_texts(std::move(other.m_texts))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_error = std::move(other.m_error);
        m_texts = std::move(other.m_texts);
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    return bindText(index, value);
}

Statement &Statement::bindText(int index, const QString &value)
{
    if (value.isEmpty()) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return *this;
    }
    if (index < 1 || index > sqlite3_bind_parameter_count(m_stmt))
        return *this; // SQLite ignores it too (SQLITE_RANGE)
    if (m_texts.size() < size_t(index))
        m_texts.resize(size_t(index));
    QByteArray &utf8 = m_texts[size_t(index - 1)];
    QStringEncoder encoder(QStringEncoder::Utf8);
    utf8.resize(encoder.requiredSpace(value.size()));
    const char *end = encoder.appendToBuffer(utf8.data(), value);
    utf8.truncate(end - utf8.constData());
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteError(m_db);
    return false;
}

Status Statement::exec()
{
    m_error.clear();
    while (step()) {
    }
    const QString error = m_error;
    reset();
    if (!error.isEmpty())
        return Status::failure(error);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.clear();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    if (!data)
        return {};
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

// ---- Transaction ------------------------------------------------------------

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    // A file not checked at open (large, closed cleanly) is checked before
    // its first change: a damaged file is never written to.
    if (Status s = m_db.checkBeforeWriting(); !s) {
        m_error = s.error();
        return;
    }
    if (Status s = m_db.exec("BEGIN IMMEDIATE"); s)
        m_active = true;
    else
        m_error = s.error();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? tr("no transaction") : m_error);
    Status s = m_db.exec("COMMIT");
    if (s)
        m_active = false;
    return s;
}

} // namespace vigie::db
