// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExternalLinks.h"

#include <QDesktopServices>

namespace vigie::ui {

namespace {

std::function<bool(const QUrl &)> &testOpener()
{
    static std::function<bool(const QUrl &)> opener;
    return opener;
}

} // namespace

bool isOpenableExternalUrl(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return !url.host().isEmpty();
    return scheme == u"mailto";
}

bool openExternalUrl(const QUrl &url)
{
    if (!isOpenableExternalUrl(url))
        return false;
    if (const auto &opener = testOpener())
        return opener(url);
    return QDesktopServices::openUrl(url);
}

void setExternalUrlOpenerForTests(std::function<bool(const QUrl &)> opener)
{
    testOpener() = std::move(opener);
}

} // namespace vigie::ui
