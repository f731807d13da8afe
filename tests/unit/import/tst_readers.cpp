// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/FileCollector.h"
#include "import/HtmlDocument.h"
#include "import/MhtmlReader.h"
#include "import/PdfReader.h"
#include "import/ReaderRegistry.h"

#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

using namespace vigie::import;
using vigie::Result;

namespace {

// tests/data/import. Built from VIGIE_SOURCE_DIR: VIGIE_TEST_DATA is set
// relative to the calling CMakeLists.txt by vigie_add_test().
QString importData(const QString &relative = {})
{
    const QString base = vigie::test::sourcePath(QStringLiteral("tests/data/import"));
    return relative.isEmpty() ? base : QDir(base).filePath(relative);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A PDF written by Qt itself, one paragraph per page.
bool writeQtPdf(const QString &path, const QStringList &pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(11);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QRectF(50, 50, 480, 700), Qt::TextWordWrap, pages[i]);
    }
    return painter.end();
}

QJsonObject metadataJson(const Article &a)
{
    return QJsonObject{{QStringLiteral("title"), a.title},
                       {QStringLiteral("siteName"), a.siteName},
                       {QStringLiteral("dateline"), a.dateline},
                       {QStringLiteral("publishedIso"), a.publishedIso},
                       {QStringLiteral("canonicalUrl"), a.canonicalUrl},
                       {QStringLiteral("language"), a.language},
                       {QStringLiteral("encoding"), a.encoding},
                       {QStringLiteral("format"), formatName(a.format)},
                       {QStringLiteral("warnings"), a.warnings.size()}};
}

} // namespace

class TestReaders : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();

    // Bad input (issue 3, section 6): a clear per-file error, never a crash.
    void emptyFile();
    void pngRenamedTxt();
    void invalidUtf8();
    void hugeFileRefusedBeforeReading();
    void deeplyNestedDivs();
    void nestingEstimate_data();
    void nestingEstimate();
    void encryptedPdf();
    void truncatedPdf();
    void garbagePdf();
    void folderOfTenThousandFiles();
    void collectorReportsMissingAndEmpty();

    void pdfProgressAndCancel();
    void readFromMemory();
    void mimeHintForFragments();
    void htmlMetadataFallbacks();
    void htmlDropsFurnitureInsideArticle();
    void concurrentReads();
    void sizeLimitForData();
    void bareUrlIsNotAnArticle();
    void htmlTeaserCardsAroundStory();
    void quotedPrintable();
    void mhtmlWithoutHtmlPart();

private:
    ReaderRegistry m_registry;
};

// Each folder of tests/data/import with an input.* file is a golden case:
// expected.txt is the cleaned text, expected.json the metadata. Regenerate
// with VIGIE_REGENERATE_GOLDEN=1 (then review the diff).
void TestReaders::golden_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(importData());
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    int count = 0;
    for (const QString &c : cases) {
        if (QDir(root.filePath(c)).entryList({QStringLiteral("input.*")}, QDir::Files).isEmpty())
            continue;
        QTest::newRow(qPrintable(c)) << root.filePath(c);
        ++count;
    }
    if (count < 9) // fail in golden(), with the folder looked at
        QTest::newRow("missing cases") << root.absolutePath();
}

void TestReaders::golden()
{
    QFETCH(QString, dir);
    const QDir d(dir);
    QVERIFY2(!d.entryList({QStringLiteral("input.*")}, QDir::Files).isEmpty(),
             qPrintable(QStringLiteral("no golden case in ") + dir));
    const QString input = d.filePath(d.entryList({QStringLiteral("input.*")}, QDir::Files).first());
    const Result<Article> article = m_registry.readFile(input);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    const QByteArray meta = QJsonDocument(metadataJson(*article)).toJson(QJsonDocument::Indented);
    if (qEnvironmentVariableIsSet("VIGIE_REGENERATE_GOLDEN")) {
        QVERIFY(
            writeFile(d.filePath(QStringLiteral("expected.txt")), article->text.toUtf8() + '\n'));
        QVERIFY(writeFile(d.filePath(QStringLiteral("expected.json")), meta));
        QSKIP("golden files regenerated");
    }
    const QString expected =
        QString::fromUtf8(vigie::test::readFile(d.filePath(QStringLiteral("expected.txt"))));
    QCOMPARE(article->text + QLatin1Char('\n'), expected);
    const QJsonObject expectedMeta =
        QJsonDocument::fromJson(vigie::test::readFile(d.filePath(QStringLiteral("expected.json"))))
            .object();
    QCOMPARE(metadataJson(*article), expectedMeta);
    QCOMPARE(article->sourcePath, input);
}

