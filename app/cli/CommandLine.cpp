// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "db/DatabaseSetup.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vigie::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// QCommandLineParser prints the description as it is: wrap its paragraphs
// for an 80-column terminal (indented lines, such as lists, stay whole).
QString wrapped(const QString &text, int width = 79)
{
    QStringList out;
    for (const QString &paragraph : text.split(u'\n')) {
        if (paragraph.startsWith(u' ') || paragraph.size() <= width) {
            out.append(paragraph);
            continue;
        }
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                out.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out.append(line);
    }
    return out.join(u'\n');
}

} // namespace

CommandLine::CommandLine(QString command, const QString &description)
    : m_command(std::move(command))
    , m_dbOption(QStringLiteral("db"),
                 tr("Use the database at PATH (default: %1).").arg(db::defaultDatabasePath()),
                 QStringLiteral("PATH"))
    , m_emptyOption(QStringLiteral("empty"),
                    tr("A database created by this command starts without the bundled dataset."))
{
    m_parser.setApplicationDescription(wrapped(description));
    m_parser.addHelpOption();
    m_parser.addOption(m_dbOption);
    m_parser.addOption(m_emptyOption);
}

std::optional<int> CommandLine::parse(const QStringList &args, QTextStream &out, QTextStream &err)
{
    // The parser sees "vigie --opt ..." without the command's name.
    QStringList arguments = args.mid(0, 1);
    arguments += args.mid(2);
    if (arguments.isEmpty())
        arguments.append(QStringLiteral("vigie"));
    if (!m_parser.parse(arguments))
        return fail(err,
                    m_parser.errorText() + u'\n' +
                        tr("Run 'vigie %1 --help' for the options.").arg(m_command),
                    ExitUsage);
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt's usage line names the executable; ours names the command too.
        QString text = m_parser.helpText();
        const qsizetype lineEnd = text.indexOf(u'\n');
        const QString exe = QFileInfo(QCoreApplication::arguments().value(0)).fileName();
        const qsizetype at = exe.isEmpty() ? -1 : text.indexOf(exe);
        if (at >= 0 && at < lineEnd)
            text.replace(at, exe.size(), QStringLiteral("vigie ") + m_command);
        out << text;
        out.flush();
        return ExitOk;
    }
    return std::nullopt;
}

QString CommandLine::databasePath() const
{
    return m_parser.isSet(m_dbOption) ? m_parser.value(m_dbOption) : db::defaultDatabasePath();
}

Result<db::Database> CommandLine::openForReading() const
{
    const QString path = databasePath();
    const QFileInfo info(path);
    db::OpenOptions options;
    options.empty = m_parser.isSet(m_emptyOption);
    // SQLite in WAL mode writes beside the file even to read it, so a folder
    // we cannot write counts as read-only too.
    options.readOnly =
        info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable());
    return db::openDatabase(path, options);
}

Result<db::Database> CommandLine::openForWriting() const
{
    db::OpenOptions options;
    options.empty = m_parser.isSet(m_emptyOption);
    return db::openDatabase(databasePath(), options);
}

int CommandLine::fail(QTextStream &err, const QString &message, int code) const
{
    err << "vigie " << m_command << ": " << message << '\n';
    err.flush();
    return code;
}

} // namespace vigie::cli
