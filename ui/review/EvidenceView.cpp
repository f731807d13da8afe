// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceView.h"

#include "ReviewFields.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::ui::review {

EvidenceView::EvidenceView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evidenceView"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("evidenceLegend"));
    m_legendLayout = new QHBoxLayout(m_legend);
    m_legendLayout->setContentsMargins(0, 0, 0, 0);
    m_legendLayout->setSpacing(4);
    column->addWidget(m_legend);

    // A QPlainTextEdit only ever holds plain text: setPlainText() does not
    // parse HTML, so an article can never load an image or run anything.
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("evidenceText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(tr("Article text"));
    column->addWidget(m_text, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("evidenceNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_note);
}

void EvidenceView::clear()
{
    setArticle({}, {});
}

void EvidenceView::setArticle(const QString &text,
                              const QHash<QString, QList<extract::Evidence>> &evidence)
{
    m_text->setPlainText(text);
    m_spans.clear();
    m_emphasised.clear();
    const qsizetype size = text.size();
    // Legend order, so overlapping spans stack the same way every time.
    for (const QString &key : evidenceFieldKeys()) {
        for (const extract::Evidence &e : evidence.value(key)) {
            const qsizetype start = std::clamp<qsizetype>(e.start, 0, size);
            const qsizetype length = std::min(e.length, size - start);
            if (length > 0)
                m_spans.append(Span{key, start, length, false});
        }
    }
    applySelections();
    fillLegend();
    m_note->setText(text.isEmpty() ? tr("No article text.")
                    : m_spans.isEmpty()
                        ? tr("The extractor marked no evidence in this article.")
                        : tr("Coloured passages are where each field's value was read. "
                             "Focus a field to find its evidence."));
}

QList<EvidenceView::Span> EvidenceView::spans() const
{
    return m_spans;
}

bool EvidenceView::emphasise(const QString &key)
{
    const auto first =
        std::find_if(m_spans.cbegin(), m_spans.cend(), [&](const Span &s) { return s.key == key; });
    m_emphasised = first == m_spans.cend() ? QString() : key;
    for (Span &s : m_spans)
        s.emphasised = !m_emphasised.isEmpty() && s.key == m_emphasised;
    applySelections();
    if (first == m_spans.cend())
        return false;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(first->start));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    return true;
}

void EvidenceView::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int end = m_text->document()->characterCount() - 1;
    for (const Span &s : std::as_const(m_spans)) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_text->document());
        sel.cursor.setPosition(std::min(int(s.start), end));
        sel.cursor.setPosition(std::min(int(s.start + s.length), end), QTextCursor::KeepAnchor);
        QColor background = fieldColor(s.key);
        if (!m_emphasised.isEmpty() && !s.emphasised)
            background.setAlpha(90); // the others step back
        sel.format.setBackground(background);
        // Dark text on the light highlight colours, whatever the theme.
        sel.format.setForeground(QColor(0x1A, 0x1A, 0x1A));
        sel.format.setProperty(QTextFormat::UserProperty, s.key);
        if (s.emphasised) {
            sel.format.setFontWeight(QFont::Bold);
            sel.format.setFontUnderline(true);
            sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        }
        selections.append(sel);
    }
    // Emphasised spans last: drawn on top of overlapping ones.
    std::stable_partition(selections.begin(), selections.end(),
                          [](const auto &sel) { return sel.format.fontWeight() != QFont::Bold; });
    m_text->setExtraSelections(selections);
}

void EvidenceView::fillLegend()
{
    while (QLayoutItem *item = m_legendLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList groups;
    for (const Span &s : std::as_const(m_spans))
        if (!groups.contains(legendGroup(s.key)))
            groups.append(legendGroup(s.key));
    // In legend order, not in order of appearance.
    QStringList ordered;
    for (const QString &key : evidenceFieldKeys())
        if (groups.contains(key) && !ordered.contains(key))
            ordered.append(key);
    for (const QString &group : ordered) {
        auto *entry = new QLabel(legendLabel(group), m_legend);
        entry->setObjectName(QStringLiteral("legend_") + group);
        entry->setAutoFillBackground(true);
        QPalette p = entry->palette();
        p.setColor(QPalette::Window, fieldColor(group));
        p.setColor(QPalette::WindowText, QColor(0x1A, 0x1A, 0x1A));
        entry->setPalette(p);
        entry->setContentsMargins(4, 1, 4, 1);
        m_legendLayout->addWidget(entry);
    }
    m_legendLayout->addStretch(1);
    m_legend->setVisible(!ordered.isEmpty());
}

} // namespace vigie::ui::review
