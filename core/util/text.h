#pragma once

#include <QString>

namespace maillage::text {

/// A search key for `s`: lower case, accents dropped, ligatures spelled out (œ → oe, æ → ae,
/// ß → ss), typographic apostrophes and dashes made plain, spaces collapsed. "École" and
/// "ecole", "Mercœur" and "mercoeur" share a key.
QString fold(const QString &s);

/// Edit distance between two strings (Levenshtein), for near-duplicate detection.
int editDistance(const QString &a, const QString &b);

/// Whether two names probably denote the same actor: equal once folded, or (for names of
/// 8 letters and more) one or two typing mistakes apart.
bool nearDuplicate(const QString &a, const QString &b);

} // namespace maillage::text
