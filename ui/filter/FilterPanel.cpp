// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterPanel.h"

#include "FacetList.h"
#include "filter/FilterController.h"
#include "geo/FrenchAreas.h"
#include "models/DisplayText.h"
#include "notify/Notifier.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie::ui {

namespace {

constexpr int topActors = 15;

template<typename E>
FlagSet<E> flagsFromNames(const QStringList &names)
{
    FlagSet<E> set;
    for (const QString &name : names)
        if (auto v = fromSchemaName<E>(name))
            set.insert(*v);
    return set;
}

// Entries of a vocabulary facet in the vocabulary's order; `count(v)` reads
// the engine's counts.
template<typename E, typename Count>
QList<FacetList::Entry> vocabularyEntries(Count count)
{
    QList<FacetList::Entry> entries;
    for (E v : vocabularyValues<E>())
        entries.append({schemaName(v), displayName(v), int(count(v))});
    return entries;
}

// Entries of a dictionary facet (countries, regions, departments): every
// value some incident has, code 0 ("not stated") aside.
template<typename Label>
QList<FacetList::Entry> dictionaryEntries(const filter::Dictionary &dict,
                                          const std::vector<qint32> &counts, Label label)
{
    QList<FacetList::Entry> entries;
    for (quint32 code = 1; code < dict.size(); ++code)
        entries.append({dict.value(code), label(dict.value(code)),
                        code < counts.size() ? int(counts[code]) : 0});
    return entries;
}

void sortByLabel(QList<FacetList::Entry> &entries)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(entries.begin(), entries.end(),
                     [&collator](const FacetList::Entry &a, const FacetList::Entry &b) {
                         return collator.compare(a.label, b.label) < 0;
                     });
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(p);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

FilterPanel::FilterPanel(filter::FilterController &controller, Notifier &notifier, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("filterPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("filterScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_resetAllAction = new QAction(tr("&Reset All Filters"), this);
    m_resetAllAction->setObjectName(QStringLiteral("actionResetFilters"));
    m_resetAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resetAllAction->setShortcutContext(Qt::WindowShortcut);
    m_resetAllAction->setStatusTip(tr("Show every incident again"));
    connect(m_resetAllAction, &QAction::triggered, this, &FilterPanel::resetAll);
    addAction(m_resetAllAction);

    m_resetAll = new QPushButton(tr("Reset all"), content);
    m_resetAll->setObjectName(QStringLiteral("filterResetAll"));
    m_resetAll->setToolTip(
        tr("Clear every filter (%1)")
            .arg(m_resetAllAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_resetAll, &QPushButton::clicked, this, &FilterPanel::resetAll);

    buildSearch(layout);
    buildDates(layout);

    m_countries = addFacet(layout, tr("Countries"), QStringLiteral("facetCountries"), false,
                           [](filter::FilterSpec &s, const QStringList &k) { s.countries = k; });
    m_regions = addFacet(layout, tr("Regions"), QStringLiteral("facetRegions"), false,
                         [](filter::FilterSpec &s, const QStringList &k) { s.regions = k; });
    m_departments =
        addFacet(layout, tr("Departments"), QStringLiteral("facetDepartments"), true,
                 [](filter::FilterSpec &s, const QStringList &k) { s.departments = k; });
    m_attacks = addFacet(layout, tr("Attack types"), QStringLiteral("facetAttackTypes"), false,
                         [](filter::FilterSpec &s, const QStringList &k) {
                             s.attackTypes = flagsFromNames<AttackType>(k);
                         });
    m_kinds = addFacet(layout, tr("Victim kinds"), QStringLiteral("facetVictimKinds"), false,
                       [](filter::FilterSpec &s, const QStringList &k) {
                           s.victimKinds = flagsFromNames<VictimKind>(k);
                       });
    m_data = addFacet(layout, tr("Data compromised"), QStringLiteral("facetDataCompromised"), false,
                      [](filter::FilterSpec &s, const QStringList &k) {
                          s.dataCompromised = flagsFromNames<DataCategory>(k);
                      });
    m_impacts = addFacet(
        layout, tr("Impacts"), QStringLiteral("facetImpacts"), false,
        [](filter::FilterSpec &s, const QStringList &k) { s.impacts = flagsFromNames<Impact>(k); });
    m_actors = addFacet(layout, tr("Top threat actors"), QStringLiteral("facetThreatActors"), false,
                        [](filter::FilterSpec &s, const QStringList &k) { s.threatActors = k; });
    // Long lists start folded; the user opens what they need.
    m_departments->setExpanded(false);
    m_data->setExpanded(false);
    m_impacts->setExpanded(false);

    layout->addWidget(m_resetAll);
    layout->addStretch(1);
    scroll->setWidget(content);
    setMinimumWidth(210);

    connect(&notifier, &Notifier::filterChanged, this, &FilterPanel::refresh);
    refresh();
}

QSize FilterPanel::sizeHint() const
{
    // Wide enough for the lists' names and counts, whatever the language's
    // longest combo item; the user can widen the dock.
    return {fontMetrics().averageCharWidth() * 48, QWidget::sizeHint().height()};
}

void FilterPanel::buildSearch(QVBoxLayout *layout)
{
    QWidget *parent = layout->parentWidget();
    m_search = new QLineEdit(parent);
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setPlaceholderText(tr("Search titles, victims and articles…"));
    m_search->setToolTip(tr("Every word must occur; accents and case do not matter.\n"
                            "secu* matches words starting with secu; \"plan blanc\" matches "
                            "the phrase."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Full-text search"));
    layout->addWidget(sectionLabel(tr("Search"), parent));
    layout->addWidget(m_search);
    m_searchError = errorLabel(QStringLiteral("filterSearchError"), parent);
    layout->addWidget(m_searchError);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &FilterPanel::commitSearch);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    // The clear button, and Enter, apply at once.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_refreshing)
            commitSearch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterPanel::commitSearch);
    auto *clear = new QAction(m_search);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clear);
}

void FilterPanel::buildDates(QVBoxLayout *layout)
{
    QWidget *parent = layout->parentWidget();
    auto *header = new QHBoxLayout;
    header->addWidget(sectionLabel(tr("Dates"), parent));
    header->addStretch(1);
    m_dateReset = new QToolButton(parent);
    m_dateReset->setObjectName(QStringLiteral("filterDatesReset"));
    m_dateReset->setText(tr("Reset"));
    m_dateReset->setAutoRaise(true);
    m_dateReset->setToolTip(tr("Clear the date range"));
    connect(m_dateReset, &QToolButton::clicked, this, [this] {
        filter::FilterSpec spec = m_controller.spec();
        spec.from = {};
        spec.to = {};
        showError(m_dateError, {});
        apply(spec);
    });
    header->addWidget(m_dateReset);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_dateField = new QComboBox(parent);
    m_dateField->setObjectName(QStringLiteral("filterDateField"));
    m_dateField->addItem(tr("Occurred"), int(filter::DateField::Occurred));
    m_dateField->addItem(tr("Disclosed"), int(filter::DateField::Disclosed));
    m_dateField->addItem(tr("Published"), int(filter::DateField::Published));
    m_dateField->setToolTip(tr("Which date the range and the timeline use"));
    // The panel may be narrow: combos do not widen it to their longest item.
    m_dateField->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dateField->setMinimumContentsLength(8);
    connect(m_dateField, &QComboBox::activated, this, [this](int index) {
        filter::FilterSpec spec = m_controller.spec();
        spec.dateField = filter::DateField(m_dateField->itemData(index).toInt());
        apply(spec);
    });
    form->addRow(tr("&Date:"), m_dateField);

    const QString hint = tr("YYYY, YYYY-MM or YYYY-MM-DD");
    m_from = new QLineEdit(parent);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_from->setPlaceholderText(hint);
    m_from->setToolTip(tr("First year, month or day of the range; empty: open"));
    m_from->setClearButtonEnabled(true);
    form->addRow(tr("&From:"), m_from);
    m_to = new QLineEdit(parent);
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_to->setPlaceholderText(hint);
    m_to->setToolTip(tr("Last year, month or day of the range (2024 means to the end of "
                        "2024); empty: open"));
    m_to->setClearButtonEnabled(true);
    form->addRow(tr("&To:"), m_to);
    layout->addLayout(form);
    m_dateError = errorLabel(QStringLiteral("filterDateError"), parent);
    layout->addWidget(m_dateError);
    for (QLineEdit *edit : {m_from, m_to}) {
        connect(edit, &QLineEdit::editingFinished, this, &FilterPanel::commitDates);
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty() && !m_refreshing)
                commitDates();
        });
    }

    m_ransom = new QComboBox(parent);
    m_ransom->setObjectName(QStringLiteral("filterRansom"));
    m_ransom->setAccessibleName(tr("Ransom"));
    m_ransom->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ransom->setMinimumContentsLength(8);
    connect(m_ransom, &QComboBox::activated, this, [this](int index) {
        filter::FilterSpec spec = m_controller.spec();
        const QVariant v = m_ransom->itemData(index);
        spec.ransomDemanded = v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
        apply(spec);
    });
    auto *ransomRow = new QFormLayout;
    ransomRow->setContentsMargins(0, 0, 0, 0);
    ransomRow->addRow(tr("R&ansom:"), m_ransom);
    layout->addLayout(ransomRow);
}

