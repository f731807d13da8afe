// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommuneField.h"

#include "geo/FrenchAreas.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace vigie::ui::review {

namespace {

constexpr int ChoiceRow = Qt::UserRole + 1;

QString departmentLabel(const QString &code)
{
    const geo::Department *d = geo::findDepartment(code);
    return d ? CommuneField::tr("%1 (%2)").arg(d->name, d->code) : code;
}

QString regionLabel(const QString &code)
{
    const geo::Region *r = geo::findRegion(code);
    return r ? r->name : code;
}

// A name with case, accents and hyphens set aside: "saint denis" and
// "SAINT-DÉNIS" are "Saint-Denis" written carelessly, "St-Denis" is not.
QString carelessForm(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        out += c == u'-' ? QChar(u' ') : c;
    }
    return out.toCaseFolded().simplified();
}

// A line under the field: an icon and a word-wrapped text.
QWidget *makeNote(QWidget *parent, QStyle::StandardPixmap pixmap, const QString &name,
                  QLabel *&text)
{
    auto *note = new QWidget(parent);
    auto *row = new QHBoxLayout(note);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto *icon = new QLabel(note);
    const int size = parent->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(parent->style()->standardIcon(pixmap).pixmap(size, size));
    row->addWidget(icon, 0, Qt::AlignTop);
    text = new QLabel(note);
    text->setObjectName(name);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    row->addWidget(text, 1);
    note->hide();
    return note;
}

} // namespace

CommuneField::CommuneField(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("edit_commune_field"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("edit_commune"));
    m_edit->setToolTip(tr("The commune's official name; type a few letters to choose it from "
                          "the official list"));
    column->addWidget(m_edit);
    setFocusProxy(m_edit);

    m_note = makeNote(this, QStyle::SP_MessageBoxWarning, QStringLiteral("edit_commune_warning"),
                      m_warning);
    column->addWidget(m_note);
    // Homonyms are not a fault of the name: an information icon, not a warning.
    m_hintNote = makeNote(this, QStyle::SP_MessageBoxInformation,
                          QStringLiteral("edit_commune_hint"), m_hint);
    column->addWidget(m_hintNote);

    // The completer filters nothing itself: the candidates for what was
    // typed (accents and "Saint"/"St" folded) are computed on each edit.
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setObjectName(QStringLiteral("edit_commune_completer"));
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    m_completer->popup()->setObjectName(QStringLiteral("edit_commune_popup"));

    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &typed) {
        m_typed = true;
        setHint({});
        updateCandidates(typed);
        Q_EMIT edited();
    });
    // Return finishes the name too (Qt sends editingFinished once per
    // edit, returnPressed every time), before the review's Return = Accept.
    connect(m_edit, &QLineEdit::editingFinished, this, &CommuneField::resolveTyped);
    connect(m_edit, &QLineEdit::returnPressed, this, &CommuneField::resolveTyped);
    connect(m_edit, &QLineEdit::textChanged, this, &CommuneField::updateWarning);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CommuneField::choose);
}

QString CommuneField::text() const
{
    return m_edit->text();
}

void CommuneField::setText(const QString &text)
{
    m_typed = false;
    setHint({});
    m_edit->setText(text);
}

void CommuneField::setScope(bool completing, bool checking, const QString &departmentCode,
                            const QString &regionCode)
{
    // A new department or region may have settled which homonym it is.
    if (completing != m_completing || departmentCode != m_department || regionCode != m_region)
        setHint({});
    m_completing = completing;
    m_checking = checking;
    m_department = departmentCode;
    m_region = regionCode;
    if (!m_completing)
        m_completer->popup()->hide();
    updateWarning();
}

QString CommuneField::warning() const
{
    return m_note->isHidden() ? QString() : m_warning->text();
}

QString CommuneField::hint() const
{
    return m_hintNote->isHidden() ? QString() : m_hint->text();
}

void CommuneField::setHint(const QString &text)
{
    if (text == m_hint->text())
        return;
    m_hint->setText(text);
    m_hintNote->setVisible(!text.isEmpty());
    updateDescription();
}

void CommuneField::updateDescription()
{
    // A screen reader on the line edit hears the notes too.
    QStringList notes;
    for (const QLabel *l : {m_warning, m_hint})
        if (!l->text().isEmpty())
            notes << l->text();
    m_edit->setAccessibleDescription(notes.join(u'\n'));
}

