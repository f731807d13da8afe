// SPDX-License-Identifier: GPL-3.0-or-later
// `vigie-bench extract [DIR]`: articles per second through the extractor on
// one core, on the articles of DIR (read once, not timed) or, without DIR,
// on a generated corpus of ~3 KB French and English articles. Also times the
// gazetteer's first use and reports the peak memory.
#include "Bench.h"
#include "extract/ArticleLoader.h"
#include "extract/Extractor.h"
#include "geo/Gazetteer.h"
#include "import/ReaderRegistry.h"

#include <QDir>
#include <QDirIterator>
#include <QRandomGenerator>

#include <ctime>

namespace vigie::bench {

namespace {

// CPU time of this thread: the machine may be shared, wall time is noisy.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// A corpus in the shape of the news the extractor reads: headline,
// dateline, lead, body with impacts and data, passing mentions, furniture.
QList<extract::ArticleInput> generatedCorpus(int count)
{
    static const char *const victimsFr[] = {"CHU de Rennes",
                                            "centre hospitalier de Dax",
                                            "hôpital d'Arles",
                                            "clinique Saint-Victor",
                                            "centre hospitalier de Vitry-le-François",
                                            "CHU de Brest",
                                            "hôpital André-Mignot",
                                            "Ehpad Les Tilleuls"};
    static const char *const placesFr[] = {"Ille-et-Vilaine", "Landes", "Bouches-du-Rhône",
                                           "Loire",           "Marne",  "Finistère",
                                           "Yvelines",        "Sarthe"};
    static const char *const victimsEn[] = {"Riverside Memorial Hospital",
                                            "Leeds Teaching Hospitals NHS Trust",
                                            "Ardent Health Services", "Medilab Diagnostics"};
    QRandomGenerator rng(42);
    QList<extract::ArticleInput> out;
    for (int i = 0; i < count; ++i) {
        extract::ArticleInput a;
        const int day = 1 + int(rng.bounded(27));
        if (i % 3 != 2) {
            const QString victim = QString::fromUtf8(victimsFr[rng.bounded(8)]);
            const QString dept = QString::fromUtf8(placesFr[rng.bounded(8)]);
            a.text = QStringLiteral(
                         "Actualités › Santé\n\nCyberattaque : le %1 paralysé, les pirates "
                         "réclament une rançon\n\n"
                         "Publié le %2/03/2024 à 10h12 · Mis à jour le %2/03/2024 à 12h30\n\n"
                         "Le %1 (%3) a été frappé dans la nuit de samedi à dimanche par une "
                         "attaque au rançongiciel "
                         "revendiquée par le groupe LockBit. La direction a déclenché le plan "
                         "blanc et une cellule de "
                         "crise a été réunie dès le matin.\n\n"
                         "Les serveurs ont été chiffrés et le réseau informatique a été coupé par "
                         "précaution. Les "
                         "soignants travaillent avec des dossiers papier. Plusieurs opérations "
                         "programmées ont été "
                         "déprogrammées et une partie des patients des urgences est réorientée "
                         "vers les établissements "
                         "voisins. Les pirates exigent une rançon de 2 millions d'euros.\n\n"
                         "À ce stade, aucune donnée médicale des patients n'a été exfiltrée, selon "
                         "la direction, qui "
                         "précise que les noms et les adresses postales de 12 000 patients ont pu "
                         "être consultés. "
                         "L'Agence régionale de santé suit la situation avec l'ANSSI.\n\n"
                         "En février, un autre hôpital de la région avait déjà subi une attaque "
                         "similaire, sans "
                         "conséquence pour les patients. Les établissements publics ne versent "
                         "jamais de rançon.\n\n"
                         "« Nous travaillons sans informatique depuis dimanche, c'est éprouvant "
                         "pour les équipes », "
                         "confie une infirmière. La reprise des outils devrait prendre plusieurs "
                         "semaines, selon la "
                         "direction des systèmes d'information, qui a porté plainte.\n\n"
                         "Le directeur général a tenu une conférence de presse en fin de matinée. "
                         "Il a rappelé que "
                         "les urgences restaient ouvertes, que les patients déjà hospitalisés "
                         "étaient pris en charge "
                         "normalement et que les consultations seraient reprogrammées dès que "
                         "possible. Les familles "
                         "sont invitées à ne pas se déplacer sans rendez-vous et à privilégier le "
                         "téléphone, dont les "
                         "lignes de secours ont été rétablies dans l'après-midi.\n\n"
                         "Les enquêteurs de la gendarmerie, spécialisés dans la cybercriminalité, "
                         "se sont rendus sur "
                         "place pour réaliser les premières constatations. Une plainte a été "
                         "déposée et la CNIL a été "
                         "informée, comme l'exige le règlement européen sur la protection des "
                         "données. Le parquet "
                         "cyber de Paris s'est saisi de l'enquête, selon une source proche du "
                         "dossier.\n\n"
                         "Les syndicats dénoncent le manque de moyens consacrés à la sécurité "
                         "informatique dans les "
                         "hôpitaux publics. « Nous alertons depuis des années sur la vétusté des "
                         "équipements », "
                         "explique un représentant du personnel, qui réclame un plan national "
                         "d'investissement.\n\n"
                         "Cette attaque intervient dans un contexte de menace élevée pour les "
                         "établissements de "
                         "santé, régulièrement visés par des groupes criminels qui chiffrent les "
                         "systèmes puis "
                         "menacent de publier les données volées. L'Agence nationale de la "
                         "sécurité des systèmes "
                         "d'information recommande de tester régulièrement les sauvegardes et de "
                         "cloisonner les "
                         "réseaux, des mesures coûteuses pour des hôpitaux déjà en difficulté "
                         "financière.\n\n"
                         "Sur le même thème\n› Un nouveau scanner pour l'hôpital (12/03/2024)\n"
                         "› Les urgences saturées cet hiver (10/03/2024)\n")
                         .arg(victim, QString::number(day).rightJustified(2, u'0'), dept);
        } else {
            const QString victim = QString::fromUtf8(victimsEn[rng.bounded(4)]);
            a.text =
                QStringLiteral(
                    "Health Wire › Cybersecurity\n\n%1 diverts ambulances after ransomware "
                    "attack\n\n"
                    "March %2, 2024 4:15 PM ET\n\n"
                    "%1 began diverting ambulances on Tuesday after a ransomware attack that "
                    "started last "
                    "Thursday took its electronic health record system offline. Elective surgeries "
                    "were "
                    "rescheduled and outpatient appointments were cancelled.\n\n"
                    "The Rhysida gang claimed the attack and said it stole 1.5TB of data, "
                    "including names, dates "
                    "of birth and Social Security numbers of about 1.4 million patients. The "
                    "hospital said no "
                    "bank account numbers were involved, and that it will not pay any ransom.\n\n"
                    "Staff switched to paper records while the affected servers were shut down. "
                    "The attack is "
                    "similar to one that hit another hospital in the state last year.\n\n"
                    "The hospital's chief executive said in a statement that emergency departments "
                    "remained "
                    "open for walk-in patients and that staff were working around the clock to "
                    "restore services. "
                    "Patients with scheduled appointments were asked to call ahead, and pharmacies "
                    "were told to "
                    "expect paper prescriptions for the coming days.\n\n"
                    "Federal investigators and an outside cybersecurity firm are examining how the "
                    "attackers got "
                    "in. Security researchers say the group usually exploits unpatched "
                    "remote-access software "
                    "and sells access to affiliates, who then deploy the encryption tool and "
                    "negotiate payment "
                    "with the victims through a chat portal on the dark web.\n\n"
                    "State officials said they were monitoring the situation and coordinating with "
                    "nearby "
                    "hospitals, which have absorbed additional emergency cases since the outage "
                    "began. Nurses "
                    "described long waits and handwritten charts, and several patients said their "
                    "procedures "
                    "had been moved to next month without a clear new date.\n\n"
                    "Health-care organizations remain attractive targets because any interruption "
                    "puts "
                    "patients at risk, which attackers count on to push for quick payment. "
                    "Industry groups have "
                    "called for minimum security standards tied to federal funding, while hospital "
                    "associations "
                    "warn that smaller rural facilities cannot afford the staff and tools that "
                    "larger systems "
                    "use to detect intrusions early.\n\n"
                    "Related: How hospitals prepare for downtime (March 1, 2024)\n")
                    .arg(victim, QString::number(day));
        }
        out.append(a);
    }
    return out;
}

int runExtractBench(const QStringList &args, QTextStream &out)
{
    Stopwatch load;
    const geo::Gazetteer &gazetteer = geo::Gazetteer::shared();
    gazetteer.communeCount();
    const double loadMs = load.elapsedMs();
    load.restart();
    gazetteer.townCount();
    const double townsMs = load.elapsedMs();
    const qint64 rssAfterLoad = currentRssBytes();

    QList<extract::ArticleInput> articles;
    QString source;
    if (!args.isEmpty()) {
        const import::ReaderRegistry readers;
        QDirIterator it(args.first(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral(".json")))
                continue;
            const auto a = extract::loadArticle(readers, path);
            if (a)
                articles.append(a.value());
        }
        source = args.first();
    } else {
        articles = generatedCorpus(600);
        source = QStringLiteral("generated corpus");
    }
    if (articles.isEmpty()) {
        out << "no readable article in " << source << "\n";
        return 1;
    }
    qint64 bytes = 0;
    for (const auto &a : articles)
        bytes += a.text.toUtf8().size();

