// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/ImportBatch.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace vigie::db {
class Database;
}

namespace vigie::ui::review {

class EvidenceView;
class IncidentComparison;
class IncidentEditor;

// The review of a staged import batch, one article at a time, before the
// commit. It edits the batch in place:
//
// - the items to review are those staged as NewIncident or AddedSource;
//   duplicates and errors are listed (with their reason) but not reviewed;
// - an accepted item carries the edited incident in `extraction.incident`
//   and the outcome NewIncident, or AddedSource with `match` (and `target`
//   when the incident it joins is new in this batch);
// - a skipped item gets ImportOutcome::Skipped (ImportBatch::commit leaves
//   it out, and re-homes the items that had joined it);
// - Finish turns the items still pending into Skipped; Cancel (Esc) skips
//   every reviewed item, so a commit after a cancel writes nothing.
//
// exec() returns QDialog::Accepted when the batch has something to commit
// (at least one NewIncident or AddedSource item), Rejected otherwise.
//
//     review::ReviewDialog dialog(*staged, database, window);
//     if (dialog.exec() == QDialog::Accepted)
//         ImportBatch::commit(database, *staged);   // one undo step
//
// `db` is read (the stored incidents, for "this looks like incident X");
// the dialog never writes. Both must outlive the dialog.
//
// Widgets, by objectName: "reviewPosition" ("Item 2 of 5"), "reviewItemName",
// "reviewSource" (the article's outlet, date and address, as plain text),
// "reviewConfidence", "reviewQueue" (every item of the batch), "duplicatePanel"
// with "duplicateText", "incidentComparison", "choiceAddSource",
// "choiceNewIncident", "fillGaps" (check box: also fill the known incident's
// empty fields, StagedArticle::fillGaps) and "fillGapsText" (which ones);
// "incidentEditor", "evidenceView"; buttons
// "reviewAccept" (default: Enter), "reviewSkip", "reviewAcceptAll",
// "reviewPrevious" (Ctrl+Left), "reviewNext" (Ctrl+Right), "reviewFinish",
// "reviewCancel"; "autoAccept" (check box) and "autoAcceptThreshold" (percent).
class ReviewDialog : public QDialog {
    Q_OBJECT
public:
    ReviewDialog(commands::StagedBatch &batch, const db::Database &db, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    enum class Decision { Pending, Accepted, Skipped };

    // True when `batch` has an item this dialog would review.
    static bool hasItemsToReview(const commands::StagedBatch &batch);

    // Batch indexes of the items under review, in batch order.
    QList<int> reviewIndexes() const { return m_queue; }
    // The batch index of the item shown, -1 when none.
    int currentItem() const;
    Decision decision(int batchIndex) const;
    int pendingCount() const;
    // The duplicate suggestion for the item shown (staged or found since).
    std::optional<commands::IncidentMatch> currentMatch() const;

    IncidentEditor *editor() const { return m_editor; }
    EvidenceView *evidenceView() const { return m_evidence; }

    // Accepts, as the proposal stands now, every pending item whose
    // extraction confidence (ReviewFields' itemConfidence) is at least
    // `threshold` (0..1); the others stay queued. Returns how many.
    int acceptAbove(double threshold);

public Q_SLOTS:
    void acceptCurrent();
    void skipCurrent();
    void acceptAllRemaining();
    void showNext();
    void showPrevious();
    // Shows the item at `position` in the queue (0-based).
    void showPosition(int position);
    // Ends the review: pending items become Skipped.
    void finish();
    void reject() override;

private:
    struct ItemState {
        Decision decision = Decision::Pending;
        // As staged, to go back to when a decision is changed.
        commands::ImportOutcome stagedOutcome = commands::ImportOutcome::NewIncident;
        std::optional<commands::IncidentMatch> stagedMatch;
        int stagedTarget = -1;
        // The staged match, or one the matcher found for the edited proposal.
        std::optional<commands::IncidentMatch> suggestion;
        bool addAsSource = false; // the user's choice while a suggestion stands
        bool fillGaps = true;     // fill the stored incident's empty fields (StagedArticle)
        bool edited = false;      // the user changed the proposal
        double confidence = 0;
    };
    void build();
    void fillQueueList();
    void updateQueueRow(int position);
    void showCurrent();
    void saveEdits();
    void updateMatch();
    void updateDuplicatePanel();
    void updateChoice();
    void decide(Decision decision);
    void advance();
    void applyAutoAccept();
    bool addAsSource() const;
    const commands::IncidentMatcher &matcher();
    Incident matchedIncident(const commands::IncidentMatch &match) const;

    commands::StagedBatch &m_batch;
    const db::Database &m_db;
    QList<int> m_queue;                                   // batch indexes under review
    QList<ItemState> m_state;                             // per queue position
    std::unique_ptr<commands::IncidentMatcher> m_matcher; // stored incidents, built on first need
    int m_position = -1;
    bool m_showing = false;

    QLabel *m_positionLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_confidenceLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QListWidget *m_queueList = nullptr;
    QGroupBox *m_duplicatePanel = nullptr;
    QLabel *m_duplicateText = nullptr;
    IncidentComparison *m_comparison = nullptr;
    QRadioButton *m_choiceAdd = nullptr;
    QRadioButton *m_choiceNew = nullptr;
    QButtonGroup *m_choices = nullptr;
    QCheckBox *m_fillGaps = nullptr;
    QLabel *m_fillText = nullptr;
    bool m_canFill = false; // the suggestion is a stored incident with gaps to fill
    QLabel *m_editorNote = nullptr;
    IncidentEditor *m_editor = nullptr;
    QScrollArea *m_editorScroll = nullptr;
    EvidenceView *m_evidence = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_cancel = nullptr;
    QCheckBox *m_autoAccept = nullptr;
    QSpinBox *m_autoThreshold = nullptr;
    QTimer *m_rematch = nullptr;
};

} // namespace vigie::ui::review
