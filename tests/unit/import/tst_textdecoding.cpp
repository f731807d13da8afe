// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ContentSniffer.h"
#include "import/LanguageGuesser.h"
#include "import/ReaderSupport.h"
#include "import/TextDecoder.h"

#include <QTest>

using namespace vigie::import;

class TestTextDecoding : public QObject {
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void invalidUtf8IsReplacedNotFatal();
    void normalize_data();
    void normalize();
    void sniff_data();
    void sniff();
    void language_data();
    void language();
    void isoDate_data();
    void isoDate();
};

static QByteArray utf16le(const QString &s, bool bom)
{
    QByteArray out = bom ? QByteArray("\xff\xfe", 2) : QByteArray();
    for (const QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

static QByteArray utf16be(const QString &s)
{
    QByteArray out("\xfe\xff", 2);
    for (const QChar c : s) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    return out;
}

void TestTextDecoding::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString fr =
        QStringLiteral("L'hôpital a été attaqué : « données » volées, coût 10 000 €.");
    QTest::newRow("utf8") << fr.toUtf8() << QString() << fr << "UTF-8";
    QTest::newRow("utf8 bom") << QByteArray("\xef\xbb\xbf") + fr.toUtf8() << QString() << fr
                              << "UTF-8";
    QTest::newRow("utf16le bom") << utf16le(fr, true) << QString() << fr << "UTF-16LE";
    QTest::newRow("utf16be bom") << utf16be(fr) << QString() << fr << "UTF-16BE";
    QTest::newRow("utf16le no bom")
        << utf16le(QStringLiteral("Hospital systems were encrypted."), false) << QString()
        << "Hospital systems were encrypted."
        << "UTF-16LE";
    // windows-1252: é=E9, ô=F4, «=AB, »=BB, €=80, ’=92, œ=9C.
    QTest::newRow("cp1252") << QByteArray("L'h\xf4pital a \xe9t\xe9 attaqu\xe9 : \xab donn\xe9"
                                          "es \xbb vol\xe9"
                                          "es, co\xfbt "
                                          "10 000 \x80.")
                            << QString() << fr << "windows-1252";
    QTest::newRow("cp1252 quotes and oe")
        << QByteArray("L\x92\x9cuvre du c\x9cur, disait l\x92infirmi\xe8re de l\x92h\xf4pital "
                      "de S\xe8te, \xe9tait menac\xe9"
                      "e.")
        << QString()
        << QStringLiteral(
               "L’œuvre du cœur, disait l’infirmière de l’hôpital de Sète, était menacée.")
        << "windows-1252";
    QTest::newRow("latin1 declared")
        << QByteArray("Le centre hospitalier de B\xe9thune a \xe9t\xe9 vis\xe9.") << "iso-8859-1"
        << QStringLiteral("Le centre hospitalier de Béthune a été visé.") << "ISO-8859-1";
    QTest::newRow("valid utf8 wins over a stale declaration")
        << fr.toUtf8() << "windows-1252" << fr << "UTF-8";
    QTest::newRow("ascii") << QByteArray("Plain ASCII text.") << QString() << "Plain ASCII text."
                           << "UTF-8";
}

void TestTextDecoding::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, declared);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const DecodedText d = decodeText(bytes, declared);
    QCOMPARE(d.text, text);
    QCOMPARE(d.encoding, encoding);
    QVERIFY(!d.hadInvalidBytes);
}

void TestTextDecoding::invalidUtf8IsReplacedNotFatal()
{
    // Mostly UTF-8 with two broken sequences: stays UTF-8, with U+FFFD.
    const QByteArray bytes =
        QStringLiteral("Le CHU de Nîmes a été visé ; les équipes sont mobilisées.").toUtf8() +
        QByteArray("\xc3\x28 et \xe2\x82") +
        QStringLiteral(" la direction a porté plainte à Nîmes.").toUtf8();
    const DecodedText d = decodeText(bytes);
    QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
    QVERIFY(d.hadInvalidBytes);
    QVERIFY(d.text.contains(QChar(0xfffd)));
    QVERIFY(d.text.startsWith(QStringLiteral("Le CHU de Nîmes a été visé")));
    QVERIFY(d.text.endsWith(QStringLiteral("porté plainte à Nîmes.")));

    // Random high bytes: decoded (as a single-byte charset), never a crash.
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char(0x80 + (i * 37) % 128));
    const DecodedText n = decodeText(noise);
    QVERIFY(!n.encoding.isEmpty());
    QVERIFY(!n.text.isEmpty());
}

