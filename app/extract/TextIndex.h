// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace vigie::extract {

// Lower-case, accent-free copy of a text with the same length: character i of
// folded() is character i of the original, so a match in the folded text is a
// span of the original. Lexicons and patterns are written against it.
QString foldText(QStringView text);

struct Span {
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    qsizetype length() const { return end - start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
};

// The article cut into lines, paragraphs and sentences, once per article.
class TextIndex {
public:
    explicit TextIndex(const QString &text);

    const QString &text() const { return m_text; }
    const QString &folded() const { return m_folded; }
    const QList<Span> &sentences() const { return m_sentences; }
    // Index of the sentence holding `pos` (binary search), -1 when none.
    int sentenceAt(qsizetype pos) const;
    // End of the headline and lead: the first ~2 paragraphs of the article.
    qsizetype leadEnd() const { return m_leadEnd; }
    // 0..1: how early `pos` comes in the article.
    double relativePosition(qsizetype pos) const
    {
        return m_text.isEmpty() ? 0.0 : double(pos) / double(m_text.size());
    }
    QStringView sentenceText(int index) const;
    // The sentences holding a match of `re` in the folded text, in order,
    // each once: one pass over the text instead of one per sentence.
    QList<int> sentencesMatching(const QRegularExpression &re) const;
    QStringView foldedSentence(int index) const;

private:
    QString m_text;
    QString m_folded;
    QList<Span> m_sentences;
    qsizetype m_leadEnd = 0;
};

} // namespace vigie::extract
