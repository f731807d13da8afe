// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewDialog.h"

#include "EvidenceView.h"
#include "IncidentComparison.h"
#include "IncidentEditor.h"
#include "ReviewFields.h"
#include "commands/IncidentGaps.h"
#include "db/IncidentRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie::ui::review {

using commands::ImportOutcome;
using commands::IncidentMatch;
using commands::StagedArticle;

namespace {

bool reviewable(ImportOutcome outcome)
{
    return outcome == ImportOutcome::NewIncident || outcome == ImportOutcome::AddedSource;
}

bool sameMatch(const std::optional<IncidentMatch> &a, const std::optional<IncidentMatch> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->dbId == b->dbId && a->slug == b->slug && a->index == b->index;
}

} // namespace

ReviewDialog::ReviewDialog(commands::StagedBatch &batch, const db::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_batch(batch)
    , m_db(db)
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review Imported Articles"));
    for (int i = 0; i < batch.items.size(); ++i) {
        const StagedArticle &item = batch.items.at(i);
        if (!reviewable(item.outcome))
            continue;
        m_queue.append(i);
        ItemState state;
        state.stagedOutcome = item.outcome;
        state.stagedMatch = item.match;
        state.stagedTarget = item.target;
        state.addAsSource = item.outcome == ImportOutcome::AddedSource && item.match;
        state.fillGaps = item.fillGaps;
        state.confidence = itemConfidence(item.extraction);
        m_state.append(state);
    }
    build();
    fillQueueList();
    if (!m_queue.isEmpty())
        showPosition(0);
    else
        showCurrent();
}

ReviewDialog::~ReviewDialog() = default;

bool ReviewDialog::hasItemsToReview(const commands::StagedBatch &batch)
{
    return std::any_of(batch.items.cbegin(), batch.items.cend(),
                       [](const StagedArticle &item) { return reviewable(item.outcome); });
}