    const extract::Extractor extractor(gazetteer);
    extractor.extract(articles.first()); // compiles the patterns once
    // at least 2 s of work, whole passes over the corpus
    QList<double> perArticleUs;
    Stopwatch total;
    const double cpuStart = threadCpuSeconds();
    int done = 0;
    while (total.elapsedMs() < 2000.0 || done < articles.size()) {
        for (const auto &a : articles) {
            Stopwatch one;
            const extract::Extraction e = extractor.extract(a);
            perArticleUs.append(one.elapsedMs() * 1000.0);
            ++done;
            if (e.incident.published.isNull() && e.incident.victims.isEmpty())
                out.flush(); // keeps the result alive
        }
    }
    const double seconds = total.elapsedMs() / 1000.0;
    const double cpuSeconds = threadCpuSeconds() - cpuStart;
    out << "extract: " << articles.size() << " articles from " << source << ", mean size "
        << bytes / articles.size() << " bytes (UTF-8)\n";
    out << "  gazetteer first use: " << QString::number(loadMs, 'f', 1)
        << " ms (communes, regions, countries), " << QString::number(townsMs, 'f', 1)
        << " ms more for towns abroad; RSS after load " << rssAfterLoad / (1024 * 1024) << " MB\n";
    out << "  " << done << " extractions in " << QString::number(seconds, 'f', 2)
        << " s on one thread: " << QString::number(done / seconds, 'f', 0) << " articles/s (wall); "
        << QString::number(cpuSeconds, 'f', 2)
        << " s of CPU: " << QString::number(done / cpuSeconds, 'f', 0) << " articles/s per core\n";
    out << "  per article: median " << QString::number(median(perArticleUs), 'f', 0) << " us, p95 "
        << QString::number(percentile(perArticleUs, 95), 'f', 0) << " us, max "
        << QString::number(percentile(perArticleUs, 100), 'f', 0) << " us\n";
    out << "  peak RSS " << peakRssBytes() / (1024 * 1024) << " MB\n";
    return 0;
}

const Registration
    registration("extract",
                 "extract [DIR]: extraction speed on DIR's articles or a generated corpus",
                 runExtractBench);

} // namespace

} // namespace vigie::bench
