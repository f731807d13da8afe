// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace vigie::cli {

// Exit codes of every command: 0 done, 1 failed (message on stderr),
// 2 wrong usage.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What the commands share: QCommandLineParser with --help, --db and
// --empty, the usage line "vigie COMMAND ...", messages prefixed with the
// command's name, and opening the database for reading or writing.
class CommandLine {
public:
    CommandLine(QString command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }

    // Parses args (args[0] the program, args[1] the command). Returns an exit
    // code when the command must stop here: --help printed (0) or a usage
    // error reported on err (2).
    std::optional<int> parse(const QStringList &args, QTextStream &out, QTextStream &err);

    QString databasePath() const;

    // Opens the database to read: a missing file is created (with the
    // bundled dataset unless --empty), a file or folder this user cannot
    // write is opened read-only instead of failing.
    Result<db::Database> openForReading() const;
    // Opens the database to change it; a read-only one is an error.
    Result<db::Database> openForWriting() const;

    // "vigie COMMAND: message" on err; returns `code` for `return fail(...)`.
    int fail(QTextStream &err, const QString &message, int code = ExitFailure) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_emptyOption;
};

} // namespace vigie::cli