void ReviewDialog::build()
{
    auto *outer = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("reviewPosition"));
    QFont bold = m_positionLabel->font();
    bold.setBold(true);
    m_positionLabel->setFont(bold);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("reviewItemName"));
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confidenceLabel = new QLabel(this);
    m_confidenceLabel->setObjectName(QStringLiteral("reviewConfidence"));
    m_confidenceLabel->setToolTip(
        tr("The lowest confidence of the extracted fields (0 % when no victim was found)"));
    m_autoAccept = new QCheckBox(tr("Accept automatically above"), this);
    m_autoAccept->setObjectName(QStringLiteral("autoAccept"));
    m_autoAccept->setToolTip(tr("Accept every pending article whose extraction confidence "
                                "reaches the threshold; the others stay in the queue"));
    m_autoThreshold = new QSpinBox(this);
    m_autoThreshold->setObjectName(QStringLiteral("autoAcceptThreshold"));
    m_autoThreshold->setRange(1, 100);
    m_autoThreshold->setValue(80);
    m_autoThreshold->setSuffix(tr(" %"));
    m_autoThreshold->setAccessibleName(tr("Confidence threshold"));
    header->addWidget(m_positionLabel);
    header->addWidget(m_nameLabel, 1);
    header->addWidget(m_confidenceLabel);
    header->addSpacing(16);
    header->addWidget(m_autoAccept);
    header->addWidget(m_autoThreshold);
    outer->addLayout(header);

    m_duplicatePanel = new QGroupBox(tr("Possible duplicate"), this);
    m_duplicatePanel->setObjectName(QStringLiteral("duplicatePanel"));
    auto *dup = new QVBoxLayout(m_duplicatePanel);
    m_duplicateText = new QLabel(m_duplicatePanel);
    m_duplicateText->setObjectName(QStringLiteral("duplicateText"));
    m_duplicateText->setTextFormat(Qt::PlainText);
    m_duplicateText->setWordWrap(true);
    dup->addWidget(m_duplicateText);
    m_comparison = new IncidentComparison(m_duplicatePanel);
    m_comparison->setMinimumHeight(120);
    dup->addWidget(m_comparison, 1);
    auto *choices = new QHBoxLayout;
    m_choiceAdd = new QRadioButton(m_duplicatePanel);
    m_choiceAdd->setObjectName(QStringLiteral("choiceAddSource"));
    m_choiceNew = new QRadioButton(tr("&New incident"), m_duplicatePanel);
    m_choiceNew->setObjectName(QStringLiteral("choiceNewIncident"));
    m_choices = new QButtonGroup(this);
    m_choices->addButton(m_choiceAdd);
    m_choices->addButton(m_choiceNew);
    choices->addWidget(m_choiceAdd);
    choices->addWidget(m_choiceNew);
    choices->addStretch(1);
    dup->addLayout(choices);
    auto *fill = new QHBoxLayout;
    m_fillGaps = new QCheckBox(tr("Also fill its &empty fields"), m_duplicatePanel);
    m_fillGaps->setObjectName(QStringLiteral("fillGaps"));
    m_fillGaps->setToolTip(tr("Take from this article what the known incident does not state "
                              "yet; what it states is never changed"));
    m_fillText = new QLabel(m_duplicatePanel);
    m_fillText->setObjectName(QStringLiteral("fillGapsText"));
    m_fillText->setTextFormat(Qt::PlainText);
    m_fillText->setWordWrap(true);
    fill->addWidget(m_fillGaps);
    fill->addWidget(m_fillText, 1);
    dup->addLayout(fill);
    outer->addWidget(m_duplicatePanel, 2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("reviewSplitter"));
    m_queueList = new QListWidget(split);
    m_queueList->setObjectName(QStringLiteral("reviewQueue"));
    m_queueList->setAccessibleName(tr("Articles of the batch"));
    auto *editorColumn = new QWidget(split);
    auto *editorLayout = new QVBoxLayout(editorColumn);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editorNote = new QLabel(editorColumn);
    m_editorNote->setObjectName(QStringLiteral("reviewEditorNote"));
    m_editorNote->setWordWrap(true);
    m_editorNote->setForegroundRole(QPalette::PlaceholderText);
    editorLayout->addWidget(m_editorNote);
    auto *scroll = new QScrollArea(editorColumn);
    scroll->setWidgetResizable(true);
    m_editor = new IncidentEditor(scroll);
    scroll->setWidget(m_editor);
    editorLayout->addWidget(scroll, 1);
    auto *textColumn = new QWidget(split);
    auto *textLayout = new QVBoxLayout(textColumn);
    textLayout->setContentsMargins(0, 0, 0, 0);
    m_sourceLabel = new QLabel(textColumn);
    m_sourceLabel->setObjectName(QStringLiteral("reviewSource"));
    m_sourceLabel->setTextFormat(Qt::PlainText); // an address is shown, never followed
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setForegroundRole(QPalette::PlaceholderText);
    textLayout->addWidget(m_sourceLabel);
    m_evidence = new EvidenceView(textColumn);
    textLayout->addWidget(m_evidence, 1);
    split->addWidget(m_queueList);
    split->addWidget(editorColumn);
    split->addWidget(textColumn);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setSizes({170, 560, 550});
    m_queueList->setMinimumWidth(120);
    scroll->setMinimumWidth(m_editor->minimumSizeHint().width() + 24);
    outer->addWidget(split, 5);

    auto *buttons = new QHBoxLayout;
    m_previous = new QPushButton(tr("◀ &Previous"), this);
    m_previous->setObjectName(QStringLiteral("reviewPrevious"));
    m_previous->setToolTip(tr("Previous article (Ctrl+Left)"));
    m_next = new QPushButton(tr("Ne&xt ▶"), this);
    m_next->setObjectName(QStringLiteral("reviewNext"));
    m_next->setToolTip(tr("Next article, deciding later (Ctrl+Right)"));
    m_skip = new QPushButton(tr("&Skip"), this);
    m_skip->setObjectName(QStringLiteral("reviewSkip"));
    m_skip->setToolTip(tr("Do not import this article"));
    m_acceptAll = new QPushButton(tr("Accept A&ll Remaining"), this);
    m_acceptAll->setObjectName(QStringLiteral("reviewAcceptAll"));
    m_acceptAll->setToolTip(tr("Accept this article as edited and every pending one as proposed"));
    m_accept = new QPushButton(tr("&Accept"), this);
    m_accept->setObjectName(QStringLiteral("reviewAccept"));
    m_accept->setToolTip(tr("Import this article as shown (Enter)"));
    m_accept->setDefault(true);
    m_accept->setAutoDefault(true);
    m_finish = new QPushButton(tr("&Finish"), this);
    m_finish->setObjectName(QStringLiteral("reviewFinish"));
    m_finish->setToolTip(tr("Import what was accepted; the articles not decided are skipped"));
    m_cancel = new QPushButton(tr("Cancel Import"), this);
    m_cancel->setObjectName(QStringLiteral("reviewCancel"));
    m_cancel->setToolTip(tr("Import nothing (Esc)"));
    for (QPushButton *b : {m_previous, m_next, m_skip, m_acceptAll, m_finish, m_cancel})
        b->setAutoDefault(false);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_acceptAll);
    buttons->addWidget(m_accept);
    buttons->addSpacing(16);
    buttons->addWidget(m_finish);
    buttons->addWidget(m_cancel);
    outer->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &ReviewDialog::acceptCurrent);
    connect(m_skip, &QPushButton::clicked, this, &ReviewDialog::skipCurrent);
    connect(m_acceptAll, &QPushButton::clicked, this, &ReviewDialog::acceptAllRemaining);
    connect(m_previous, &QPushButton::clicked, this, &ReviewDialog::showPrevious);
    connect(m_next, &QPushButton::clicked, this, &ReviewDialog::showNext);
    connect(m_finish, &QPushButton::clicked, this, &ReviewDialog::finish);
    connect(m_cancel, &QPushButton::clicked, this, &ReviewDialog::reject);
    auto *nextKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right), this);
    connect(nextKey, &QShortcut::activated, this, &ReviewDialog::showNext);
    auto *previousKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left), this);
    connect(previousKey, &QShortcut::activated, this, &ReviewDialog::showPrevious);
    // Enter accepts through the default button; Ctrl+Enter also works from
    // the summary, where Enter starts a new line.
    auto *acceptKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(acceptKey, &QShortcut::activated, this, &ReviewDialog::acceptCurrent);

    connect(m_queueList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_showing)
            return;
        const int position = int(m_queue.indexOf(row));
        if (position >= 0 && position != m_position)
            showPosition(position);
    });
    connect(m_fillGaps, &QCheckBox::toggled, this, [this](bool on) {
        if (m_showing || m_position < 0)
            return;
        m_state[m_position].fillGaps = on;
        updateChoice();
    });
    connect(m_choices, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (m_showing || !on || m_position < 0)
            return;
        m_state[m_position].addAsSource = m_choiceAdd->isChecked();
        updateChoice();
    });
    m_editorScroll = scroll;
    connect(m_editor, &IncidentEditor::fieldFocused, this, [this](const QString &key) {
        m_evidence->emphasise(key);
        if (QWidget *field = m_editor->fieldWidget(key))
            m_editorScroll->ensureWidgetVisible(field);
    });
    // And back: a click on a highlighted passage goes to its field.
    connect(m_evidence, &EvidenceView::spanActivated, m_editor, &IncidentEditor::focusField);
    // The proposal changed: look again for an incident it may be about
    // (after a pause, so typing a victim's name does not match every key).
    m_rematch = new QTimer(this);
    m_rematch->setSingleShot(true);
    m_rematch->setInterval(300);
    connect(m_editor, &IncidentEditor::changed, this, [this] {
        if (m_showing || m_position < 0)
            return;
        m_state[m_position].edited = true;
        m_rematch->start();
    });
    connect(m_rematch, &QTimer::timeout, this, [this] {
        updateMatch();
        updateDuplicatePanel();
        updateChoice();
    });
    connect(m_autoAccept, &QCheckBox::toggled, this, &ReviewDialog::applyAutoAccept);
    connect(m_autoThreshold, &QSpinBox::valueChanged, this, [this] {
        if (m_autoAccept->isChecked())
            applyAutoAccept();
    });
    const bool several = m_queue.size() > 1;
    m_autoAccept->setVisible(several);
    m_autoThreshold->setVisible(several);
    m_acceptAll->setVisible(several);
    resize(1280, 860);
}

