// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Incident.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace vigie {
class Notifier;
namespace db {
class Database;
}
} // namespace vigie

namespace vigie::ui {

// Every field of the selected incident, its summary and its sources as
// links opened in the system browser. Follows Notifier::selectionChanged;
// shows an empty state when nothing is selected.
//
// Widgets tests look for: "detailEmpty" (the empty state), "detailTitle",
// "detailSummary", "detailSources" and one "detail_<schema key>" label per
// field (e.g. "detail_occurred", "detail_victims").
class IncidentDetailPane : public QWidget {
    Q_OBJECT
public:
    IncidentDetailPane(const db::Database &db, Notifier &notifier, QWidget *parent = nullptr);

    // 0 when nothing is shown.
    qint64 currentId() const { return m_current ? m_current->dbId : 0; }

    // The schema keys of the fields, in display order.
    static QStringList fieldKeys();

    QSize sizeHint() const override { return {360, 560}; }

Q_SIGNALS:
    // The "Edit…" button ("detailEdit") was pressed for the incident shown.
    void editRequested(qint64 id);

public Q_SLOTS:
    void showIncident(qint64 id);
    void showSelection(const QList<qint64> &ids);
    void clear();

private:
    void build();
    void fill(const Incident &incident);
    void setField(const QString &key, const QString &text);
    QLabel *addSourceLabel(const Source &source);
    void refreshIfShown(const QList<qint64> &ids);
    void dropIfShown(const QList<qint64> &ids);

    const db::Database &m_db;
    std::optional<Incident> m_current;
    int m_selectionSize = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_selectionNote = nullptr;
    QLabel *m_summary = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_sources = nullptr;
    QVBoxLayout *m_sourcesLayout = nullptr;
    QLabel *m_sourcesHeading = nullptr;
    QHash<QString, QLabel *> m_fields;
};

} // namespace vigie::ui
