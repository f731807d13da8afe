// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench report [N] [--runs R]: the PDF report (ui/report) of every
// incident, on the bundled dataset (no N) or on N synthetic incidents: the
// time to gather the data (ReportData::collect: load the incidents and
// sources, figures, timeline and map inputs), to lay out and paint every
// page (renderReport), and to write the file (writeReport, all of it), with
// the page count and the file size; then each section rendered alone.
#include "Bench.h"
#include "SyntheticIncidents.h"

#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "filter/FilterController.h"
#include "geo/MapData.h"
#include "notify/Notifier.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace vigie::bench {

namespace {

int report(const QStringList &args, QTextStream &out)
{
    qint64 n = 0;
    int runs = 3;
    for (int i = 0; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == u"--runs" && i + 1 < args.size())
            runs = args[++i].toInt(&ok);
        else
            n = args[i].toLongLong(&ok);
        if (!ok || n < 0 || runs < 1) {
            out << "usage: vigie-bench report [N] [--runs R]\n";
            return 2;
        }
    }
    QTemporaryDir dir;
    db::OpenOptions options;
    options.empty = n > 0;
    auto database = db::openDatabase(dir.filePath(QStringLiteral("bench.sqlite")), options);
    if (!database) {
        out << database.error() << '\n';
        return 1;
    }
    if (n > 0) {
        db::IncidentRepository repository(*database);
        auto bulk = repository.beginBulkInsert();
        if (!bulk) {
            out << bulk.error() << '\n';
            return 1;
        }
        SyntheticIncidents generator;
        for (qint64 k = 0; k < n; ++k) {
            Incident incident = generator.next(k);
            if (auto id = bulk->insert(incident); !id) {
                out << id.error() << '\n';
                return 1;
            }
        }
        if (Status s = bulk->commit(); !s) {
            out << s.error() << '\n';
            return 1;
        }
    }
    Notifier notifier;
    filter::FilterController controller(*database, notifier);
    if (Status s = controller.reload(); !s) {
        out << s.error() << '\n';
        return 1;
    }
    QList<double> collectMs, renderMs, writeMs;
    int pages = 0;
    qint64 bytes = 0;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    for (int run = 0; run < runs; ++run) {
        Stopwatch sw;
        auto data = ui::ReportData::collect(*database, controller);
        collectMs.append(sw.elapsedMs());
        if (!data) {
            out << data.error() << '\n';
            return 1;
        }
        sw.restart();
        ui::ReportSections sections = ui::defaultReportSections(*data);
        auto pdf = ui::renderReport(*data, sections, [&pages](int, int total) {
            pages = total;
            return true;
        });
        renderMs.append(sw.elapsedMs());
        if (!pdf) {
            out << pdf.error() << '\n';
            return 1;
        }
        sw.restart();
        if (Status s = ui::writeReport(*data, path); !s) {
            out << s.error() << '\n';
            return 1;
        }
        writeMs.append(sw.elapsedMs());
        bytes = QFileInfo(path).size();
    }
    // Each section alone (one run): where the time goes.
    auto data = ui::ReportData::collect(*database, controller);
    if (!data) {
        out << data.error() << '\n';
        return 1;
    }
    QStringList perSection;
    for (auto &section : ui::defaultReportSections(*data)) {
        const QString title = section->title();
        ui::ReportSections one;
        one.push_back(std::move(section));
        Stopwatch sw;
        if (!ui::renderReport(*data, one))
            return 1;
        perSection.append(QStringLiteral("%1 %2 ms").arg(title).arg(sw.elapsedMs(), 0, 'f', 1));
    }
    out << QStringLiteral("incidents %1 (%2)  pages %3  size %4 KiB  runs %5\n")
               .arg(controller.engine().counts().selected)
               .arg(n > 0 ? QStringLiteral("synthetic") : QStringLiteral("bundled dataset"))
               .arg(pages)
               .arg(bytes / 1024)
               .arg(runs);
    out << QStringLiteral("collect median %1 ms  render median %2 ms  write (all) median %3 ms  "
                          "peak RSS %4 MiB\n")
               .arg(median(collectMs), 0, 'f', 1)
               .arg(median(renderMs), 0, 'f', 1)
               .arg(median(writeMs), 0, 'f', 1)
               .arg(double(peakRssBytes()) / (1024 * 1024), 0, 'f', 0);
    out << "by section: " << perSection.join(QStringLiteral("; ")) << '\n';
    Stopwatch geometry;
    const bool loaded = geo::MapData::load().ok();
    out << QStringLiteral("of which loading the map geometry: %1 ms%2\n")
               .arg(geometry.elapsedMs(), 0, 'f', 1)
               .arg(loaded ? QString() : QStringLiteral(" (failed)"));
    return 0;
}

const Registration registration("report", "report [N] [--runs R]", &report);

} // namespace

} // namespace vigie::bench