void TestTextDecoding::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("crlf and cr") << "a\r\nb\rc\n"
                                 << "a\nb\nc";
    QTest::newRow("blank runs") << "a\n\n\n\n  \t\nb"
                                << "a\n\nb";
    QTest::newRow("spaces collapse and trim") << "  a \t  b  \n  c "
                                              << "a b\nc";
    QTest::newRow("nfc") << QStringLiteral("e\u0301te\u0301") << QStringLiteral("\u00e9t\u00e9");
    QTest::newRow("nbsp kept inside") << QStringLiteral("10\u00a0000 \u20ac :\u00a0oui")
                                      << QStringLiteral("10\u00a0000 \u20ac :\u00a0oui");
    QTest::newRow("nbsp trimmed at ends") << QStringLiteral("\u00a0a\u00a0\n") << "a";
    QTest::newRow("zero width and soft hyphen")
        << QStringLiteral("hô\u00adpi\u200btal\ufeff") << QStringLiteral("hôpital");
    QTest::newRow("controls dropped") << QStringLiteral("a\u0007b\u001bc") << "abc";
    QTest::newRow("paragraph separator") << QStringLiteral("a\u2029b") << "a\n\nb";
    QTest::newRow("leading blank lines") << "\n\n\na"
                                         << "a";
}

void TestTextDecoding::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeText(input), expected);
}

void TestTextDecoding::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("description");
    using K = Sniffed::Kind;
    QTest::newRow("empty") << QByteArray() << int(K::Empty) << QString();
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(K::Binary)
                         << "PNG image";
    QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << int(K::Binary)
                          << "JPEG image";
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0", 6) << int(K::Binary)
                         << "ZIP archive (or an office document)";
    QTest::newRow("elf") << QByteArray("\x7f"
                                       "ELF\x02\x01",
                                       6)
                         << int(K::Binary) << "executable program";
    QTest::newRow("nul bytes") << QByteArray("abc\0def", 7) << int(K::Binary)
                               << "unknown binary data";
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3") << int(K::Pdf) << QString();
    QTest::newRow("pdf after junk") << QByteArray("\r\n\r\n%PDF-1.4\n") << int(K::Pdf) << QString();
    QTest::newRow("html doctype") << QByteArray("  <!DOCTYPE html><html>") << int(K::Html)
                                  << QString();
    QTest::newRow("html fragment") << QByteArray("<p>Hello</p>") << int(K::Html) << QString();
    QTest::newRow("html bom") << QByteArray("\xef\xbb\xbf<html><body>") << int(K::Html)
                              << QString();
    QTest::newRow("html utf16") << utf16le(QStringLiteral("<html><body>x</body></html>"), true)
                                << int(K::Html) << QString();
    QTest::newRow("text with a less-than")
        << QByteArray("Prices < 10 euros and x<y.") << int(K::Text) << QString();
    QTest::newRow("text") << QByteArray("Le CHU de Rennes\n\nUne attaque.") << int(K::Text)
                          << QString();
    QTest::newRow("utf16 text") << utf16le(QStringLiteral("Texte simple."), true) << int(K::Text)
                                << QString();
}

void TestTextDecoding::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, kind);
    QFETCH(QString, description);
    const Sniffed s = sniffContent(head);
    QCOMPARE(int(s.kind), kind);
    QCOMPARE(s.description, description);
}

void TestTextDecoding::language_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral(
                               "Le centre hospitalier a été visé par une attaque dans la nuit, "
                               "selon la direction qui a porté plainte pour les patients.")
                        << "fr";
    QTest::newRow("en") << QStringLiteral(
                               "The hospital said that its systems were taken offline after "
                               "the attack, and that patients have been moved.")
                        << "en";
    QTest::newRow("de") << QStringLiteral(
                               "Das Krankenhaus wurde von einem Angriff getroffen und die "
                               "Notaufnahme ist nicht erreichbar, sagte der Sprecher.")
                        << "de";
    QTest::newRow("es") << QStringLiteral(
                               "El hospital sufrió un ataque y los sistemas de la red "
                               "fueron desconectados por los técnicos para proteger los datos.")
                        << "es";
    QTest::newRow("too short") << QStringLiteral("CHU") << QString();
    QTest::newRow("numbers") << QStringLiteral("12 34 56 78 90 11 12") << QString();
}

void TestTextDecoding::language()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(guessLanguage(text), language);
}

void TestTextDecoding::isoDate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("iso");
    QTest::newRow("date") << "2024-01-18"
                          << "2024-01-18";
    QTest::newRow("offset") << "2024-01-18T07:45:00+01:00"
                            << "2024-01-18T07:45:00+01:00";
    QTest::newRow("utc") << "2024-01-18T06:45:00Z"
                         << "2024-01-18T06:45:00Z";
    QTest::newRow("local") << "2024-01-18T07:45:00"
                           << "2024-01-18T07:45:00";
    QTest::newRow("millis") << "2024-01-18T07:45:00.123+01:00"
                            << "2024-01-18T07:45:00+01:00";
    QTest::newRow("rfc2822") << "Thu, 18 Jan 2024 07:45:00 +0100"
                             << "2024-01-18T07:45:00+01:00";
    QTest::newRow("compact") << "20240118"
                             << "2024-01-18";
    QTest::newRow("bad") << "18 janvier" << QString();
    QTest::newRow("invalid day") << "2024-02-31" << QString();
}

void TestTextDecoding::isoDate()
{
    QFETCH(QString, value);
    QFETCH(QString, iso);
    QCOMPARE(vigie::import::isoDate(value), iso);
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
