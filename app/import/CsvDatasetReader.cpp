// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvDatasetReader.h"

#include "export/CsvWriter.h"
#include "model/IncidentJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

namespace vigie::import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvDatasetReader", text);
}

constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF");

QByteArrayView withoutBom(QByteArrayView data)
{
    return data.startsWith(utf8Bom) ? data.sliced(utf8Bom.size()) : data;
}

struct Record {
    int line = 0; // physical line where the record starts, from 1
    QStringList fields;
};

// RFC 4180 with a chosen separator; CRLF or LF end a record outside quotes.
// Unquoted fields are sliced out whole and quoted ones copied between their
// doubled quotes, so a large file is not built up one character at a time.
Result<QList<Record>> parseRecords(const QString &text, QChar separator)
{
    using R = Result<QList<Record>>;
    QList<Record> records;
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        Record record{line, {}};
        for (;;) { // one field
            QString field;
            if (i < n && data[i] == u'"') {
                const int quoteLine = line;
                ++i;
                for (;;) {
                    qsizetype q = i;
                    while (q < n && data[q] != u'"') {
                        if (data[q] == u'\n')
                            ++line;
                        ++q;
                    }
                    if (q >= n)
                        return R::failure(
                            tr("line %1: a quoted field is never closed").arg(quoteLine));
                    field += QStringView(data + i, q - i);
                    i = q + 1;
                    if (i < n && data[i] == u'"') { // a doubled quote
                        field += u'"';
                        ++i;
                        continue;
                    }
                    break;
                }
                if (i < n && data[i] != separator && data[i] != u'\r' && data[i] != u'\n')
                    return R::failure(
                        tr("line %1: text after the closing quote of a field").arg(line));
            } else {
                qsizetype e = i;
                while (e < n && data[e] != separator && data[e] != u'\r' && data[e] != u'\n')
                    ++e;
                field = QString(data + i, e - i);
                i = e;
            }
            record.fields.append(field);
            if (i < n && data[i] == separator) {
                ++i;
                continue;
            }
            break; // end of line or of text
        }
        if (i < n && data[i] == u'\r')
            ++i;
        if (i < n && data[i] == u'\n')
            ++i;
        ++line;
        records.append(std::move(record));
    }
    return records;
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue listOrNull(const QString &cell)
{
    if (cell.isEmpty())
        return {};
    return QJsonArray::fromStringList(CsvDatasetReader::splitList(cell));
}

} // namespace

bool CsvDatasetReader::looksLikeCsv(QByteArrayView head)
{
    const QByteArrayView body = withoutBom(head);
    for (const char *sep : {",", ";", "\t"}) {
        const QByteArray start = QByteArray("id") + sep + "title" + sep + "published" + sep;
        if (body.startsWith(start))
            return true;
    }
    return false;
}

QStringList CsvDatasetReader::splitList(const QString &cell)
{
    QStringList items;
    if (cell.isEmpty())
        return items;
    QString item;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c == u'\\' && i + 1 < cell.size()) {
            item += cell.at(++i);
        } else if (c == u';') {
            items.append(item);
            item.clear();
        } else {
            item += c;
        }
    }
    items.append(item);
    return items;
}