void TestReaders::emptyFile()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("empty.txt"));
    QVERIFY(writeFile(path, {}));
    const Result<Article> r = m_registry.readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("empty file"));

    QVERIFY(writeFile(path, "  \n\r\n\t \n"));
    const Result<Article> blank = m_registry.readFile(path);
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error(), QStringLiteral("no text in the file"));
}

void TestReaders::pngRenamedTxt()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("article.txt"));
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 29);
    png.append(QByteArray(200, '\x7f'));
    QVERIFY(writeFile(path, png));
    const Result<Article> r = m_registry.readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("not an article: binary file (PNG image)"));
}

void TestReaders::invalidUtf8()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("broken.txt"));
    QByteArray bytes =
        QStringLiteral("L'hôpital de Dax a été attaqué. Les équipes travaillent sur papier "
                       "depuis lundi et la direction a porté plainte.")
            .toUtf8();
    bytes.insert(20, "\xff\xfe\xc3");
    QVERIFY(writeFile(path, bytes));
    const Result<Article> r = m_registry.readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->encoding, QStringLiteral("UTF-8"));
    QVERIFY(r->text.contains(QChar(0xfffd)));
    QVERIFY(r->text.contains(QStringLiteral("porté plainte")));
    QCOMPARE(r->warnings.size(), 1);
    QVERIFY(r->warnings.first().contains(QStringLiteral("invalid UTF-8")));
}

void TestReaders::hugeFileRefusedBeforeReading()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("huge.txt"));
    {
        // Sparse: 200 MB of size, no disk blocks, made in an instant.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("Le CHU\n") == 7);
        QVERIFY(f.resize(200LL * 1024 * 1024));
    }
    const Result<Article> r = m_registry.readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(),
             QStringLiteral("file too large (200.0 MB; articles are limited to 20.0 MB)"));
    QVERIFY(QFile::remove(path));
}

static QByteArray nestedDivs(int depth)
{
    QByteArray html = "<!DOCTYPE html><html><head><title>Nested</title></head><body>";
    for (int i = 0; i < depth; ++i)
        html += "<div>";
    html += "<p>Le centre hospitalier a été visé par une attaque informatique, selon la direction "
            "qui a déposé plainte et prévenu les autorités sanitaires de la région.</p>";
    for (int i = 0; i < depth; ++i)
        html += "</div>";
    return html + "</body></html>";
}

void TestReaders::deeplyNestedDivs()
{
    QTemporaryDir tmp;
    // 10,000 nested divs: refused before parsing, with a clear message
    // (gumbo's tree building is quadratic in the depth).
    const QString deep = tmp.filePath(QStringLiteral("nested.html"));
    QVERIFY(writeFile(deep, nestedDivs(10000)));
    const Result<Article> refused = m_registry.readFile(deep);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             QStringLiteral("the HTML is nested too deeply (10000 levels; the limit "
                            "is 5000): not a readable web page"));

    // Deep but under the limit: read, on a thread with a small stack (a
    // worker's), since nothing recurses once per level.
    const QString path = tmp.filePath(QStringLiteral("nested-2000.html"));
    QVERIFY(writeFile(path, nestedDivs(2000)));
    Result<Article> r = Result<Article>::failure(QStringLiteral("not run"));
    QThread *thread = QThread::create([&] { r = m_registry.readFile(path); });
    thread->setStackSize(256 * 1024);
    thread->start();
    QVERIFY(thread->wait(120000));
    delete thread;
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(r->text.contains(QStringLiteral("déposé plainte")));
    QCOMPARE(r->format, ArticleFormat::Html);
}

void TestReaders::nestingEstimate_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("depth");
    QTest::newRow("flat") << QByteArray("<p>a<p>b<p>c") << 0;
    QTest::newRow("divs") << QByteArray("<div><div><span>x</span></div></div>") << 3;
    QTest::newRow("void and self-closing")
        << QByteArray("<div><br><img src=x><x-icon/></div>") << 1;
    QTest::newRow("comment and script") << QByteArray("<div><!-- <div><div> --><script>if (a<b) "
                                                      "document.write('<div><div>')</script></div>")
                                        << 1;
    QTest::newRow("quoted >") << QByteArray("<div title='a > b'><span>x</span></div>") << 2;
    QTest::newRow("unclosed list items") << QByteArray("<ul><li>a<li>b<li>c</ul>") << 1;
    QTest::newRow("less-than in text") << QByteArray("<div>1 < 2 and 3 <4</div>") << 1;
}

