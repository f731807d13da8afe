// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/Extraction.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;

namespace vigie::ui::review {

// The cleaned article text, strictly as plain text (a read-only
// QPlainTextEdit: no markup is interpreted, nothing is loaded, no script
// runs), with the evidence of each field highlighted in the field's colour
// (ReviewFields) and a legend of the colours present.
//
// Widgets, by objectName: "evidenceText" (the QPlainTextEdit) and
// "evidenceLegend"; one legend entry "legend_<group key>" per colour.
class EvidenceView : public QWidget {
    Q_OBJECT
public:
    explicit EvidenceView(QWidget *parent = nullptr);

    // Shows `text` (the offsets of `evidence` index it) with its highlights.
    void setArticle(const QString &text, const QHash<QString, QList<extract::Evidence>> &evidence);
    void clear();

    // One highlighted span: which field, where in the text.
    struct Span {
        QString key;
        qsizetype start = 0;
        qsizetype length = 0;
        bool emphasised = false;
    };
    // The spans as highlighted now (for tests and the screenshot hook).
    QList<Span> spans() const;

    // Emphasises a field's evidence (bold, underlined; the other spans
    // fade) and scrolls to its first span. An empty or unknown key, or a
    // field without evidence, removes the emphasis. Returns true when the
    // field has evidence.
    bool emphasise(const QString &key);
    QString emphasised() const { return m_emphasised; }

    QPlainTextEdit *textView() const { return m_text; }

private:
    void applySelections();
    void fillLegend();

    QPlainTextEdit *m_text = nullptr;
    QWidget *m_legend = nullptr;
    QHBoxLayout *m_legendLayout = nullptr;
    QLabel *m_note = nullptr;
    QList<Span> m_spans;
    QString m_emphasised;
};

} // namespace vigie::ui::review
