// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/Extraction.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace vigie::ui::review {

// The schema keys the editor shows, in form order.
QStringList editorFieldKeys();
// The keys the extractor gives evidence for, in legend order.
QStringList evidenceFieldKeys();
// "Occurred", "Victims", ... translated.
QString fieldLabel(const QString &key);
// Labels of several keys in a sentence: "threat actor, records affected".
QString fieldList(const QStringList &keys);

// The highlight colour of a field's evidence. Paul Tol's "light" scheme
// (designed to stay distinct under the common colour-vision deficiencies)
// plus two pale tones; related fields share a colour (every place field is
// one colour, the victims and their kind another) so that no two colours
// must be told apart by hue alone. Dark text reads on every one of them.
QColor fieldColor(const QString &key);
// The fields that share a colour are listed once in the legend, under the
// first one's label ("Place" for country, region, department, commune).
QString legendGroup(const QString &key);
QString legendLabel(const QString &group);

// The extractor's confidence per field: the highest of its spans (0..1).
QHash<QString, double> fieldConfidences(const extract::Extraction &extraction);
// One figure for an item, for "accept automatically above N": the lowest
// field confidence, or 0 when the extractor found no evidence for a
// victim (an incident without a victim always needs a look).
double itemConfidence(const extract::Extraction &extraction);

} // namespace vigie::ui::review
