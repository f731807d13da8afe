// SPDX-License-Identifier: GPL-3.0-or-later
// The French translation is compiled in, loads, and covers every string.
#include "TestSupport.h"
#include "mainwindow/Translations.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace vigie;

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void frenchIsCompiledIn()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/vigie_fr.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/vigie_en.qm")));
    }

    void frenchTranslates_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("french");
        QTest::newRow("menu") << "vigie::ui::MainWindow"
                              << "&File"
                              << "&Fichier";
        QTest::newRow("column") << "vigie::ui::IncidentTableModel"
                                << "Occurred"
                                << "Survenu";
        QTest::newRow("vocabulary") << "Vocabulary"
                                    << "Ransomware"
                                    << "Rançongiciel";
        QTest::newRow("db error") << "Database"
                                  << "There is no database at %1."
                                  << "Il n’y a pas de base de données à l’emplacement %1.";
        QTest::newRow("json error") << "IncidentJson"
                                    << "expected a list of sources"
                                    << "une liste de sources est attendue";
        QTest::newRow("repository") << "IncidentRepository"
                                    << "An incident with id %1 already exists."
                                    << "Un incident d’identifiant %1 existe déjà.";
    }

    void frenchTranslates()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, french);
        // The way main.cpp loads it.
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("vigie"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(
            QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
            french);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(
            QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
            source);
    }

    void pluralsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << "en" << 1 << "1 incident";
        QTest::newRow("en 138") << "en" << 138 << "138 incidents";
        QTest::newRow("fr 0") << "fr" << 0 << "0 incident";
        QTest::newRow("fr 1") << "fr" << 1 << "1 incident";
        QTest::newRow("fr 2") << "fr" << 2 << "2 incidents";
    }

    void pluralsInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QLocale(language), QStringLiteral("vigie"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const QString text =
            QCoreApplication::translate("vigie::ui::MainWindow", "%n incident(s)", nullptr, n);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, expected);
    }

    void otherLanguagesFallBackToEnglish()
    {
        // German has no catalogue: English plural forms rather than "(s)".
        QVERIFY(ui::installTranslators(*QCoreApplication::instance(),
                                       QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("vigie::ui::MainWindow", "%n incident(s)", nullptr, 3),
                 QStringLiteral("3 incidents"));
    }

    void everyFrenchMessageIsTranslated()
    {
        // A new tr() string must come with its French (see
        // resources/translations/README.md).
        QFile file(test::sourcePath(QStringLiteral("resources/translations/vigie_fr.ts")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"message")
                ++messages;
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                if (type == u"unfinished")
                    unfinished.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 150);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QStringLiteral(" | "))));
    }

    void vocabularyFollowsTheLanguage()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/vigie_fr.qm")));
        QCoreApplication::installTranslator(&translator);
        const QString name = displayName(AttackType::DataTheft);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(name, QStringLiteral("Vol de données"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
