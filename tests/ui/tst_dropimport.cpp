// SPDX-License-Identifier: GPL-3.0-or-later
// Drag-and-drop import through the real MainWindow: synthetic drags and
// drops (files, text, HTML, links) sent through the window like a user's,
// the background import, its progress and cancel, the outcome list, undo.
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "commands/ImportBatch.h"
#include "db/Database.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "importing/DropOverlay.h"
#include "importing/ImportController.h"
#include "importing/MimeImport.h"
#include "importing/SyntheticDrop.h"
#include "importing/WindowImport.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "review/ReviewDialog.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace vigie;
using namespace vigie::ui;

namespace {

QString articlePath(const QString &name)
{
    return test::dataPath(QStringLiteral("articleimport/") + name);
}

QString readText(const QString &path)
{
    return QString::fromUtf8(test::readFile(path));
}

// Everything an import could change: incidents, articles, links.
QString dbState(const db::Database &d)
{
    auto s = d.prepare("SELECT (SELECT count(*) FROM incident) || '/' || "
                       "(SELECT count(*) FROM source) || '/' || "
                       "(SELECT count(*) FROM incident_source) || '/' || "
                       "(SELECT coalesce(max(id), 0) FROM source)");
    return s && s->step() ? s->text(0) : QStringLiteral("?");
}

} // namespace

class TestDropImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    // What to do when the review dialog shows: run from a timer, so inside
    // the dialog's modal loop, as a user's clicks would be.
    std::function<void(QDialog &)> m_onReview;
    QTimer m_reviewPoll;
    int m_reviews = 0;

    static void click(QDialog &dialog, const char *name)
    {
        auto *button = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
        if (!button)
            qFatal("no button %s", name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void watchForReview()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(w);
            if (dialog && dialog->isVisible() && dialog->objectName() == u"reviewDialog") {
                ++m_reviews;
                m_reviewPoll.stop(); // one handler per dialog
                m_onReview(*dialog);
                m_reviewPoll.start();
                return;
            }
        }
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        return test::showWindow(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_counter)),
                                QSize(1200, 800));
    }

    static QTableView *table(MainWindow &w)
    {
        return w.findChild<QTableView *>(QStringLiteral("incidentTable"));
    }

    // Drops `mime` in the middle of the window and waits for the batch's end.
    static ImportReport dropAndWait(MainWindow &w, const QMimeData &mime)
    {
        ImportController &controller = w.importer()->controller();
        QSignalSpy finished(&controller, &ImportController::finished);
        const int boxes = MessageBox::count();
        if (!sendDrag(w, mime, w.rect().center()))
            qWarning("drop refused");
        if (MessageBox::count() != boxes) {
            qWarning("message instead of an import: %s", qPrintable(MessageBox::last().text));
            return {};
        }
        if (!finished.wait(60000) && finished.isEmpty())
            qWarning("no end of import");
        return controller.lastReport();
    }

    static QTreeWidget *outcomes(MainWindow &w)
    {
        return w.findChild<QTreeWidget *>(QStringLiteral("importOutcomes"));
    }

    QString copyArticles(const QString &folder, int copies)
    {
        // Distinct texts (so none is a duplicate) about distinct attacks.
        const QString dir = m_dir.filePath(folder);
        QDir().mkpath(dir);
        for (int i = 0; i < copies; ++i) {
            QFile f(dir + QStringLiteral("/a%1.txt").arg(i));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write");
            f.write(QStringLiteral("Cyberattaque contre le centre hospitalier de Testville-%1\n\n"
                                   "Publié le %2/05/2024 à 10h00\n\n"
                                   "Le centre hospitalier de Testville-%1 a été frappé le %2 mai "
                                   "2024 par une attaque au rançongiciel. Les serveurs sont "
                                   "chiffrés, selon la direction.\n")
                        .arg(i)
                        .arg(1 + i % 27)
                        .toUtf8());
        }
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, QStringLiteral("tst_dropimport"));
        QVERIFY(installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    }

    void init()
    {
        QSettings().clear();
        MessageBox::setAutoAnswer(QMessageBox::Ok);
        m_reviews = 0;
        m_onReview = [](QDialog &dialog) { click(dialog, "reviewAcceptAll"); };
        if (!m_reviewPoll.isActive()) {
            m_reviewPoll.setInterval(20);
            connect(&m_reviewPoll, &QTimer::timeout, this, &TestDropImport::watchForReview);
            m_reviewPoll.start();
        }
    }

    // --- mime data to inputs (MimeImport, no window) -----------------------

    void mimeToRequest_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("paths");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("offline");
        QTest::newRow("files") << "files" << 2 << ""
                               << "" << false;
        QTest::newRow("files with their paths as text") << "files+text" << 2 << ""
                                                        << "" << false;
        QTest::newRow("text") << "text" << 0 << "text/plain"
                              << "" << false;
        QTest::newRow("text with uri-list page") << "text+uri" << 0 << "text/plain"
                                                 << "https://news.example.org/a" << false;
        QTest::newRow("html with moz-url page") << "html+moz" << 0 << "text/html"
                                                << "https://news.example.org/b" << false;
        QTest::newRow("link") << "link" << 0 << ""
                              << "" << true;
        QTest::newRow("uri-list only") << "uri" << 0 << ""
                                       << "" << true;
        QTest::newRow("empty") << "empty" << 0 << ""
                               << "" << false;
    }

    void mimeToRequest()
    {
        QFETCH(QString, kind);
        QFETCH(int, paths);
        QFETCH(QString, mimeType);
        QFETCH(QString, url);
        QFETCH(bool, offline);
        const QString article = readText(articlePath(QStringLiteral("vierzon-clinique.txt")));
        QMimeData mime;
        if (kind.startsWith(u"files")) {
            mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/a.html")),
                          QUrl::fromLocalFile(QStringLiteral("/tmp/folder"))});
            if (kind.endsWith(u"text"))
                mime.setText(QStringLiteral("/tmp/a.html\n/tmp/folder"));
        } else if (kind.startsWith(u"text")) {
            mime.setText(article);
            if (kind == u"text+uri")
                mime.setUrls({QUrl(QStringLiteral("https://news.example.org/a"))});
        } else if (kind == u"html+moz") {
            mime.setHtml(QStringLiteral("<h1>Vierzon</h1><p>") + article.toHtmlEscaped() +
                         QStringLiteral("</p>"));
            mime.setText(article);
            const QString moz = QStringLiteral("https://news.example.org/b\nVierzon");
            mime.setData(QStringLiteral("text/x-moz-url"),
                         QByteArray(reinterpret_cast<const char *>(moz.utf16()), moz.size() * 2));
        } else if (kind == u"link") {
            mime.setUrls({QUrl(QStringLiteral("https://news.example.org/c"))});
            mime.setText(QStringLiteral("https://news.example.org/c"));
            mime.setHtml(QStringLiteral("<a href=\"https://news.example.org/c\">"
                                        "https://news.example.org/c</a>"));
        } else if (kind == u"uri") {
            mime.setUrls({QUrl(QStringLiteral("https://news.example.org/d"))});
        }
        QCOMPARE(MimeImport::canImport(&mime), kind != u"empty");
        const ImportRequest request = MimeImport::read(&mime);
        QCOMPARE(request.paths.size(), paths);
        if (paths)
            QCOMPARE(request.paths.first(), QStringLiteral("/tmp/a.html"));
        QCOMPARE(request.message.isEmpty(), !offline);
        if (offline)
            QVERIFY(request.message.contains(QStringLiteral("offline")));
        if (mimeType.isEmpty()) {
            QVERIFY(request.inputs.isEmpty());
        } else {
            QCOMPARE(request.inputs.size(), 1);
            const commands::ImportInput &in = request.inputs.first();
            QVERIFY2(in.mimeType.startsWith(mimeType), qPrintable(in.mimeType));
            QCOMPARE(in.url.toString(), url);
            QVERIFY(in.path.isEmpty());
            QVERIFY(!in.data.isEmpty());
            if (!url.isEmpty())
                QVERIFY2(in.name.contains(QStringLiteral("news.example.org")), qPrintable(in.name));
        }
    }

    // --- through the window -------------------------------------------------

    void menusOfferImportAndPaste()
    {
        auto w = openWindow();
        auto *import = w->findChild<QAction *>(QStringLiteral("actionImportArticles"));
        QVERIFY(import);
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(w->findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(import));
        auto *paste = w->findChild<QAction *>(QStringLiteral("actionPaste"));
        QVERIFY(paste);
        QCOMPARE(paste->shortcut(), QKeySequence(QKeySequence::Paste));
        QVERIFY(w->findChild<QMenu *>(QStringLiteral("menuEdit"))->actions().contains(paste));
        QVERIFY(w->acceptDrops());
    }

    void dropCueWhileDragging()
    {
        auto w = openWindow();
        auto *overlay = w->findChild<DropOverlay *>(QStringLiteral("dropOverlay"));
        QVERIFY(overlay);
        QVERIFY(!overlay->isVisible());
        std::unique_ptr<QMimeData> mime(
            mimeForPaths({articlePath(QStringLiteral("vierzon-clinique.txt"))}));
        QVERIFY(sendDrag(*w, *mime, w->rect().center(), false));
        QVERIFY(overlay->isVisible());
        QCOMPARE(overlay->geometry(), w->rect());
        sendDragLeave(*w);
        QVERIFY(!overlay->isVisible());
        QCOMPARE(table(*w)->model()->rowCount(), 138);
    }

    void droppedFileBecomesAnIncidentThenUndoRedo()
    {
        auto w = openWindow();
        const QString before = dbState(w->database());
        std::unique_ptr<QMimeData> mime(
            mimeForPaths({articlePath(QStringLiteral("vierzon-clinique.txt"))}));
        const ImportReport report = dropAndWait(*w, *mime);
        QCOMPARE(m_reviews, 1); // the review dialog came first
        QCOMPARE(report.end, ImportReport::End::Committed);
        QCOMPARE(report.batch.items.size(), 1);
        const commands::StagedArticle &item = report.batch.items.first();
        QCOMPARE(item.outcome, commands::ImportOutcome::NewIncident);
        QVERIFY(item.incidentDbId > 0);
        QCOMPARE(table(*w)->model()->rowCount(), 139);
        const auto stored = db::IncidentRepository(w->database()).load(item.incidentDbId);
        QVERIFY(stored);
        QCOMPARE(stored->id, item.incidentSlug);
        // The outcome list and the status bar say so.
        QTreeWidget *list = outcomes(*w);
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("vierzon-clinique.txt"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("New incident"));
        QCOMPARE(list->topLevelItem(0)->text(2), item.incidentSlug);
        QCOMPARE(w->statusBar()->currentMessage(),
                 QStringLiteral("Imported 1 article: 1 new incident"));
        // The progress indicator is gone.
        QVERIFY(!w->findChild<QWidget *>(QStringLiteral("importStatus"))->isVisible());

        // One undo step: Edit → Undo removes it, Redo brings it back as it was.
        auto *undo = w->findChild<QAction *>(QStringLiteral("actionUndo"));
        auto *redo = w->findChild<QAction *>(QStringLiteral("actionRedo"));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo Import 1 Article"));
        const QString after = dbState(w->database());
        undo->trigger();
        QCOMPARE(table(*w)->model()->rowCount(), 138);
        QCOMPARE(dbState(w->database()), before);
        QVERIFY(!db::IncidentRepository(w->database()).exists(item.incidentDbId));
        redo->trigger();
        QCOMPARE(table(*w)->model()->rowCount(), 139);
        QCOMPARE(dbState(w->database()), after);
        QCOMPARE(db::IncidentRepository(w->database()).load(item.incidentDbId)->id,
                 item.incidentSlug);
    }

    void articleAboutAKnownIncidentIsAddedAsASource()
    {
        auto w = openWindow();
        db::IncidentRepository repo(w->database());
        const qint64 chsf = *repo.findBySlug(QStringLiteral("2022-08-chsf-corbeil-essonnes"));
        // The stored incident lacks the ransom the article states.
        Incident stored = *repo.load(chsf);
        stored.ransom.reset();
        QVERIFY(repo.update(stored).ok());
        const qsizetype sources = stored.sources.size();
        QSignalSpy changed(&w->notifier(), &Notifier::incidentsChanged);
        // The review dialog offers to add it as a source of the CHSF incident,
        // and to fill the ransom.
        bool offered = false;
        QString fills;
        m_onReview = [&](QDialog &dialog) {
            auto *panel = dialog.findChild<QWidget *>(QStringLiteral("duplicatePanel"));
            auto *addSource = dialog.findChild<QRadioButton *>(QStringLiteral("choiceAddSource"));
            offered = panel && panel->isVisible() && addSource && addSource->isChecked();
            if (auto *text = dialog.findChild<QLabel *>(QStringLiteral("fillGapsText")))
                fills = text->text();
            click(dialog, "reviewAccept");
        };
        std::unique_ptr<QMimeData> mime(
            mimeForPaths({articlePath(QStringLiteral("chsf-corbeil.txt"))}));
        const ImportReport report = dropAndWait(*w, *mime);
        QCOMPARE(m_reviews, 1);
        QVERIFY(offered);
        QCOMPARE(report.end, ImportReport::End::Committed);
        QCOMPARE(report.batch.items.size(), 1);
        QCOMPARE(report.batch.items.first().outcome, commands::ImportOutcome::AddedSource);
        QCOMPARE(report.batch.items.first().incidentDbId, chsf);
        QCOMPARE(table(*w)->model()->rowCount(), 138);
        QCOMPARE(repo.load(chsf)->sources.size(), sources + 1);
        QCOMPARE(changed.count(), 1);
        QTreeWidget *list = outcomes(*w);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Added source"));
        QVERIFY(list->topLevelItem(0)->text(2).startsWith(
            QStringLiteral("2022-08-chsf-corbeil-essonnes (same victim")));
        QCOMPARE(fills, QStringLiteral("Will also fill: ransom"));
        QVERIFY2(list->topLevelItem(0)->text(2).endsWith(QStringLiteral("; filled ransom")),
                 qPrintable(list->topLevelItem(0)->text(2)));
        QCOMPARE(repo.load(chsf)->ransom, (std::optional(Ransom{10000000, QStringLiteral("USD")})));
        // Undo detaches the article again and empties the ransom.
        w->undoStack()->undo();
        QCOMPARE(repo.load(chsf)->sources.size(), sources);
        QCOMPARE(*repo.load(chsf), stored);
        QCOMPARE(changed.count(), 2);
        w->undoStack()->redo();
        QVERIFY(repo.load(chsf)->ransom);
        QCOMPARE(repo.load(chsf)->sources.size(), sources + 1);
    }

    void droppedTextKeepsThePageAddress()
    {
        auto w = openWindow();
        QMimeData mime;
        mime.setText(readText(articlePath(QStringLiteral("vierzon-clinique.txt"))));
        const QString moz = QStringLiteral("https://news.example.org/vierzon\nVierzon");
        mime.setData(QStringLiteral("text/x-moz-url"),
                     QByteArray(reinterpret_cast<const char *>(moz.utf16()), moz.size() * 2));
        const ImportReport report = dropAndWait(*w, mime);
        QCOMPARE(report.end, ImportReport::End::Committed);
        QCOMPARE(report.batch.items.size(), 1);
        const commands::StagedArticle &item = report.batch.items.first();
        QCOMPARE(item.outcome, commands::ImportOutcome::NewIncident);
        QCOMPARE(item.name, QStringLiteral("text dropped from news.example.org"));
        const auto stored = db::IncidentRepository(w->database()).load(item.incidentDbId);
        QCOMPARE(stored->sources.first().url, QStringLiteral("https://news.example.org/vierzon"));
        QVERIFY(stored->sources.first().text.contains(QStringLiteral("clinique des Tilleuls")));
    }

    void droppedHtmlGoesThroughTheHtmlReader()
    {
        auto w = openWindow();
        QMimeData mime;
        const QString html =
            readText(test::dataPath(QStringLiteral("import/html-fr-article/input.html")));
        mime.setHtml(html);
        mime.setUrls({QUrl(QStringLiteral("https://journal.example.fr/article"))});
        const ImportReport report = dropAndWait(*w, mime);
        QVERIFY2(report.end == ImportReport::End::Committed ||
                     report.end == ImportReport::End::Nothing,
                 qPrintable(report.error));
        QCOMPARE(report.batch.items.size(), 1);
        const commands::StagedArticle &item = report.batch.items.first();
        QCOMPARE(item.name, QStringLiteral("HTML dropped from journal.example.fr"));
        // The HTML reader's cleaned text, without markup.
        const QString expected =
            readText(test::dataPath(QStringLiteral("import/html-fr-article/expected.txt")));
        QVERIFY(!item.source().text.contains(u'<'));
        QVERIFY(item.source().text.left(40) == expected.left(40) ||
                expected.contains(item.source().text.left(40)));
    }

    void bareLinkGetsTheOfflineMessage()
    {
        auto w = openWindow();
        const int boxes = MessageBox::count();
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://news.example.org/page"))});
        mime.setText(QStringLiteral("https://news.example.org/page"));
        QVERIFY(sendDrag(*w, mime, w->rect().center()));
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY2(MessageBox::last().text.contains(QStringLiteral("offline")),
                 qPrintable(MessageBox::last().text));
        QVERIFY(!w->importer()->controller().isBusy());
        QCOMPARE(table(*w)->model()->rowCount(), 138);
    }

    void binaryFileIsAnErrorRowAndImportsNothing()
    {
        auto w = openWindow();
        const QString before = dbState(w->database());
        const QString png = m_dir.filePath(QStringLiteral("picture.png"));
        QFile f(png);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33));
        f.write(QByteArray(2000, '\x7f'));
        f.close();
        std::unique_ptr<QMimeData> mime(mimeForPaths({png}));
        const ImportReport report = dropAndWait(*w, *mime);
        QCOMPARE(report.end, ImportReport::End::Nothing);
        QCOMPARE(m_reviews, 0); // nothing to review
        QTreeWidget *list = outcomes(*w);
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Error"));
        QVERIFY2(list->topLevelItem(0)->text(2).contains(QStringLiteral("binary")),
                 qPrintable(list->topLevelItem(0)->text(2)));
        QCOMPARE(dbState(w->database()), before);
        QVERIFY(!w->undoStack()->canUndo());
        QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("Nothing imported: 1 error"));
    }

    void cancelInTheMiddleLeavesTheDatabaseAlone()
    {
        auto w = openWindow();
        const QString before = dbState(w->database());
        const QString folder = copyArticles(QStringLiteral("cancel"), 12);
        ImportController &controller = w->importer()->controller();
        // Slow the worker down so that the cancel lands mid-batch.
        controller.setAfterEachForTests([](int) { QThread::msleep(40); });
        QSignalSpy finished(&controller, &ImportController::finished);
        QSignalSpy progress(&controller, &ImportController::progressChanged);
        std::unique_ptr<QMimeData> mime(mimeForPaths({folder}));
        QVERIFY(sendDrag(*w, *mime, w->rect().center()));
        QVERIFY(controller.isBusy());
        auto *status = w->findChild<QWidget *>(QStringLiteral("importStatus"));
        QVERIFY(status->isVisible());
        // Wait until some articles are read, then press Cancel.
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 2, 20000);
        QVERIFY(finished.isEmpty());
        auto *cancel = w->findChild<QToolButton *>(QStringLiteral("importCancel"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(controller.lastReport().end, ImportReport::End::Cancelled);
        QCOMPARE(dbState(w->database()), before);
        QVERIFY(!w->undoStack()->canUndo());
        QCOMPARE(w->statusBar()->currentMessage(),
                 QStringLiteral("Import cancelled: nothing was stored"));
        QVERIFY(!status->isVisible());
        controller.setAfterEachForTests({});

        // The same folder again, to the end: twelve new incidents, one step.
        const ImportReport report = dropAndWait(*w, *mime);
        QCOMPARE(report.end, ImportReport::End::Committed);
        QCOMPARE(report.batch.count(commands::ImportOutcome::NewIncident), 12);
        QCOMPARE(table(*w)->model()->rowCount(), 150);
        QCOMPARE(w->statusBar()->currentMessage(),
                 QStringLiteral("Imported 12 articles: 12 new incidents"));
        w->undoStack()->undo();
        QCOMPARE(dbState(w->database()), before);
    }

    void cancelInTheReviewStoresNothing()
    {
        auto w = openWindow();
        const QString before = dbState(w->database());
        m_onReview = [](QDialog &dialog) { click(dialog, "reviewCancel"); };
        std::unique_ptr<QMimeData> mime(
            mimeForPaths({articlePath(QStringLiteral("vierzon-clinique.txt")),
                          articlePath(QStringLiteral("chsf-corbeil.txt"))}));
        const ImportReport report = dropAndWait(*w, *mime);
        QCOMPARE(m_reviews, 1);
        QCOMPARE(report.end, ImportReport::End::Declined);
        QCOMPARE(dbState(w->database()), before);
        QVERIFY(!w->undoStack()->canUndo());
    }

    // The reviewer skips the first article and accepts the second: only the
    // second is stored; the outcome list says which was left out.
    void skippedInTheReviewIsNotStored()
    {
        auto w = openWindow();
        db::IncidentRepository repo(w->database());
        const qint64 chsf = *repo.findBySlug(QStringLiteral("2022-08-chsf-corbeil-essonnes"));
        const qsizetype sources = repo.load(chsf)->sources.size();
        m_onReview = [](QDialog &dialog) {
            click(dialog, "reviewSkip");   // vierzon-clinique.txt
            click(dialog, "reviewAccept"); // chsf-corbeil.txt, then the review ends
        };
        std::unique_ptr<QMimeData> mime(
            mimeForPaths({articlePath(QStringLiteral("vierzon-clinique.txt")),
                          articlePath(QStringLiteral("chsf-corbeil.txt"))}));
        const ImportReport report = dropAndWait(*w, *mime);
        QCOMPARE(report.end, ImportReport::End::Committed);
        QCOMPARE(report.batch.items.size(), 2);
        QCOMPARE(report.batch.items[0].outcome, commands::ImportOutcome::Skipped);
        QCOMPARE(report.batch.items[1].outcome, commands::ImportOutcome::AddedSource);
        QCOMPARE(table(*w)->model()->rowCount(), 138);
        QCOMPARE(repo.load(chsf)->sources.size(), sources + 1);
        QTreeWidget *list = outcomes(*w);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Skipped"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Added source"));
        QCOMPARE(w->statusBar()->currentMessage(),
                 QStringLiteral("Imported 1 article: 1 source added, 1 skipped"));
    }

    void reviewerCanDropTheBatch()
    {
        auto w = openWindow();
        const QString before = dbState(w->database());
        int reviewed = 0;
        w->importer()->controller().setReviewer([&](commands::StagedBatch &batch) {
            reviewed += int(batch.items.size());
            return false;
        });
        std::unique_ptr<QMimeData> mime(
            mimeForPaths({articlePath(QStringLiteral("vierzon-clinique.txt")),
                          articlePath(QStringLiteral("chsf-corbeil.txt"))}));
        const ImportReport report = dropAndWait(*w, *mime);
        QCOMPARE(reviewed, 2);
        QCOMPARE(report.end, ImportReport::End::Declined);
        QCOMPARE(dbState(w->database()), before);
        QVERIFY(!w->undoStack()->canUndo());
    }

    void pasteImportsTheClipboard()
    {
        auto w = openWindow();
        QSignalSpy finished(&w->importer()->controller(), &ImportController::finished);
        QGuiApplication::clipboard()->setText(
            readText(articlePath(QStringLiteral("vierzon-clinique.txt"))));
        table(*w)->setFocus();
        w->findChild<QAction *>(QStringLiteral("actionPaste"))->trigger();
        QVERIFY(finished.wait(60000));
        const ImportReport &report = w->importer()->controller().lastReport();
        QCOMPARE(report.end, ImportReport::End::Committed);
        QCOMPARE(report.batch.items.size(), 1);
        QCOMPARE(report.batch.items.first().name, QStringLiteral("pasted text"));
        QCOMPARE(table(*w)->model()->rowCount(), 139);
        // An empty clipboard: a message, no import.
        QGuiApplication::clipboard()->clear();
        const int boxes = MessageBox::count();
        w->findChild<QAction *>(QStringLiteral("actionPaste"))->trigger();
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY(!w->importer()->controller().isBusy());
    }
};

QTEST_MAIN(TestDropImport)
#include "tst_dropimport.moc"
