// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vigie::import {

// ISO 639-1 code of the text's language from its most frequent function
// words ("fr", "en", "de", "es", "it", "nl", "pt"), or empty when the text
// is too short or no language stands out. Looks at the first 20,000 chars.
QString guessLanguage(const QString &text);

// "fr-FR", "FR", "en_GB" -> "fr", "fr", "en"; empty stays empty.
QString primaryLanguage(const QString &tag);

} // namespace vigie::import
