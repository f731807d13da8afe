// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/CommuneChoices.h"

#include <QList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStandardItemModel;

namespace vigie::ui::review {

// The incident editor's commune: a line edit that completes to the official
// communes (geo::CommuneChoices) of the department in scope, and a warning
// under it when the name is not an official commune there. The field keeps
// what the schema stores, the commune's name: choosing "Saint-Denis (93)"
// writes "Saint-Denis" and tells the editor the department (chosen()).
// Nothing is refused: the user may keep a hamlet or a former commune.
//
// Widgets, by objectName: "edit_commune" (the line edit),
// "edit_commune_warning" (the warning's text, hidden when there is none),
// "edit_commune_completer" and its popup "edit_commune_popup".
class CommuneField : public QWidget {
    Q_OBJECT
public:
    explicit CommuneField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    QString text() const;
    void setText(const QString &text); // no edited()

    // `completing`: France or no country stated (the completer is off
    // abroad); `checking`: France, so the name is checked against the
    // official list, in `departmentCode` when one is chosen.
    void setScope(bool completing, bool checking, const QString &departmentCode);

    // The warning shown, or empty.
    QString warning() const;

Q_SIGNALS:
    // The user typed or chose a commune.
    void edited();
    // The user chose a commune from the list (after edited()).
    void chosen(const vigie::geo::CommuneChoice &choice);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const geo::CommuneChoices &choices();
    void updateCandidates(const QString &typed);
    void updateWarning();
    void choose(const QModelIndex &index);

    QLineEdit *m_edit = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_model = nullptr;
    QWidget *m_note = nullptr;
    QLabel *m_warning = nullptr;
    const geo::CommuneChoices *m_choices = nullptr; // shared, built on first focus
    QList<geo::CommuneChoice> m_shown;
    bool m_completing = true;
    bool m_checking = false;
    QString m_department;
};

} // namespace vigie::ui::review