void ReviewDialog::fillQueueList()
{
    m_queueList->clear();
    for (int i = 0; i < m_batch.items.size(); ++i) {
        auto *row = new QListWidgetItem(m_queueList);
        row->setData(Qt::UserRole, i);
        const int position = int(m_queue.indexOf(i));
        if (position >= 0) {
            updateQueueRow(position);
            continue;
        }
        const StagedArticle &item = m_batch.items.at(i);
        const QString name =
            QFileInfo(item.name).fileName().isEmpty() ? item.name : QFileInfo(item.name).fileName();
        const QString why = item.outcome == ImportOutcome::Duplicate
                                ? tr("duplicate of %1").arg(item.duplicateOf)
                            : item.outcome == ImportOutcome::Skipped ? tr("skipped")
                                                                     : item.error;
        row->setText(tr("%1 — %2").arg(name, why));
        row->setToolTip(tr("%1\n%2").arg(item.name, why));
        row->setFlags(Qt::NoItemFlags);
    }
}

void ReviewDialog::updateQueueRow(int position)
{
    const int index = m_queue.at(position);
    QListWidgetItem *row = m_queueList->item(index);
    if (!row)
        return;
    const StagedArticle &item = m_batch.items.at(index);
    const QString name =
        QFileInfo(item.name).fileName().isEmpty() ? item.name : QFileInfo(item.name).fileName();
    QString status;
    switch (m_state.at(position).decision) {
    case Decision::Pending:
        status = tr("to review");
        break;
    case Decision::Accepted:
        status = item.outcome == ImportOutcome::AddedSource ? tr("accepted as a source")
                                                            : tr("accepted as new");
        break;
    case Decision::Skipped:
        status = tr("skipped");
        break;
    }
    row->setText(tr("%1 — %2").arg(name, status));
    row->setToolTip(item.name);
    QFont f = row->font();
    f.setBold(m_state.at(position).decision == Decision::Pending);
    row->setFont(f);
}

