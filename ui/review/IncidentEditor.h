// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vigie::geo {
struct CommuneChoice;
}

namespace vigie::ui::review {

class CommuneField;
class PartialDateEdit;

// A form where every field of an incident is editable. incident() gives
// back the incident set with setIncident(), with only the fields the user
// changed replaced: an untouched form returns the very same record (ids,
// sources, and the difference between "not stated" and an empty set kept).
//
// Widgets, by objectName: "edit_title", "edit_occurred" (PartialDateEdit,
// with "edit_occurred_precision", "_year", "_month", "_day"), "edit_published",
// "edit_disclosed", "edit_country", "edit_region", "edit_department",
// "edit_commune" (with "edit_commune_warning", see CommuneField),
// "edit_victims" (list) with "edit_victims_add" and
// "edit_victims_remove", "edit_victim_kind", "edit_attack_types" (group) with
// one check box "edit_attack_types_<schema name>" per value, likewise
// "edit_data_compromised", "edit_data_spared", "edit_impacts";
// "edit_threat_actor", "edit_ransom" (check box), "edit_ransom_amount",
// "edit_ransom_currency", "edit_records_affected", "edit_summary"; and a
// "confidence_<key>" label per field when confidences are set.
class IncidentEditor : public QWidget {
    Q_OBJECT
public:
    explicit IncidentEditor(QWidget *parent = nullptr);

    void setIncident(const Incident &incident);
    Incident incident() const;

    // The extractor's confidence (0..1) per schema key, shown beside each
    // field; an empty hash hides them.
    void setConfidences(const QHash<QString, double> &confidences);

    // The widget that edits a schema key (the group box for a set), or null.
    QWidget *fieldWidget(const QString &key) const;
    // Moves the keyboard focus to a field.
    void focusField(const QString &key);

Q_SIGNALS:
    // The user changed a field (not emitted by setIncident()).
    void changed();
    // A field got the keyboard focus (schema key), for the evidence view.
    void fieldFocused(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FlagBox {
        QGroupBox *box = nullptr;
        QList<QCheckBox *> checks;
    };
    void build();
    void addRow(const QString &key, QWidget *field);
    FlagBox makeFlagBox(const QString &key, const QStringList &schemaNames,
                        const QStringList &labels);
    void fillCountries();
    void fillRegions(bool france);
    void countryChanged();
    void departmentChanged();
    void regionChanged();
    void communeChosen(const geo::CommuneChoice &choice);
    void updateCommuneScope();
    void updateRansomEnabled();
    void watch(QWidget *widget, const QString &key);
    void emitChanged();
    // The incident as the widgets show it, on top of `base`.
    Incident read(const Incident &base) const;

    Incident m_base;   // as given to setIncident()
    Incident m_loaded; // read() right after setIncident(): what "untouched" reads as
    bool m_filling = false;

    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_confidence;
    QHash<QObject *, QString> m_keyOf;

    QLineEdit *m_title = nullptr;
    PartialDateEdit *m_occurred = nullptr;
    PartialDateEdit *m_published = nullptr;
    PartialDateEdit *m_disclosed = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_department = nullptr;
    CommuneField *m_communeField = nullptr;
    QLineEdit *m_commune = nullptr; // m_communeField's line edit
    QListWidget *m_victims = nullptr;
    QPushButton *m_addVictim = nullptr;
    QPushButton *m_removeVictim = nullptr;
    QComboBox *m_victimKind = nullptr;
    FlagBox m_attackTypes;
    FlagBox m_dataCompromised;
    FlagBox m_dataSpared;
    FlagBox m_impacts;
    QLineEdit *m_threatActor = nullptr;
    QCheckBox *m_ransom = nullptr;
    QDoubleSpinBox *m_ransomAmount = nullptr;
    QComboBox *m_ransomCurrency = nullptr;
    QLineEdit *m_records = nullptr;
    QPlainTextEdit *m_summary = nullptr;
};

} // namespace vigie::ui::review
