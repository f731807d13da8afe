// SPDX-License-Identifier: GPL-3.0-or-later
// Gazetteer::scan(): finds the word runs of a text that are known place names.
#include "Gazetteer.h"

#include "GazetteerData.h"
#include "PlaceNormalizer.h"

#include <algorithm>
#include <optional>

namespace vigie::geo {

namespace {

struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    std::string key; // normalised, UTF-8
    bool capitalized = false;
};

char32_t codePointAt(QStringView text, qsizetype i, int *width)
{
    const char16_t u = text[i].unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(u, text[i + 1].unicode());
    }
    *width = 1;
    return u;
}

QList<Word> splitWords(QStringView text)
{
    QList<Word> words;
    words.reserve(text.size() / 6);
    qsizetype i = 0;
    while (i < text.size()) {
        int width = 1;
        char32_t c = codePointAt(text, i, &width);
        if (!detail::isWordChar(c)) {
            i += width;
            continue;
        }
        Word w;
        w.start = i;
        w.capitalized = QChar::isUpper(c) || QChar::isTitleCase(c);
        while (i < text.size()) {
            c = codePointAt(text, i, &width);
            if (!detail::isWordChar(c))
                break;
            i += width;
        }
        w.end = i;
        detail::appendNormalized(text.mid(w.start, w.end - w.start), w.key);
        if (!w.key.empty())
            words.append(std::move(w));
    }
    return words;
}

// Words of one place name are separated by a space, a hyphen or an
// apostrophe ("Saint-Jean-d'Angély"), or "St. " after an abbreviation;
// never by a line break or other punctuation.
bool joinable(QStringView text, const Word &before, const Word &after)
{
    const QStringView gap = text.mid(before.end, after.start - before.end);
    if (gap.isEmpty() || gap.size() > 3)
        return false;
    bool dot = false;
    for (QChar ch : gap) {
        switch (ch.unicode()) {
        case u' ':
        case u'\u00A0':
        case u'\u202F':
        case u'-':
        case u'\u2010':
        case u'\u2011':
        case u'\'':
        case u'\u2019':
        case u'\u02BC':
            break;
        case u'.':
            if (dot || before.key.size() > 3)
                return false;
            dot = true;
            break;
        default:
            return false;
        }
    }
    return true;
}

const ScanEntry *lookup(const ScanIndex &index, quint64 h)
{
    return index.find(h);
}

// Towns abroad have no hash index (building one took longer than the rest of
// the load): their table is sorted by key, so one binary search tells whether
// `key` names towns and whether longer names start with it (a space sorts
// before every letter and digit, so "key ..." follows "key" directly).
std::optional<ScanEntry> townEntry(const TsvTable &towns, std::string_view key)
{
    ScanEntry e;
    const qsizetype end = towns.all().end;
    for (qsizetype o = towns.lowerBound(key); o < end;) {
        const std::string_view line = towns.lineAt(o);
        const std::string_view k = TsvTable::firstColumn(line);
        if (k == key) {
            const std::string_view flags = TsvTable::split(line)[col::TFlags];
            e.kinds = quint8(PlaceKind::Town);
            e.ambiguous = e.ambiguous && flags.find('a') != std::string_view::npos;
            e.lowercase = e.lowercase && flags.find('l') != std::string_view::npos;
            o += qsizetype(line.size()) + 1;
            continue;
        }
        e.prefix = k.size() > key.size() && k.substr(0, key.size()) == key && k[key.size()] == ' ';
        break;
    }
    if (!e.kinds && !e.prefix)
        return std::nullopt;
    return e;
}

struct TownMemo {
    bool known = false;
    bool found = false;
    ScanEntry entry;
};

// The longest town name has fewer words than this.
constexpr int MaxTownWords = 32;

} // namespace

QList<PlaceMention> Gazetteer::scan(QStringView text, PlaceKinds kinds) const
{
    QList<PlaceMention> mentions;
    if (!isValid() || !kinds)
        return mentions;
    const bool withTowns = kinds.testFlag(PlaceKind::Town);
    const quint8 wanted = quint8(kinds.toInt());
    const int maxWords = std::max(d->maxWords, withTowns ? MaxTownWords : 1);
    std::string key;
    FlatHash<TownMemo> townMemo;

    const QList<Word> words = splitWords(text);
    for (qsizetype i = 0; i < words.size();) {
        quint64 h = detail::FnvOffset;
        key.clear();
        int best = 0;
        PlaceMention found;
        for (int n = 1; n <= maxWords && i + n <= words.size(); ++n) {
            const Word &w = words[i + n - 1];
            if (n > 1) {
                if (!joinable(text, words[i + n - 2], w))
                    break;
                h = detail::fnvAppend(h, " ", 1);
                key.push_back(' ');
            }
            h = detail::fnvAppend(h, w.key.data(), w.key.size());
            key += w.key;
            const ScanEntry *main = lookup(d->index, h);
            const ScanEntry *town = nullptr;
            if (withTowns && d->mayBeTownKey(h)) {
                // Articles repeat their words: each is searched in towns once.
                TownMemo &memo = townMemo[h];
                if (!memo.known) {
                    const std::optional<ScanEntry> found = townEntry(d->towns, key);
                    memo = {true, found.has_value(), found.value_or(ScanEntry{})};
                }
                town = memo.found ? &memo.entry : nullptr;
            }
            if (!main && !town)
                break;
            const quint8 mainKinds = main ? (main->kinds & wanted) : 0;
            const quint8 townKinds = town ? (town->kinds & wanted) : 0;
            if (mainKinds | townKinds) {
                best = n;
                found.kinds = PlaceKinds(int(mainKinds | townKinds));
                found.ambiguousWord =
                    (!mainKinds || main->ambiguous) && (!townKinds || town->ambiguous);
                found.lowercaseWord =
                    (!mainKinds || main->lowercase) && (!townKinds || town->lowercase);
            }
            if (!(main && main->prefix) && !(town && town->prefix))
                break;
        }
        if (best == 0) {
            ++i;
            continue;
        }
        found.start = words[i].start;
        found.length = words[i + best - 1].end - found.start;
        found.words = best;
        found.capitalized = words[i].capitalized;
        std::string bestKey;
        for (int n = 0; n < best; ++n) {
            if (n)
                bestKey.push_back(' ');
            bestKey += words[i + n].key;
        }
        found.key = QString::fromUtf8(bestKey.data(), qsizetype(bestKey.size()));
        mentions.append(std::move(found));
        i += best;
    }
    return mentions;
}

} // namespace vigie::geo
