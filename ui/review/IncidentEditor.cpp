// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentEditor.h"

#include "CommuneField.h"
#include "PartialDateEdit.h"
#include "ReviewFields.h"
#include "geo/FrenchAreas.h"
#include "geo/Gazetteer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::ui::review {

namespace {

const QString france = QStringLiteral("FR");

template<typename E>
QStringList schemaNamesOf()
{
    QStringList out;
    for (E v : vocabularyValues<E>())
        out.append(schemaName(v));
    return out;
}

template<typename E>
QStringList displayNamesOf()
{
    QStringList out;
    for (E v : vocabularyValues<E>())
        out.append(displayName(v));
    return out;
}

template<typename E>
std::optional<FlagSet<E>> readFlags(const QList<QCheckBox *> &checks)
{
    FlagSet<E> set;
    for (int i = 0; i < checks.size(); ++i)
        if (checks.at(i)->isChecked())
            set.insert(E(i));
    if (set.isEmpty())
        return std::nullopt;
    return set;
}

template<typename E>
void writeFlags(const QList<QCheckBox *> &checks, const std::optional<FlagSet<E>> &set)
{
    for (int i = 0; i < checks.size(); ++i)
        checks.at(i)->setChecked(set && set->contains(E(i)));
}

void selectData(QComboBox *combo, const QString &code, const QString &unknownLabel)
{
    int index = combo->findData(code);
    if (index < 0) {
        // A code the lists do not know (an old record, a typo in a dataset):
        // keep it selectable rather than lose it.
        combo->addItem(unknownLabel.arg(code), code);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

IncidentEditor::IncidentEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("incidentEditor"));
    build();
    setIncident(Incident{});
}

void IncidentEditor::build()
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    m_title = new QLineEdit(this);
    addRow(QStringLiteral("title"), m_title);

    m_occurred = new PartialDateEdit(this);
    m_occurred->setToolTip(tr("When the attack happened or started"));
    addRow(QStringLiteral("occurred"), m_occurred);
    m_published = new PartialDateEdit(this);
    m_published->setToolTip(tr("When the article was published"));
    addRow(QStringLiteral("published"), m_published);
    m_disclosed = new PartialDateEdit(this);
    m_disclosed->setToolTip(tr("When the attack was made public, if it differs"));
    addRow(QStringLiteral("disclosed"), m_disclosed);

    m_country = new QComboBox(this);
    m_country->setMaxVisibleItems(20);
    fillCountries();
    addRow(QStringLiteral("country"), m_country);
    m_region = new QComboBox(this);
    m_region->setToolTip(tr("In France, the INSEE region; elsewhere the first-level subdivision"));
    addRow(QStringLiteral("region"), m_region);
    m_department = new QComboBox(this);
    m_department->setMaxVisibleItems(20);
    m_department->addItem(tr("Not stated"), QString());
    for (const geo::Department &d : geo::departments())
        m_department->addItem(tr("%1 (%2)").arg(d.name, d.code), d.code);
    m_department->setToolTip(tr("French departments only; choosing one sets its region"));
    addRow(QStringLiteral("department"), m_department);
    m_communeField = new CommuneField(this);
    m_commune = m_communeField->lineEdit();
    addRow(QStringLiteral("commune"), m_communeField);
    m_fields.insert(QStringLiteral("commune"), m_commune);

    auto *victims = new QWidget(this);
    auto *victimsRow = new QHBoxLayout(victims);
    victimsRow->setContentsMargins(0, 0, 0, 0);
    m_victims = new QListWidget(victims);
    m_victims->setObjectName(QStringLiteral("edit_victims"));
    m_victims->setMaximumHeight(90);
    m_victims->setEditTriggers(QAbstractItemView::DoubleClicked |
                               QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::SelectedClicked);
    auto *buttons = new QVBoxLayout;
    m_addVictim = new QPushButton(tr("Add"), victims);
    m_addVictim->setObjectName(QStringLiteral("edit_victims_add"));
    m_removeVictim = new QPushButton(tr("Remove"), victims);
    m_removeVictim->setObjectName(QStringLiteral("edit_victims_remove"));
    buttons->addWidget(m_addVictim);
    buttons->addWidget(m_removeVictim);
    buttons->addStretch(1);
    victimsRow->addWidget(m_victims, 1);
    victimsRow->addLayout(buttons);
    addRow(QStringLiteral("victims"), victims);
    m_fields.insert(QStringLiteral("victims"), m_victims);

