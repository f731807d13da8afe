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

double toDouble(std::string_view s, bool *ok) {
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    *ok = !s.empty() && ec == std::errc() && ptr == s.data() + s.size();
    return v;
}

qint64 toInt(std::string_view s) {
    qint64 v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

bool TsvTable::load(const QString &path, bool qCompressed, QString *error) {
    QResource resource(path);
    if (!resource.isValid()) {
        *error =
            QCoreApplication::translate("Gazetteer", "Missing gazetteer resource %1").arg(path);
        return false;
    }
    if (resource.compressionAlgorithm() == QResource::NoCompression && !qCompressed) {
        m_data = reinterpret_cast<const char *>(resource.data());
        m_size = resource.size();
    } else {
        m_owned = resource.uncompressedData();
        if (qCompressed)
            m_owned = qUncompress(m_owned);
        if (m_owned.isEmpty()) {
            *error =
                QCoreApplication::translate("Gazetteer", "Damaged gazetteer resource %1").arg(path);
            return false;
        }
        m_data = m_owned.constData();
        m_size = m_owned.size();
    }
    m_starts.clear();
    m_starts.reserve(size_t(m_size / 48));
    const char *p = m_data;
    const char *end = m_data + m_size;
    while (p < end) {
        m_starts.push_back(quint32(p - m_data));
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        p = nl ? static_cast<const char *>(nl) + 1 : end;
    }
    return true;
}

std::string_view TsvTable::row(qsizetype i) const {
    const quint32 start = m_starts[size_t(i)];
    const quint32 next =
        size_t(i) + 1 < m_starts.size() ? m_starts[size_t(i) + 1] : quint32(m_size);
    std::string_view r(m_data + start, next - start);
    if (!r.empty() && r.back() == '\n')
        r.remove_suffix(1);
    return r;
}

static std::string_view firstColumn(std::string_view row) {
    const size_t tab = row.find('\t');
    return tab == std::string_view::npos ? row : row.substr(0, tab);
}

std::pair<qsizetype, qsizetype> TsvTable::equalRange(std::string_view key) const {
    // Rows are sorted by the UTF-8 bytes of their key (generate.py), which is
    // std::string_view's order.
    qsizetype lo = 0;
    qsizetype hi = rowCount();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (firstColumn(row(mid)) < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    qsizetype last = lo;
    while (last < rowCount() && firstColumn(row(last)) == key)
        ++last;
    return {lo, last};
}

TsvTable::Fields TsvTable::split(std::string_view row) {
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
                    bool lowercase, int *maxWords) {
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

static bool hasFlag(std::string_view flags, char flag) {
    return flags.find(flag) != std::string_view::npos;
}

bool GazetteerData::load() {
    const QString base = QStringLiteral(":/gazetteer/");
    if (!communes.load(base + QStringLiteral("communes.tsv"), false, &error) ||
        !names.load(base + QStringLiteral("names.tsv"), false, &error))
        return false;

    TsvTable small;
    if (!small.load(base + QStringLiteral("departments.tsv"), false, &error))
        return false;
    for (qsizetype i = 0; i < small.rowCount(); ++i) {
        const auto f = TsvTable::split(small.row(i));
        departments.append(
            {toQString(f[0]), toQString(f[1]), toQString(f[2]), toQString(f[3]), toInt(f[4])});
    }
    if (!small.load(base + QStringLiteral("regions.tsv"), false, &error))
        return false;
    for (qsizetype i = 0; i < small.rowCount(); ++i) {
        const auto f = TsvTable::split(small.row(i));
        regions.append({toQString(f[0]), toQString(f[1]), toQString(f[2]), toInt(f[3])});
    }
    if (!small.load(base + QStringLiteral("countries.tsv"), false, &error))
        return false;
    for (qsizetype i = 0; i < small.rowCount(); ++i) {
        const auto f = TsvTable::split(small.row(i));
        countries.append({toQString(f[0]), toQString(f[1]), toQString(f[2])});
    }
    if (departments.isEmpty() || regions.isEmpty() || countries.isEmpty() ||
        communes.rowCount() == 0) {
        error = QCoreApplication::translate("Gazetteer", "The gazetteer resources are empty");
        return false;
    }

    // Current communes and arrondissements first: a former commune can carry
    // the code of the commune it merged into.
    communeRowByCode.reserve(size_t(communes.rowCount()));
    index.reserve(size_t(communes.rowCount() + names.rowCount()) * 3 / 2);
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < communes.rowCount(); ++i) {
            const auto f = TsvTable::split(communes.row(i));
            const bool former = f[col::CKind] == "F";
            if (pass == 0) {
                addToScanIndex(index, f[col::CKey], PlaceKind::Commune,
                               hasFlag(f[col::CFlags], 'a'), hasFlag(f[col::CFlags], 'l'),
                               &maxWords);
                if (!former)
                    communeRowByCode.emplace(f[col::CCode], quint32(i));
            } else if (former) {
                communeRowByCode.emplace(f[col::CCode], quint32(i));
            }
        }
    }
    for (qsizetype i = 0; i < names.rowCount(); ++i) {
        const auto f = TsvTable::split(names.row(i));
        const char kind = f[col::NKind].empty() ? '?' : f[col::NKind][0];
        const PlaceKind placeKind = kind == 'D'                    ? PlaceKind::Department
                                    : (kind == 'R' || kind == 'O') ? PlaceKind::Region
                                                                   : PlaceKind::Country;
        addToScanIndex(index, f[col::NKey], placeKind, hasFlag(f[col::NFlags], 'a'),
                       hasFlag(f[col::NFlags], 'l'), &maxWords);
    }
    return true;
}

void GazetteerData::ensureTowns() const {
    std::call_once(townsOnce, [this] {
        const QString base = QStringLiteral(":/gazetteer/");
        if (!towns.load(base + QStringLiteral("towns.tsv.qz"), true, &townsError))
            return;
        TsvTable admin1;
        if (!admin1.load(base + QStringLiteral("admin1.tsv"), false, &townsError))
            return;
        admin1Names.reserve(admin1.rowCount());
        for (qsizetype i = 0; i < admin1.rowCount(); ++i) {
            const auto f = TsvTable::split(admin1.row(i));
            admin1Names.insert(toQString(f[0]), toQString(f[1]));
        }
        townIndex.reserve(size_t(towns.rowCount()) * 3 / 2);
        for (qsizetype i = 0; i < towns.rowCount(); ++i) {
            const auto f = TsvTable::split(towns.row(i));
            addToScanIndex(townIndex, f[col::TKey], PlaceKind::Town, hasFlag(f[col::TFlags], 'a'),
                           hasFlag(f[col::TFlags], 'l'), &townMaxWords);
        }
    });
}

} // namespace vigie::geo
