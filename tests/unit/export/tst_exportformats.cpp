// SPDX-License-Identifier: GPL-3.0-or-later
// GeoJSON and STIX 2.1 writers, and the readers that bring CSV, JSON and
// STIX back, in-process. tests/data/export/README.md says how to regenerate
// the golden files.
#include "ExportTestSupport.h"
#include "TestSupport.h"
#include "export/AreaOutlines.h"
#include "export/ExportFormats.h"
#include "export/IncidentPlace.h"
#include "import/CsvDatasetReader.h"
#include "import/DatasetReader.h"
#include "import/StixReader.h"
#include "model/IncidentJson.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace vigie;
using namespace vigie::exporting;

namespace {

using test::exported;
using test::fixture;
using test::testData;

QJsonArray asJson(const QList<Incident> &incidents)
{
    QJsonArray array;
    for (const Incident &i : incidents)
        array.append(incidentToJson(i));
    return array;
}

void compareGolden(const QByteArray &actual, const QString &name)
{
    const QString golden = testData(QStringLiteral("export/small/") + name);
    if (qEnvironmentVariableIsSet("VIGIE_REGENERATE_GOLDEN")) {
        QFile f(golden);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(actual);
    }
    QCOMPARE(actual, test::readFile(golden));
}

QJsonObject parsedObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return doc.object();
}

double ringArea2(const QJsonArray &ring)
{
    double sum = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QJsonArray a = ring.at(i).toArray(), b = ring.at(i + 1).toArray();
        sum += a.at(0).toDouble() * b.at(1).toDouble() - b.at(0).toDouble() * a.at(1).toDouble();
    }
    return sum;
}

} // namespace