    m_victimKind = new QComboBox(this);
    m_victimKind->addItem(tr("Not stated"), -1);
    for (VictimKind k : vocabularyValues<VictimKind>())
        m_victimKind->addItem(displayName(k), int(k));
    addRow(QStringLiteral("victim_kind"), m_victimKind);

    m_attackTypes = makeFlagBox(QStringLiteral("attack_types"), schemaNamesOf<AttackType>(),
                                displayNamesOf<AttackType>());
    m_threatActor = new QLineEdit(this);
    m_threatActor->setPlaceholderText(tr("e.g. LockBit"));
    addRow(QStringLiteral("threat_actor"), m_threatActor);
    m_dataCompromised = makeFlagBox(QStringLiteral("data_compromised"),
                                    schemaNamesOf<DataCategory>(), displayNamesOf<DataCategory>());
    m_dataSpared = makeFlagBox(QStringLiteral("data_spared"), schemaNamesOf<DataCategory>(),
                               displayNamesOf<DataCategory>());
    m_impacts =
        makeFlagBox(QStringLiteral("impacts"), schemaNamesOf<Impact>(), displayNamesOf<Impact>());

    auto *ransom = new QWidget(this);
    auto *ransomRow = new QHBoxLayout(ransom);
    ransomRow->setContentsMargins(0, 0, 0, 0);
    m_ransom = new QCheckBox(tr("Demanded"), ransom);
    m_ransom->setObjectName(QStringLiteral("edit_ransom"));
    m_ransomAmount = new QDoubleSpinBox(ransom);
    m_ransomAmount->setObjectName(QStringLiteral("edit_ransom_amount"));
    m_ransomAmount->setRange(0, 1e12);
    m_ransomAmount->setDecimals(2);
    m_ransomAmount->setGroupSeparatorShown(true);
    m_ransomAmount->setSpecialValueText(tr("amount not stated"));
    m_ransomAmount->setAccessibleName(tr("Ransom amount"));
    m_ransomCurrency = new QComboBox(ransom);
    m_ransomCurrency->setObjectName(QStringLiteral("edit_ransom_currency"));
    m_ransomCurrency->setEditable(true);
    m_ransomCurrency->addItems({QString(), QStringLiteral("EUR"), QStringLiteral("USD"),
                                QStringLiteral("GBP"), QStringLiteral("BTC")});
    m_ransomCurrency->setAccessibleName(tr("Ransom currency"));
    ransomRow->addWidget(m_ransom);
    ransomRow->addWidget(m_ransomAmount, 1);
    ransomRow->addWidget(m_ransomCurrency);
    addRow(QStringLiteral("ransom_demanded"), ransom);
    m_fields.insert(QStringLiteral("ransom_demanded"), m_ransom);

    m_records = new QLineEdit(this);
    m_records->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,15}")), this));
    m_records->setPlaceholderText(tr("not stated"));
    addRow(QStringLiteral("records_affected"), m_records);

    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(100);
    addRow(QStringLiteral("summary"), m_summary);

    // Every edit is a change; the place pickers also keep each other right.
    connect(m_title, &QLineEdit::textEdited, this, &IncidentEditor::emitChanged);
    for (PartialDateEdit *d : {m_occurred, m_published, m_disclosed})
        connect(d, &PartialDateEdit::changed, this, &IncidentEditor::emitChanged);
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        countryChanged();
        emitChanged();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        regionChanged();
        emitChanged();
    });
    connect(m_region, &QComboBox::editTextChanged, this, &IncidentEditor::emitChanged);
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        departmentChanged();
        emitChanged();
    });
    connect(m_communeField, &CommuneField::edited, this, &IncidentEditor::emitChanged);
    connect(m_communeField, &CommuneField::chosen, this, &IncidentEditor::communeChosen);
    connect(m_victims, &QListWidget::itemChanged, this, &IncidentEditor::emitChanged);
    connect(m_addVictim, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(tr("New victim"), m_victims);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_victims->setCurrentItem(item);
        m_victims->editItem(item);
        emitChanged();
    });
    connect(m_removeVictim, &QPushButton::clicked, this, [this] {
        delete m_victims->currentItem();
        emitChanged();
    });
    connect(m_victimKind, &QComboBox::currentIndexChanged, this, &IncidentEditor::emitChanged);
    for (const FlagBox *f : {&m_attackTypes, &m_dataCompromised, &m_dataSpared, &m_impacts})
        for (QCheckBox *c : f->checks)
            connect(c, &QCheckBox::toggled, this, &IncidentEditor::emitChanged);
    connect(m_threatActor, &QLineEdit::textEdited, this, &IncidentEditor::emitChanged);
    connect(m_ransom, &QCheckBox::toggled, this, [this] {
        updateRansomEnabled();
        emitChanged();
    });
    connect(m_ransomAmount, &QDoubleSpinBox::valueChanged, this, &IncidentEditor::emitChanged);
    connect(m_ransomCurrency, &QComboBox::currentTextChanged, this, &IncidentEditor::emitChanged);
    connect(m_records, &QLineEdit::textEdited, this, &IncidentEditor::emitChanged);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &IncidentEditor::emitChanged);
}

