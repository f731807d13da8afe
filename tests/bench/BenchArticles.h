// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QRandomGenerator;

namespace vigie::bench {

// A made-up French or English article of about 2 KB about a hospital
// attack (BenchImport.cpp), and a folder of `count` of them (a0000.txt...).
QString generatedArticle(int i, QRandomGenerator &rng);
bool writeGeneratedArticles(const QString &folder, int count);

} // namespace vigie::bench
