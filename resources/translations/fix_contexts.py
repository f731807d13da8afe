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
    r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*'
    r'(,\s*int\s+\w+\s*(?:=\s*-?\d+\s*)?)?\)\s*\{\s*return\s+'
    r'QCoreApplication::translate\(\s*"([^"]+)"')


def helper_contexts(root):
    """{real path: (context, plural)} for every source file with a tr() helper;
    plural when the helper takes a count (tr(text, n): "%n" messages)."""
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
                    found[os.path.realpath(path)] = (m.group(2), m.group(1) is not None)
    return found


def is_gone(message):
    t = message.find('translation')
    return t is not None and t.get('type') in ('vanished', 'obsolete')


def key(message):
    comment = message.find('comment')
    return (message.findtext('source'), comment.text if comment is not None else None,
            message.get('numerus'))


def make_numerus(message, forms):
    """lupdate files a "%n" message of a tr(text, n) helper as a plain one."""
    message.set('numerus', 'yes')
    t = message.find('translation')
    if t is None:
        t = ET.SubElement(message, 'translation')
    text = t.text or ''
    t.text = None
    for child in list(t):
        t.remove(child)
    t.set('type', 'unfinished')
    for _ in range(forms):
        ET.SubElement(t, 'numerusform').text = text or None


def fix(ts_path, helpers, plurals):
    """Moves the messages of helper files into the helper's context. plurals
    collects the (context, source) of the "%n" messages of counting helpers;
    a -pluralonly file (one holding only numerus messages, e.g. the English
    one) gets them too, since lupdate cannot tell they are plural."""
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
            if len(targets) == 1 and not is_gone(message):
                target, plural = targets.pop()
                source = message.findtext('source')
                if plural and '%n' in source and message.get('numerus') != 'yes':
                    make_numerus(message, 2)
                    plurals[(target, source)] = message
                if target != name:
                    moves.append((message, context, target))
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
    messages = [m for c in root.findall('context') for m in c.findall('message')]
    if messages and all(m.get('numerus') == 'yes' for m in messages):
        for (target, source), message in plurals.items():
            context = contexts.get(target)
            if context is None:
                context = ET.SubElement(root, 'context')
                ET.SubElement(context, 'name').text = target
                contexts[target] = context
            existing = next((m for m in context.findall('message')
                             if m.findtext('source') == source and m.get('numerus') == 'yes'), None)
            if existing is None:
                copy = ET.SubElement(context, 'message', numerus='yes')
                ET.SubElement(copy, 'source').text = source
                make_numerus(copy, 2)
                for f in copy.find('translation'):
                    f.text = None
            else:
                t = existing.find('translation')
                if t is not None and t.get('type') in ('vanished', 'obsolete'):
                    if any(f.text for f in t):
                        del t.attrib['type']
                    else:
                        t.set('type', 'unfinished')
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
    plurals = {}
    for ts in sys.argv[2:]:
        fix(ts, helpers, plurals)


if __name__ == '__main__':
    main()
