// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Gazetteer.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

// Internal storage of the Gazetteer: the generated TSV files of
// resources/gazetteer/ (format in its README.md), read in place. The big
// tables are sorted by their key column by the generator, so a look-up is a
// binary search over line offsets and loading only finds the line starts.
namespace vigie::geo {

class TsvTable {
public:
    // Reads a resource; `qCompressed` files are inflated into memory, the
    // others are used where rcc put them (they are embedded uncompressed).
    bool load(const QString &path, bool qCompressed, QString *error);

    qsizetype rowCount() const { return qsizetype(m_starts.size()); }
    std::string_view row(qsizetype i) const;
    // Rows whose first column equals `key`: [first, last).
    std::pair<qsizetype, qsizetype> equalRange(std::string_view key) const;

    static constexpr int MaxColumns = 12;
    using Fields = std::array<std::string_view, MaxColumns>;
    static Fields split(std::string_view row);

private:
    QByteArray m_owned;
    const char *m_data = nullptr;
    qsizetype m_size = 0;
    std::vector<quint32> m_starts;
};

// What a normalised key (or a word-prefix of one) may name, for the scanner.
struct ScanEntry {
    quint8 kinds = 0;      // PlaceKind bits of the full keys
    bool prefix = false;   // some longer key starts with these words
    bool ambiguous = true; // every place with this full key is flagged ambiguous
    bool lowercase = true; // every place with this full key is a lowercase word
};
using ScanIndex = std::unordered_map<quint64, ScanEntry>;

// Adds a key (UTF-8, words separated by one space) and its word prefixes.
void addToScanIndex(ScanIndex &index, std::string_view key, PlaceKind kind, bool ambiguous,
                    bool lowercase, int *maxWords);

// Columns of communes.tsv, names.tsv and towns.tsv.
namespace col {
enum Commune { CKey, CCode, CName, CDep, CReg, CPop, CLat, CLon, CKind, CParent, CFlags };
enum Name { NKey, NKind, NCode, NFlags, NDisplay };
enum Town { TKey, TName, TCountry, TAdmin1, TLat, TLon, TPop, TFlags };
} // namespace col

class GazetteerData {
public:
    bool load();
    void ensureTowns() const; // thread-safe lazy load of towns.tsv.qz and admin1.tsv

    QString error;
    TsvTable communes;
    TsvTable names;
    QList<DepartmentInfo> departments;
    QList<RegionInfo> regions;
    QList<Country> countries;
    std::unordered_map<std::string_view, quint32> communeRowByCode;
    ScanIndex index; // communes, departments, regions, countries
    int maxWords = 1;

    mutable std::once_flag townsOnce;
    mutable TsvTable towns;
    mutable QHash<QString, QString> admin1Names; // "DE.07" -> "North Rhine-Westphalia"
    mutable ScanIndex townIndex;
    mutable int townMaxWords = 1;
    mutable QString townsError;
};

inline QString toQString(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
double toDouble(std::string_view s, bool *ok);
qint64 toInt(std::string_view s);

} // namespace vigie::geo