void IncidentEditor::addRow(const QString &key, QWidget *field)
{
    if (field->objectName().isEmpty())
        field->setObjectName(QStringLiteral("edit_") + key);
    if (auto *date = qobject_cast<PartialDateEdit *>(field))
        date->setObjectNames(QStringLiteral("edit_") + key);
    // The label column: a swatch of the field's evidence colour, its name,
    // and the extractor's confidence under it.
    auto *label = new QWidget(this);
    auto *column = new QVBoxLayout(label);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(4);
    nameRow->addStretch(1);
    if (evidenceFieldKeys().contains(key)) {
        auto *swatch = new QLabel(label);
        swatch->setFixedSize(10, 10);
        swatch->setAutoFillBackground(true);
        QPalette p = swatch->palette();
        p.setColor(QPalette::Window, fieldColor(key));
        swatch->setPalette(p);
        nameRow->addWidget(swatch);
    }
    auto *name = new QLabel(fieldLabel(key), label);
    name->setBuddy(field);
    nameRow->addWidget(name);
    column->addLayout(nameRow);
    auto *confidence = new QLabel(label);
    confidence->setObjectName(QStringLiteral("confidence_") + key);
    confidence->setAlignment(Qt::AlignRight);
    confidence->setForegroundRole(QPalette::PlaceholderText);
    QFont small = confidence->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    confidence->setFont(small);
    confidence->hide();
    column->addWidget(confidence);
    m_confidence.insert(key, confidence);
    m_form->addRow(label, field);
    m_fields.insert(key, field);
    watch(field, key);
}

IncidentEditor::FlagBox IncidentEditor::makeFlagBox(const QString &key,
                                                    const QStringList &schemaNames,
                                                    const QStringList &labels)
{
    FlagBox f;
    f.box = new QGroupBox(this);
    f.box->setObjectName(QStringLiteral("edit_") + key);
    f.box->setFlat(true);
    auto *grid = new QGridLayout(f.box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < schemaNames.size(); ++i) {
        auto *check = new QCheckBox(labels.at(i), f.box);
        check->setObjectName(QStringLiteral("edit_%1_%2").arg(key, schemaNames.at(i)));
        grid->addWidget(check, i / 2, i % 2);
        f.checks.append(check);
    }
    addRow(key, f.box);
    return f;
}

void IncidentEditor::fillCountries()
{
    const bool french = QLocale().language() == QLocale::French;
    QList<geo::Country> countries = geo::Gazetteer::shared().countries();
    const auto name = [french](const geo::Country &c) { return french ? c.nameFr : c.nameEn; };
    std::sort(countries.begin(), countries.end(),
              [&](const geo::Country &a, const geo::Country &b) {
                  return QString::localeAwareCompare(name(a), name(b)) < 0;
              });
    m_country->addItem(tr("Not stated"), QString());
    // France first: most incidents Vigie follows are French.
    for (const geo::Country &c : countries)
        if (c.code == france)
            m_country->addItem(tr("%1 (%2)").arg(name(c), c.code), c.code);
    m_country->insertSeparator(m_country->count());
    for (const geo::Country &c : countries)
        if (c.code != france)
            m_country->addItem(tr("%1 (%2)").arg(name(c).isEmpty() ? c.code : name(c), c.code),
                               c.code);
}

void IncidentEditor::fillRegions(bool inFrance)
{
    const QSignalBlocker block(m_region);
    m_region->clear();
    m_region->setEditable(!inFrance);
    if (inFrance) {
        m_region->addItem(tr("Not stated"), QString());
        for (const geo::Region &r : geo::regions())
            m_region->addItem(tr("%1 (%2)").arg(r.name, r.code), r.code);
    }
}

void IncidentEditor::countryChanged()
{
    if (m_filling)
        return;
    const bool inFrance = m_country->currentData().toString() == france;
    const bool wasFrance = !m_region->isEditable();
    if (inFrance != wasFrance)
        fillRegions(inFrance);
    m_department->setEnabled(inFrance);
    if (!inFrance) {
        const QSignalBlocker block(m_department);
        m_department->setCurrentIndex(0);
    }
    updateCommuneScope();
}

