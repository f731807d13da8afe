// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Gazetteer.h"

#include <QByteArray>
#include <QHash>

#include <algorithm>
#include <array>
#include <mutex>
#include <string_view>
#include <vector>

// Internal storage of the Gazetteer: the generated TSV files of
// resources/gazetteer/ (format in its README.md), read in place. The big
// tables are sorted by their key column by the generator, so a look-up is a
// binary search over the bytes and loading them costs nothing.
namespace vigie::geo {

class TsvTable {
public:
    // Uses the resource where rcc put it (the tables are embedded
    // uncompressed), or inflates it if rcc compressed it.
    bool load(const QString &path, QString *error);

    // Lines are addressed by the byte offset where they start, so that no
    // index of line starts needs building: a binary search lands on any
    // byte and backs up to the start of its line.
    struct Range {
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    Range all() const { return {0, m_size}; }
    // Lines whose first column equals `key` (the file is sorted by it).
    Range equalRange(std::string_view key) const;
    // The first line whose first column is not less than `key`.
    qsizetype lowerBound(std::string_view key) const;
    std::string_view lineAt(qsizetype offset) const; // without its '\n'
    qsizetype nextLine(qsizetype offset) const
    {
        return offset + qsizetype(lineAt(offset).size()) + 1;
    }
    qsizetype lineCount() const;
    bool isEmpty() const { return m_size == 0; }

    template<typename F>
    void forEachLine(Range range, F &&f) const
    {
        for (qsizetype o = range.begin; o < range.end;) {
            const std::string_view line = lineAt(o);
            f(o, line);
            o += qsizetype(line.size()) + 1;
        }
    }

    static constexpr int MaxColumns = 12;
    using Fields = std::array<std::string_view, MaxColumns>;
    static Fields split(std::string_view row);
    static std::string_view firstColumn(std::string_view row);

private:
    qsizetype lineStart(qsizetype offset) const;

    QByteArray m_owned;
    const char *m_data = nullptr;
    qsizetype m_size = 0;
};

// An open-addressing hash table keyed by 64-bit hashes (0 is reserved for
// empty slots): two flat arrays, so building and dropping it costs little
// next to a node-based map (which took most of the load time).
template<typename V>
class FlatHash {
public:
    // Room for `count` entries at a load factor of at most one half.
    void reserve(size_t count)
    {
        size_t capacity = 16;
        while (capacity < count * 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot{});
        m_size = 0;
    }
    // The value for `key`, default-constructed on first use.
    V &operator[](quint64 key)
    {
        key = key ? key : 1;
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        Slot &s = m_slots[slot(key)];
        if (s.key != key) {
            s.key = key;
            ++m_size;
        }
        return s.value;
    }
    const V *find(quint64 key) const
    {
        if (m_slots.empty())
            return nullptr;
        key = key ? key : 1;
        const Slot &s = m_slots[slot(key)];
        return s.key == key ? &s.value : nullptr;
    }
    size_t size() const { return m_size; }

private:
    // Key and value side by side: one cache miss per probe.
    struct Slot {
        quint64 key = 0;
        V value{};
    };
    size_t slot(quint64 key) const
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(((key ^ (key >> 29)) * 0x9E3779B97F4A7C15ull) >> 17) & mask;
        while (m_slots[i].key != 0 && m_slots[i].key != key)
            i = (i + 1) & mask;
        return i;
    }
    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        reserve(std::max<size_t>(old.size(), 16));
        for (const Slot &s : old)
            if (s.key)
                (*this)[s.key] = s.value;
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

// What a normalised key (or a word-prefix of one) may name, for the scanner.
struct ScanEntry {
    quint8 kinds = 0;      // PlaceKind bits of the full keys
    bool prefix = false;   // some longer key starts with these words
    bool ambiguous = true; // every place with this full key is flagged ambiguous
    bool lowercase = true; // every place with this full key is a lowercase word
};
using ScanIndex = FlatHash<ScanEntry>;

// INSEE codes ("2A004", "75112") hashed into a FlatHash key.
quint64 codeKey(std::string_view code);

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
    // Thread-safe lazy load of admin1.tsv (towns.tsv is read in place).
    void ensureAdmin1() const;

    QString error;
    TsvTable communes;
    TsvTable names;
    QList<DepartmentInfo> departments;
    QList<RegionInfo> regions;
    QList<Country> countries;
    FlatHash<quint32> communeByCode; // codeKey() -> line offset + 1 (0: none)
    ScanIndex index;                 // communes, departments, regions, countries
    int maxWords = 1;

    TsvTable towns;
    // A Bloom filter of the hashes of town keys and their word prefixes
    // (towns.bloom, see generate.py): false means "no town name here".
    bool mayBeTownKey(quint64 hash) const;
    QByteArray townBloom;
    mutable std::once_flag admin1Once;
    mutable QHash<QString, QString> admin1Names; // "DE.07" -> "North Rhine-Westphalia"
};

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
double toDouble(std::string_view s, bool *ok);
qint64 toInt(std::string_view s);

} // namespace vigie::geo