void TestReaders::nestingEstimate()
{
    QFETCH(QByteArray, html);
    QFETCH(int, depth);
    QCOMPARE(HtmlDocument::estimatedDepth(html), depth);
}

void TestReaders::encryptedPdf()
{
    // Made by make_pdf_fixtures.py with qpdf (user password "secret").
    const Result<Article> r =
        m_registry.readFile(importData(QStringLiteral("bad-input/encrypted.pdf")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(QStringLiteral("the PDF is protected by a password")),
             qPrintable(r.error()));
}

void TestReaders::truncatedPdf()
{
    QTemporaryDir tmp;
    const QString full = tmp.filePath(QStringLiteral("full.pdf"));
    QVERIFY(writeQtPdf(full, {QStringLiteral("Premier paragraphe du communiqué sur l'attaque."),
                              QStringLiteral("Second paragraphe, sur une autre page.")}));
    const QByteArray bytes = vigie::test::readFile(full);
    QVERIFY(bytes.size() > 1000);

    // Cut at several points: each read ends with text and a warning, or an
    // error, never a crash.
    for (const double fraction : {0.1, 0.3, 0.5, 0.8, 0.95}) {
        const QString cut = tmp.filePath(QStringLiteral("cut-%1.pdf").arg(fraction));
        QVERIFY(writeFile(cut, bytes.left(qsizetype(double(bytes.size()) * fraction))));
        const Result<Article> r = m_registry.readFile(cut);
        if (r.ok()) {
            QVERIFY2(!r->warnings.isEmpty(), "a truncated PDF read without a warning");
            QVERIFY(r->warnings.first().contains(QStringLiteral("truncated")));
        } else {
            QVERIFY2(r.error().contains(QStringLiteral("PDF")), qPrintable(r.error()));
        }
    }
    // Cut inside the header: nothing left to open.
    const QString stub = tmp.filePath(QStringLiteral("stub.pdf"));
    QVERIFY(writeFile(stub, bytes.left(20)));
    const Result<Article> r = m_registry.readFile(stub);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(QStringLiteral("damaged PDF")), qPrintable(r.error()));
}

void TestReaders::garbagePdf()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("garbage.pdf"));
    QByteArray bytes("%PDF-1.7\n");
    for (int i = 0; i < 5000; ++i)
        bytes.append(char('!' + (i * 7919) % 90));
    QVERIFY(writeFile(path, bytes));
    const Result<Article> r = m_registry.readFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("PDF")), qPrintable(r.error()));
}

void TestReaders::folderOfTenThousandFiles()
{
    QTemporaryDir tmp;
    const QDir root(tmp.path());
    // 10,000 files across nested folders, a hidden one and an empty folder.
    const int count = 10000;
    for (int d = 0; d < 10; ++d)
        QVERIFY(root.mkpath(QStringLiteral("batch%1/sub").arg(d)));
    QVERIFY(root.mkpath(QStringLiteral(".git")));
    QVERIFY(root.mkpath(QStringLiteral("empty")));
    QVERIFY(writeFile(root.filePath(QStringLiteral(".git/HEAD")), "ref"));
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("batch%1/%2article-%3.txt")
                                 .arg(i % 10)
                                 .arg(i % 3 == 0 ? QStringLiteral("sub/") : QString())
                                 .arg(i, 5, 10, QLatin1Char('0'));
        QByteArray content;
        if (i % 1000 == 7)
            content = QByteArray("\x89PNG\r\n\x1a\n\0\0", 10); // a few images among them
        else if (i % 1000 == 8)
            content = QByteArray(); // and empty files
        else
            content = QStringLiteral("Article %1\n\nLe centre hospitalier numéro %1 a subi une "
                                     "attaque informatique ce lundi.")
                          .arg(i)
                          .toUtf8();
        QVERIFY(writeFile(root.filePath(name), content));
    }

    const QList<CollectedFile> files = collectArticleFiles(tmp.path());
    QCOMPARE(files.size(), count);
    for (const CollectedFile &f : files)
        QVERIFY(f.ok());
    QVERIFY(std::is_sorted(
        files.cbegin(), files.cend(),
        [](const CollectedFile &a, const CollectedFile &b) { return a.path < b.path; }));

    // Every file gets its own result.
    int ok = 0, binary = 0, empty = 0;
    for (const CollectedFile &f : files) {
        const Result<Article> r = m_registry.readFile(f.path);
        if (r.ok())
            ++ok;
        else if (r.error().startsWith(QStringLiteral("not an article: binary file")))
            ++binary;
        else if (r.error() == QStringLiteral("empty file"))
            ++empty;
        else
            QFAIL(qPrintable(f.path + QStringLiteral(": ") + r.error()));
    }
    QCOMPARE(binary, 10);
    QCOMPARE(empty, 10);
    QCOMPARE(ok, count - 20);
}