void IncidentEditor::departmentChanged()
{
    if (m_filling)
        return;
    if (const geo::Department *d = geo::findDepartment(m_department->currentData().toString())) {
        const QSignalBlocker block(m_region);
        selectData(m_region, d->regionCode, tr("Region %1"));
    }
    updateCommuneScope();
}

void IncidentEditor::regionChanged()
{
    if (m_filling || m_region->isEditable())
        return;
    // A department of another region cannot stay.
    const geo::Department *d = geo::findDepartment(m_department->currentData().toString());
    if (d && d->regionCode != m_region->currentData().toString()) {
        const QSignalBlocker block(m_department);
        m_department->setCurrentIndex(0);
    }
    // The commune is checked against the region when no department is chosen.
    updateCommuneScope();
}

void IncidentEditor::communeChosen(const geo::CommuneChoice &choice)
{
    // A commune is in France; its department and region follow from the
    // official lists, filled only where the user has not said otherwise
    // (each setCurrentIndex runs the handlers above).
    if (m_country->currentData().toString().isEmpty())
        m_country->setCurrentIndex(m_country->findData(france));
    if (m_country->currentData().toString() != france)
        return;
    const QString region = m_region->currentData().toString();
    if (m_department->currentData().toString().isEmpty() &&
        (region.isEmpty() || region == choice.regionCode)) {
        const int index = m_department->findData(choice.departmentCode);
        if (index >= 0)
            m_department->setCurrentIndex(index);
    }
    if (m_region->currentData().toString().isEmpty()) {
        const int index = m_region->findData(choice.regionCode);
        if (index >= 0)
            m_region->setCurrentIndex(index);
    }
}

void IncidentEditor::updateCommuneScope()
{
    const QString country = m_country->currentData().toString();
    const bool inFrance = country == france;
    m_communeField->setScope(inFrance || country.isEmpty(), inFrance,
                             inFrance ? m_department->currentData().toString() : QString(),
                             inFrance ? m_region->currentData().toString() : QString());
}

void IncidentEditor::updateRansomEnabled()
{
    m_ransomAmount->setEnabled(m_ransom->isChecked());
    m_ransomCurrency->setEnabled(m_ransom->isChecked());
}

void IncidentEditor::watch(QWidget *widget, const QString &key)
{
    m_keyOf.insert(widget, key);
    widget->installEventFilter(this);
    for (QWidget *child : widget->findChildren<QWidget *>()) {
        m_keyOf.insert(child, key);
        child->installEventFilter(this);
    }
}

bool IncidentEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const auto key = m_keyOf.constFind(watched);
        if (key != m_keyOf.constEnd())
            Q_EMIT fieldFocused(*key);
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentEditor::emitChanged()
{
    if (!m_filling)
        Q_EMIT changed();
}

