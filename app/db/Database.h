// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace vigie::db {

class Statement;

// One SQLite connection (RAII). Opening checks that the file is a Vigie
// database this build can use, and brings its schema up to date; a file that
// fails any check is left untouched.
class Database {
public:
    enum class OpenMode {
        ReadWrite, // create when missing, migrate
        ReadOnly,  // never writes, never migrates
    };

    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // When PRAGMA quick_check runs (it reads every page: 2.5 s for a 2.5 GB
    // file). By default at open only for a small file (a few ms) or after an
    // unclean shutdown (a -wal or -journal file with content is left beside
    // it: a crash, a power cut, or another process is writing it); a larger
    // file is checked before the first write transaction of the connection
    // instead, so a damaged file is still never modified, and reads meet
    // SQLite's own "malformed" errors on a damaged page.
    enum class IntegrityCheck {
        AfterUncleanShutdown,
        Always, // at open, whatever the size
    };
    // Files up to this size are checked at open whatever their state.
    static constexpr qint64 checkAtOpenBelowBytes = 32 * 1024 * 1024;

    // ":memory:" opens a private in-memory database. A file left incomplete
    // by an interrupted bulk load (LoadMarker) is deleted and created anew in
    // ReadWrite mode, refused in ReadOnly mode.
    static Result<Database> open(const QString &path, OpenMode mode = OpenMode::ReadWrite,
                                 IntegrityCheck check = IntegrityCheck::AfterUncleanShutdown);

    // True when open() created the file (or it held no schema yet).
    bool isNew() const { return m_isNew; }
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    Result<Statement> prepare(const char *sql) const;
    // A prepared statement kept for the life of the connection, reset and
    // unbound, for hot paths (bulk inserts). Null on error (see lastError()).
    Statement *cached(const char *sql) const;
    Status exec(const char *sql) const;
    // PRAGMA quick_check: an error naming the first problems, if any.
    Status checkIntegrity() const;
    // Runs checkIntegrity() once per connection unless open() did
    // (Transaction calls it before BEGIN).
    Status checkBeforeWriting() const;
    // The current PRAGMA journal_mode, lower case ("wal", "memory", ...).
    QString journalMode() const;
    QString lastError() const;
    qint64 lastInsertId() const;
    int userVersion() const;

private:
    Database() = default;
    Status configure(OpenMode mode, bool checkIntegrity);

    void clearCache();

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_isNew = false;
    mutable bool m_checked = false; // quick_check passed on this connection
    // Looked up by the caller's text without building a std::string (a
    // bulk insert asks for its statements a few times per row).
    struct SqlHash {
        using is_transparent = void;
        size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    mutable std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>>
        m_cache;
};

// A prepared statement; parameters are bound by 1-based index.
class Statement {
public:
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);     // null QString binds NULL
    Statement &bindText(int index, const QString &value); // empty binds ''
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob); // null binds NULL
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    Statement &bindNull(int index);

    // Returns true while a row is available; check ok() after the last step.
    bool step();
    // Runs a statement that returns no row. Resets it for reuse.
    Status exec();
    void reset();
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // Raw UTF-8 without a copy, valid until the next step.
    QByteArrayView utf8(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db)
        : m_stmt(stmt)
        , m_db(db)
    {
    }
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    QString m_error;
    // The UTF-8 of each bound text, by parameter, kept until it is bound
    // again: SQLite reads it in place (no copy), and a cached statement
    // reuses the buffers (no allocation per row in a bulk insert).
    std::vector<QByteArray> m_texts;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit()ed.
class Transaction {
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();

private:
    const Database &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace vigie::db
