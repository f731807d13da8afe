// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticDrop.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>
#include <QWindow>

namespace vigie::ui {

namespace {

QObject *receiver(QWidget &window)
{
    // The QWindow is where the platform delivers drags; without one (never
    // shown), the widget itself.
    if (QWindow *handle = window.windowHandle())
        return handle;
    return &window;
}

} // namespace

bool sendDrag(QWidget &window, const QMimeData &mime, QPoint pos, bool drop)
{
    QObject *target = receiver(window);
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!drop || !move.isAccepted())
        return move.isAccepted();
    QDropEvent dropped(QPointF(pos), Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton,
                       Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

void sendDragLeave(QWidget &window)
{
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(receiver(window), &leave);
}

QMimeData *mimeForPaths(const QStringList &paths)
{
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

} // namespace vigie::ui