void IncidentEditor::setIncident(const Incident &incident)
{
    m_filling = true;
    m_base = incident;
    m_title->setText(incident.title);
    m_occurred->setValue(incident.occurred);
    m_published->setValue(incident.published);
    m_disclosed->setValue(incident.disclosed);

    const bool inFrance = incident.country == france;
    if (incident.country.isEmpty())
        m_country->setCurrentIndex(0);
    else
        selectData(m_country, incident.country, QStringLiteral("%1"));
    fillRegions(inFrance);
    if (inFrance) {
        if (incident.region.isEmpty())
            m_region->setCurrentIndex(0);
        else
            selectData(m_region, incident.region, tr("Region %1"));
    } else {
        m_region->setEditText(incident.region);
    }
    m_department->setEnabled(inFrance);
    if (inFrance && !incident.department.isEmpty())
        selectData(m_department, incident.department, tr("Department %1"));
    else
        m_department->setCurrentIndex(0);
    m_communeField->setText(incident.commune); // not typed: never resolved

    m_victims->clear();
    for (const QString &victim : incident.victims) {
        auto *item = new QListWidgetItem(victim, m_victims);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_victimKind->setCurrentIndex(
        m_victimKind->findData(incident.victimKind ? int(*incident.victimKind) : -1));
    writeFlags(m_attackTypes.checks, incident.attackTypes);
    m_threatActor->setText(incident.threatActor);
    writeFlags(m_dataCompromised.checks, incident.dataCompromised);
    writeFlags(m_dataSpared.checks, incident.dataSpared);
    writeFlags(m_impacts.checks, incident.impacts);
    m_ransom->setChecked(incident.ransom.has_value());
    m_ransomAmount->setValue(incident.ransom && incident.ransom->amount ? *incident.ransom->amount
                                                                        : 0.0);
    m_ransomCurrency->setCurrentText(incident.ransom ? incident.ransom->currency : QString());
    updateRansomEnabled();
    m_records->setText(incident.recordsAffected ? QString::number(*incident.recordsAffected)
                                                : QString());
    m_summary->setPlainText(incident.summary);
    m_loaded = read(Incident{});
    m_filling = false;
    updateCommuneScope();
}

Incident IncidentEditor::read(const Incident &base) const
{
    Incident i = base;
    i.title = m_title->text().trimmed();
    i.occurred = m_occurred->value();
    i.published = m_published->value();
    i.disclosed = m_disclosed->value();
    i.country = m_country->currentData().toString();
    const bool inFrance = i.country == france;
    i.region = inFrance ? m_region->currentData().toString() : m_region->currentText().trimmed();
    i.department = inFrance ? m_department->currentData().toString() : QString();
    i.commune = m_commune->text().trimmed();
    i.victims.clear();
    for (int r = 0; r < m_victims->count(); ++r) {
        const QString name = m_victims->item(r)->text().trimmed();
        if (!name.isEmpty())
            i.victims.append(name);
    }
    const int kind = m_victimKind->currentData().toInt();
    i.victimKind = kind >= 0 ? std::optional<VictimKind>(VictimKind(kind)) : std::nullopt;
    i.attackTypes = readFlags<AttackType>(m_attackTypes.checks);
    i.threatActor = m_threatActor->text().trimmed();
    i.dataCompromised = readFlags<DataCategory>(m_dataCompromised.checks);
    i.dataSpared = readFlags<DataCategory>(m_dataSpared.checks);
    i.impacts = readFlags<Impact>(m_impacts.checks);
    if (m_ransom->isChecked()) {
        Ransom r;
        if (m_ransomAmount->value() > 0)
            r.amount = m_ransomAmount->value();
        r.currency = m_ransomCurrency->currentText().trimmed().toUpper();
        i.ransom = r;
    } else {
        i.ransom.reset();
    }
    bool ok = false;
    const qint64 records = m_records->text().toLongLong(&ok);
    i.recordsAffected = ok ? std::optional<qint64>(records) : std::nullopt;
    i.summary = m_summary->toPlainText().trimmed();
    return i;
}

Incident IncidentEditor::incident() const
{
    // Only what the user changed replaces the record's value: a field read
    // back as it was loaded keeps its exact original (e.g. an empty set).
    const Incident now = read(Incident{});
    Incident out = m_base;
#define VIGIE_TAKE(field)                                                                          \
    if (now.field != m_loaded.field)                                                               \
    out.field = now.field
    VIGIE_TAKE(title);
    VIGIE_TAKE(occurred);
    VIGIE_TAKE(published);
    VIGIE_TAKE(disclosed);
    VIGIE_TAKE(country);
    VIGIE_TAKE(region);
    VIGIE_TAKE(department);
    VIGIE_TAKE(commune);
    VIGIE_TAKE(victims);
    VIGIE_TAKE(victimKind);
    VIGIE_TAKE(attackTypes);
    VIGIE_TAKE(threatActor);
    VIGIE_TAKE(dataCompromised);
    VIGIE_TAKE(dataSpared);
    VIGIE_TAKE(impacts);
    VIGIE_TAKE(ransom);
    VIGIE_TAKE(recordsAffected);
    VIGIE_TAKE(summary);
#undef VIGIE_TAKE
    return out;
}

void IncidentEditor::setConfidences(const QHash<QString, double> &confidences)
{
    for (auto it = m_confidence.cbegin(); it != m_confidence.cend(); ++it) {
        const auto c = confidences.constFind(it.key());
        it.value()->setVisible(c != confidences.cend());
        if (c == confidences.cend())
            continue;
        const int percent = int(*c * 100 + 0.5);
        it.value()->setText(tr("%1 %").arg(percent));
        it.value()->setToolTip(tr("The extractor's confidence in this field: %1 %").arg(percent));
    }
}

QWidget *IncidentEditor::fieldWidget(const QString &key) const
{
    return m_fields.value(key);
}

void IncidentEditor::focusField(const QString &key)
{
    QWidget *w = fieldWidget(key);
    if (!w)
        return;
    if (auto *box = qobject_cast<QGroupBox *>(w);
        box && !box->findChildren<QCheckBox *>().isEmpty())
        w = box->findChildren<QCheckBox *>().first();
    w->setFocus(Qt::OtherFocusReason);
}

} // namespace vigie::ui::review
