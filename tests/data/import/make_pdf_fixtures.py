#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the PDF fixtures of tests/unit/import (see README.md).

pdf-fr/input.pdf      a two-page press release, text in Helvetica (WinAnsi),
                      lines hard-wrapped as a word processor would, one word
                      hyphenated across a line end.
bad-input/encrypted.pdf  the same file encrypted with the user password
                      "secret" (AES-256) by qpdf, which must be installed
                      (Debian package qpdf). Only needed to regenerate.

Usage: python3 tests/data/import/make_pdf_fixtures.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

PAGES = [
    [
        "Communiqué de presse",
        "",
        "Le centre hospitalier de Guéret victime d'un rançongiciel",
        "",
        "Guéret, le 14 mars 2024",
        "",
        "Dans la nuit du mardi 12 au mercredi 13 mars, le centre hospitalier de Guéret a été",
        "la cible d'une attaque informatique par rançongiciel. Les équipes techniques ont isolé",
        "le réseau dès les premières alertes afin de limiter la propaga-",
        "tion du logiciel malveillant.",
        "",
        "Les urgences restent ouvertes. Une partie des consultations programmées est reportée et",
        "les patients concernés sont prévenus par téléphone.",
    ],
    [
        "Aucune rançon ne sera versée. Une plainte a été déposée auprès de la gendarmerie et",
        "l'Agence régionale de santé accompagne l'établissement dans la remise en service des",
        "applications.",
        "",
        "Contact presse : service communication du centre hospitalier.",
    ],
]


def pdf_string(text):
    data = text.encode("cp1252")
    out = b"("
    for byte in data:
        ch = bytes([byte])
        if ch in b"()\\":
            out += b"\\" + ch
        elif byte < 32 or byte > 126:
            out += b"\\%03o" % byte
        else:
            out += ch
    return out + b")"


def content_stream(lines):
    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 780 Td"]
    for line in lines:
        if line:
            ops.append(pdf_string(line) + b" Tj")
        ops.append(b"T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def write_pdf(path, pages):
    objects = []  # bytes of objects 1..n

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)  # after the page and content objects
    page_ids = []
    for lines in pages:
        stream = content_stream(lines)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                            % (pages_id, font, content)))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))) == pages_id
    info = add(b"<< /Title (Communique : cyberattaque au centre hospitalier) /Producer (make_pdf_fixtures.py) >>")
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)

    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, info, xref)
    with open(path, "wb") as f:
        f.write(out)


def main():
    article = os.path.join(HERE, "pdf-fr", "input.pdf")
    os.makedirs(os.path.dirname(article), exist_ok=True)
    write_pdf(article, PAGES)
    encrypted = os.path.join(HERE, "bad-input", "encrypted.pdf")
    os.makedirs(os.path.dirname(encrypted), exist_ok=True)
    subprocess.run(["qpdf", "--static-id", "--encrypt", "secret", "owner-secret", "256", "--",
                    article, encrypted], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
