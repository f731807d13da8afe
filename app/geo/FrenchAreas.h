// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace vigie::geo {

// INSEE's regions and departments (code officiel géographique), the keys the
// schema uses for French incidents. Small and fixed, so compiled in.
struct Region {
    QString code; // "32"
    QString name; // "Hauts-de-France"
};

struct Department {
    QString code;       // "59", "2A", "971"
    QString name;       // "Nord"
    QString regionCode; // "32"
};

const QList<Region> &regions();
const QList<Department> &departments();

const Region *findRegion(QStringView code);
const Department *findDepartment(QStringView code);

// The region's name for a code, or the code itself when unknown (abroad the
// schema already stores a name).
QString regionDisplayName(const QString &country, const QString &region);

} // namespace vigie::geo