FacetList *FilterPanel::addFacet(QVBoxLayout *layout, const QString &title, const QString &name,
                                 bool searchable,
                                 void (*assign)(filter::FilterSpec &, const QStringList &))
{
    auto *facet = new FacetList(title, name, searchable, layout->parentWidget());
    connect(facet, &FacetList::checkedChanged, this, [this, assign](const QStringList &keys) {
        filter::FilterSpec spec = m_controller.spec();
        assign(spec, keys);
        apply(spec);
    });
    layout->addWidget(facet);
    return facet;
}

void FilterPanel::commitSearch()
{
    m_searchTimer.stop();
    filter::FilterSpec spec = m_controller.spec();
    if (spec.text == m_search->text()) {
        showError(m_searchError, {});
        return;
    }
    spec.text = m_search->text();
    apply(spec);
}

void FilterPanel::commitDates()
{
    if (m_refreshing)
        return;
    // The same parser as the command line and saved views, so the messages
    // agree ("'from=2022-13': not a date ...").
    QStringList clauses;
    if (!m_from->text().trimmed().isEmpty())
        clauses.append(QStringLiteral("from=") + m_from->text().trimmed());
    if (!m_to->text().trimmed().isEmpty())
        clauses.append(QStringLiteral("to=") + m_to->text().trimmed());
    auto parsed = filter::FilterSpec::parse(clauses.join(u';'));
    if (!parsed) {
        showError(m_dateError, parsed.error());
        return;
    }
    showError(m_dateError, {});
    filter::FilterSpec spec = m_controller.spec();
    if (spec.from == parsed->from && spec.to == parsed->to)
        return;
    spec.from = parsed->from;
    spec.to = parsed->to;
    apply(spec);
}

