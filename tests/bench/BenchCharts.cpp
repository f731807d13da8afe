// SPDX-License-Identifier: GPL-3.0-or-later
// vigie-bench charts N: what the Charts dock costs per filter change on an
// N-row snapshot (SyntheticIncidents, 20 threat actors): for each chart the
// table (ChartData::build, from the engine's linked group) and the chart
// drawn headless into a 1200×750 image (paintChart: QChart built and
// rendered, frame included). Medians and p90 over 15 filter changes.
#include "Bench.h"
#include "SyntheticIncidents.h"

#include "charts/ChartData.h"
#include "charts/ChartFigure.h"
#include "filter/FilterEngine.h"
#include "filter/Snapshot.h"

#include <QImage>
#include <QPainter>

namespace vigie::bench {

namespace {

int charts(const QStringList &args, QTextStream &out)
{
    bool ok = false;
    const qint64 n = args.value(0).toLongLong(&ok);
    if (!ok || n <= 0) {
        out << "usage: vigie-bench charts N\n";
        return 2;
    }
    SyntheticIncidents gen;
    filter::Snapshot snap;
    snap.reserve(qint32(n));
    for (qint64 k = 1; k <= n; ++k) {
        Incident i = gen.next(k);
        i.dbId = k;
        i.threatActor = QStringLiteral("Actor %1").arg(k % 20);
        snap.upsert(filter::SnapshotRecord::fromIncident(i));
    }
    filter::FilterEngine engine(snap);
    const QStringList regions{QStringLiteral("11"), QStringLiteral("32"), QStringLiteral("84")};
    QImage image(1200, 750, QImage::Format_ARGB32_Premultiplied);
    out << "chart\tn\tbuild_median_ms\tbuild_p90_ms\tpaint_median_ms\tpaint_p90_ms\n";
    for (int c = 0; c < ui::chartKindCount; ++c) {
        const auto kind = ui::ChartKind(c);
        QList<double> build, paint;
        for (int step = 0; step < 15; ++step) {
            filter::FilterSpec spec;
            if (step % 3 != 0)
                spec.regions = {regions[step % 3]};
            if (step % 2 == 0)
                spec.attackTypes = AttackTypes{AttackType::Ransomware};
            engine.setSpec(spec);
            Stopwatch sw;
            const ui::ChartTable t = ui::ChartData::build(kind, engine, snap);
            build.append(sw.elapsedMs());
            image.fill(Qt::white);
            sw.restart();
            {
                QPainter p(&image);
                ui::paintChart(ui::ChartData::name(kind), engine, snap, p, QRectF(0, 0, 1200, 750));
            }
            paint.append(sw.elapsedMs());
            if (t.categories.isEmpty())
                out << "# empty chart " << ui::ChartData::name(kind) << "\n";
        }
        out << ui::ChartData::name(kind) << '\t' << n << '\t'
            << QString::number(median(build), 'f', 2) << '\t'
            << QString::number(percentile(build, 90), 'f', 2) << '\t'
            << QString::number(median(paint), 'f', 2) << '\t'
            << QString::number(percentile(paint, 90), 'f', 2) << '\n';
    }
    return 0;
}

const Registration registration("charts", "N", charts);

} // namespace

} // namespace vigie::bench
