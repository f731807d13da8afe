#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Puts the messages of core files into the context they are looked up in.

Core sources (app/) have no Q_OBJECT classes; they translate through a small
file-local helper:

    QString tr(const char *text) { return QCoreApplication::translate("Database", text); }

lupdate cannot see through it and files each tr("...") call under the
enclosing C++ scope ("vigie::db::Database"), while the program looks the text
up under "Database". This script, run right after lupdate (see update.sh),
moves such messages to the helper's context, keeps the translation already
made there (lupdate marked it vanished), and finally drops vanished and
obsolete messages and source locations.

Usage: fix_contexts.py SOURCE_ROOT FILE.ts...
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

HELPER = re.compile(
    r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+'
    r'QCoreApplication::translate\(\s*"([^"]+)"')


def helper_contexts(root):
    """{relative path: context} for every source file with a tr() helper."""
    found = {}
    for base in ('app', 'ui'):
        for folder, _, files in os.walk(os.path.join(root, base)):
            for name in files:
                if not name.endswith(('.cpp', '.h')):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding='utf-8') as f:
                    text = f.read()
                m = HELPER.search(text)
                if m and 'Q_OBJECT' not in text:
                    found[os.path.realpath(path)] = m.group(1)
    return found


def is_gone(message):
    t = message.find('translation')
    return t is not None and t.get('type') in ('vanished', 'obsolete')


def key(message):
    comment = message.find('comment')
    return (message.findtext('source'), comment.text if comment is not None else None,
            message.get('numerus'))


def fix(ts_path, helpers):
    tree = ET.parse(ts_path)
    root = tree.getroot()
    ts_dir = os.path.dirname(os.path.abspath(ts_path))
    contexts = {c.findtext('name'): c for c in root.findall('context')}
    moves = []  # (message, from context element, target context name)
    # Relative locations name a file only when it changes, across contexts.
    current = None
    for context in root.findall('context'):
        name = context.findtext('name')
        for message in context.findall('message'):
            files = []
            for loc in message.findall('location'):
                if loc.get('filename'):
                    current = os.path.realpath(os.path.join(ts_dir, loc.get('filename')))
                files.append(current)
            targets = {helpers.get(f) for f in files} - {None}
            if len(targets) == 1 and name not in targets and not is_gone(message):
                moves.append((message, context, targets.pop()))
    for message, source_context, target in moves:
        source_context.remove(message)
        context = contexts.get(target)
        if context is None:
            context = ET.SubElement(root, 'context')
            ET.SubElement(context, 'name').text = target
            contexts[target] = context
        existing = next((m for m in context.findall('message') if key(m) == key(message)), None)
        if existing is not None:
            # Keep the translation made earlier; it is current again.
            t = existing.find('translation')
            if t is not None and t.get('type') in ('vanished', 'obsolete'):
                if (t.text or len(t)):
                    del t.attrib['type']
                else:
                    t.set('type', 'unfinished')
            continue
        context.append(message)
    for context in root.findall('context'):
        for message in context.findall('message'):
            if is_gone(message):
                context.remove(message)
                continue
            for loc in message.findall('location'):
                message.remove(loc)
        if not context.findall('message'):
            root.remove(context)
    # Stable order: contexts by name, as lupdate writes them.
    ordered = sorted(root.findall('context'), key=lambda c: c.findtext('name'))
    for c in ordered:
        root.remove(c)
        root.append(c)
    ET.indent(tree, space='    ')
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding='unicode'))
        f.write('\n')


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    helpers = helper_contexts(sys.argv[1])
    for ts in sys.argv[2:]:
        fix(ts, helpers)


if __name__ == '__main__':
    main()