Result<QList<Incident>> CsvDatasetReader::read(const QByteArray &content) const
{
    using R = Result<QList<Incident>>;
    if (content.startsWith("\xFF\xFE") || content.startsWith("\xFE\xFF"))
        return R::failure(
            tr("the file is in UTF-16; save it as UTF-8 (CSV UTF-8 in spreadsheets)"));
    const QByteArrayView body = withoutBom(content);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(body);
    if (decoder.hasError()) {
        // Name the line: the first one that does not decode.
        int line = 1;
        for (const QByteArray &bytes : body.toByteArray().split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8);
            (void)QString(lineDecoder(bytes));
            if (lineDecoder.hasError())
                break;
            ++line;
        }
        return R::failure(tr("line %1: not UTF-8 text (save the file as UTF-8; Windows-1252 and "
                             "Latin-1 are not read)")
                              .arg(line));
    }
    if (!looksLikeCsv(body.first(std::min<qsizetype>(body.size(), 64))))
        return R::failure(
            tr("not a Vigie CSV export: the first line must be the header \"%1\"")
                .arg(exporting::CsvWriter::columns().mid(0, 3).join(u',') + QStringLiteral(",…")));
    const QChar separator = text.at(2);
    auto records = parseRecords(text, separator);
    if (!records)
        return R::failure(records.error());
    const QStringList header = records->first().fields;
    const QStringList expected = exporting::CsvWriter::columns();
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!expected.contains(header.at(i)))
            return R::failure(tr("line 1: unknown column \"%1\"").arg(header.at(i)));
        if (column.contains(header.at(i)))
            return R::failure(tr("line 1: column \"%1\" appears twice").arg(header.at(i)));
        column.insert(header.at(i), i);
    }
    for (const QString &name : expected)
        if (!column.contains(name) && name != QLatin1String("region_name") &&
            name != QLatin1String("department_name"))
            return R::failure(tr("line 1: column \"%1\" is missing").arg(name));

    QList<Incident> incidents;
    QSet<QString> ids;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const Record &record = records->at(r);
        if (record.fields.size() == 1 && record.fields.first().isEmpty())
            continue; // a blank line
        if (record.fields.size() != header.size())
            return R::failure(tr("line %1: expected %2 fields, found %3")
                                  .arg(record.line)
                                  .arg(header.size())
                                  .arg(record.fields.size()));
        auto cell = [&](const char *name) {
            return record.fields.at(column.value(QLatin1String(name)));
        };
        const QString id = cell("id");
        const QString where = id.isEmpty() ? tr("line %1").arg(record.line)
                                           : tr("line %1 (%2)").arg(record.line).arg(id);
        QJsonObject o;
        for (const char *key :
             {"id", "title", "published", "occurred", "disclosed", "country", "region",
              "department", "commune", "victim_kind", "threat_actor", "summary"})
            o.insert(QLatin1String(key), stringOrNull(cell(key)));
        o.insert(QStringLiteral("victims"), QJsonArray::fromStringList(splitList(cell("victims"))));
        for (const char *key : {"attack_types", "data_compromised", "data_spared", "impacts"})
            o.insert(QLatin1String(key), listOrNull(cell(key)));

        const QString demanded = cell("ransom_demanded");
        const QString amount = cell("ransom_amount");
        const QString currency = cell("ransom_currency");
        if (demanded == QLatin1String("true")) {
            QJsonValue amountValue;
            if (!amount.isEmpty()) {
                bool ok = false;
                const double value = amount.toDouble(&ok);
                if (!ok)
                    return R::failure(
                        tr("%1, column ransom_amount: \"%2\" is not a number").arg(where, amount));
                amountValue = value;
            }
            o.insert(QStringLiteral("ransom_demanded"),
                     QJsonObject{{QStringLiteral("amount"), amountValue},
                                 {QStringLiteral("currency"), stringOrNull(currency)}});
        } else if (demanded.isEmpty()) {
            if (!amount.isEmpty() || !currency.isEmpty())
                return R::failure(
                    tr("%1, column ransom_demanded: empty, but an amount or currency is given")
                        .arg(where));
            o.insert(QStringLiteral("ransom_demanded"), QJsonValue());
        } else {
            return R::failure(tr("%1, column ransom_demanded: expected true or nothing, not \"%2\"")
                                  .arg(where, demanded));
        }
        const QString records = cell("records_affected");
        if (records.isEmpty()) {
            o.insert(QStringLiteral("records_affected"), QJsonValue());
        } else {
            bool ok = false;
            const qint64 value = records.toLongLong(&ok);
            if (!ok)
                return R::failure(tr("%1, column records_affected: \"%2\" is not a whole number")
                                      .arg(where, records));
            o.insert(QStringLiteral("records_affected"), value);
        }

        bool ok = false;
        const int sourceCount = cell("source_count").toInt(&ok);
        if (!ok || sourceCount < 0)
            return R::failure(tr("%1, column source_count: \"%2\" is not a count")
                                  .arg(where, cell("source_count")));
        QJsonArray sources;
        if (sourceCount > 0) {
            QList<QStringList> lists;
            for (const char *key :
                 {"source_urls", "source_outlets", "source_published", "source_languages"}) {
                QStringList items = splitList(cell(key));
                if (items.isEmpty())
                    items.append(QString()); // one source, nothing stated
                if (items.size() != sourceCount)
                    return R::failure(tr("%1, column %2: %3 items for %4 sources")
                                          .arg(where, QLatin1String(key))
                                          .arg(items.size())
                                          .arg(sourceCount));
                lists.append(items);
            }
            for (int s = 0; s < sourceCount; ++s)
                sources.append(
                    QJsonObject{{QStringLiteral("url"), stringOrNull(lists[0][s])},
                                {QStringLiteral("outlet"), stringOrNull(lists[1][s])},
                                {QStringLiteral("published"), stringOrNull(lists[2][s])},
                                {QStringLiteral("language"), stringOrNull(lists[3][s])}});
        }
        o.insert(QStringLiteral("sources"), sources);

        auto incident = incidentFromJson(o, where);
        if (!incident)
            return R::failure(incident.error());
        if (!incident->id.isEmpty()) {
            if (ids.contains(incident->id))
                return R::failure(tr("%1, column id: duplicate id").arg(where));
            ids.insert(incident->id);
        }
        incidents.append(std::move(incident).value());
    }
    return incidents;
}

} // namespace vigie::import