int ReviewDialog::currentItem() const
{
    return m_position >= 0 && m_position < m_queue.size() ? m_queue.at(m_position) : -1;
}

ReviewDialog::Decision ReviewDialog::decision(int batchIndex) const
{
    const int position = int(m_queue.indexOf(batchIndex));
    return position >= 0 ? m_state.at(position).decision : Decision::Pending;
}

int ReviewDialog::pendingCount() const
{
    return int(std::count_if(m_state.cbegin(), m_state.cend(),
                             [](const ItemState &s) { return s.decision == Decision::Pending; }));
}

std::optional<IncidentMatch> ReviewDialog::currentMatch() const
{
    return m_position >= 0 ? m_state.at(m_position).suggestion : std::nullopt;
}

void ReviewDialog::showPosition(int position)
{
    if (position < 0 || position >= m_queue.size())
        return;
    saveEdits();
    m_rematch->stop();
    m_position = position;
    showCurrent();
}

void ReviewDialog::showNext()
{
    if (m_position + 1 < m_queue.size())
        showPosition(m_position + 1);
}

void ReviewDialog::showPrevious()
{
    if (m_position > 0)
        showPosition(m_position - 1);
}

void ReviewDialog::showCurrent()
{
    m_showing = true;
    const int index = currentItem();
    const bool any = index >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_accept, m_skip, m_editor, m_acceptAll})
        w->setEnabled(any);
    m_previous->setEnabled(any && m_position > 0);
    m_next->setEnabled(any && m_position + 1 < m_queue.size());
    if (!any) {
        m_positionLabel->setText(tr("Nothing to review"));
        m_nameLabel->setText(tr("Every article of this batch is a duplicate or could not be "
                                "read; see the list."));
        m_confidenceLabel->clear();
        m_editor->setIncident(Incident{});
        m_evidence->clear();
        m_sourceLabel->hide();
        m_duplicatePanel->hide();
        m_editorNote->hide();
        m_showing = false;
        return;
    }
    const StagedArticle &item = m_batch.items.at(index);
    const ItemState &state = m_state.at(m_position);
    m_positionLabel->setText(tr("Item %1 of %2").arg(m_position + 1).arg(m_queue.size()));
    m_nameLabel->setText(item.name);
    // An item whose victim was not found scores 0 so that it is never
    // accepted automatically: say why, or 0 % reads as a failed extraction.
    const bool noVictim = !fieldConfidences(item.extraction).contains(QStringLiteral("victims"));
    m_confidenceLabel->setText(noVictim
                                   ? tr("Confidence: no victim found, review it")
                                   : tr("Confidence: %1 %").arg(int(state.confidence * 100 + 0.5)));
    m_editor->setIncident(item.extraction.incident);
    m_editor->setConfidences(fieldConfidences(item.extraction));
    QStringList about;
    if (!item.extraction.incident.sources.isEmpty()) {
        const Source &source = item.source();
        about << source.outlet << source.published.toIso() << source.url;
        about.removeAll(QString());
    }
    m_sourceLabel->setText(about.join(QStringLiteral(" · ")));
    m_sourceLabel->setVisible(!about.isEmpty());
    m_evidence->setArticle(item.extraction.incident.sources.isEmpty() ? QString()
                                                                      : item.source().text,
                           item.extraction.evidence);
    m_queueList->setCurrentRow(index);
    updateMatch();
    updateDuplicatePanel();
    updateChoice();
    m_showing = false;
}