void TestReaders::collectorReportsMissingAndEmpty()
{
    QTemporaryDir tmp;
    const QDir root(tmp.path());
    QVERIFY(root.mkpath(QStringLiteral("empty")));
    QVERIFY(writeFile(root.filePath(QStringLiteral("a.txt")), "x"));
    const QList<CollectedFile> files = collectArticleFiles(QStringList{
        root.filePath(QStringLiteral("missing.txt")), root.filePath(QStringLiteral("empty")),
        root.filePath(QStringLiteral("a.txt")), tmp.path()});
    QCOMPARE(files.size(), 3); // a.txt found twice is listed once
    QCOMPARE(files[0].error, QStringLiteral("no such file or folder"));
    QCOMPARE(files[1].error, QStringLiteral("empty folder: no files to read"));
    QVERIFY(files[2].ok());
    QCOMPARE(files[2].path, root.filePath(QStringLiteral("a.txt")));
}

void TestReaders::pdfProgressAndCancel()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("three.pdf"));
    QVERIFY(writeQtPdf(path, {QStringLiteral("Page un : le centre hospitalier a été attaqué."),
                              QStringLiteral("Page deux : les urgences restent ouvertes."),
                              QStringLiteral("Page trois : une plainte a été déposée.")}));
    QList<std::pair<int, int>> steps;
    ReadOptions options;
    options.progress = [&](int done, int total) { steps.append({done, total}); };
    const Result<Article> r = m_registry.readFile(path, options);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->format, ArticleFormat::Pdf);
    QVERIFY(r->text.contains(QStringLiteral("Page deux")));
    QVERIFY(r->text.contains(QStringLiteral("plainte a été déposée")));
    const QList<std::pair<int, int>> expected{{1, 3}, {2, 3}, {3, 3}};
    QCOMPARE(steps, expected);

    // Cancelled after the first page: the read stops there.
    std::atomic_bool cancel = false;
    ReadOptions cancelling;
    cancelling.cancel = &cancel;
    int pagesSeen = 0;
    cancelling.progress = [&](int, int) {
        ++pagesSeen;
        cancel = true;
    };
    const Result<Article> c = m_registry.readFile(path, cancelling);
    QVERIFY(!c.ok());
    QCOMPARE(c.error(), ReadOptions::cancelledMessage());
    QCOMPARE(pagesSeen, 1);
}

void TestReaders::readFromMemory()
{
    const Result<Article> text = m_registry.readText(
        QStringLiteral(
            "Le CHU de Caen a été visé par une attaque.\r\nLa direction a porté plainte."),
        QUrl(QStringLiteral("https://example.org/caen")));
    QVERIFY2(text.ok(), qPrintable(text.error()));
    QCOMPARE(text->format, ArticleFormat::PlainText);
    QCOMPARE(text->text,
             QStringLiteral(
                 "Le CHU de Caen a été visé par une attaque.\nLa direction a porté plainte."));
    QCOMPARE(text->canonicalUrl, QStringLiteral("https://example.org/caen"));
    QVERIFY(text->sourcePath.isEmpty());

    const Result<Article> html = m_registry.readHtml(
        QStringLiteral("<p>Cyberattaque &agrave; l'h&ocirc;pital de Pau : <b>les urgences</b> "
                       "tiennent.</p><script>alert(1)</script>"));
    QVERIFY2(html.ok(), qPrintable(html.error()));
    QCOMPARE(html->format, ArticleFormat::Html);
    QCOMPARE(html->text,
             QStringLiteral("Cyberattaque à l'hôpital de Pau : les urgences tiennent."));

    const Result<Article> pdf =
        m_registry.readData(vigie::test::readFile(importData(QStringLiteral("pdf-fr/input.pdf"))));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QCOMPARE(pdf->format, ArticleFormat::Pdf);

    const Result<Article> png = m_registry.readData(QByteArray("\xff\xd8\xff\xe0\0\x10JFIF\0", 11),
                                                    QStringLiteral("text/plain"));
    QVERIFY(!png.ok());
    QCOMPARE(png.error(), QStringLiteral("not an article: binary file (JPEG image)"));
}