void FilterPanel::apply(const filter::FilterSpec &spec)
{
    if (spec == m_controller.spec())
        return;
    const bool textChanged = spec.text != m_controller.spec().text;
    if (Status s = m_controller.setSpec(spec); !s)
        showError(m_searchError, s.error());
    else if (textChanged)
        showError(m_searchError, {});
}

void FilterPanel::resetAll()
{
    m_searchTimer.stop();
    filter::FilterSpec spec;
    spec.dateField = m_controller.spec().dateField;
    // Also what was typed but not applied (e.g. a search with an error).
    m_refreshing = true;
    m_search->clear();
    m_from->clear();
    m_to->clear();
    m_refreshing = false;
    showError(m_searchError, {});
    showError(m_dateError, {});
    apply(spec);
}

void FilterPanel::refresh()
{
    m_refreshing = true;
    const filter::FilterSpec &spec = m_controller.spec();
    // The box follows the spec when its text changed elsewhere (a saved
    // view, reset all); a search being typed, or one with an error on show,
    // stays while other filters change.
    if (spec.text != m_seenText) {
        m_seenText = spec.text;
        if (m_search->text() != spec.text) {
            m_searchTimer.stop();
            m_search->setText(spec.text);
            showError(m_searchError, {});
        }
    }
    refreshDates(spec);
    refreshRansom(spec);
    refreshFacets(spec);
    m_resetAll->setEnabled(!spec.isEmpty());
    m_refreshing = false;
}

