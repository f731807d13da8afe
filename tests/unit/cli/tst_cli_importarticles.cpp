// SPDX-License-Identifier: GPL-3.0-or-later
// `vigie import` of articles through the real binary: one line per file,
// duplicates, sources added to known incidents, errors, --dry-run.
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::test;

namespace {

QString articlePath(const QString &name)
{
    return testData(QStringLiteral("articleimport/") + name);
}

QString bundledDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("v.sqlite"));
    const CliRun r = runCli({QStringLiteral("stats"), QStringLiteral("--db"), path});
    if (r.exitCode != 0)
        qWarning("creating %s failed: %s", qPrintable(path), r.err.constData());
    return path;
}

int total(const QString &db)
{
    return statsOf(db).value(QLatin1String("total")).toInt();
}

} // namespace

class TestCliImportArticles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void folderWithGoodAndBadFiles()
    {
        QTemporaryDir dir;
        const QString db = bundledDatabase(dir);
        const QString in = dir.filePath(QStringLiteral("in"));
        QDir().mkpath(in + QStringLiteral("/sub"));
        QVERIFY(QFile::copy(articlePath(QStringLiteral("vierzon-clinique.txt")),
                            in + QStringLiteral("/a.txt")));
        QVERIFY(QFile::copy(articlePath(QStringLiteral("vierzon-clinique.txt")),
                            in + QStringLiteral("/b-copy.txt")));
        QVERIFY(QFile::copy(articlePath(QStringLiteral("chsf-corbeil.txt")),
                            in + QStringLiteral("/sub/c.txt")));
        QFile png(in + QStringLiteral("/d.txt"));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(100, '\2'));
        png.close();
        QFile empty(in + QStringLiteral("/e.txt"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, in});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(in + QStringLiteral("/a.txt: new incident 2025-03-")),
                 qPrintable(lines[0]));
        QCOMPARE(lines[1], in + QStringLiteral("/b-copy.txt: duplicate of ") + in +
                               QStringLiteral("/a.txt, skipped"));
        QVERIFY2(lines[2].startsWith(in + QStringLiteral("/sub/c.txt: added source to "
                                                         "2022-08-chsf-corbeil-essonnes (")),
                 qPrintable(lines[2]));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("vigie import: ") + in +
                              QStringLiteral("/d.txt: not an article")),
                 r.err.constData());
        QVERIFY2(err.contains(in + QStringLiteral("/e.txt: ")), r.err.constData());
        QCOMPARE(total(db), 139);

        // Again: every article is now a duplicate, nothing changes.
        const QByteArray before = fileSha256(db);
        const CliRun again =
            runCli({QStringLiteral("import"), QStringLiteral("--db"), db,
                    in + QStringLiteral("/a.txt"), in + QStringLiteral("/sub/c.txt")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("a.txt: duplicate of 2025-03-"), again.out.constData());
        QVERIFY2(again.out.contains("c.txt: duplicate of 2022-08-chsf-corbeil-essonnes"),
                 again.out.constData());
        QCOMPARE(fileSha256(db), before);
    }

    // The bundled CHSF incident does not state how many people were
    // affected: an article that does fills it, and says so.
    void addedSourceFillsEmptyFields()
    {
        QTemporaryDir dir;
        const QString db = bundledDatabase(dir);
        const QString path = dir.filePath(QStringLiteral("chsf-records.txt"));
        QFile in(articlePath(QStringLiteral("chsf-corbeil.txt")));
        QFile out(path);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        out.write(in.readAll() + "\nLes pirates affirment avoir dérobé les données de 11 000 "
                                 "patients.\n");
        out.close();
        const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains("chsf-records.txt: added source to 2022-08-chsf-corbeil-essonnes ("),
            r.out.constData());
        QVERIFY2(r.out.trimmed().endsWith("; filled records_affected"), r.out.constData());
        QCOMPARE(total(db), 138);
    }

    void dryRunWritesNothing()
    {
        QTemporaryDir dir;
        const QString db = bundledDatabase(dir);
        const QByteArray before = fileSha256(db);
        const CliRun r =
            runCli({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--db"),
                    db, articlePath(QStringLiteral("vierzon-clinique.txt")),
                    articlePath(QStringLiteral("chsf-corbeil.txt"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("vierzon-clinique.txt: would be a new incident 2025-03-"),
                 r.out.constData());
        QVERIFY2(r.out.contains("chsf-corbeil.txt: would be added as a source of "
                                "2022-08-chsf-corbeil-essonnes"),
                 r.out.constData());
        QCOMPARE(fileSha256(db), before);
        QCOMPARE(total(db), 138);
    }

    // A database that cannot be written: a clear error, nothing changes.
    void readOnlyDatabase()
    {
        const QString why = cannotRunUnprivileged();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);
        const QString db = bundledDatabase(dir);
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadOther);
        const QString article = dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(QFile::copy(articlePath(QStringLiteral("vierzon-clinique.txt")), article));
        QFile::setPermissions(article, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const QByteArray before = fileSha256(db);
        const CliRun r =
            runCli({QStringLiteral("import"), QStringLiteral("--db"), db, article}, asNobody());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("vigie import: "), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileSha256(db), before);
        QCOMPARE(total(db), 138);
    }
};

QTEST_GUILESS_MAIN(TestCliImportArticles)
#include "tst_cli_importarticles.moc"