void ReviewDialog::saveEdits()
{
    const int index = currentItem();
    if (index >= 0)
        m_batch.items[index].extraction.incident = m_editor->incident();
}

const commands::IncidentMatcher &ReviewDialog::matcher()
{
    if (!m_matcher)
        m_matcher =
            std::make_unique<commands::IncidentMatcher>(db::IncidentRepository(m_db).loadAll());
    return *m_matcher;
}

void ReviewDialog::updateMatch()
{
    if (m_position < 0)
        return;
    ItemState &state = m_state[m_position];
    if (state.stagedMatch) {
        // Staging found it against the stored incidents and the earlier
        // articles of the batch: it stands, whatever the edits.
        state.suggestion = state.stagedMatch;
        return;
    }
    // Staging already matched the proposal as extracted against the same
    // stored incidents: only an edited one needs a new look (which spares
    // loading every stored incident when nobody edits).
    if (!state.edited) {
        state.suggestion.reset();
        return;
    }
    std::optional<IncidentMatch> found = matcher().bestMatch(m_editor->incident());
    if (!sameMatch(found, state.suggestion))
        state.addAsSource = false; // a new suggestion is only offered, never chosen for the user
    state.suggestion = std::move(found);
}

Incident ReviewDialog::matchedIncident(const IncidentMatch &match) const
{
    if (match.dbId != 0) {
        if (auto stored = db::IncidentRepository(m_db).load(match.dbId))
            return *stored;
        return {};
    }
    // New earlier in this batch: the proposal of the item it joins.
    const int target = m_state.at(m_position).stagedTarget;
    if (target >= 0 && target < m_batch.items.size())
        return m_batch.items.at(target).extraction.incident;
    return {};
}

void ReviewDialog::updateDuplicatePanel()
{
    const ItemState *state = m_position >= 0 ? &m_state.at(m_position) : nullptr;
    if (!state || !state->suggestion) {
        m_canFill = false;
        m_duplicatePanel->hide();
        return;
    }
    const IncidentMatch &match = *state->suggestion;
    const Incident known = matchedIncident(match);
    QString name = match.slug;
    if (name.isEmpty() && state->stagedTarget >= 0)
        name = tr("“%1” (new in this batch)")
                   .arg(QFileInfo(m_batch.items.at(state->stagedTarget).name).fileName());
    if (name.isEmpty())
        name = known.title;
    m_duplicateText->setText(tr("This looks like incident %1 (%2): %3.")
                                 .arg(name, incidentSketch(known), match.description()));
    m_comparison->setIncidents(known, tr("Known incident"), m_editor->incident(),
                               tr("This article"));
    m_choiceAdd->setText(tr("&Add as a source of %1").arg(name));
    // Only a stored incident is filled (one new in this batch is the
    // proposal of another article, reviewed on its own).
    const commands::GapFill fill =
        match.dbId != 0 ? commands::fillGaps(known, m_editor->incident()) : commands::GapFill{};
    m_canFill = !fill.isEmpty();
    m_fillText->setText(tr("Will also fill: %1").arg(fieldList(fill.fields)));
    m_fillGaps->setVisible(m_canFill);
    m_fillText->setVisible(m_canFill);
    m_duplicatePanel->show();
}

void ReviewDialog::updateChoice()
{
    if (m_position < 0)
        return;
    const ItemState &state = m_state.at(m_position);
    const bool add = state.suggestion && state.addAsSource;
    {
        const bool showing = m_showing;
        m_showing = true;
        (add ? m_choiceAdd : m_choiceNew)->setChecked(true);
        m_showing = showing;
    }
    {
        const bool showing = m_showing;
        m_showing = true;
        m_fillGaps->setChecked(state.fillGaps);
        m_showing = showing;
    }
    m_fillGaps->setEnabled(add);
    m_fillText->setEnabled(add && state.fillGaps);
    // Joining an incident stores the article, and at most fills the known
    // incident's gaps: its own fields are not edited here.
    m_editor->setEnabled(!add);
    m_editorNote->setVisible(add);
    m_editorNote->setText(
        m_canFill && state.fillGaps
            ? tr("The article will be added as a source of the known incident; of its own "
                 "fields below, only those the known incident leaves empty are stored there "
                 "(listed above). Choose “New incident” to edit and store them all.")
            : tr("The article will be added as a source of the known incident; its own fields "
                 "below are not stored. Choose “New incident” to edit and store them."));
}

