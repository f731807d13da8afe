// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatActors.h"

#include <QFile>
#include <QRegularExpression>

namespace vigie::extract {

namespace {

struct Group {
    QString name;
    bool needsContext = false;
};

struct Table {
    QList<Group> groups;
    QHash<QString, int> byAlias; // folded alias -> group index
    QRegularExpression any;      // every alias, longest first
};

const Table &table()
{
    static const Table t = [] {
        Table t;
        QFile file(QStringLiteral(":/extract/threat_actors.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        QStringList aliases;
        const QString content = QString::fromUtf8(file.readAll());
        for (const QString &raw : content.split(u'\n')) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QStringList parts = line.split(u'|');
            Group g;
            g.name = parts.first().trimmed();
            if (g.name.startsWith(u'?')) {
                g.needsContext = true;
                g.name.remove(0, 1);
            }
            parts[0] = g.name;
            const int index = int(t.groups.size());
            t.groups.append(g);
            for (const QString &p : parts) {
                const QString alias = foldText(p.trimmed());
                if (alias.isEmpty() || t.byAlias.contains(alias))
                    continue;
                t.byAlias.insert(alias, index);
                aliases.append(alias);
            }
        }
        std::sort(aliases.begin(), aliases.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        QStringList escaped;
        for (const QString &a : aliases)
            escaped.append(QRegularExpression::escape(a));
        t.any =
            QRegularExpression(QStringLiteral("(?<![\\w$])(%1)(?![\\w$])").arg(escaped.join(u'|')));
        t.any.optimize();
        return t;
    }();
    return t;
}

} // namespace

QString canonicalThreatActor(const QString &name)
{
    const Table &t = table();
    const int i = t.byAlias.value(foldText(name.trimmed()), -1);
    return i < 0 ? QString() : t.groups.at(i).name;
}

void extractThreatActor(const TextIndex &index, Extraction &out)
{
    static const QRegularExpression context(QStringLiteral(
        "\\b(?:ransomware|rancongiciel|groupe|group|gang|operation|hackers?|pirates|cybercriminels|"
        "revendiqu\\w*|claim\\w*|crypto-?virus|virus|malware|collectif|affiliate)\\b"));
    const Table &t = table();
    if (t.groups.isEmpty()) {
        out.warnings.append(QStringLiteral("threat actor list not available"));
        return;
    }
    QHash<int, int> counts;
    QHash<int, qsizetype> first;
    QHash<int, QList<Span>> spans;
    const QString &folded = index.folded();
    for (auto it = t.any.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        const int g = t.byAlias.value(m.captured(1), -1);
        if (g < 0)
            continue;
        // case matters for names that are words: "Play" yes, "play" no
        const QStringView original =
            QStringView(index.text()).mid(m.capturedStart(), m.capturedLength());
        if (t.groups.at(g).needsContext) {
            if (!original.at(0).isUpper())
                continue;
            const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 40);
            const QStringView around = QStringView(folded).mid(from, m.capturedEnd() + 40 - from);
            if (!context.match(around).hasMatch())
                continue;
        }
        counts[g] += 1;
        if (!first.contains(g))
            first.insert(g, m.capturedStart());
        spans[g].append(Span{m.capturedStart(), m.capturedEnd()});
    }
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best < 0 || it.value() > counts.value(best) ||
            (it.value() == counts.value(best) && first.value(it.key()) < first.value(best)))
            best = it.key();
    }
    if (best >= 0) {
        out.incident.threatActor = t.groups.at(best).name;
        for (const Span &s : spans.value(best))
            out.addEvidence(QStringLiteral("threat_actor"), s.start, s.length(), 0.9);
    }
}

} // namespace vigie::extract