void TestReaders::mimeHintForFragments()
{
    // A fragment not starting with a tag is HTML because the drop says so.
    const QByteArray fragment = "Le directeur a parlé &laquo;&nbsp;d'attaque massive&nbsp;&raquo; "
                                "<br>lors d'une conférence.";
    const Result<Article> asHtml = m_registry.readData(fragment, QStringLiteral("text/html"));
    QVERIFY2(asHtml.ok(), qPrintable(asHtml.error()));
    QCOMPARE(asHtml->text,
             QStringLiteral("Le directeur a parlé «\u00a0d'attaque massive\u00a0» \nlors "
                            "d'une conférence.")
                 .replace(QStringLiteral(" \n"), QStringLiteral("\n")));
    const Result<Article> asText = m_registry.readData(fragment, QStringLiteral("text/plain"));
    QVERIFY(asText.ok());
    QVERIFY(asText->text.contains(QStringLiteral("&laquo;")));

    // A charset in the MIME type is used for bytes that are not UTF-8.
    const Result<Article> latin =
        m_registry.readData(QByteArray("Le centre hospitalier de S\xe8te a \xe9t\xe9 vis\xe9."),
                            QStringLiteral("text/plain; charset=ISO-8859-1"));
    QVERIFY(latin.ok());
    QCOMPARE(latin->text, QStringLiteral("Le centre hospitalier de Sète a été visé."));
    QCOMPARE(latin->encoding, QStringLiteral("ISO-8859-1"));
}

void TestReaders::htmlMetadataFallbacks()
{
    // No og tags: JSON-LD in a @graph, <time>, <title> without the site suffix.
    const QString html = QStringLiteral(
        "<html lang='en-GB'><head><title>Hospital trust confirms data theft | Wessex Post</title>"
        "<meta property='og:url' content='https://wessex.example/a'>"
        "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"}, "
        "{\"@type\": [\"NewsArticle\"], \"datePublished\": \"2024-02-05T09:00:00Z\", "
        "\"publisher\": {\"name\": \"Wessex Post\"}}]}</script></head><body>"
        "<main><p>The trust said names and addresses of patients were copied during the attack, "
        "which began on Friday. Clinical systems were not affected, and appointments will go "
        "ahead as planned.</p></main></body></html>");
    HtmlDocument doc;
    QVERIFY(doc.parse(html).ok());
    QCOMPARE(doc.metadata().title, QStringLiteral("Hospital trust confirms data theft"));
    QCOMPARE(doc.metadata().siteName, QStringLiteral("Wessex Post"));
    QCOMPARE(doc.metadata().published, QStringLiteral("2024-02-05T09:00:00Z"));
    QCOMPARE(doc.metadata().canonicalUrl, QStringLiteral("https://wessex.example/a"));
    QCOMPARE(doc.metadata().language, QStringLiteral("en-GB"));

    const Result<Article> a = m_registry.readHtml(html);
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QCOMPARE(a->language, QStringLiteral("en"));
    QCOMPARE(a->publishedIso, QStringLiteral("2024-02-05T09:00:00Z"));

    // <time datetime> when nothing else gives the date; broken JSON-LD ignored.
    HtmlDocument timeDoc;
    QVERIFY(timeDoc
                .parse(QStringLiteral(
                    "<script type='application/ld+json'>{broken</script><article><h1>T</h1>"
                    "<time datetime='2023-06-01'>1 juin</time><p>x</p></article>"))
                .ok());
    QCOMPARE(timeDoc.metadata().published, QStringLiteral("2023-06-01"));
    QCOMPARE(timeDoc.metadata().title, QStringLiteral("T"));
}

