// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include "geo/FrenchAreas.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace vigie::ui {

QString displayDate(const PartialDate &date)
{
    const QLocale locale;
    switch (date.precision()) {
    case PartialDate::Precision::None:
        return {};
    case PartialDate::Precision::Year:
        return QString::number(date.year());
    case PartialDate::Precision::Month:
        return locale.toString(date.firstDate(), QStringLiteral("MMM yyyy"));
    case PartialDate::Precision::Day:
        return locale.toString(date.firstDate(), QStringLiteral("d MMM yyyy"));
    }
    return {};
}

QString displayDateLong(const PartialDate &date)
{
    const QLocale locale;
    switch (date.precision()) {
    case PartialDate::Precision::None:
        return QCoreApplication::translate("DisplayText", "not stated");
    case PartialDate::Precision::Year:
        return QCoreApplication::translate("DisplayText", "%1 (year known, month not stated)")
            .arg(date.year());
    case PartialDate::Precision::Month:
        return QCoreApplication::translate("DisplayText", "%1 (month known, day not stated)")
            .arg(locale.toString(date.firstDate(), QStringLiteral("MMMM yyyy")));
    case PartialDate::Precision::Day:
        return locale.toString(date.firstDate(), QStringLiteral("dddd d MMMM yyyy"));
    }
    return {};
}

namespace {

struct CountryName {
    const char *code;
    const char *name;
};

// The countries the dataset and the French press cover most, so that their
// names follow the UI language; others fall back to Qt's English names.
constexpr std::array countryNames{
    CountryName{"AT", QT_TRANSLATE_NOOP("Country", "Austria")},
    CountryName{"AU", QT_TRANSLATE_NOOP("Country", "Australia")},
    CountryName{"BE", QT_TRANSLATE_NOOP("Country", "Belgium")},
    CountryName{"BR", QT_TRANSLATE_NOOP("Country", "Brazil")},
    CountryName{"CA", QT_TRANSLATE_NOOP("Country", "Canada")},
    CountryName{"CH", QT_TRANSLATE_NOOP("Country", "Switzerland")},
    CountryName{"CR", QT_TRANSLATE_NOOP("Country", "Costa Rica")},
    CountryName{"CZ", QT_TRANSLATE_NOOP("Country", "Czechia")},
    CountryName{"DE", QT_TRANSLATE_NOOP("Country", "Germany")},
    CountryName{"DK", QT_TRANSLATE_NOOP("Country", "Denmark")},
    CountryName{"ES", QT_TRANSLATE_NOOP("Country", "Spain")},
    CountryName{"FI", QT_TRANSLATE_NOOP("Country", "Finland")},
    CountryName{"FR", QT_TRANSLATE_NOOP("Country", "France")},
    CountryName{"GB", QT_TRANSLATE_NOOP("Country", "United Kingdom")},
    CountryName{"GR", QT_TRANSLATE_NOOP("Country", "Greece")},
    CountryName{"HR", QT_TRANSLATE_NOOP("Country", "Croatia")},
    CountryName{"IE", QT_TRANSLATE_NOOP("Country", "Ireland")},
    CountryName{"IL", QT_TRANSLATE_NOOP("Country", "Israel")},
    CountryName{"IN", QT_TRANSLATE_NOOP("Country", "India")},
    CountryName{"IT", QT_TRANSLATE_NOOP("Country", "Italy")},
    CountryName{"JP", QT_TRANSLATE_NOOP("Country", "Japan")},
    CountryName{"LU", QT_TRANSLATE_NOOP("Country", "Luxembourg")},
    CountryName{"MA", QT_TRANSLATE_NOOP("Country", "Morocco")},
    CountryName{"NL", QT_TRANSLATE_NOOP("Country", "Netherlands")},
    CountryName{"NO", QT_TRANSLATE_NOOP("Country", "Norway")},
    CountryName{"NZ", QT_TRANSLATE_NOOP("Country", "New Zealand")},
    CountryName{"PL", QT_TRANSLATE_NOOP("Country", "Poland")},
    CountryName{"PT", QT_TRANSLATE_NOOP("Country", "Portugal")},
    CountryName{"RO", QT_TRANSLATE_NOOP("Country", "Romania")},
    CountryName{"SE", QT_TRANSLATE_NOOP("Country", "Sweden")},
    CountryName{"SG", QT_TRANSLATE_NOOP("Country", "Singapore")},
    CountryName{"US", QT_TRANSLATE_NOOP("Country", "United States")},
};

} // namespace

QString countryDisplayName(const QString &isoCode)
{
    if (isoCode.isEmpty())
        return {};
    for (const CountryName &c : countryNames)
        if (isoCode == QLatin1StringView(c.code))
            return QCoreApplication::translate("Country", c.name);
    const QLocale::Territory territory = QLocale::codeToTerritory(isoCode);
    if (territory == QLocale::AnyTerritory)
        return isoCode;
    return QLocale::territoryToString(territory);
}

QString departmentDisplayName(const QString &code)
{
    if (code.isEmpty())
        return {};
    if (const geo::Department *d = geo::findDepartment(code))
        return d->code + u' ' + d->name;
    return code;
}

QString departmentSortKey(const QString &code)
{
    // Corsica's 2A and 2B replaced 20: they sort where 20 was.
    const QString key = code.toUpper();
    if (key == u"2A" || key == u"2B")
        return QStringLiteral("020") + key.right(1);
    return key.rightJustified(3, u'0');
}

} // namespace vigie::ui
