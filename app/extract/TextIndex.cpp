// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextIndex.h"

#include <algorithm>
#include <array>

namespace vigie::extract {

namespace {

// One table for the Basic Multilingual Plane, built once: folding is then a
// single look-up per character.
const std::array<char16_t, 65536> &foldTable()
{
    static const auto table = [] {
        std::array<char16_t, 65536> t{};
        for (int i = 0; i < 65536; ++i) {
            const QChar c{char16_t(i)};
            char16_t out = char16_t(i);
            if (c.isSurrogate()) {
                t[std::size_t(i)] = out;
                continue;
            }
            if (i < 128) {
                out = char16_t(c.toLower().unicode());
            } else {
                const QString decomposed = c.decomposition();
                if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 128 &&
                    decomposed.at(0).isLetter())
                    out = char16_t(decomposed.at(0).toLower().unicode());
                else
                    out = char16_t(c.toLower().unicode());
            }
            switch (i) {
            case 0x2019:
            case 0x2018:
            case 0x02BC:
            case 0x00B4:
            case 0x2032:
                out = u'\'';
                break;
            case 0x00AB:
            case 0x00BB:
            case 0x201C:
            case 0x201D:
            case 0x201E:
                out = u'"';
                break;
            case 0x00A0:
            case 0x202F:
            case 0x2009:
            case 0x2007:
            case 0x200A:
                out = u' ';
                break;
            case 0x2010:
            case 0x2011:
            case 0x2012:
            case 0x2013:
            case 0x2014:
            case 0x2212:
                out = u'-';
                break;
            case 0x0153:
            case 0x0152:
                out = u'o';
                break; // œ: keeps one char per char
            case 0x00E6:
            case 0x00C6:
                out = u'a';
                break;
            case 0x00DF:
                out = u's';
                break;
            case 0x0131:
                out = u'i';
                break;
            case 0x00F8:
            case 0x00D8:
                out = u'o';
                break;
            case 0x0142:
            case 0x0141:
                out = u'l';
                break;
            default:
                break;
            }
            t[std::size_t(i)] = out;
        }
        return t;
    }();
    return table;
}

bool isUpperStart(QChar c)
{
    return c.isUpper() || c == u'«' || c == u'"' || c == u'\u201C' || c == u'(';
}

} // namespace

QString foldText(QStringView text)
{
    const auto &table = foldTable();
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    const QChar *src = text.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        dst[i] = QChar(table[src[i].unicode()]);
    return out;
}

TextIndex::TextIndex(const QString &text)
    : m_text(text)
    , m_folded(foldText(text))
{
    // Sentences end at . ! ? followed by a space and a capital, and at every
    // line end (headlines, datelines and list items have no full stop).
    const qsizetype n = m_text.size();
    qsizetype start = 0;
    auto push = [&](qsizetype end) {
        qsizetype s = start;
        while (s < end && m_text.at(s).isSpace())
            ++s;
        qsizetype e = end;
        while (e > s && m_text.at(e - 1).isSpace())
            --e;
        if (e > s)
            m_sentences.append(Span{s, e});
        start = end;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = m_text.at(i);
        if (c == u'\n') {
            push(i + 1);
            continue;
        }
        if ((c == u'.' || c == u'!' || c == u'?') && i + 2 < n && m_text.at(i + 1) == u' ' &&
            isUpperStart(m_text.at(i + 2))) {
            // "M. Dupont", "St. Thomas": a single capital before the dot is no end
            if (i >= 2 && m_text.at(i - 1).isUpper() && !m_text.at(i - 2).isLetter())
                continue;
            push(i + 1);
        }
    }
    push(n);
    // The lead: the headline and the first two paragraphs of running text
    // (80 characters or more), past any breadcrumb and dateline lines.
    m_leadEnd = n;
    int bodyParagraphs = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && m_text.at(i) != u'\n')
            continue;
        if (i - lineStart >= 80 && ++bodyParagraphs == 2) {
            m_leadEnd = i;
            break;
        }
        lineStart = i + 1;
    }
}

int TextIndex::sentenceAt(qsizetype pos) const
{
    auto it = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), pos,
                               [](qsizetype p, const Span &s) { return p < s.start; });
    if (it == m_sentences.cbegin())
        return -1;
    --it;
    const int index = int(it - m_sentences.cbegin());
    return it->end > pos ? index : -1;
}

QList<int> TextIndex::sentencesMatching(const QRegularExpression &re) const
{
    QList<int> out;
    for (auto it = re.globalMatch(m_folded); it.hasNext();) {
        const int si = sentenceAt(it.next().capturedStart());
        if (si >= 0 && (out.isEmpty() || out.last() != si))
            out.append(si);
    }
    return out;
}

QStringView TextIndex::sentenceText(int index) const
{
    const Span &s = m_sentences.at(index);
    return QStringView(m_text).mid(s.start, s.length());
}

QStringView TextIndex::foldedSentence(int index) const
{
    const Span &s = m_sentences.at(index);
    return QStringView(m_folded).mid(s.start, s.length());
}

} // namespace vigie::extract