void TestReaders::htmlDropsFurnitureInsideArticle()
{
    const QString html = QStringLiteral(
        "<article><h1>Attaque contre la clinique du Parc à Lyon</h1>"
        "<div hidden>caché</div><div style='display: none'>invisible</div>"
        "<p>La clinique du Parc, à Lyon, a été victime d'une intrusion informatique qui a bloqué "
        "sa "
        "messagerie pendant deux jours, a indiqué sa direction mardi.</p>"
        "<div class='related-posts'><a href='/x'>Autre sujet sans rapport</a></div>"
        "<div class='social-share'>Partager</div>"
        "<svg><text>logo</text></svg>"
        "<p>Les patients ont été prévenus par courrier et aucune opération n'a été annulée.</p>"
        "<footer>Tags : Lyon, clinique</footer></article>");
    const Result<Article> a = m_registry.readHtml(html);
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QCOMPARE(
        a->text,
        QStringLiteral("Attaque contre la clinique du Parc à Lyon\n\nLa clinique du Parc, à Lyon, "
                       "a été victime d'une intrusion informatique qui a bloqué sa messagerie "
                       "pendant deux jours, a indiqué sa direction mardi.\n\nLes patients ont été "
                       "prévenus par courrier et aucune opération n'a été annulée."));
}

void TestReaders::concurrentReads()
{
    // One registry serves several workers at once (drag-and-drop batches).
    QStringList paths;
    QDirIterator it(importData(), {QStringLiteral("input.*")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    QVERIFY(paths.size() >= 7);
    QStringList many;
    for (int i = 0; i < 10; ++i)
        many += paths;
    QList<QString> serial;
    for (const QString &p : paths)
        serial.append(m_registry.readFile(p)->text);
    const QList<QString> results = QtConcurrent::blockingMapped(many, [this](const QString &p) {
        const Result<Article> r = m_registry.readFile(p);
        return r.ok() ? r->text : r.error();
    });
    for (qsizetype i = 0; i < results.size(); ++i)
        QCOMPARE(results[i], serial[i % paths.size()]);
}

void TestReaders::sizeLimitForData()
{
    ReadOptions small;
    small.maxBytes = 100;
    const Result<Article> r = m_registry.readData(QByteArray(200, 'a'), {}, {}, small);
    QVERIFY(!r.ok());
    QVERIFY(r.error().startsWith(QStringLiteral("too much data")));
}

void TestReaders::bareUrlIsNotAnArticle()
{
    const Result<Article> r = m_registry.readText(
        QStringLiteral("  https://news.example/2024/03/hopital-cyberattaque  \n"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error(),
             QStringLiteral(
                 "only a web address: Vigie works offline, so drop the saved page or its text"));
    // A sentence holding an address is text.
    QVERIFY(m_registry.readText(QStringLiteral("https://news.example/a relate l'attaque du CHU."))
                .ok());
}

void TestReaders::htmlTeaserCardsAroundStory()
{
    QString cards;
    for (int i = 0; i < 3; ++i)
        cards +=
            QStringLiteral("<article class='card'><h3>Autre sujet %1</h3><p>Un résumé de quelques "
                           "lignes sur un sujet sans rapport avec l'hôpital, pour donner envie de "
                           "cliquer, comme sur toutes les pages d'accueil des sites d'information "
                           "régionaux, avec une date et un lien.</p></article>")
                .arg(i);
    QString story =
        QStringLiteral("<div class='story'><h1>Le CHU de Tours visé par une intrusion</h1>");
    for (int i = 0; i < 4; ++i)
        story +=
            QStringLiteral("<p>Paragraphe %1 : le CHU de Tours a détecté une intrusion dans son "
                           "réseau, a isolé les serveurs touchés, prévenu l'agence régionale de "
                           "santé et porté plainte, tandis que les soins continuaient.</p>")
                .arg(i);
    story += QStringLiteral("</div>");
    const Result<Article> a =
        m_registry.readHtml(QStringLiteral("<body>") + story + cards + QStringLiteral("</body>"));
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QVERIFY(a->text.startsWith(QStringLiteral("Le CHU de Tours visé par une intrusion")));
    QVERIFY(a->text.contains(QStringLiteral("Paragraphe 3")));
    QVERIFY(!a->text.contains(QStringLiteral("Autre sujet")));
}

void TestReaders::quotedPrintable()
{
    QCOMPARE(MhtmlReader::decodeQuotedPrintable("donn=C3=A9=\r\nes =3D ok=\nfin = stray"),
             QByteArray("donn\xc3\xa9"
                        "es = okfin = stray"));
}

void TestReaders::mhtmlWithoutHtmlPart()
{
    const QByteArray mhtml =
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
        "--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        "iVBORw0KGgo=\r\n--b--\r\n";
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("page.mhtml"));
    QVERIFY(writeFile(path, mhtml));
    const Result<Article> r = m_registry.readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("web archive (MHTML) without an HTML page"));
}

QTEST_MAIN(TestReaders)
#include "tst_readers.moc"
