#include "core/util/text.h"

#include <QList>

#include <algorithm>

namespace maillage::text {

QString fold(const QString &s)
{
    const QString decomposed = s.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastSpace = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            if (!lastSpace)
                out += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        switch (c.unicode()) {
        case 0x0153: case 0x0152: out += QLatin1String("oe"); continue;  // œ Œ
        case 0x00E6: case 0x00C6: out += QLatin1String("ae"); continue;  // æ Æ
        case 0x00DF: out += QLatin1String("ss"); continue;               // ß
        case 0x2019: case 0x2018: case 0x02BC: out += QLatin1Char('\''); continue;
        case 0x2010: case 0x2011: case 0x2013: case 0x2014: out += QLatin1Char('-'); continue;
        case 0x00B7: case 0x2027: out += QLatin1Char('.'); continue;     // middle dot
        default: break;
        }
        out += c.toLower();
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool nearDuplicate(const QString &a, const QString &b)
{
    const QString fa = fold(a), fb = fold(b);
    if (fa == fb)
        return true;
    const qsizetype len = std::min(fa.size(), fb.size());
    if (len < 8)
        return false;
    return editDistance(fa, fb) <= (len >= 16 ? 2 : 1);
}

} // namespace maillage::text
