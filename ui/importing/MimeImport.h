// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/ImportBatch.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QMimeData;

namespace vigie::ui {

// What a drop or a paste brings, before anything is read: files and folders
// (walked and read on the import worker), text or HTML in memory (read there
// too, through the same readers as files), or a message saying why there is
// nothing to import (a bare web address: Vigie works offline).
struct ImportRequest {
    QStringList paths;
    QList<commands::ImportInput> inputs;
    QString message;
    bool isEmpty() const { return paths.isEmpty() && inputs.isEmpty(); }
};

// Mime data (a drag or the clipboard) to an ImportRequest. No widget, no
// reading: a pure translation, tested on its own (tst_mimeimport).
//
// Order of preference: local files and folders (a file manager's drag
// carries their paths as text too: ignored); else an HTML fragment (a
// browser's selection: read by the HTML reader, which keeps headings and
// paragraphs); else plain text. The page a browser drag comes from
// (`text/x-moz-url`, else a web address in `text/uri-list`) becomes the
// source URL. A drag that is only a link (its text is the address) gets the
// offline message instead.
class MimeImport {
public:
    enum class Origin { Drop, Paste };

    // True when the data may hold something to import (files, text, HTML
    // or a link, which earns the message): the window accepts the drag.
    static bool canImport(const QMimeData *mime);
    static ImportRequest read(const QMimeData *mime, Origin origin = Origin::Drop);
    // The page a browser drag comes from, or an empty URL.
    static QUrl pageUrl(const QMimeData *mime);
    // The message for a drop of a web address with no content.
    static QString offlineMessage();
};

} // namespace vigie::ui
