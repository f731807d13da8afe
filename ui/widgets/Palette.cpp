// SPDX-License-Identifier: GPL-3.0-or-later
#include "Palette.h"

#include <algorithm>
#include <array>

namespace vigie::ui::Palette {

QColor attackColour(int attackType)
{
    // Tableau 10, in the order of AttackType; grey for "not stated".
    static const std::array<QColor, 10> colours = {
        QColor(0xd6, 0x27, 0x28), // ransomware
        QColor(0x1f, 0x77, 0xb4), // data theft
        QColor(0xff, 0x7f, 0x0e), // ddos
        QColor(0x2c, 0xa0, 0x2c), // phishing
        QColor(0x94, 0x67, 0xbd), // credential abuse
        QColor(0x8c, 0x56, 0x4b), // intrusion
        QColor(0xe3, 0x77, 0xc2), // malware
        QColor(0x17, 0xbe, 0xcf), // insider
        QColor(0xbc, 0xbd, 0x22), // unknown
        QColor(0x9e, 0x9e, 0x9e), // not stated
    };
    return colours[std::size_t(std::clamp(attackType, 0, notStated))];
}

QColor categoryColour(int index)
{
    // ColorBrewer Set2 (colour-blind safe), distinct from the attack colours
    // so that a victim-kind chart is never read as attack types.
    static const std::array<QColor, 8> colours = {
        QColor(0x66, 0xc2, 0xa5), QColor(0xfc, 0x8d, 0x62), QColor(0x8d, 0xa0, 0xcb),
        QColor(0xe7, 0x8a, 0xc3), QColor(0xa6, 0xd8, 0x54), QColor(0xff, 0xd9, 0x2f),
        QColor(0xe5, 0xc4, 0x94), QColor(0xb3, 0xb3, 0xb3),
    };
    return colours[std::size_t(std::max(index, 0)) % colours.size()];
}

QColor accentColour()
{
    return QColor(0x3b, 0x6e, 0xa8); // the timeline's density bars
}

QColor dimmed(const QColor &colour, const QColor &background)
{
    // 30 % of the colour over the background: still legible, clearly "off".
    const auto mix = [](int a, int b) { return int(0.3 * a + 0.7 * b); };
    return QColor(mix(colour.red(), background.red()), mix(colour.green(), background.green()),
                  mix(colour.blue(), background.blue()));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace vigie::ui::Palette