bool CommuneField::eventFilter(QObject *watched, QEvent *event)
{
    // The shared list is built once, when a commune field is first focused
    // in France, so that opening an editor costs nothing.
    if (watched == m_edit && event->type() == QEvent::FocusIn && m_completing)
        choices();
    // Leaving the field finishes the name even when editingFinished does
    // not come (Qt sends it once per edit: Return on the list used it up).
    if (watched == m_edit && event->type() == QEvent::FocusOut &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
        resolveTyped();
    return QWidget::eventFilter(watched, event);
}

const geo::CommuneChoices &CommuneField::choices()
{
    if (!m_choices)
        m_choices = &geo::CommuneChoices::shared();
    return *m_choices;
}

void CommuneField::updateCandidates(const QString &typed)
{
    m_shown.clear();
    m_model->clear();
    if (m_completing)
        m_shown = choices().candidates(typed, m_department);
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        const geo::CommuneChoice &c = m_shown.at(i);
        auto *item = new QStandardItem(c.label());
        item->setData(int(i), ChoiceRow);
        item->setToolTip(
            tr("%1, %2 — INSEE %3").arg(c.name, departmentLabel(c.departmentCode), c.code));
        item->setEditable(false);
        m_model->appendRow(item);
    }
    if (m_shown.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    // Nothing is chosen until the user moves to a row: Return on the list
    // as it opens closes it and keeps what was typed.
    m_completer->popup()->setCurrentIndex(QModelIndex());
}

void CommuneField::choose(const QModelIndex &index)
{
    const int row = index.data(ChoiceRow).toInt();
    if (row < 0 || row >= m_shown.size())
        return;
    const geo::CommuneChoice choice = m_shown.at(row);
    m_typed = false;
    setHint({});
    // The schema stores the name; the department goes to its own field.
    m_edit->setText(choice.name);
    Q_EMIT edited();
    Q_EMIT chosen(choice);
}

void CommuneField::resolveTyped()
{
    // Return and Tab reach the line edit before the completer. A row chosen
    // in the list is about to be taken: the choice decides, not the text.
    // Return on the list with no row closes it and keeps the text as typed;
    // the name is resolved when the user leaves the field.
    const QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible() && (popup->currentIndex().isValid() || m_edit->hasFocus()))
        return;
    if (!m_typed || !m_completing)
        return;
    m_typed = false;
    const QString typed = m_edit->text().trimmed();
    QList<geo::CommuneChoice> matches = choices().exactMatches(typed, m_department);
    if (matches.size() > 1 && m_department.isEmpty() && !m_region.isEmpty()) {
        // Homonyms in different regions: the region chosen may settle it.
        QList<geo::CommuneChoice> inRegion;
        for (const geo::CommuneChoice &c : matches)
            if (c.regionCode == m_region)
                inRegion.append(c);
        if (inRegion.size() == 1)
            matches = inRegion;
    }
    if (matches.isEmpty())
        return;
    if (matches.size() > 1) {
        setHint(tr("Several communes have this name: choose one in the list"));
        return;
    }
    const geo::CommuneChoice choice = matches.first();
    // The official spelling replaces only a careless one (case, accents,
    // hyphens); "St-Denis" is the user's way of writing it and stays.
    if (typed != choice.name && carelessForm(typed) == carelessForm(choice.name)) {
        m_edit->setText(choice.name);
        Q_EMIT edited();
    }
    Q_EMIT chosen(choice);
}

void CommuneField::updateWarning()
{
    QString text;
    QString tip;
    if (m_checking) {
        const geo::CommuneCheck check = geo::checkCommune(m_edit->text(), m_department, m_region);
        switch (check.status) {
        case geo::CommuneCheck::Empty:
        case geo::CommuneCheck::Official:
            break;
        case geo::CommuneCheck::OtherSpelling:
            text = tr("Official spelling: %1").arg(check.commune.name);
            break;
        case geo::CommuneCheck::FormerCommune:
            text = check.parentName.isEmpty() || check.parentName == check.commune.name
                       ? tr("A former commune")
                       : tr("A former commune, now part of %1").arg(check.parentName);
            break;
        case geo::CommuneCheck::OtherDepartment:
        case geo::CommuneCheck::OtherRegion: {
            text = tr("Not a commune of %1")
                       .arg(check.status == geo::CommuneCheck::OtherRegion
                                ? regionLabel(m_region)
                                : departmentLabel(m_department));
            QStringList where;
            for (const QString &code : check.departments)
                where << departmentLabel(code);
            tip = tr("A commune of this name is in: %1").arg(where.join(QStringLiteral(", ")));
            break;
        }
        case geo::CommuneCheck::Unknown:
            text = tr("Not in the official list of communes");
            tip = tr("You may keep it: an article may name a hamlet or a former commune");
            break;
        }
    }
    m_warning->setText(text);
    m_note->setToolTip(tip);
    m_note->setVisible(!text.isEmpty());
    updateDescription();
}

} // namespace vigie::ui::review
