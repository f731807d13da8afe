// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report (ui/report), read back with Poppler: its pages and
// headings, every filtered incident and source in the table, the filter
// narrowing it, atomic writes, File → Export Report… and the figures.
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "charts/ChartFigure.h"
#include "db/DatabaseSetup.h"
#include "filter/FilterController.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "notify/Notifier.h"
#include "report/ChartsSection.h"
#include "report/IncidentTableSection.h"
#include "report/ReportData.h"
#include "report/ReportFigures.h"
#include "report/ReportStyle.h"
#include "report/ReportWriter.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <sys/resource.h>

using namespace vigie;
using namespace vigie::ui;

namespace {

struct ReadBack {
    QStringList pages;          // text of each page
    QList<QSizeF> sizes;        // in points
    QList<QSet<QString>> links; // URLs of each page's link annotations
    QStringList victimColumn;   // the words in the table's victim column, top to bottom
    QString title;
};

ReadBack readBack(const QByteArray &pdf)
{
    ReadBack out;
    auto document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return out;
    out.title = document->info(QStringLiteral("Title"));
    for (int i = 0; i < document->numPages(); ++i) {
        auto page = document->page(i);
        // NFKC: Poppler hands out the font's ligatures ("ﬁ" for "fi").
        out.pages.append(page->text(QRectF()).normalized(QString::NormalizationForm_KC));
        out.sizes.append(page->pageSizeF());
        // The victim column: cells wrap, so a name spans lines that the
        // page's text interleaves with the other columns.
        const qreal body = 595.28 - 2 * ReportStyle::margin;
        const qreal x0 = ReportStyle::margin + body * IncidentTableSection::columnShares[0];
        const qreal x1 = x0 + body * IncidentTableSection::columnShares[1];
        std::vector<std::pair<QPointF, QString>> words;
        for (const auto &box : page->textList()) {
            const QRectF r = box->boundingBox();
            if (r.left() >= x0 - 0.5 && r.left() < x1)
                words.emplace_back(QPointF(r.left(), std::round(r.bottom())), box->text());
        }
        std::sort(words.begin(), words.end(), [](const auto &a, const auto &b) {
            return a.first.y() != b.first.y() ? a.first.y() < b.first.y()
                                              : a.first.x() < b.first.x();
        });
        QString column;
        for (const auto &word : words)
            column += word.second;
        out.victimColumn.append(column.normalized(QString::NormalizationForm_KC));
        QSet<QString> urls;
        for (const auto &link : page->links())
            if (link->linkType() == Poppler::Link::Browse)
                urls.insert(static_cast<const Poppler::LinkBrowse *>(link.get())->url());
        out.links.append(urls);
    }
    return out;
}

// Text without any white space: a victim or URL wrapped over two lines is
// still found.
QString squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace())
            out.append(c);
    return out;
}