bool ReviewDialog::addAsSource() const
{
    return m_position >= 0 && m_state.at(m_position).suggestion &&
           m_state.at(m_position).addAsSource;
}

void ReviewDialog::decide(Decision decision)
{
    const int index = currentItem();
    if (index < 0)
        return;
    saveEdits();
    ItemState &state = m_state[m_position];
    StagedArticle &item = m_batch.items[index];
    state.decision = decision;
    item.fillGaps = state.fillGaps;
    if (decision == Decision::Skipped) {
        item.outcome = ImportOutcome::Skipped;
    } else if (addAsSource()) {
        item.outcome = ImportOutcome::AddedSource;
        item.match = state.suggestion;
        item.target = sameMatch(state.suggestion, state.stagedMatch) ? state.stagedTarget : -1;
    } else {
        item.outcome = ImportOutcome::NewIncident;
        item.match.reset();
        item.target = -1;
    }
    updateQueueRow(m_position);
}

void ReviewDialog::advance()
{
    if (pendingCount() == 0) {
        finish();
        return;
    }
    for (int step = 1; step <= m_queue.size(); ++step) {
        const int position = (m_position + step) % int(m_queue.size());
        if (m_state.at(position).decision == Decision::Pending) {
            showPosition(position);
            return;
        }
    }
}

void ReviewDialog::acceptCurrent()
{
    if (currentItem() < 0)
        return;
    decide(Decision::Accepted);
    advance();
}

void ReviewDialog::skipCurrent()
{
    if (currentItem() < 0)
        return;
    decide(Decision::Skipped);
    advance();
}

void ReviewDialog::acceptAllRemaining()
{
    if (currentItem() < 0)
        return;
    if (m_state.at(m_position).decision == Decision::Pending)
        decide(Decision::Accepted);
    acceptAbove(0);
    finish();
}

int ReviewDialog::acceptAbove(double threshold)
{
    int accepted = 0;
    for (int position = 0; position < m_queue.size(); ++position) {
        ItemState &state = m_state[position];
        if (state.decision != Decision::Pending || state.confidence < threshold)
            continue;
        if (position == m_position) {
            decide(Decision::Accepted); // as edited on screen
        } else {
            StagedArticle &item = m_batch.items[m_queue.at(position)];
            state.decision = Decision::Accepted;
            item.fillGaps = state.fillGaps;
            const bool add = state.suggestion ? state.addAsSource
                                              : state.stagedOutcome == ImportOutcome::AddedSource;
            item.outcome = add ? ImportOutcome::AddedSource : ImportOutcome::NewIncident;
            item.match =
                add ? (state.suggestion ? state.suggestion : state.stagedMatch) : std::nullopt;
            item.target = add && sameMatch(item.match, state.stagedMatch) ? state.stagedTarget : -1;
            updateQueueRow(position);
        }
        ++accepted;
    }
    return accepted;
}

void ReviewDialog::applyAutoAccept()
{
    if (!m_autoAccept->isChecked())
        return;
    const int n = acceptAbove(m_autoThreshold->value() / 100.0);
    m_autoAccept->setToolTip(tr("%n article(s) accepted automatically", nullptr, n));
    if (pendingCount() == 0)
        finish();
    else if (m_state.at(m_position).decision != Decision::Pending)
        advance();
}

void ReviewDialog::finish()
{
    saveEdits();
    for (int position = 0; position < m_queue.size(); ++position) {
        if (m_state.at(position).decision != Decision::Pending)
            continue;
        m_state[position].decision = Decision::Skipped;
        m_batch.items[m_queue.at(position)].outcome = ImportOutcome::Skipped;
    }
    const bool something =
        m_batch.count(ImportOutcome::NewIncident) + m_batch.count(ImportOutcome::AddedSource) > 0;
    QDialog::done(something ? QDialog::Accepted : QDialog::Rejected);
}

void ReviewDialog::reject()
{
    // Cancel: nothing of this batch is to be stored, even if the caller
    // commits anyway.
    for (int position = 0; position < m_queue.size(); ++position) {
        m_state[position].decision = Decision::Skipped;
        m_batch.items[m_queue.at(position)].outcome = ImportOutcome::Skipped;
    }
    QDialog::reject();
}

} // namespace vigie::ui::review
