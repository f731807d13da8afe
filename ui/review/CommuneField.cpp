// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommuneField.h"

#include "geo/FrenchAreas.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
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

    m_note = new QWidget(this);
    auto *noteRow = new QHBoxLayout(m_note);
    noteRow->setContentsMargins(0, 0, 0, 0);
    noteRow->setSpacing(4);
    auto *icon = new QLabel(m_note);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    noteRow->addWidget(icon, 0, Qt::AlignTop);
    m_warning = new QLabel(m_note);
    m_warning->setObjectName(QStringLiteral("edit_commune_warning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    noteRow->addWidget(m_warning, 1);
    m_note->hide();
    column->addWidget(m_note);

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
        updateCandidates(typed);
        Q_EMIT edited();
    });
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
    m_edit->setText(text);
}

void CommuneField::setScope(bool completing, bool checking, const QString &departmentCode)
{
    m_completing = completing;
    m_checking = checking;
    m_department = departmentCode;
    if (!m_completing)
        m_completer->popup()->hide();
    updateWarning();
}

QString CommuneField::warning() const
{
    return m_note->isHidden() ? QString() : m_warning->text();
}

bool CommuneField::eventFilter(QObject *watched, QEvent *event)
{
    // The shared list is built once, when a commune field is first focused
    // in France, so that opening an editor costs nothing.
    if (watched == m_edit && event->type() == QEvent::FocusIn && m_completing)
        choices();
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
    // The schema stores the name; the department goes to its own field.
    m_edit->setText(choice.name);
    Q_EMIT edited();
    Q_EMIT chosen(choice);
}

void CommuneField::updateWarning()
{
    QString text;
    QString tip;
    if (m_checking) {
        const geo::CommuneCheck check = geo::checkCommune(m_edit->text(), m_department);
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
        case geo::CommuneCheck::OtherDepartment: {
            text = tr("Not a commune of %1").arg(departmentLabel(m_department));
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
    // A screen reader on the line edit hears the warning too.
    m_edit->setAccessibleDescription(text);
}

} // namespace vigie::ui::review
