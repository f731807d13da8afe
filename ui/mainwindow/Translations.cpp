// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace vigie::ui {

QLocale uiLocale()
{
    if (const QByteArray lang = qgetenv("VIGIE_LANG"); !lang.isEmpty())
        return QLocale(QString::fromLatin1(lang));
    return QLocale::system();
}

bool installTranslators(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    const QString dir = QStringLiteral(":/i18n");
    if (own->load(locale, QStringLiteral("vigie"), QStringLiteral("_"), dir) ||
        own->load(QStringLiteral("vigie_en"), dir)) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace vigie::ui
