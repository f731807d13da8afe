// SPDX-License-Identifier: GPL-3.0-or-later
// The review dialog over a real staged batch (ImportBatch::stage on
// tests/data articles, against a database seeded with the bundled dataset),
// driven by objectName.
#include "TestSupport.h"
#include "WindowTestSupport.h"
#include "commands/ImportBatch.h"
#include "db/DatabaseSetup.h"
#include "db/IncidentRepository.h"
#include "extract/Extractor.h"
#include "import/ReaderRegistry.h"
#include "review/EvidenceView.h"
#include "review/IncidentEditor.h"
#include "review/ReviewDialog.h"
#include "review/ReviewFields.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::commands;
using namespace vigie::ui::review;
using vigie::test::child;

namespace {

const QString chsfSlug = QStringLiteral("2022-08-chsf-corbeil-essonnes");

QJsonObject expected(const QString &name)
{
    return QJsonDocument::fromJson(test::readFile(test::dataPath(QStringLiteral("articles/") +
                                                                 name + QStringLiteral(".json"))))
        .object();
}

} // namespace

class TestReviewDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    import::ReaderRegistry m_readers;
    extract::Extractor m_extractor;
    std::optional<db::Database> m_db;
    int m_counter = 0;

    // Item 0: the CHU d'Angers (new), 1: Cannes (new), 2: an NHS trust (new),
    // 3: the CHSF attack, stored in the bundled dataset (AddedSource),
    // 4: a PNG (Error).
    StagedBatch stage()
    {
        const QString png = m_dir.filePath(QStringLiteral("picture.txt"));
        QFile f(png);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(png));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(300, '\1'));
        f.close();
        const QStringList paths{test::dataPath(QStringLiteral("articles/fr_chu_lockbit.txt")),
                                test::dataPath(QStringLiteral("articles/fr_insider.txt")),
                                test::dataPath(QStringLiteral("articles/en_uk_trust.txt")),
                                test::dataPath(QStringLiteral("articleimport/chsf-corbeil.txt")),
                                png};
        ImportBatch importer(m_readers, m_extractor);
        auto staged = importer.stage(inputsFromPaths(paths), ImportBatch::matcherFor(*m_db));
        if (!staged)
            qFatal("stage: %s", qPrintable(staged.error()));
        return std::move(staged).value();
    }

    static void clickButton(ReviewDialog &d, const char *name)
    {
        QPushButton *b = child<QPushButton>(d, QLatin1String(name));
        QVERIFY2(b->isEnabled() && b->isVisible(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto d = db::openDatabase(m_dir.filePath(QStringLiteral("review.sqlite")));
        QVERIFY2(d, qPrintable(d ? QString() : d.error()));
        m_db.emplace(std::move(d).value());
    }

    void stagedAsExpected()
    {
        StagedBatch batch = stage();
        QCOMPARE(batch.items.size(), 5);
        QCOMPARE(batch.items[0].outcome, ImportOutcome::NewIncident);
        QCOMPARE(batch.items[1].outcome, ImportOutcome::NewIncident);
        QCOMPARE(batch.items[2].outcome, ImportOutcome::NewIncident);
        QCOMPARE(batch.items[3].outcome, ImportOutcome::AddedSource);
        QCOMPARE(batch.items[4].outcome, ImportOutcome::Error);
        ReviewDialog dialog(batch, *m_db);
        QCOMPARE(dialog.reviewIndexes(), (QList<int>{0, 1, 2, 3}));
        QVERIFY(ReviewDialog::hasItemsToReview(batch));
    }

    // An article naming no victim scores 0 (never auto-accepted); the label
    // says why instead of a bare "0 %".
    void confidenceSaysWhenNoVictimWasFound()
    {
        ImportBatch importer(m_readers, m_extractor);
        auto staged = importer.stage(
            inputsFromPaths({test::dataPath(QStringLiteral("articles/de_klinik.txt"))}),
            ImportBatch::matcherFor(*m_db));
        QVERIFY(staged);
        StagedBatch batch = std::move(staged).value();
        QCOMPARE(batch.items.size(), 1);
        QVERIFY(batch.items[0].extraction.incident.victims.isEmpty());
        ReviewDialog dialog(batch, *m_db);
        auto *label = child<QLabel>(dialog, QLatin1String("reviewConfidence"));
        QVERIFY2(label->text().contains(QStringLiteral("no victim")), qPrintable(label->text()));

        StagedBatch named = stage();
        ReviewDialog other(named, *m_db);
        label = child<QLabel>(other, QLatin1String("reviewConfidence"));
        QVERIFY2(label->text().contains(u'%'), qPrintable(label->text()));
    }

    // The editor shows the extraction (the golden values of tests/data/articles).
    void editorShowsTheExtractedFields()
    {
        StagedBatch batch = stage();
        ReviewDialog dialog(batch, *m_db);
        dialog.show();
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("reviewPosition"))->text(),
                 QStringLiteral("Item 1 of 4"));
        QVERIFY2(child<QLabel>(dialog, QStringLiteral("reviewSource"))
                     ->text()
                     .contains(QStringLiteral("2024-03-14")),
                 qPrintable(child<QLabel>(dialog, QStringLiteral("reviewSource"))->text()));
        const QJsonObject want = expected(QStringLiteral("fr_chu_lockbit"));
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("edit_title"))->text(),
                 want[QStringLiteral("title")].toString());
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("edit_commune"))->text(),
                 want[QStringLiteral("commune")].toString());
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("edit_department"))->currentData(),
                 want[QStringLiteral("department")].toVariant());
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("edit_region"))->currentData(),
                 want[QStringLiteral("region")].toVariant());
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("edit_country"))->currentData(),
                 QVariant(QStringLiteral("FR")));
        // Angers is an official commune of the department extracted: no warning.
        QLabel *communeWarning = child<QLabel>(dialog, QStringLiteral("edit_commune_warning"));
        QVERIFY(!communeWarning->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("edit_threat_actor"))->text(),
                 QStringLiteral("LockBit"));
        QVERIFY(
            child<QCheckBox>(dialog, QStringLiteral("edit_attack_types_ransomware"))->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("edit_attack_types_ddos"))->isChecked());
        QVERIFY(child<QCheckBox>(dialog, QStringLiteral("edit_impacts_crisis_plan"))->isChecked());
        QVERIFY(child<QCheckBox>(dialog, QStringLiteral("edit_data_spared_medical"))->isChecked());
        QVERIFY(child<QCheckBox>(dialog, QStringLiteral("edit_ransom"))->isChecked());
        QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("edit_ransom_amount"))->value(), 2e6);
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("edit_occurred_precision"))->currentText(),
                 QStringLiteral("Day"));
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("edit_occurred_day"))->value(), 10);
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("edit_occurred_year"))->value(), 2024);
        // Confidence per field, and for the item.
        QLabel *victimsConfidence = child<QLabel>(dialog, QStringLiteral("confidence_victims"));
        QVERIFY(!victimsConfidence->isHidden());
        QVERIFY(victimsConfidence->text().endsWith(QStringLiteral("%")));
        QVERIFY(child<QLabel>(dialog, QStringLiteral("reviewConfidence"))->text().contains(u'%'));
        // An untouched editor gives back the very record staged.
        QCOMPARE(dialog.editor()->incident(), batch.items[0].extraction.incident);
        // A commune of another department is flagged, and kept.
        QLineEdit *commune = child<QLineEdit>(dialog, QStringLiteral("edit_commune"));
        commune->setFocus();
        commune->selectAll();
        QTest::keyClicks(commune, QStringLiteral("Quimper"));
        QVERIFY(communeWarning->isVisible());
        QCOMPARE(communeWarning->text(), QStringLiteral("Not a commune of Maine-et-Loire (49)"));
        QCOMPARE(dialog.editor()->incident().commune, QStringLiteral("Quimper"));
    }

    void evidenceIsHighlightedInEachFieldsColour()
    {
        StagedBatch batch = stage();
        ReviewDialog dialog(batch, *m_db);
        dialog.show();
        const extract::Extraction &x = batch.items[0].extraction;
        auto *text = child<QPlainTextEdit>(dialog, QStringLiteral("evidenceText"));
        QVERIFY(text->isReadOnly());
        QCOMPARE(text->toPlainText(), batch.items[0].source().text);
        const QList<QTextEdit::ExtraSelection> selections = text->extraSelections();
        int spans = 0;
        for (const QString &key : evidenceFieldKeys())
            spans += int(x.evidence.value(key).size());
        QVERIFY(spans >= 10);
        QCOMPARE(int(selections.size()), spans);
        // Every evidence span is a selection of its field's colour, at its place.
        for (auto it = x.evidence.cbegin(); it != x.evidence.cend(); ++it) {
            for (const extract::Evidence &e : it.value()) {
                const bool found =
                    std::any_of(selections.cbegin(), selections.cend(), [&](const auto &s) {
                        return s.cursor.selectionStart() == e.start &&
                               s.cursor.selectionEnd() == e.start + e.length &&
                               s.format.background().color() == fieldColor(it.key()) &&
                               s.format.property(QTextFormat::UserProperty).toString() == it.key();
                    });
                QVERIFY2(found, qPrintable(it.key()));
            }
        }
        QVERIFY(child<QLabel>(dialog, QStringLiteral("legend_threat_actor"))->isVisible());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("legend_country"))->isVisible());

        // Focusing a field emphasises its evidence and scrolls to it.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.editor()->focusField(QStringLiteral("threat_actor"));
        QTRY_COMPARE(dialog.evidenceView()->emphasised(), QStringLiteral("threat_actor"));
        const extract::Evidence actor = x.evidence.value(QStringLiteral("threat_actor")).first();
        QCOMPARE(text->textCursor().position(), int(actor.start));
        int bold = 0;
        for (const auto &s : text->extraSelections())
            if (s.format.fontWeight() == QFont::Bold) {
                ++bold;
                QCOMPARE(s.format.property(QTextFormat::UserProperty).toString(),
                         QStringLiteral("threat_actor"));
            }
        QCOMPARE(bold, int(x.evidence.value(QStringLiteral("threat_actor")).size()));

        // And back: a click on the commune's passage focuses the commune field.
        const extract::Evidence commune = x.evidence.value(QStringLiteral("commune")).first();
        QTextCursor at(text->document());
        at.setPosition(int(commune.start + 1));
        text->setTextCursor(at);
        text->ensureCursorVisible();
        const QPoint point = text->cursorRect(at).center();
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, point);
        QTRY_COMPARE(dialog.evidenceView()->emphasised(), QStringLiteral("commune"));
        QCOMPARE(QApplication::focusWidget(),
                 dialog.editor()->fieldWidget(QStringLiteral("commune")));
    }

    // An edit, then Accept: the batch carries it, and the commit stores it.
    void editThenAcceptPutsTheEditInTheBatch()
    {
        StagedBatch batch = stage();
        ReviewDialog dialog(batch, *m_db);
        dialog.show();
        auto *actor = child<QLineEdit>(dialog, QStringLiteral("edit_threat_actor"));
        actor->selectAll();
        QTest::keyClicks(actor, QStringLiteral("LockBit 3.0"));
        auto *ddos = child<QCheckBox>(dialog, QStringLiteral("edit_attack_types_ddos"));
        ddos->click();
        clickButton(dialog, "reviewAccept");
        QCOMPARE(dialog.decision(0), ReviewDialog::Decision::Accepted);
        QCOMPARE(batch.items[0].outcome, ImportOutcome::NewIncident);
        QCOMPARE(batch.items[0].extraction.incident.threatActor, QStringLiteral("LockBit 3.0"));
        QVERIFY(batch.items[0].extraction.incident.attackTypes->contains(AttackType::Ddos));
        QVERIFY(batch.items[0].extraction.incident.attackTypes->contains(AttackType::Ransomware));
        QCOMPARE(dialog.currentItem(), 1);
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("reviewPosition"))->text(),
                 QStringLiteral("Item 2 of 4"));

        // Enter accepts (the default button); Skip marks Skipped.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.decision(1), ReviewDialog::Decision::Accepted);
        QCOMPARE(dialog.currentItem(), 2);
        clickButton(dialog, "reviewSkip");
        QCOMPARE(batch.items[2].outcome, ImportOutcome::Skipped);
        QCOMPARE(dialog.decision(2), ReviewDialog::Decision::Skipped);
        QCOMPARE(dialog.currentItem(), 3);
        // The last one: Accept ends the review with something to commit.
        clickButton(dialog, "reviewAccept");
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(batch.items[3].outcome, ImportOutcome::AddedSource);
        QCOMPARE(batch.items[4].outcome, ImportOutcome::Error);

        auto summary = ImportBatch::commit(*m_db, batch);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
        QCOMPARE(summary->added.size(), 2);
        const Incident stored = *db::IncidentRepository(*m_db).load(batch.items[0].incidentDbId);
        QCOMPARE(stored.threatActor, QStringLiteral("LockBit 3.0"));
        QVERIFY(stored.attackTypes->contains(AttackType::Ddos));
        QVERIFY(!db::IncidentRepository(*m_db).findSourceByHash(batch.items[2].source().textHash));
        // Undo what this test stored so the others stage the same batch.
        QVERIFY(db::IncidentRepository(*m_db).remove(summary->added));
        db::Database &d = *m_db;
        auto *del = d.cached("DELETE FROM incident_source WHERE source_id = ?");
        del->bind(1, batch.items[3].sourceDbId);
        QVERIFY(del->exec());
        QVERIFY(
            d.exec("DELETE FROM source WHERE id NOT IN (SELECT source_id FROM incident_source)"));
    }

    // A commune name typed by hand is resolved before Return accepts: the
    // accepted record has the official spelling and its department.
    void returnAcceptsTheCommuneTypedAsChosen()
    {
        StagedBatch batch = stage();
        ReviewDialog dialog(batch, *m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *department = child<QComboBox>(dialog, QStringLiteral("edit_department"));
        auto *region = child<QComboBox>(dialog, QStringLiteral("edit_region"));
        department->setCurrentIndex(0);
        region->setCurrentIndex(0);
        QLineEdit *commune = child<QLineEdit>(dialog, QStringLiteral("edit_commune"));
        commune->setFocus();
        commune->selectAll();
        QTest::keyClicks(commune, QStringLiteral("corbeil essonnes"));
        QAbstractItemView *popup =
            dialog.findChild<QCompleter *>(QStringLiteral("edit_commune_completer"))->popup();
        QTRY_VERIFY(popup->isVisible());
        // Return on the list only closes it; Return again accepts.
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(dialog.currentItem(), 0);
        QTest::keyClick(commune, Qt::Key_Return);
        QCOMPARE(dialog.decision(0), ReviewDialog::Decision::Accepted);
        const Incident &accepted = batch.items[0].extraction.incident;
        QCOMPARE(accepted.commune, QStringLiteral("Corbeil-Essonnes"));
        QCOMPARE(accepted.department, QStringLiteral("91"));
        QCOMPARE(accepted.region, QStringLiteral("11"));
        QCOMPARE(dialog.currentItem(), 1);
    }

    void keyboardMovesThroughTheQueue()
    {
        StagedBatch batch = stage();
        ReviewDialog dialog(batch, *m_db);
        dialog.show();
        // Shortcuts need the active window.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.currentItem(), 0);
        QTest::keyClick(&dialog, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(dialog.currentItem(), 1);
        QTest::keyClick(&dialog, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(dialog.currentItem(), 2);
        QTest::keyClick(&dialog, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(dialog.currentItem(), 1);
        QCOMPARE(dialog.decision(0), ReviewDialog::Decision::Pending);
        // Esc cancels: nothing of the batch is to be stored.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(batch.items[i].outcome, ImportOutcome::Skipped);
        auto summary = ImportBatch::commit(*m_db, batch);
        QVERIFY(summary && summary->added.isEmpty() && summary->changed.isEmpty());
    }

    void acceptAllRemaining()
    {
        StagedBatch batch = stage();
        ReviewDialog dialog(batch, *m_db);
        dialog.show();
        clickButton(dialog, "reviewSkip");
        clickButton(dialog, "reviewAcceptAll");
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(batch.items[0].outcome, ImportOutcome::Skipped);
        QCOMPARE(batch.items[1].outcome, ImportOutcome::NewIncident);
        QCOMPARE(batch.items[2].outcome, ImportOutcome::NewIncident);
        QCOMPARE(batch.items[3].outcome, ImportOutcome::AddedSource);
        QVERIFY(batch.items[3].match);
        QCOMPARE(batch.items[3].match->slug, chsfSlug);
    }

    void autoAcceptAboveThreshold()
    {
        StagedBatch batch = stage();
        QList<double> confidence;
        for (int i = 0; i < 4; ++i)
            confidence.append(itemConfidence(batch.items[i].extraction));
        QList<double> sorted = confidence;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY2(sorted.first() < sorted.last(), "the items need different confidences");
        // A threshold above the lowest: some accepted, the lowest stays queued.
        const int percent = int(sorted.first() * 100) + 1;
        QVERIFY(percent <= 100);
        ReviewDialog dialog(batch, *m_db);
        dialog.show();
        child<QSpinBox>(dialog, QStringLiteral("autoAcceptThreshold"))->setValue(percent);
        child<QCheckBox>(dialog, QStringLiteral("autoAccept"))->setChecked(true);
        int pending = 0;
        for (int i = 0; i < 4; ++i) {
            const bool above = confidence[i] * 100 >= percent;
            QCOMPARE(dialog.decision(i),
                     above ? ReviewDialog::Decision::Accepted : ReviewDialog::Decision::Pending);
            pending += above ? 0 : 1;
        }
        QVERIFY(pending > 0);
        QCOMPARE(dialog.pendingCount(), pending);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.decision(dialog.currentItem()), ReviewDialog::Decision::Pending);
        // Finish: the rest are skipped.
        clickButton(dialog, "reviewFinish");
        for (int i = 0; i < 4; ++i)
            QCOMPARE(batch.items[i].outcome == ImportOutcome::Skipped,
                     confidence[i] * 100 < percent);
    }

    void duplicatePanelOffersTheKnownIncident()
    {
        for (const bool addAsSource : {true, false}) {
            StagedBatch batch = stage();
            ReviewDialog dialog(batch, *m_db);
            dialog.show();
            QVERIFY(!child<QGroupBox>(dialog, QStringLiteral("duplicatePanel"))->isVisible());
            dialog.showPosition(3);
            QCOMPARE(dialog.currentItem(), 3);
            auto *panel = child<QGroupBox>(dialog, QStringLiteral("duplicatePanel"));
            QVERIFY(panel->isVisible());
            const QString text = child<QLabel>(dialog, QStringLiteral("duplicateText"))->text();
            QVERIFY2(text.contains(chsfSlug), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Corbeil-Essonnes")), qPrintable(text));
            auto *table = child<QTableWidget>(dialog, QStringLiteral("incidentComparison"));
            QCOMPARE(table->columnCount(), 2);
            QVERIFY(table->rowCount() > 10);
            const Incident known = *db::IncidentRepository(*m_db).load(batch.items[3].match->dbId);
            QCOMPARE(table->item(3, 0)->text(), known.victims.join(QStringLiteral("; ")));
            auto *add = child<QRadioButton>(dialog, QStringLiteral("choiceAddSource"));
            auto *fresh = child<QRadioButton>(dialog, QStringLiteral("choiceNewIncident"));
            QVERIFY(add->isChecked());
            QVERIFY(!dialog.editor()->isEnabled());
            if (!addAsSource) {
                fresh->click();
                QVERIFY(dialog.editor()->isEnabled());
            }
            clickButton(dialog, "reviewAccept");
            const StagedArticle &item = batch.items[3];
            if (addAsSource) {
                QCOMPARE(item.outcome, ImportOutcome::AddedSource);
                QVERIFY(item.match);
                QCOMPARE(item.match->slug, chsfSlug);
                QCOMPARE(item.match->dbId, known.dbId);
            } else {
                QCOMPARE(item.outcome, ImportOutcome::NewIncident);
                QVERIFY(!item.match);
                QCOMPARE(item.target, -1);
            }
        }
    }

    // The CHSF article about the stored CHSF incident made to lack its
    // ransom and impacts: the panel says it will fill them, the check box
    // turns that off for the item, and the commit follows the choice.
    void addAsSourceFillsTheKnownIncidentsGaps()
    {
        for (const bool fill : {true, false}) {
            auto opened =
                db::openDatabase(m_dir.filePath(QStringLiteral("fill%1.sqlite").arg(++m_counter)));
            QVERIFY(opened);
            const db::Database d = std::move(opened).value();
            db::IncidentRepository repo(d);
            const qint64 chsf = *repo.findBySlug(chsfSlug);
            Incident stored = *repo.load(chsf);
            stored.ransom.reset();
            stored.impacts.reset();
            QVERIFY(repo.update(stored).ok());
            ImportBatch importer(m_readers, m_extractor);
            auto staged = importer.stage(
                inputsFromPaths({test::dataPath(QStringLiteral("articleimport/chsf-corbeil.txt"))}),
                ImportBatch::matcherFor(d));
            QVERIFY(staged);
            StagedBatch batch = std::move(staged).value();
            QCOMPARE(batch.items[0].outcome, ImportOutcome::AddedSource);

            ReviewDialog dialog(batch, d);
            dialog.show();
            auto *box = child<QCheckBox>(dialog, QStringLiteral("fillGaps"));
            auto *text = child<QLabel>(dialog, QStringLiteral("fillGapsText"));
            QVERIFY(box->isVisible());
            QVERIFY(box->isChecked());
            QVERIFY(box->isEnabled());
            QCOMPARE(text->text(),
                     QStringLiteral("Will also fill: %1, %2")
                         .arg(fieldLabel(QStringLiteral("impacts")).toLower(),
                              fieldLabel(QStringLiteral("ransom_demanded")).toLower()));
            auto *note = child<QLabel>(dialog, QStringLiteral("reviewEditorNote"));
            QVERIFY2(note->text().contains(QStringLiteral("leaves empty")),
                     qPrintable(note->text()));
            // "New incident" stores the article's own record: nothing to fill.
            child<QRadioButton>(dialog, QStringLiteral("choiceNewIncident"))->click();
            QVERIFY(!box->isEnabled());
            child<QRadioButton>(dialog, QStringLiteral("choiceAddSource"))->click();
            QVERIFY(box->isEnabled());
            if (!fill) {
                box->click();
                QVERIFY(!box->isChecked());
                QVERIFY2(note->text().contains(QStringLiteral("are not stored")),
                         qPrintable(note->text()));
            }
            clickButton(dialog, "reviewAccept");
            QCOMPARE(batch.items[0].outcome, ImportOutcome::AddedSource);
            QCOMPARE(batch.items[0].fillGaps, fill);

            auto summary = ImportBatch::commit(d, batch);
            QVERIFY(summary);
            const Incident after = *repo.load(chsf);
            QCOMPARE(after.sources.size(), stored.sources.size() + 1);
            QCOMPARE(after.ransom.has_value(), fill);
            QCOMPARE(after.impacts.has_value(), fill);
            QCOMPARE(batch.items[0].filledFields,
                     (fill ? QStringList{"impacts", "ransom_demanded"} : QStringList{}));
        }
    }

    // Nothing to fill (the bundled CHSF states all the article says): no
    // check box.
    void nothingToFillShowsNoCheckBox()
    {
        StagedBatch batch = stage();
        ReviewDialog dialog(batch, *m_db);
        dialog.show();
        dialog.showPosition(3);
        QVERIFY(child<QGroupBox>(dialog, QStringLiteral("duplicatePanel"))->isVisible());
        QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("fillGaps"))->isVisible());
        QVERIFY(!child<QLabel>(dialog, QStringLiteral("fillGapsText"))->isVisible());
    }

    // A proposal edited until it names a stored incident: the panel offers
    // it (without choosing it for the user); "add as source" then joins it.
    void editedProposalFindsAKnownIncident()
    {
        StagedBatch batch = stage();
        ReviewDialog dialog(batch, *m_db);
        dialog.show();
        auto *panel = child<QGroupBox>(dialog, QStringLiteral("duplicatePanel"));
        QVERIFY(!panel->isVisible());
        auto *victims = child<QListWidget>(dialog, QStringLiteral("edit_victims"));
        QCOMPARE(victims->count(), 1);
        victims->item(0)->setText(QStringLiteral("Centre hospitalier Sud Francilien"));
        child<QSpinBox>(dialog, QStringLiteral("edit_occurred_year"))->setValue(2022);
        child<QComboBox>(dialog, QStringLiteral("edit_occurred_month"))->setCurrentIndex(7);
        child<QSpinBox>(dialog, QStringLiteral("edit_occurred_day"))->setValue(21);
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(dialog.currentMatch());
        QCOMPARE(dialog.currentMatch()->slug, chsfSlug);
        auto *add = child<QRadioButton>(dialog, QStringLiteral("choiceAddSource"));
        QVERIFY(child<QRadioButton>(dialog, QStringLiteral("choiceNewIncident"))->isChecked());
        QVERIFY(dialog.editor()->isEnabled());
        add->click();
        QVERIFY(!dialog.editor()->isEnabled());
        clickButton(dialog, "reviewAccept");
        QCOMPARE(batch.items[0].outcome, ImportOutcome::AddedSource);
        QVERIFY(batch.items[0].match);
        QCOMPARE(batch.items[0].match->slug, chsfSlug);
        QVERIFY(batch.items[0].match->dbId > 0);
        QCOMPARE(batch.items[0].target, -1);
    }

    void nothingToReview()
    {
        StagedBatch batch = stage();
        batch.items.removeFirst();
        for (StagedArticle &item : batch.items)
            if (item.outcome != ImportOutcome::Error)
                item.outcome = ImportOutcome::Duplicate;
        QVERIFY(!ReviewDialog::hasItemsToReview(batch));
        ReviewDialog dialog(batch, *m_db);
        dialog.show();
        QCOMPARE(dialog.currentItem(), -1);
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("reviewAccept"))->isEnabled());
        clickButton(dialog, "reviewFinish");
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