class TestExportFormats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatsListed()
    {
        for (const char *name : {"csv", "json", "geojson", "stix"})
            QVERIFY2(findExportFormat(QLatin1String(name)), name);
    }

    // ---- GeoJSON

    void geojsonGolden()
    {
        compareGolden(exported(QStringLiteral("geojson"), fixture()),
                      QStringLiteral("expected.geojson"));
    }

    void geojsonPoints_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("precision");
        QTest::newRow("French commune") << 0 << "commune";
        QTest::newRow("France, no area") << 1 << "country";
        // GeoNames knows it as "Freiburg": the country's centroid.
        QTest::newRow("town abroad, other name") << 2 << "country";
        QTest::newRow("nowhere") << 3 << "";
    }
    void geojsonPoints()
    {
        QFETCH(int, index);
        QFETCH(QString, precision);
        const QJsonObject collection = parsedObject(exported(QStringLiteral("geojson"), fixture()));
        QCOMPARE(collection.value("type").toString(), QStringLiteral("FeatureCollection"));
        const QJsonArray features = collection.value("features").toArray();
        QCOMPARE(features.size(), 4);
        const QJsonObject feature = features.at(index).toObject();
        QCOMPARE(feature.value("type").toString(), QStringLiteral("Feature"));
        const QJsonObject properties = feature.value("properties").toObject();
        // Every schema field, plus the precision.
        for (const QString &key : incidentToJson(Incident()).keys())
            QVERIFY2(properties.contains(key), qPrintable(key));
        QCOMPARE(properties.value("point_precision").toString(), precision);
        if (precision.isEmpty()) {
            QVERIFY(feature.value("geometry").isNull());
            QVERIFY(properties.value("point_precision").isNull());
            return;
        }
        const QJsonObject geometry = feature.value("geometry").toObject();
        QCOMPARE(geometry.value("type").toString(), QStringLiteral("Point"));
        const QJsonArray position = geometry.value("coordinates").toArray();
        QCOMPARE(position.size(), 2);
        QVERIFY(std::abs(position.at(0).toDouble()) <= 180);
        QVERIFY(std::abs(position.at(1).toDouble()) <= 90);
    }

    void locate_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("commune");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QRectF>("box"); // lon/lat
        QTest::newRow("town abroad") << "DE"
                                     << ""
                                     << ""
                                     << "Düsseldorf"
                                     << "town" << QRectF(QPointF(6.6, 51.1), QPointF(7.0, 51.4));
        QTest::newRow("homonym told by department")
            << "FR"
            << "04"
            << "974"
            << "Saint-Denis"
            << "commune" << QRectF(QPointF(55.3, -21.0), QPointF(55.6, -20.8));
        QTest::newRow("unknown commune: department")
            << "FR"
            << "53"
            << "35"
            << "Xyzville"
            << "department" << QRectF(QPointF(-2.2, 47.8), QPointF(-1.2, 48.5));
        QTest::newRow("department only")
            << "FR"
            << ""
            << "2A"
            << ""
            << "department" << QRectF(QPointF(8.5, 41.4), QPointF(9.4, 42.4));
        QTest::newRow("region only")
            << "FR"
            << "53"
            << ""
            << ""
            << "region" << QRectF(QPointF(-4.0, 47.6), QPointF(-1.8, 48.7));
        QTest::newRow("country only")
            << "BE"
            << ""
            << ""
            << ""
            << "country" << QRectF(QPointF(3.9, 50.2), QPointF(5.2, 51.0));
        QTest::newRow("nothing") << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "" << QRectF();
    }
    void locate()
    {
        QFETCH(QString, country);
        QFETCH(QString, region);
        QFETCH(QString, department);
        QFETCH(QString, commune);
        QFETCH(QString, precision);
        QFETCH(QRectF, box);
        Incident incident;
        incident.country = country;
        incident.region = region;
        incident.department = department;
        incident.commune = commune;
        const IncidentPoint point = locateIncident(incident, AreaOutlines::shared());
        QCOMPARE(point.precision, precision);
        if (!precision.isEmpty())
            QVERIFY2(
                box.contains(point.lonLat),
                qPrintable(QStringLiteral("%1 %2").arg(point.lonLat.x()).arg(point.lonLat.y())));
    }

    // Centroids from the area geometry: inside the area's bounding box on
    // the ground (checked by hand on a map).
    void centroids_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QRectF>("box"); // lon/lat
        QTest::newRow("Essonne") << int(AreaOutlines::Department) << "91"
                                 << QRectF(QPointF(1.9, 48.2), QPointF(2.6, 48.8));
        QTest::newRow("Guadeloupe") << int(AreaOutlines::Department) << "971"
                                    << QRectF(QPointF(-61.9, 15.8), QPointF(-61.0, 16.6));
        QTest::newRow("Île-de-France")
            << int(AreaOutlines::Region) << "11" << QRectF(QPointF(1.4, 48.1), QPointF(3.6, 49.3));
        QTest::newRow("France: metropolitan")
            << int(AreaOutlines::Country) << "FR" << QRectF(QPointF(0, 45), QPointF(4, 48.5));
        QTest::newRow("Germany") << int(AreaOutlines::Country) << "DE"
                                 << QRectF(QPointF(8, 49.5), QPointF(12, 52.5));
    }
    void centroids()
    {
        QFETCH(int, level);
        QFETCH(QString, code);
        QFETCH(QRectF, box);
        const AreaOutlines *outlines = AreaOutlines::shared();
        QVERIFY(outlines);
        const AreaOutline *area = outlines->find(AreaOutlines::Level(level), code);
        QVERIFY(area);
        QVERIFY2(
            box.contains(area->centroid),
            qPrintable(QStringLiteral("%1 %2").arg(area->centroid.x()).arg(area->centroid.y())));
    }

    void geojsonAreas_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("areas");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("unlocated");
        QTest::newRow("regions") << int(AreaLevel::Region) << 18 << "11" << 1 << 3;
        QTest::newRow("departments") << int(AreaLevel::Department) << 101 << "91" << 1 << 3;
        QTest::newRow("countries") << int(AreaLevel::Country) << 0 << "FR" << 2 << 1;
    }
    void geojsonAreas()
    {
        QFETCH(int, level);
        QFETCH(int, areas);
        QFETCH(QString, code);
        QFETCH(int, count);
        QFETCH(int, unlocated);
        ExportOptions options;
        options.areas = AreaLevel(level);
        const QJsonObject collection =
            parsedObject(exported(QStringLiteral("geojson"), fixture(), options));
        QCOMPARE(collection.value("type").toString(), QStringLiteral("FeatureCollection"));
        QCOMPARE(collection.value("unlocated_incidents").toInt(), unlocated);
        const QJsonArray features = collection.value("features").toArray();
        if (areas > 0)
            QCOMPARE(features.size(), areas);
        else
            QVERIFY(features.size() > 200);
        int total = 0;
        bool found = false;
        for (const QJsonValue &v : features) {
            const QJsonObject feature = v.toObject();
            const QJsonObject properties = feature.value("properties").toObject();
            total += properties.value("incidents").toInt();
            if (properties.value("code").toString() == code) {
                found = true;
                QCOMPARE(properties.value("incidents").toInt(), count);
            }
            const QJsonObject geometry = feature.value("geometry").toObject();
            const QString type = geometry.value("type").toString();
            QVERIFY2(type == "Polygon" || type == "MultiPolygon", qPrintable(type));
            QJsonArray polygons = geometry.value("coordinates").toArray();
            if (type == "Polygon")
                polygons = QJsonArray{polygons};
            for (const QJsonValue &p : std::as_const(polygons)) {
                const QJsonArray rings = p.toArray();
                QVERIFY(!rings.isEmpty());
                for (qsizetype r = 0; r < rings.size(); ++r) {
                    const QJsonArray ring = rings.at(r).toArray();
                    QVERIFY(ring.size() >= 4);
                    QCOMPARE(ring.first(), ring.last()); // closed
                    // RFC 7946 §3.1.6: exterior counterclockwise, holes clockwise.
                    QVERIFY(r == 0 ? ringArea2(ring) > 0 : ringArea2(ring) < 0);
                }
            }
        }
        QVERIFY(found);
        QCOMPARE(total + unlocated, 4);
    }

    // ---- STIX 2.1

    void stixGolden()
    {
        compareGolden(exported(QStringLiteral("stix"), fixture()),
                      QStringLiteral("expected.stix.json"));
    }

    void stixRequiredProperties()
    {
        const QJsonObject bundle = parsedObject(exported(QStringLiteral("stix"), fixture()));
        QCOMPARE(bundle.value("type").toString(), QStringLiteral("bundle"));
        QVERIFY(bundle.value("id").toString().startsWith("bundle--"));
        static const QRegularExpression idForm(QStringLiteral(
            "^([a-z0-9-]+)--([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"));
        static const QRegularExpression timestamp(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        QSet<QString> ids;
        QHash<QString, int> types;
        const QJsonArray objects = bundle.value("objects").toArray();
        for (const QJsonValue &v : objects) {
            const QJsonObject o = v.toObject();
            const QString id = o.value("id").toString();
            QCOMPARE(o.value("spec_version").toString(), QStringLiteral("2.1"));
            const auto match = idForm.match(id);
            QVERIFY2(match.hasMatch(), qPrintable(id));
            QCOMPARE(match.captured(1), o.value("type").toString());
            const QUuid uuid(match.captured(2));
            QCOMPARE(uuid.version(), QUuid::Sha1); // UUIDv5
            QCOMPARE(uuid.variant(), QUuid::DCE);
            QVERIFY2(timestamp.match(o.value("created").toString()).hasMatch(), qPrintable(id));
            QVERIFY2(timestamp.match(o.value("modified").toString()).hasMatch(), qPrintable(id));
            QVERIFY(o.value("modified").toString() >= o.value("created").toString());
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            ++types[o.value("type").toString()];
        }
        QCOMPARE(types.value("incident"), 4);
        // Victims: 2 + 3 + 1; shared objects once.
        QCOMPARE(types.value("identity"), 1 + 6);
        QCOMPARE(types.value("location"), 3);
        QCOMPARE(types.value("threat-actor"), 2);
        QCOMPARE(types.value("extension-definition"), 1);
        int relationships = 0;
        for (const QJsonValue &v : objects) {
            const QJsonObject o = v.toObject();
            if (o.value("type") == "incident") {
                QVERIFY(!o.value("name").toString().isEmpty());
                const QJsonObject core = o.value("extensions")
                                             .toObject()
                                             .value("extension-definition--ef765651-680c-498d-"
                                                    "9894-99799f2fa126")
                                             .toObject();
                QCOMPARE(core.value("extension_type").toString(),
                         QStringLiteral("property-extension"));
                QVERIFY(core.contains("determination"));
                QVERIFY(core.contains("investigation_status"));
            }
            if (o.value("type") != "relationship")
                continue;
            ++relationships;
            QVERIFY2(ids.contains(o.value("source_ref").toString()),
                     qPrintable(o.value("source_ref").toString()));
            QVERIFY2(ids.contains(o.value("target_ref").toString()),
                     qPrintable(o.value("target_ref").toString()));
        }
        // targets 6, located-at 6 (every victim has a place), attributed-to 2
        QCOMPARE(relationships, 6 + 6 + 2);
    }

    void stixInformationImpacts()
    {
        const QJsonObject bundle = parsedObject(exported(QStringLiteral("stix"), fixture()));
        const QJsonObject first = bundle.value("objects").toArray().at(2).toObject();
        QCOMPARE(first.value("type").toString(), QStringLiteral("incident"));
        const QJsonArray impacts = first.value("extensions")
                                       .toObject()
                                       .value("extension-definition--ef765651-680c-498d-9894-"
                                              "99799f2fa126")
                                       .toObject()
                                       .value("information_impacts")
                                       .toArray();
        // identity -> pii, medical -> phi
        QCOMPARE(impacts.size(), 2);
        QCOMPARE(impacts.at(0).toObject().value("type").toString(), QStringLiteral("pii"));
        QCOMPARE(impacts.at(1).toObject().value("type").toString(), QStringLiteral("phi"));
    }

    void stixIsDeterministic()
    {
        QCOMPARE(exported(QStringLiteral("stix"), fixture()),
                 exported(QStringLiteral("stix"), fixture()));
        // An incident keeps its id whatever else is exported with it.
        const QList<Incident> all = fixture();
        const QJsonObject alone = parsedObject(exported(QStringLiteral("stix"), {all.at(2)}));
        const QJsonObject full = parsedObject(exported(QStringLiteral("stix"), all));
        auto incidentIds = [](const QJsonObject &bundle) {
            QStringList ids;
            for (const QJsonValue &v : bundle.value("objects").toArray())
                if (v.toObject().value("type") == "incident")
                    ids << v.toObject().value("id").toString();
            return ids;
        };
        QVERIFY(incidentIds(full).contains(incidentIds(alone).first()));
    }

    // ---- round trips through the readers

    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<bool>("bom");
        QTest::newRow("json") << "json" << QChar(u',') << false;
        QTest::newRow("csv") << "csv" << QChar(u',') << false;
        QTest::newRow("csv ; bom") << "csv" << QChar(u';') << true;
        QTest::newRow("csv tab") << "csv" << QChar(u'\t') << false;
        QTest::newRow("stix") << "stix" << QChar(u',') << false;
    }
    void roundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QChar, separator);
        QFETCH(bool, bom);
        ExportOptions options;
        options.separator = separator;
        options.byteOrderMark = bom;
        const QByteArray bytes = exported(format, fixture(), options);
        auto back = import::DatasetReader().readDataset(bytes);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(import::DatasetReader::formatName(back->format).toLower().left(4), format.left(4));
        QCOMPARE(asJson(back->incidents), asJson(fixture()));
        QVERIFY(back->notes.isEmpty());
    }

    void splitList_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("empty") << "" << QStringList();
        QTest::newRow("one") << "CHU" << QStringList{"CHU"};
        QTest::newRow("escaped") << "a\\;b;c\\\\d" << QStringList{"a;b", "c\\d"};
        QTest::newRow("empty items") << ";" << QStringList{"", ""};
    }
    void splitList()
    {
        QFETCH(QString, cell);
        QFETCH(QStringList, items);
        QCOMPARE(import::CsvDatasetReader::splitList(cell), items);
    }

    // Line ends and quoting variants a spreadsheet may write back.
    void csvVariants_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("LF line ends") << QByteArray("\r\n") << QByteArray("\n");
        QTest::newRow("CR line ends") << QByteArray("\r\n") << QByteArray("\r");
        QTest::newRow("blank lines")
            << QByteArray("\r\n2023-ght") << QByteArray("\r\n\r\n2023-ght");
        QTest::newRow("needless quotes") << QByteArray(",LockBit,") << QByteArray(",\"LockBit\",");
    }
    void csvVariants()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QByteArray csv = exported(QStringLiteral("csv"), fixture());
        csv.replace(from, to);
        auto back = import::CsvDatasetReader().read(csv);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(asJson(*back), asJson(fixture()));
    }

    void sniff_data()
    {
        using F = import::DatasetReader::Format;
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("format"); // -1: not a dataset
        QTest::newRow("json") << QByteArray("[\n  {") << "x" << int(F::Json);
        QTest::newRow("article [Update]") << QByteArray("[Update] Le CHU") << "a.txt" << -1;
        QTest::newRow("stix") << QByteArray("{\n    \"id\": \"bundle--1234") << "x" << int(F::Stix);
        QTest::newRow("stix type first")
            << QByteArray("{\"type\": \"bundle\"") << "" << int(F::Stix);
        QTest::newRow("csv") << QByteArray("id,title,published,occurred") << "x" << int(F::Csv);
        QTest::newRow("csv ; bom")
            << QByteArray("\xEF\xBB\xBFid;title;published;") << "" << int(F::Csv);
        QTest::newRow("csv by name") << QByteArray("a,b,c") << "x.CSV" << int(F::Csv);
        QTest::newRow("html") << QByteArray("<!DOCTYPE html>") << "x.html" << -1;
        QTest::newRow("other object") << QByteArray("{\"a\": 1}") << "x" << -1;
    }
    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, fileName);
        QFETCH(int, format);
        const auto sniffed = import::DatasetReader::sniff(head, fileName);
        QCOMPARE(sniffed ? int(*sniffed) : -1, format);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray csv = exported(QStringLiteral("csv"), fixture());
        const QByteArray stix = exported(QStringLiteral("stix"), fixture());
        QTest::newRow("truncated bundle") << stix.left(stix.size() / 2) << "not valid JSON at byte";
        QByteArray shortLine = csv;
        shortLine.replace(",Corbeil-Essonnes,", ",");
        QTest::newRow("csv column count") << shortLine << "line 2: expected 28 fields, found 27";
        QByteArray latin1 = csv;
        latin1.replace("Universitätsklinikum", "Universit\xe4tsklinikum");
        QTest::newRow("csv in Windows-1252") << latin1 << "line 5: not UTF-8 text";
        QTest::newRow("csv in UTF-16") << QByteArray("\xFF\xFEi\0d\0", 6) << "UTF-16";
        QByteArray unclosed = csv;
        unclosed.chop(3);
        unclosed += "\"oops\r\n";
        QTest::newRow("csv open quote") << unclosed << "a quoted field is never closed";
        QByteArray badKind = csv;
        badKind.replace(",hospital,", ",hopital,");
        QTest::newRow("csv vocabulary") << badKind << "line 2 (2022-08-ch-exemple-quotes)";
        QByteArray badVersion = stix;
        badVersion.replace("\"spec_version\": \"2.1\"", "\"spec_version\": \"2.0\"");
        QTest::newRow("stix 2.0") << badVersion << "only STIX 2.1 is read";
        QByteArray afterQuote = csv;
        afterQuote.replace(",LockBit,", ",\"Lock\"Bit,");
        QTest::newRow("csv text after quote")
            << afterQuote << "line 2: text after the closing quote";
        QByteArray unknownColumn = csv;
        unknownColumn.replace("threat_actor", "attacker");
        QTest::newRow("csv unknown column")
            << unknownColumn << "line 1: unknown column \"attacker\"";
        QByteArray duplicate = csv;
        duplicate.replace("2023-ght-multi-sites", "2022-08-ch-exemple-quotes");
        QTest::newRow("csv duplicate id") << duplicate << "column id: duplicate id";
        QByteArray sources = csv;
        sources.replace("12000,2,\"https://example.org", "12000,3,\"https://example.org");
        QTest::newRow("csv source lists") << sources << "column source_urls: 2 items for 3 sources";
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        auto result = import::DatasetReader().readDataset(content);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    }

    void stixForeignBundle()
    {
        auto read = import::DatasetReader().readDatasetFile(
            testData(QStringLiteral("import/stix-foreign/bundle.json")));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->format, import::DatasetReader::Format::Stix);
        QCOMPARE(read->incidents.size(), 1);
        const Incident &i = read->incidents.first();
        QCOMPARE(i.title, QStringLiteral("Data leak at Hôpital Exemple"));
        QCOMPARE(i.summary, QStringLiteral("Patient files were published on a leak site."));
        QCOMPARE(i.victims, QStringList{QStringLiteral("Hôpital Exemple")});
        QCOMPARE(i.country, QStringLiteral("FR"));
        QCOMPARE(i.region, QStringLiteral("53"));
        QCOMPARE(i.department, QStringLiteral("35"));
        QCOMPARE(i.commune, QStringLiteral("Rennes"));
        QCOMPARE(i.threatActor, QStringLiteral("ExampleLocker"));
        QVERIFY(i.attackTypes && i.attackTypes->contains(AttackType::DataTheft));
        QVERIFY(i.dataCompromised && i.dataCompromised->contains(DataCategory::Medical) &&
                i.dataCompromised->contains(DataCategory::Credentials));
        QCOMPARE(i.recordsAffected.value_or(0), 4200);
        QCOMPARE(i.sources.size(), 1);
        QCOMPARE(i.sources.first().url, QStringLiteral("https://presse.example/fuite"));
        QCOMPARE(i.sources.first().outlet, QStringLiteral("Exemple Presse"));
        const QString notes = read->notes.join(u'\n');
        QVERIFY2(notes.contains("skipped 1 object(s) of type course-of-action"), qPrintable(notes));
        QVERIFY2(notes.contains("1 incident(s) from another tool"), qPrintable(notes));
    }

    // Our bundle without the record extension is read as another tool's:
    // the standard properties alone carry the main facts.
    void stixMappingWithoutRecord()
    {
        QByteArray stix = exported(QStringLiteral("stix"), {fixture().first()});
        QJsonObject bundle = parsedObject(stix);
        QJsonArray objects = bundle.value("objects").toArray();
        for (qsizetype n = 0; n < objects.size(); ++n) {
            QJsonObject o = objects.at(n).toObject();
            QJsonObject extensions = o.value("extensions").toObject();
            for (const QString &key : extensions.keys())
                if (key != QLatin1String("extension-definition--ef765651-680c-498d-9894-"
                                         "99799f2fa126"))
                    extensions.remove(key);
            if (o.contains("extensions"))
                o.insert("extensions", extensions);
            objects.replace(n, o);
        }
        bundle.insert("objects", objects);
        auto read = import::StixReader().read(QJsonDocument(bundle).toJson());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const Incident &i = read->incidents.first();
        const Incident &original = fixture().first();
        QCOMPARE(i.id, original.id);
        QCOMPARE(i.title, original.title);
        QCOMPARE(i.summary, original.summary);
        QCOMPARE(i.victims, original.victims);
        QCOMPARE(i.country, original.country);
        QCOMPARE(i.region, original.region);
        QCOMPARE(i.department, original.department);
        QCOMPARE(i.commune, original.commune);
        QCOMPARE(i.threatActor, original.threatActor);
        QCOMPARE(i.attackTypes, original.attackTypes);
        QCOMPARE(i.sources.size(), original.sources.size());
        QCOMPARE(i.sources.first().url, original.sources.first().url);
    }
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
