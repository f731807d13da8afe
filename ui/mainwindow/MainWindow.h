// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"

#include <QMainWindow>

namespace vigie::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(db::Database database, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    db::Database m_db;
};

} // namespace vigie::ui
