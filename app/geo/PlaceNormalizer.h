// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <string>

// Internals of the gazetteer shared by its look-ups and its text scanner. The
// folding rules are those of normalize() in resources/gazetteer/generate.py:
// the keys in the generated files must equal what these functions produce.
namespace vigie::geo::detail {

// Appends the normalised form of `name` as UTF-8: tokens separated by one
// space, no leading or trailing space. Returns the number of tokens appended.
int appendNormalized(QStringView name, std::string &out);

// A word of the text as the scanner sees it: letters, digits and combining
// marks. (Apostrophes, hyphens and dots separate words.)
bool isWordChar(char32_t c);

// FNV-1a, 64 bits: hashes keys incrementally, a word at a time.
constexpr quint64 FnvOffset = 14695981039346656037ull;
constexpr quint64 FnvPrime = 1099511628211ull;
inline quint64 fnvAppend(quint64 h, const char *data, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= FnvPrime;
    }
    return h;
}

} // namespace vigie::geo::detail
