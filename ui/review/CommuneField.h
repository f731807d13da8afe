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
// A name typed by hand counts as a choice when the user leaves the field
// (editingFinished) and it is exactly the name of one official commune in
// scope; when it names several (homonyms), a hint under the field says to
// choose one in the list.
//
// Widgets, by objectName: "edit_commune" (the line edit),
// "edit_commune_warning" (the warning's text, hidden when there is none),
// "edit_commune_hint" (the homonyms hint, informational, hidden likewise),
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
    // official list, in `departmentCode` when one is chosen, else in
    // `regionCode` when one is.
    void setScope(bool completing, bool checking, const QString &departmentCode,
                  const QString &regionCode = {});

    // The warning shown, or empty.
    QString warning() const;
    // The informational hint shown (homonyms), or empty.
    QString hint() const;

Q_SIGNALS:
    // The user typed or chose a commune.
    void edited();
    // The user chose a commune from the list, or typed the exact name of
    // one and left the field (after edited() when the spelling was
    // corrected).
    void chosen(const vigie::geo::CommuneChoice &choice);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const geo::CommuneChoices &choices();
    void updateCandidates(const QString &typed);
    void updateWarning();
    void choose(const QModelIndex &index);
    void resolveTyped();
    void setHint(const QString &text);
    void updateDescription();

    QLineEdit *m_edit = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_model = nullptr;
    QWidget *m_note = nullptr;
    QLabel *m_warning = nullptr;
    QWidget *m_hintNote = nullptr;
    QLabel *m_hint = nullptr;
    const geo::CommuneChoices *m_choices = nullptr; // shared, built on first focus
    QList<geo::CommuneChoice> m_shown;
    bool m_completing = true;
    bool m_checking = false;
    QString m_department;
    QString m_region;
    // Typed by the user since the last setText(), choice or resolution:
    // only then is a name resolved on leaving the field, so that tabbing
    // through a loaded record changes nothing.
    bool m_typed = false;
};

} // namespace vigie::ui::review
