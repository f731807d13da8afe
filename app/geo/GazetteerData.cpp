// SPDX-License-Identifier: GPL-3.0-or-later
#include "GazetteerData.h"

#include "PlaceNormalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QResource>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace vigie::geo {

double toDouble(std::string_view s, bool *ok)
{
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    *ok = !s.empty() && ec == std::errc() && ptr == s.data() + s.size();
    return v;
}

qint64 toInt(std::string_view s)
{
    qint64 v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

quint64 codeKey(std::string_view code)
{
    return detail::fnvAppend(detail::FnvOffset, code.data(), code.size());
}

bool TsvTable::load(const QString &path, QString *error)
{
    QResource resource(path);
    if (!resource.isValid()) {
        *error =
            QCoreApplication::translate("Gazetteer", "Missing gazetteer resource %1").arg(path);
        return false;
    }
    if (resource.compressionAlgorithm() == QResource::NoCompression) {
        m_data = reinterpret_cast<const char *>(resource.data());
        m_size = resource.size();
    } else {
        m_owned = resource.uncompressedData();
        m_data = m_owned.constData();
        m_size = m_owned.size();
    }
    if (m_size == 0 || m_data[m_size - 1] != '\n') {
        *error =
            QCoreApplication::translate("Gazetteer", "Damaged gazetteer resource %1").arg(path);
        m_size = 0;
        return false;
    }
    return true;
}

std::string_view TsvTable::lineAt(qsizetype offset) const
{
    const void *nl = std::memchr(m_data + offset, '\n', size_t(m_size - offset));
    const qsizetype end = nl ? static_cast<const char *>(nl) - m_data : m_size;
    return {m_data + offset, size_t(end - offset)};
}

qsizetype TsvTable::lineStart(qsizetype offset) const
{
    while (offset > 0 && m_data[offset - 1] != '\n')
        --offset;
    return offset;
}

qsizetype TsvTable::lineCount() const
{
    return std::count(m_data, m_data + m_size, '\n');
}

std::string_view TsvTable::firstColumn(std::string_view row)
{
    const size_t tab = row.find('\t');
    return tab == std::string_view::npos ? row : row.substr(0, tab);
}

qsizetype TsvTable::lowerBound(std::string_view key) const
{
    // Lines are sorted by the UTF-8 bytes of their key (generate.py), which
    // is std::string_view's order. lo and hi are always line starts.
    qsizetype lo = 0;
    qsizetype hi = m_size;
    while (lo < hi) {
        const qsizetype start = lineStart(lo + (hi - lo) / 2);
        const std::string_view line = lineAt(start);
        if (firstColumn(line) < key)
            lo = start + qsizetype(line.size()) + 1;
        else
            hi = start;
    }
    return lo;
}

TsvTable::Range TsvTable::equalRange(std::string_view key) const
{
    const qsizetype first = lowerBound(key);
    qsizetype last = first;
    while (last < m_size) {
        const std::string_view line = lineAt(last);
        if (firstColumn(line) != key)
            break;
        last += qsizetype(line.size()) + 1;
    }
    return {first, last};
}

TsvTable::Fields TsvTable::split(std::string_view row)
{
    Fields fields{};
    int column = 0;
    size_t start = 0;
    while (column < MaxColumns) {
        const size_t tab = row.find('\t', start);
        if (tab == std::string_view::npos) {
            fields[size_t(column)] = row.substr(start);
            break;
        }
        fields[size_t(column++)] = row.substr(start, tab - start);
        start = tab + 1;
    }
    return fields;
}

void addToScanIndex(ScanIndex &index, std::string_view key, PlaceKind kind, bool ambiguous,
                    bool lowercase, int *maxWords)
{
    quint64 h = detail::FnvOffset;
    int words = 1;
    size_t start = 0;
    for (;;) {
        const size_t space = key.find(' ', start);
        const size_t end = space == std::string_view::npos ? key.size() : space;
        if (start > 0)
            h = detail::fnvAppend(h, " ", 1);
        h = detail::fnvAppend(h, key.data() + start, end - start);
        if (space == std::string_view::npos)
            break;
        index[h].prefix = true;
        start = space + 1;
        ++words;
    }
    ScanEntry &e = index[h];
    e.kinds |= quint8(kind);
    e.ambiguous = e.ambiguous && ambiguous;
    e.lowercase = e.lowercase && lowercase;
    *maxWords = std::max(*maxWords, words);
}

static bool hasFlag(std::string_view flags, char flag)
{
    return flags.find(flag) != std::string_view::npos;
}

static constexpr qsizetype BloomBits = qsizetype(1) << 21; // as in generate.py
static constexpr qsizetype BloomBytes = BloomBits / 8;

bool GazetteerData::mayBeTownKey(quint64 h) const
{
    const quint64 m = (h ^ (h >> 29)) * 0x9E3779B97F4A7C15ull;
    const auto *bits = reinterpret_cast<const uchar *>(townBloom.constData());
    const quint64 a = (m >> 43) & quint64(BloomBits - 1);
    const quint64 b = (m >> 11) & quint64(BloomBits - 1);
    return (bits[a >> 3] & (1u << (a & 7))) && (bits[b >> 3] & (1u << (b & 7)));
}

static void setIfUnset(quint32 &offsetPlusOne, qsizetype offset)
{
    if (offsetPlusOne == 0)
        offsetPlusOne = quint32(offset + 1);
}

bool GazetteerData::load()
{
    const QString base = QStringLiteral(":/gazetteer/");
    if (!communes.load(base + QStringLiteral("communes.tsv"), &error) ||
        !names.load(base + QStringLiteral("names.tsv"), &error) ||
        !towns.load(base + QStringLiteral("towns.tsv"), &error))
        return false;
    {
        // Read in place (rcc leaves it uncompressed): fromRawData copies nothing.
        QResource bloom(base + QStringLiteral("towns.bloom"));
        if (!bloom.isValid() || bloom.size() != BloomBytes) {
            error = QCoreApplication::translate("Gazetteer", "Damaged gazetteer resource %1")
                        .arg(bloom.fileName());
            return false;
        }
        townBloom = bloom.compressionAlgorithm() == QResource::NoCompression
                        ? QByteArray::fromRawData(reinterpret_cast<const char *>(bloom.data()),
                                                  qsizetype(bloom.size()))
                        : bloom.uncompressedData();
    }

    TsvTable small;
    if (!small.load(base + QStringLiteral("departments.tsv"), &error))
        return false;
    small.forEachLine(small.all(), [&](qsizetype, std::string_view line) {
        const auto f = TsvTable::split(line);
        departments.append(
            {toQString(f[0]), toQString(f[1]), toQString(f[2]), toQString(f[3]), toInt(f[4])});
    });
    if (!small.load(base + QStringLiteral("regions.tsv"), &error))
        return false;
    small.forEachLine(small.all(), [&](qsizetype, std::string_view line) {
        const auto f = TsvTable::split(line);
        regions.append({toQString(f[0]), toQString(f[1]), toQString(f[2]), toInt(f[3])});
    });
    if (!small.load(base + QStringLiteral("countries.tsv"), &error))
        return false;
    small.forEachLine(small.all(), [&](qsizetype, std::string_view line) {
        const auto f = TsvTable::split(line);
        countries.append({toQString(f[0]), toQString(f[1]), toQString(f[2])});
    });

    // Current communes and arrondissements first: a former commune can carry
    // the code of the commune it merged into.
    const size_t communeRows = size_t(communes.all().end / 48); // about 54 bytes a line
    communeByCode.reserve(communeRows);
    index.reserve(communeRows * 3 / 2);
    std::vector<qsizetype> former;
    communes.forEachLine(communes.all(), [&](qsizetype offset, std::string_view line) {
        const auto f = TsvTable::split(line);
        addToScanIndex(index, f[col::CKey], PlaceKind::Commune, hasFlag(f[col::CFlags], 'a'),
                       hasFlag(f[col::CFlags], 'l'), &maxWords);
        if (f[col::CKind] == "F")
            former.push_back(offset);
        else
            setIfUnset(communeByCode[codeKey(f[col::CCode])], offset);
    });
    for (const qsizetype offset : former)
        setIfUnset(communeByCode[codeKey(TsvTable::split(communes.lineAt(offset))[col::CCode])],
                   offset);
    names.forEachLine(names.all(), [&](qsizetype, std::string_view line) {
        const auto f = TsvTable::split(line);
        const char kind = f[col::NKind].empty() ? '?' : f[col::NKind][0];
        if (kind == 'A')
            return; // adjectives of nationality: looked up, not scanned
        const PlaceKind placeKind = kind == 'D'                    ? PlaceKind::Department
                                    : (kind == 'R' || kind == 'O') ? PlaceKind::Region
                                                                   : PlaceKind::Country;
        addToScanIndex(index, f[col::NKey], placeKind, hasFlag(f[col::NFlags], 'a'),
                       hasFlag(f[col::NFlags], 'l'), &maxWords);
    });
    if (departments.isEmpty() || regions.isEmpty() || countries.isEmpty() ||
        communeByCode.size() == 0) {
        error = QCoreApplication::translate("Gazetteer", "The gazetteer resources are empty");
        return false;
    }
    return true;
}

void GazetteerData::ensureAdmin1() const
{
    std::call_once(admin1Once, [this] {
        TsvTable admin1;
        QString ignored; // without admin1.tsv, towns just have no subdivision names
        if (!admin1.load(QStringLiteral(":/gazetteer/admin1.tsv"), &ignored))
            return;
        admin1Names.reserve(admin1.all().end / 20);
        admin1.forEachLine(admin1.all(), [&](qsizetype, std::string_view line) {
            const auto f = TsvTable::split(line);
            admin1Names.insert(toQString(f[0]), toQString(f[1]));
        });
    });
}

} // namespace vigie::geo
