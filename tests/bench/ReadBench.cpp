// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench read [DIR]: how fast the article readers turn files into
// cleaned text (sniffing, decoding, HTML parsing, furniture stripping).
#include "Bench.h"

#include "import/FileCollector.h"
#include "import/ReaderRegistry.h"

#include <QFile>
#include <QTemporaryDir>

#include <ctime>

using namespace vigie::import;

namespace {

// A ~3 KB article with the usual furniture, text or HTML, varied by `i` so
// no two inputs are identical.
QByteArray syntheticArticle(int i, bool html)
{
    const QString headline =
        QStringLiteral("Cyberattaque : le centre hospitalier n°%1 fonctionne en mode dégradé")
            .arg(i);
    const QString dateline =
        QStringLiteral("%1 mars 2024 • 10:%2").arg(1 + i % 28).arg(10 + i % 50);
    QStringList paragraphs;
    for (int p = 0; p < 6; ++p)
        paragraphs
            << QStringLiteral(
                   "Paragraphe %1 de l'article %2 : le centre hospitalier a été frappé dans la "
                   "nuit de samedi à dimanche par un rançongiciel qui a chiffré une partie de "
                   "ses serveurs, selon la direction, qui a porté plainte et prévenu l'agence "
                   "régionale de santé. Les urgences restent ouvertes, « mais tout est plus lent "
                   "», confie une infirmière.")
                   .arg(p)
                   .arg(i);
    const QString teaser =
        QStringLiteral("Une tablette pour les écoliers\n\n2 mars 2024 • 08:00\n\n"
                       "Le fabricant promet une autonomie de deux jours...");
    if (!html) {
        return (QStringLiteral("MonSite Santé Actualités\nAccueil › Santé\n\n") + headline +
                QStringLiteral("\n\n") + dateline + QStringLiteral("\n2\n\n") +
                paragraphs.join(QStringLiteral("\n\n")) +
                QStringLiteral("\n\nLaisser un commentaire\n\nQuelques règles à respecter :\n\n"
                               "Les derniers articles\n\n") +
                teaser)
            .toUtf8();
    }
    QString body;
    for (const QString &p : paragraphs)
        body += QStringLiteral("<p>") + p + QStringLiteral("</p>\n");
    return (QStringLiteral(
                "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>") +
            headline +
            QStringLiteral(" | MonSite</title><meta property=\"article:published_time\" "
                           "content=\"2024-03-01T10:00:00+01:00\"><script>var x = 1;</script>"
                           "</head><body><header><nav><a href=\"/\">Accueil</a> <a href=\"/s\">"
                           "Santé</a></nav></header><main><article><h1>") +
            headline + QStringLiteral("</h1><p class=\"meta\"><time datetime=\"2024-03-01\">") +
            dateline + QStringLiteral("</time></p>") + body +
            QStringLiteral(
                "</article><aside class=\"related\"><h3>À lire aussi</h3><ul><li><a href=\"/a\">"
                "Autre sujet</a></li></ul></aside></main><footer>© MonSite</footer></body></html>"))
        .toUtf8();
}

int readBench(const QStringList &args, QTextStream &out)
{
    ReaderRegistry registry;
    QTemporaryDir tmp;
    QString dir = args.value(0);
    if (dir.isEmpty()) {
        // Generated corpus: 1,000 text and 1,000 HTML articles of about 3 KB.
        dir = tmp.path();
        for (int i = 0; i < 2000; ++i) {
            QFile f(tmp.filePath(QStringLiteral("a%1.%2").arg(i).arg(
                i % 2 ? QStringLiteral("html") : QStringLiteral("txt"))));
            if (!f.open(QIODevice::WriteOnly) || f.write(syntheticArticle(i, i % 2)) < 0) {
                out << "cannot write the corpus\n";
                return 1;
            }
        }
    }
    const QList<CollectedFile> files = collectArticleFiles(dir);
    QList<double> perFile;
    qint64 bytes = 0;
    int ok = 0, failed = 0;
    // Two rounds; the second, with a warm page cache, is the one reported.
    std::clock_t cpuStart = 0, cpuEnd = 0;
    for (int round = 0; round < 2; ++round) {
        cpuStart = std::clock();
        perFile.clear();
        bytes = 0;
        ok = failed = 0;
        for (const CollectedFile &f : files) {
            vigie::bench::Stopwatch one;
            const vigie::Result<Article> r = registry.readFile(f.path);
            perFile.append(one.elapsedMs());
            if (r.ok()) {
                ++ok;
                bytes += r->text.size();
            } else {
                ++failed;
            }
        }
        cpuEnd = std::clock();
    }
    // CPU time too: on a busy machine the wall clock measures the neighbours.
    const double cpuMs = 1000.0 * double(cpuEnd - cpuStart) / CLOCKS_PER_SEC;
    double total = 0;
    for (const double ms : perFile)
        total += ms;
    out << "read: " << files.size() << " files (" << ok << " read, " << failed << " errors) from "
        << (args.isEmpty() ? QStringLiteral("a generated corpus") : dir) << "\n";
    out << "  total " << QString::number(total, 'f', 1) << " ms, "
        << QString::number(files.size() / (total / 1000.0), 'f', 0) << " articles/s, "
        << QString::number(double(bytes) / 1024.0 / (total / 1000.0), 'f', 0)
        << " KB/s of cleaned text\n";
    out << "  CPU " << QString::number(cpuMs, 'f', 1) << " ms, "
        << QString::number(files.size() / (cpuMs / 1000.0), 'f', 0) << " articles/s of CPU time\n";
    out << "  per file: median " << QString::number(vigie::bench::median(perFile), 'f', 3)
        << " ms, p99 " << QString::number(vigie::bench::percentile(perFile, 99), 'f', 3)
        << " ms, max "
        << QString::number(*std::max_element(perFile.cbegin(), perFile.cend()), 'f', 3) << " ms\n";
    out << "  peak RSS " << vigie::bench::peakRssBytes() / (1024 * 1024) << " MB\n";
    return 0;
}

const vigie::bench::Registration
    registration("read", "read [DIR]  (articles/s of the text, HTML and PDF readers)", readBench);

} // namespace
