// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentDetailPane.h"

#include "ExternalLinks.h"
#include "MessageBox.h"
#include "db/IncidentRepository.h"
#include "geo/FrenchAreas.h"
#include "models/DisplayText.h"
#include "notify/Notifier.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigie::ui {

namespace {

QLabel *makeValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

template<typename E>
QString namesOf(const std::optional<FlagSet<E>> &set)
{
    return set ? set->displayNames().join(QStringLiteral(", ")) : QString();
}

QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("occurred"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Occurred")},
        {QStringLiteral("disclosed"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Disclosed")},
        {QStringLiteral("published"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Published")},
        {QStringLiteral("victims"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Victims")},
        {QStringLiteral("victim_kind"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Victim kind")},
        {QStringLiteral("commune"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Commune")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Department")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Region")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Country")},
        {QStringLiteral("attack_types"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Attack types")},
        {QStringLiteral("threat_actor"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Threat actor")},
        {QStringLiteral("data_compromised"),
         QT_TRANSLATE_NOOP("IncidentDetailPane", "Data compromised")},
        {QStringLiteral("data_spared"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Data spared")},
        {QStringLiteral("impacts"), QT_TRANSLATE_NOOP("IncidentDetailPane", "Impacts")},
        {QStringLiteral("ransom_demanded"),
         QT_TRANSLATE_NOOP("IncidentDetailPane", "Ransom demanded")},
        {QStringLiteral("records_affected"),
         QT_TRANSLATE_NOOP("IncidentDetailPane", "Records affected")},
    };
    return QCoreApplication::translate("IncidentDetailPane", labels.value(key));
}

} // namespace

IncidentDetailPane::IncidentDetailPane(const db::Database &db, Notifier &notifier, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("incidentDetailPane"));
    build();
    connect(&notifier, &Notifier::selectionChanged, this, &IncidentDetailPane::showSelection);
    connect(&notifier, &Notifier::incidentsChanged, this, &IncidentDetailPane::refreshIfShown);
    connect(&notifier, &Notifier::incidentsRemoved, this, &IncidentDetailPane::dropIfShown);
    connect(&notifier, &Notifier::dataReset, this, &IncidentDetailPane::clear);
}

QStringList IncidentDetailPane::fieldKeys()
{
    return {QStringLiteral("occurred"),        QStringLiteral("disclosed"),
            QStringLiteral("published"),       QStringLiteral("victims"),
            QStringLiteral("victim_kind"),     QStringLiteral("commune"),
            QStringLiteral("department"),      QStringLiteral("region"),
            QStringLiteral("country"),         QStringLiteral("attack_types"),
            QStringLiteral("threat_actor"),    QStringLiteral("data_compromised"),
            QStringLiteral("data_spared"),     QStringLiteral("impacts"),
            QStringLiteral("ransom_demanded"), QStringLiteral("records_affected")};
}

void IncidentDetailPane::build()
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(this);
    empty->setObjectName(QStringLiteral("detailEmpty"));
    empty->setText(tr("No incident selected.\n\nSelect a row of the table to see every field of "
                      "the incident, its summary and its sources."));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setContentsMargins(24, 24, 24, 24);
    m_stack->addWidget(empty);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(12, 10, 12, 12);
    column->setSpacing(4);

    m_selectionNote = makeValueLabel(content);
    m_selectionNote->setObjectName(QStringLiteral("detailSelectionNote"));
    m_selectionNote->setForegroundRole(QPalette::PlaceholderText);
    m_selectionNote->hide();
    column->addWidget(m_selectionNote);

    m_title = makeValueLabel(content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    column->addWidget(m_title);

    m_subtitle = makeValueLabel(content);
    m_subtitle->setObjectName(QStringLiteral("detail_id"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setToolTip(tr("The incident's stable identifier"));
    m_fields.insert(QStringLiteral("id"), m_subtitle);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_subtitle, 1);
    auto *edit = new QPushButton(tr("Edit…"), content);
    edit->setObjectName(QStringLiteral("detailEdit"));
    edit->setToolTip(tr("Edit every field of this incident (Ctrl+E)"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_current)
            Q_EMIT editRequested(m_current->dbId);
    });
    idRow->addWidget(edit, 0, Qt::AlignTop);
    column->addLayout(idRow);

    m_summary = makeValueLabel(content);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setContentsMargins(0, 6, 0, 0);
    column->addWidget(m_summary);

    column->addWidget(makeHeading(tr("Details"), content));
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(5);
    for (const QString &key : fieldKeys()) {
        auto *value = makeValueLabel(content);
        value->setObjectName(QStringLiteral("detail_") + key);
        auto *label = new QLabel(fieldLabel(key), content);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        m_form->addRow(label, value);
        m_fields.insert(key, value);
    }
    column->addLayout(m_form);

    m_sourcesHeading = makeHeading(tr("Sources"), content);
    column->addWidget(m_sourcesHeading);
    m_sources = new QWidget(content);
    m_sources->setObjectName(QStringLiteral("detailSources"));
    m_sourcesLayout = new QVBoxLayout(m_sources);
    m_sourcesLayout->setContentsMargins(0, 0, 0, 0);
    m_sourcesLayout->setSpacing(6);
    column->addWidget(m_sources);
    column->addStretch(1);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    m_stack->setCurrentIndex(0);
    setMinimumWidth(240);
}

void IncidentDetailPane::setField(const QString &key, const QString &text)
{
    QLabel *label = m_fields.value(key);
    if (!label)
        return;
    const bool stated = !text.isEmpty();
    label->setText(stated ? text : tr("not stated"));
    label->setForegroundRole(stated ? QPalette::WindowText : QPalette::PlaceholderText);
    label->setProperty("stated", stated);
}

void IncidentDetailPane::showSelection(const QList<qint64> &ids)
{
    m_selectionSize = int(ids.size());
    if (ids.isEmpty())
        clear();
    else
        showIncident(ids.first());
}

void IncidentDetailPane::showIncident(qint64 id)
{
    auto incident = db::IncidentRepository(m_db).load(id);
    if (!incident) {
        clear();
        return;
    }
    fill(*incident);
    m_current = std::move(incident);
    m_stack->setCurrentIndex(1);
}

void IncidentDetailPane::clear()
{
    m_current.reset();
    m_selectionSize = 0;
    m_stack->setCurrentIndex(0);
}

void IncidentDetailPane::refreshIfShown(const QList<qint64> &ids)
{
    if (m_current && ids.contains(m_current->dbId))
        showIncident(m_current->dbId);
}

void IncidentDetailPane::dropIfShown(const QList<qint64> &ids)
{
    if (m_current && ids.contains(m_current->dbId))
        clear();
}

void IncidentDetailPane::fill(const Incident &i)
{
    const QLocale locale;
    m_selectionNote->setVisible(m_selectionSize > 1);
    m_selectionNote->setText(
        tr("%n incident(s) selected; showing the current one.", nullptr, m_selectionSize));

    QString title = i.title;
    if (title.isEmpty())
        title = i.victims.isEmpty() ? tr("Untitled incident") : i.victims.first();
    m_title->setText(title);
    m_subtitle->setText(i.id);
    m_summary->setText(i.summary.isEmpty() ? tr("No summary.") : i.summary);
    m_summary->setForegroundRole(i.summary.isEmpty() ? QPalette::PlaceholderText
                                                     : QPalette::WindowText);

    auto date = [](const PartialDate &d) { return d.isNull() ? QString() : displayDateLong(d); };
    setField(QStringLiteral("occurred"), date(i.occurred));
    setField(QStringLiteral("disclosed"), date(i.disclosed));
    setField(QStringLiteral("published"), date(i.published));
    setField(QStringLiteral("victims"), i.victims.join(u'\n'));
    setField(QStringLiteral("victim_kind"), i.victimKind ? displayName(*i.victimKind) : QString());
    setField(QStringLiteral("commune"), i.commune);
    setField(QStringLiteral("department"), departmentDisplayName(i.department));
    QString region = geo::regionDisplayName(i.country, i.region);
    if (!region.isEmpty() && region != i.region)
        region += QStringLiteral(" (%1)").arg(i.region);
    setField(QStringLiteral("region"), region);
    QString country = countryDisplayName(i.country);
    if (!country.isEmpty() && country != i.country)
        country += QStringLiteral(" (%1)").arg(i.country);
    setField(QStringLiteral("country"), country);
    setField(QStringLiteral("attack_types"), namesOf(i.attackTypes));
    setField(QStringLiteral("threat_actor"), i.threatActor);
    setField(QStringLiteral("data_compromised"), namesOf(i.dataCompromised));
    setField(QStringLiteral("data_spared"), namesOf(i.dataSpared));
    setField(QStringLiteral("impacts"), namesOf(i.impacts));
    QString ransom;
    if (i.ransom) {
        if (i.ransom->amount)
            ransom = QStringLiteral("%1 %2")
                         .arg(locale.toString(*i.ransom->amount, 'f', 0), i.ransom->currency)
                         .trimmed();
        else
            ransom = tr("Yes, amount not stated");
    }
    setField(QStringLiteral("ransom_demanded"), ransom);
    setField(QStringLiteral("records_affected"),
             i.recordsAffected ? locale.toString(*i.recordsAffected) : QString());

    while (QLayoutItem *item = m_sourcesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sourcesHeading->setText(tr("Sources (%1)").arg(i.sources.size()));
    if (i.sources.isEmpty()) {
        auto *none = makeValueLabel(m_sources);
        none->setText(tr("No source recorded."));
        none->setForegroundRole(QPalette::PlaceholderText);
        m_sourcesLayout->addWidget(none);
    }
    for (const Source &source : i.sources)
        m_sourcesLayout->addWidget(addSourceLabel(source));
}

QLabel *IncidentDetailPane::addSourceLabel(const Source &source)
{
    auto *label = new QLabel(m_sources);
    label->setObjectName(QStringLiteral("detailSource"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false); // we hand links on ourselves, see below

    const QUrl url(source.url);
    QString name = source.outlet;
    if (name.isEmpty())
        name = url.host().isEmpty() ? source.url : url.host();
    QStringList details;
    if (!source.published.isNull())
        details.append(displayDate(source.published));
    if (!source.language.isEmpty()) {
        const QLocale::Language language = QLocale::codeToLanguage(source.language);
        details.append(language == QLocale::AnyLanguage ? source.language
                                                        : QLocale(language).nativeLanguageName());
    }
    if (!source.title.isEmpty())
        details.append(source.title);

    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString html;
    if (isOpenableExternalUrl(url))
        html = QStringLiteral("<a href=\"%1\">%2</a>")
                   .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), name.toHtmlEscaped());
    else
        html = name.toHtmlEscaped();
    if (!details.isEmpty())
        html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(muted, details.join(QStringLiteral(" · ")).toHtmlEscaped());
    // Where the link leads, so that two articles of one outlet differ.
    if (!source.url.isEmpty()) {
        QString address = url.host() + url.path();
        if (address.isEmpty())
            address = source.url;
        if (address.startsWith(QStringLiteral("www.")))
            address.remove(0, 4);
        if (address.size() > 64)
            address = address.left(63) + u'…';
        html += QStringLiteral("<br><small style=\"color:%1\">%2</small>")
                    .arg(muted, address.toHtmlEscaped());
    }
    label->setText(html);
    label->setToolTip(source.url);
    connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!openExternalUrl(QUrl(link)))
            MessageBox::warning(this, tr("Open source"),
                                tr("The system could not open %1 in a web browser.").arg(link));
    });
    return label;
}

} // namespace vigie::ui