QByteArray render(const ReportData &data)
{
    ReportSections sections = defaultReportSections(data);
    auto bytes = renderReport(data, sections);
    if (!bytes)
        qFatal("report failed: %s", qPrintable(bytes.error()));
    return *bytes;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<db::Database> m_db;
    Notifier m_notifier;
    std::unique_ptr<filter::FilterController> m_filter;
    const QDate m_day{2026, 11, 29};

    ReportData collect(const QString &filterText = {})
    {
        filter::FilterSpec spec;
        if (!filterText.isEmpty()) {
            auto parsed = filter::FilterSpec::parse(filterText);
            if (!parsed)
                qFatal("bad filter %s", qPrintable(filterText));
            spec = *parsed;
        }
        if (Status s = m_filter->setSpec(spec); !s)
            qFatal("setSpec: %s", qPrintable(s.error()));
        auto data = ReportData::collect(*m_db, *m_filter, m_day, QLocale(QLocale::English));
        if (!data)
            qFatal("collect: %s", qPrintable(data.error()));
        return std::move(data).value();
    }

    static QStringList tablePages(const ReadBack &pdf)
    {
        QStringList out;
        for (const QString &page : pdf.pages)
            if (page.contains(QStringLiteral("Incidents and their sources")))
                out.append(page);
        return out;
    }

    static int chartPages(const ReportData &data)
    {
        return int(data.charts.size() + ChartsSection::chartsPerPage - 1) /
               ChartsSection::chartsPerPage;
    }

    static QSet<QString> sourceUrls(const ReportData &data)
    {
        QSet<QString> urls;
        for (const Incident &incident : data.incidents)
            for (const Source &source : incident.sources)
                if (!source.url.isEmpty())
                    urls.insert(source.url);
        return urls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, QStringLiteral("tst_report"));
        QVERIFY(installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)));
        auto db = db::openDatabase(m_dir.filePath(QStringLiteral("report.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db.emplace(std::move(db).value());
        m_filter = std::make_unique<filter::FilterController>(*m_db, m_notifier);
        QVERIFY(m_filter->reload().ok());
    }

    void pagesAndHeadings()
    {
        const ReportData data = collect();
        QCOMPARE(data.incidents.size(), qsizetype(data.totalIncidents));
        QVERIFY(data.incidents.size() > 100); // the bundled dataset
        const ReadBack pdf = readBack(render(data));
        const int n = int(pdf.pages.size());
        QVERIFY2(n >= 9, qPrintable(QString::number(n)));
        QCOMPARE(pdf.title, QStringLiteral("Vigie report"));

        // Cover: title, date, filters, key figures and lists.
        const QString cover = pdf.pages[0];
        for (const char *text :
             {"Vigie report", "Cyberattacks on health organisations", "Generated on",
              "29 November 2026", "Filters: none", "incidents", "Incidents per year",
              "Regions most hit", "Attack types", "Data compromised", "records affected"})
            QVERIFY2(cover.contains(QLatin1String(text)), text);
        QVERIFY(cover.contains(QStringLiteral("%1 incidents").arg(data.incidents.size())));
        // The busiest year and region are named with their counts.
        QVERIFY(cover.contains(data.figures.regions.first().first));

        // Timeline on a landscape page, map on a portrait one.
        QVERIFY(pdf.pages[1].contains(QStringLiteral("Incidents over time")));
        QVERIFY(pdf.sizes[1].width() > pdf.sizes[1].height());
        QVERIFY(pdf.pages[2].contains(QStringLiteral("Incidents by region and country")));
        QVERIFY(pdf.sizes[2].width() < pdf.sizes[2].height());
        QVERIFY(qAbs(pdf.sizes[0].width() - 595.3) < 1 && qAbs(pdf.sizes[0].height() - 841.9) < 1);

        // The charts, two a page, each under its title.
        const int charts = chartPages(data);
        QCOMPARE(data.charts.size(), qsizetype(chartNames().size()));
        QVERIFY(pdf.pages[3].contains(QStringLiteral("Charts")));
        QString chartText;
        for (int i = 3; i < 3 + charts; ++i) {
            QVERIFY(pdf.pages[i].contains(QStringLiteral("Charts")));
            QVERIFY(pdf.sizes[i].width() < pdf.sizes[i].height());
            chartText += pdf.pages[i];
        }
        for (const QString &name : chartNames())
            QVERIFY2(chartText.contains(chartTitle(name)), qPrintable(chartTitle(name)));

        // The table after them, its header repeated on every page.
        const int first = 3 + charts;
        const QStringList table = tablePages(pdf);
        QCOMPARE(table.size(), n - first);
        QVERIFY(pdf.pages[first].contains(QStringLiteral("Incidents and their sources")));
        QVERIFY(!pdf.pages[first].contains(QStringLiteral("(continued)")));
        for (int i = first + 1; i < n; ++i)
            QVERIFY(
                pdf.pages[i].contains(QStringLiteral("Incidents and their sources (continued)")));
        for (const QString &page : table)
            for (const char *header :
                 {"Date", "Victim", "Place", "Attack types", "Data compromised", "Threat actor"})
                QVERIFY2(page.contains(QLatin1String(header)), header);

        // Footer on every page.
        for (int i = 0; i < n; ++i) {
            QVERIFY2(pdf.pages[i].contains(QStringLiteral("page %1 / %2").arg(i + 1).arg(n)),
                     qPrintable(QString::number(i)));
            QVERIFY(pdf.pages[i].contains(QStringLiteral("Vigie — %1 incidents — 29 November 2026")
                                              .arg(data.incidents.size())));
        }
    }

    void everyIncidentAndSourceIsListed()
    {
        const ReportData data = collect();
        const ReadBack pdf = readBack(render(data));
        const QString table = squeezed(tablePages(pdf).join(QString()));
        const QString victimColumn = squeezed(pdf.victimColumn.join(QString()));
        for (const Incident &incident : data.incidents) {
            const QStringList victims =
                incident.victims.isEmpty() ? QStringList{incident.title} : incident.victims;
            for (const QString &victim : victims)
                QVERIFY2(victimColumn.contains(squeezed(victim)), qPrintable(victim));
            for (const Source &source : incident.sources)
                QVERIFY2(table.contains(squeezed(source.url)), qPrintable(source.url));
        }
        // Each URL is a clickable link, on the table pages only.
        QSet<QString> links;
        for (int i = 0; i < pdf.links.size(); ++i) {
            if (i < 3 + chartPages(data))
                QVERIFY(pdf.links[i].isEmpty());
            links.unite(pdf.links[i]);
        }
        QCOMPARE(links, sourceUrls(data));
    }

    void rowsAreNeverCut()
    {
        // Every incident's row starts and ends on the same page: its victim
        // and all its sources' URLs are on one page.
        const ReportData data = collect();
        const ReadBack pdf = readBack(render(data));
        QList<QString> pages;
        for (int i = 0; i < pdf.pages.size(); ++i)
            pages.append(squeezed(pdf.victimColumn[i] + pdf.pages[i]));
        for (const Incident &incident : data.incidents) {
            if (incident.sources.isEmpty() || incident.victims.isEmpty())
                continue;
            const QString victim = squeezed(incident.victims.first());
            const QString lastUrl = squeezed(incident.sources.last().url);
            bool together = false;
            for (const QString &page : pages)
                together = together || (page.contains(victim) && page.contains(lastUrl));
            QVERIFY2(together, qPrintable(incident.victims.first()));
        }
    }

    void aFilterNarrowsTheTable()
    {
        const ReportData all = collect();
        const ReportData some = collect(QStringLiteral("attack=ransomware;from=2022"));
        m_filter->setSpec({});
        QVERIFY(!some.incidents.isEmpty());
        QVERIFY(some.incidents.size() < all.incidents.size());
        QCOMPARE(qsizetype(m_filter->engine().counts().total), all.incidents.size());
        for (const Incident &incident : some.incidents) {
            QVERIFY(incident.attackTypes && incident.attackTypes->contains(AttackType::Ransomware));
            QVERIFY(reportDate(incident).year() >= 2022 || reportDate(incident).isNull());
        }
        const ReadBack pdf = readBack(render(some));
        QVERIFY(pdf.pages[0].contains(QStringLiteral("Filters:")));
        QVERIFY(pdf.pages[0].contains(QStringLiteral("Ransomware")));
        QVERIFY(pdf.pages[0].contains(QStringLiteral("since 2022")));
        QVERIFY(pdf.pages[0].contains(
            QStringLiteral("of %1 in the database").arg(all.incidents.size())));
        QSet<QString> links;
        for (const auto &page : pdf.links)
            links.unite(page);
        QCOMPARE(links, sourceUrls(some));
        QVERIFY(links.size() < sourceUrls(all).size());
        // An incident left out by the filter is not in the table.
        const QString table = squeezed(tablePages(pdf).join(QString()));
        int absent = 0;
        for (const Incident &incident : all.incidents) {
            if (incident.attackTypes && incident.attackTypes->contains(AttackType::Ransomware))
                continue;
            for (const Source &source : incident.sources)
                if (!sourceUrls(some).contains(source.url) && !table.contains(squeezed(source.url)))
                    ++absent;
        }
        QVERIFY(absent > 0);
    }

    void emptySelectionStillWrites()
    {
        const ReportData none = collect(QStringLiteral("q=zzzznotaword"));
        m_filter->setSpec({});
        QCOMPARE(none.incidents.size(), qsizetype(0));
        const ReadBack pdf = readBack(render(none));
        QVERIFY(pdf.pages.size() >= 4);
        QVERIFY(
            pdf.pages.last().contains(QStringLiteral("No incident passes the current filters.")));
    }

    void writesAtomically()
    {
        const QString path = m_dir.filePath(QStringLiteral("atomic.pdf"));
        const QByteArray old("an older report\n");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        const ReportData data = collect();

        // Cancelled after two pages: nothing written.
        Status cancelled = writeReport(data, path, [](int done, int) { return done < 2; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error(), reportCancelledMessage());
        QCOMPARE(test::readFile(path), old);

        // A write that fails (the file size limit stands for a full disk;
        // it binds root too): the old file stays whole, no temporary left.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit small = saved;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status failed = writeReport(data, path);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(path), qPrintable(failed.error()));
        QCOMPARE(test::readFile(path), old);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("atomic.pdf*")}, QDir::Files),
                 QStringList{QStringLiteral("atomic.pdf")});

        // And a good write replaces it.
        QVERIFY(writeReport(data, path).ok());
        QVERIFY(test::readFile(path).startsWith("%PDF"));
        QCOMPARE(readBack(test::readFile(path)).pages.size(), readBack(render(data)).pages.size());
    }

    void exportFromTheWindow()
    {
        auto db = db::openDatabase(m_dir.filePath(QStringLiteral("window.sqlite")));
        QVERIFY(db.ok());
        MainWindow window(std::move(db).value());
        auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(menu);
        QAction *action = window.findChild<QAction *>(QStringLiteral("actionExportReport"));
        QVERIFY(action);
        QVERIFY(menu->actions().contains(action));

        auto spec = filter::FilterSpec::parse(QStringLiteral("attack=ransomware"));
        QVERIFY(spec.ok());
        QVERIFY(window.filterController().setSpec(*spec).ok());
        const QString path = m_dir.filePath(QStringLiteral("window.pdf"));
        QVERIFY(window.exportReport(path));
        const ReadBack pdf = readBack(test::readFile(path));
        QVERIFY(pdf.pages.size() >= 4);
        const qint32 selected = window.filterController().engine().counts().selected;
        QVERIFY(pdf.pages[0].contains(QStringLiteral("Vigie — %1 incidents").arg(selected)));

        // An unwritable place: an error box, no file.
        MessageBox::setAutoAnswer(QMessageBox::Ok);
        const int boxes = MessageBox::count();
        const QString bad = m_dir.filePath(QStringLiteral("no/such/folder/r.pdf"));
        QVERIFY(!window.exportReport(bad));
        MessageBox::setAutoAnswer(std::nullopt);
        QCOMPARE(MessageBox::count(), boxes + 1);
        QCOMPARE(MessageBox::last().icon, QMessageBox::Critical);
        QVERIFY(MessageBox::last().text.contains(QStringLiteral("could not write the report")));
        QVERIFY(!QFile::exists(bad));
    }

    // The charts are drawn on a virtual screen twice the page's width; their
    // labels are enlarged so that they print at a readable size (they came
    // out at about 5 pt), like the body text of the other pages.
    void chartLabelsReadableOnPaper()
    {
        const ReportData data = collect();
        auto document = Poppler::Document::loadFromData(render(data));
        QVERIFY(document);
        qreal smallest = 1000;
        int labels = 0;
        for (int i = 0; i < document->numPages(); ++i) {
            auto page = document->page(i);
            if (!page->text(QRectF()).contains(QStringLiteral("Incidents by region")))
                continue;
            for (const auto &box : page->textList())
                if (box->text() == QStringLiteral("Bretagne") ||
                    box->text() == QStringLiteral("Normandie") ||
                    box->text() == QStringLiteral("Hospital")) {
                    smallest = std::min(smallest, box->boundingBox().height());
                    ++labels;
                }
        }
        QVERIFY2(labels >= 2, "category labels of the region and victim charts");
        // The box of a line of 7.5 pt text is about 8.5 pt high.
        QVERIFY2(smallest >= 7.5, qPrintable(QString::number(smallest)));
    }

    void figures()
    {
        QList<Incident> list(4);
        list[0].occurred = PartialDate::ofDay(2022, 8, 21);
        list[0].country = QStringLiteral("FR");
        list[0].region = QStringLiteral("11");
        list[0].attackTypes = AttackTypes{AttackType::Ransomware, AttackType::DataTheft};
        list[0].dataCompromised = DataCategories{DataCategory::Medical};
        list[0].recordsAffected = 700000;
        list[0].victims = {QStringLiteral("CHSF")};
        list[1].disclosed = PartialDate::ofMonth(2022, 12);
        list[1].country = QStringLiteral("FR");
        list[1].region = QStringLiteral("11");
        list[1].attackTypes = AttackTypes{AttackType::Ransomware};
        list[1].recordsAffected = 1000;
        list[2].published = PartialDate::ofYear(2023);
        list[2].country = QStringLiteral("BE");
        list[2].threatActor = QStringLiteral("LockBit");
        // list[3]: nothing known.
        const ReportFigures f = ReportFigures::compute(list);
        QCOMPARE(f.incidents, qsizetype(4));
        QCOMPARE(f.perYear.value(2022), 2);
        QCOMPARE(f.perYear.value(2023), 1);
        QCOMPARE(f.undated, 1);
        QCOMPARE(f.regions.size(), qsizetype(2));
        QCOMPARE(f.regions[0], std::make_pair(QStringLiteral("Île-de-France"), 2));
        QCOMPARE(f.regions[1].second, 1);
        QCOMPARE(f.regionNotStated, 1);
        QCOMPARE(f.attackTypes[0], std::make_pair(displayName(AttackType::Ransomware), 2));
        QCOMPARE(f.attackTypes[1], std::make_pair(displayName(AttackType::DataTheft), 1));
        QCOMPARE(f.attackNotStated, 2);
        QCOMPARE(f.dataCompromised.size(), qsizetype(1));
        QCOMPARE(f.dataNotStated, 3);
        QCOMPARE(f.threatActors[0], std::make_pair(QStringLiteral("LockBit"), 1));
        QCOMPARE(f.recordsKnown, 2);
        QCOMPARE(f.recordsTotal, qint64(701000));
        QCOMPARE(*f.recordsLargest, qint64(700000));
        QCOMPARE(f.recordsLargestVictim, QStringLiteral("CHSF"));

        const auto cells = IncidentTableSection::cells(list[0]);
        QCOMPARE(cells[0], QStringLiteral("21 Aug 2022"));
        QCOMPARE(cells[1], QStringLiteral("CHSF"));
        QVERIFY(cells[2].contains(QStringLiteral("Île-de-France")));
        QCOMPARE(cells[5], QStringLiteral("not stated"));
        QCOMPARE(IncidentTableSection::cells(list[3])[0], QStringLiteral("undated"));
        // The time charts' period: about 8 to 32 bars.
        QCOMPARE(ReportData::chartStep(1), TimeStep::Month);
        QCOMPARE(ReportData::chartStep(2), TimeStep::Month);
        QCOMPARE(ReportData::chartStep(3), TimeStep::Quarter);
        QCOMPARE(ReportData::chartStep(8), TimeStep::Quarter);
        QCOMPARE(ReportData::chartStep(13), TimeStep::Year);
    }

    void inFrench()
    {
        // The report speaks the UI language: its texts and dates. Last, since
        // installed translators stay (English, with only plural forms, would
        // not hide the French).
        QVERIFY(installTranslators(*qApp, QLocale(QLocale::French, QLocale::France)));
        QVERIFY(m_filter->setSpec({}).ok());
        auto data = ReportData::collect(*m_db, *m_filter, m_day, QLocale(QLocale::French));
        QVERIFY(data.ok());
        const ReadBack pdf = readBack(render(*data));
        QVERIFY2(pdf.pages[0].contains(QStringLiteral("Incidents par année")),
                 qPrintable(pdf.pages[0].left(400)));
        QVERIFY(pdf.pages[0].contains(QStringLiteral("29 novembre 2026")));
        QVERIFY(pdf.pages[0].contains(QStringLiteral("Cyberattaques contre les établissements")));
        QVERIFY(pdf.pages[0].contains(
            QStringLiteral("Vigie — %1 incidents — 29 novembre 2026").arg(data->incidents.size())));
        QVERIFY(pdf.pages[3].contains(QStringLiteral("Graphiques")));
        const int table = 3 + chartPages(*data);
        QVERIFY(pdf.pages[table].contains(QStringLiteral("Incidents et leurs sources")));
        QVERIFY(pdf.pages[table].contains(QStringLiteral("Victime")));
        QVERIFY(pdf.pages.last().contains(QStringLiteral("page %1 / %1").arg(pdf.pages.size())));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
