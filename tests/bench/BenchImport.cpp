// SPDX-License-Identifier: GPL-3.0-or-later
// `vigie-bench import [DIR]`: time to import a folder of articles into a
// fresh database holding the bundled dataset, through the same core as
// `vigie import` (commands::ImportBatch): stage (read, extract, classify)
// then one commit. Without DIR, 1,000 generated French and English articles
// of about 2 KB are written to a temporary folder first (not timed).
// Target: 1,000 articles in at most 10 s. (The event-loop responsiveness
// part belongs to the drag-and-drop import, which runs this in a worker.)
#include "Bench.h"
#include "BenchArticles.h"
#include "commands/ImportBatch.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "extract/Extractor.h"
#include "import/ReaderRegistry.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace vigie::bench {

QString generatedArticle(int i, QRandomGenerator &rng)
{
    static const char *const towns[] = {"Dax",     "Arles",   "Brest",   "Rennes", "Vierzon",
                                        "Cahors",  "Auxerre", "Mâcon",   "Tarbes", "Vannes",
                                        "Bourges", "Rodez",   "Alençon", "Albi",   "Lisieux"};
    const QString town = QString::fromUtf8(towns[rng.bounded(15)]);
    const int day = 1 + int(rng.bounded(27));
    const int month = 1 + int(rng.bounded(12));
    const int year = 2019 + int(rng.bounded(6));
    if (i % 3 == 2) {
        return QStringLiteral(
                   "%1 General Hospital hit by ransomware\n\n"
                   "Published %2-%3-%4\n\n"
                   "%1 General Hospital said on Tuesday that a ransomware attack had encrypted "
                   "its servers on %2-%3-%4, forcing staff to use paper records. Ambulances "
                   "were diverted to nearby hospitals and elective surgeries were postponed. "
                   "The hospital said patient names and addresses may have been stolen, and "
                   "that it had informed the regulator. Report number %5 of the series.\n\n"
                   "The attack was claimed by a criminal group on its leak site, which "
                   "threatened to publish the stolen files unless a ransom was paid. The "
                   "hospital said it would not pay and was working with outside experts to "
                   "restore its systems, which could take several weeks.\n")
            .arg(town)
            .arg(year)
            .arg(month, 2, 10, QLatin1Char('0'))
            .arg(day, 2, 10, QLatin1Char('0'))
            .arg(i);
    }
    return QStringLiteral(
               "Cyberattaque : le centre hospitalier de %1 paralysé\n\n"
               "Publié le %2/%3/%4 à 10h12\n\n"
               "Le centre hospitalier de %1 a été visé le %2/%3/%4 par une attaque au "
               "rançongiciel. Les serveurs ont été chiffrés et le réseau coupé par "
               "précaution ; les soignants travaillent avec des dossiers papier et plusieurs "
               "opérations programmées ont été reportées. Dépêche numéro %5.\n\n"
               "La direction a déclenché le plan blanc et porté plainte. Selon elle, les noms "
               "et adresses de patients ont pu être consultés, mais aucune donnée médicale "
               "n'aurait été exfiltrée. L'Agence régionale de santé suit la situation avec "
               "l'ANSSI, et les patients des urgences sont réorientés vers les établissements "
               "voisins le temps de rétablir les outils informatiques.\n")
        .arg(town)
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(year)
        .arg(i);
}

bool writeGeneratedArticles(const QString &folder, int count)
{
    QDir().mkpath(folder);
    QRandomGenerator rng(7);
    for (int i = 0; i < count; ++i) {
        QFile f(folder + QStringLiteral("/a%1.txt").arg(i, 4, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(generatedArticle(i, rng).toUtf8());
    }
    return true;
}

namespace {

int benchImport(const QStringList &args, QTextStream &out)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        out << "cannot create a temporary folder\n";
        return 1;
    }
    QString folder = args.value(0);
    if (folder.isEmpty()) {
        folder = scratch.filePath(QStringLiteral("articles"));
        if (!writeGeneratedArticles(folder, 1000))
            return 1;
        out << "generated 1000 articles in " << folder << "\n";
    }

    Stopwatch setup;
    auto database = db::openDatabase(scratch.filePath(QStringLiteral("bench.sqlite")));
    if (!database) {
        out << database.error() << "\n";
        return 1;
    }
    const import::ReaderRegistry readers;
    const extract::Extractor extractor;
    // Build the extractor's lexicons and gazetteer outside the timing.
    extract::ArticleInput warmUp;
    warmUp.text = QStringLiteral("Le CHU de Rennes a subi une cyberattaque.");
    extractor.extract(warmUp);
    out << "setup (database with the bundled dataset, extractor warm-up): " << setup.elapsedMs()
        << " ms\n";

    Stopwatch total;
    Stopwatch step;
    const QList<commands::ImportInput> inputs = commands::inputsFromPaths({folder});
    const double collectMs = step.elapsedMs();
    step.restart();
    commands::IncidentMatcher matcher = commands::ImportBatch::matcherFor(*database);
    const double matcherMs = step.elapsedMs();
    step.restart();
    commands::StageTimings timings;
    commands::ImportOptions options;
    options.timings = &timings;
    const commands::ImportBatch importer(readers, extractor);
    auto staged = importer.stage(inputs, std::move(matcher), options);
    if (!staged) {
        out << staged.error() << "\n";
        return 1;
    }
    const double stageMs = step.elapsedMs();
    step.restart();
    auto summary = commands::ImportBatch::commit(*database, *staged, options);
    if (!summary) {
        out << "commit failed: " << summary.error() << "\n";
        return 1;
    }
    const double commitMs = step.elapsedMs();
    const double totalMs = total.elapsedMs();

    out << "files: " << inputs.size() << " (new incidents "
        << staged->count(commands::ImportOutcome::NewIncident) << ", added sources "
        << staged->count(commands::ImportOutcome::AddedSource) << ", duplicates "
        << staged->count(commands::ImportOutcome::Duplicate) << ", errors "
        << staged->count(commands::ImportOutcome::Error) << ")\n";
    out << "  collect files:        " << collectMs << " ms\n";
    out << "  load known incidents: " << matcherMs << " ms\n";
    out << "  stage:                " << stageMs << " ms (read " << timings.readMs
        << " ms, extract " << timings.extractMs << " ms, classify " << timings.classifyMs
        << " ms)\n";
    out << "  commit (one transaction): " << commitMs << " ms\n";
    out << "total: " << totalMs << " ms (" << (totalMs > 0 ? inputs.size() * 1000.0 / totalMs : 0)
        << " files/s); target for 1,000 articles <= 10000 ms\n";
    out << "incidents in the database: " << db::IncidentRepository(*database).count() << "\n";
    out << "peak memory: " << peakRssBytes() / (1024 * 1024) << " MB\n";
    return 0;
}

const Registration registration("import",
                                "[DIR]  time to import a folder of articles "
                                "(generates 1,000 without DIR)",
                                benchImport);

} // namespace

} // namespace vigie::bench