void FilterPanel::refreshDates(const filter::FilterSpec &spec)
{
    m_dateField->setCurrentIndex(m_dateField->findData(int(spec.dateField)));
    // What the user typed stays while it means the same range (and while it
    // has an error on display, so it can be corrected).
    if (!m_dateError->isVisible()) {
        if (PartialDate::fromIso(m_from->text().trimmed()).value_or(PartialDate()) != spec.from)
            m_from->setText(spec.from.toIso());
        if (PartialDate::fromIso(m_to->text().trimmed()).value_or(PartialDate()) != spec.to)
            m_to->setText(spec.to.toIso());
    }
    m_dateReset->setEnabled(spec.hasDateRange());
}

void FilterPanel::refreshRansom(const filter::FilterSpec &spec)
{
    const auto &ransom = m_controller.engine().counts().ransom;
    const bool hadFocus = m_ransom->hasFocus();
    m_ransom->clear();
    m_ransom->addItem(tr("Any"), QVariant());
    m_ransom->addItem(tr("Ransom demanded (%1)").arg(ransom[1]), true);
    m_ransom->addItem(tr("No ransom mentioned (%1)").arg(ransom[0]), false);
    m_ransom->setCurrentIndex(!spec.ransomDemanded ? 0 : *spec.ransomDemanded ? 1 : 2);
    if (hadFocus)
        m_ransom->setFocus();
}

void FilterPanel::refreshFacets(const filter::FilterSpec &spec)
{
    const filter::FilterEngine &engine = m_controller.engine();
    const filter::Snapshot &snapshot = m_controller.snapshot();
    const filter::FilterCounts &counts = engine.counts();

    auto countries = dictionaryEntries(snapshot.countries(), counts.country,
                                       [](const QString &c) { return countryDisplayName(c); });
    sortByLabel(countries);
    m_countries->setEntries(countries, spec.countries);

    auto regions = dictionaryEntries(snapshot.regions(), counts.region, [](const QString &c) {
        const geo::Region *r = geo::findRegion(c);
        return r ? r->name : c;
    });
    sortByLabel(regions);
    m_regions->setEntries(regions, spec.regions);

    auto departments = dictionaryEntries(snapshot.departments(), counts.department,
                                         [](const QString &c) { return departmentDisplayName(c); });
    std::sort(departments.begin(), departments.end(), [](const auto &a, const auto &b) {
        return departmentSortKey(a.key) < departmentSortKey(b.key);
    });
    m_departments->setEntries(departments, spec.departments);

    m_attacks->setEntries(
        vocabularyEntries<AttackType>([&](AttackType t) { return counts.attackType[size_t(t)]; }),
        spec.attackTypes.schemaNames());
    // The snapshot's kind code is VictimKind + 1 (0: not stated).
    m_kinds->setEntries(vocabularyEntries<VictimKind>(
                            [&](VictimKind k) { return counts.victimKind[size_t(k) + 1]; }),
                        spec.victimKinds.schemaNames());
    m_data->setEntries(vocabularyEntries<DataCategory>(
                           [&](DataCategory d) { return counts.dataCompromised[size_t(d)]; }),
                       spec.dataCompromised.schemaNames());
    m_impacts->setEntries(
        vocabularyEntries<Impact>([&](Impact i) { return counts.impact[size_t(i)]; }),
        spec.impacts.schemaNames());

    QList<FacetList::Entry> actors;
    for (const auto &[name, count] : engine.topThreatActors(topActors))
        actors.append({name, name, int(count)});
    // A chosen actor outside the top stays listed, with its count.
    for (const QString &name : spec.threatActors) {
        if (std::any_of(actors.begin(), actors.end(),
                        [&name](const FacetList::Entry &e) { return e.key == name; }))
            continue;
        const qint64 code = snapshot.threatActors().find(name);
        const qint32 count = code > 0 && size_t(code) < counts.threatActor.size()
                                 ? counts.threatActor[size_t(code)]
                                 : 0;
        actors.append({name, name, int(count)});
    }
    m_actors->setEntries(actors, spec.threatActors);
}

} // namespace vigie::ui
