#include "core/io/pseudonymize.h"

#include "core/store/repositories.h"

#include <algorithm>

namespace maillage {

namespace {

// Name parts too short or too common to stand for a person on their own.
bool significantPart(const QString &part)
{
    static const QStringList particles{
        QStringLiteral("de"),  QStringLiteral("du"),  QStringLiteral("des"),
        QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("les"),
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),
        QStringLiteral("mme"), QStringLiteral("mr"),  QStringLiteral("m."),
        QStringLiteral("dr"),  QStringLiteral("et"),  QStringLiteral("and")};
    return part.size() >= 3 && !particles.contains(part.toLower());
}

QString key(const QString &matched)
{
    return matched.simplified().toLower();
}

} // namespace

Pseudonymizer::Pseudonymizer(const QList<Actor> &actors, const QList<Category> &categories)
{
    QHash<qint64, QString> codeOf;
    for (const Category &c : categories)
        codeOf.insert(c.id, c.code);
    QList<Actor> persons;
    for (const Actor &a : actors)
        if (a.isPerson)
            persons << a;
    std::sort(persons.begin(), persons.end(),
              [](const Actor &a, const Actor &b) { return a.id < b.id; });
    int residents = 0, elected = 0, others = 0;
    QHash<QString, QString> replacement;  // lower-case name or name part → pseudonym
    QStringList fullNames, parts;
    for (const Actor &a : persons) {
        const QString code = codeOf.value(a.categoryId);
        QString p;
        if (code == QLatin1String("citizen"))
            p = tr("Resident %1").arg(++residents);
        else if (code == QLatin1String("elected"))
            p = tr("Elected official %1").arg(++elected);
        else
            p = tr("Person %1").arg(++others);
        m_pseudonyms.insert(a.id, p);
        const QString full = a.name.simplified();
        if (full.isEmpty())
            continue;
        if (!replacement.contains(key(full))) {
            replacement.insert(key(full), p);
            fullNames << full;
        }
        const QStringList words = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > 1) {
            // "Dupont Marie" as registers write it.
            QStringList reversed = words;
            std::reverse(reversed.begin(), reversed.end());
            const QString r = reversed.join(QLatin1Char(' '));
            if (!replacement.contains(key(r))) {
                replacement.insert(key(r), p);
                fullNames << r;
            }
        }
        for (const QString &w : words) {
            if (significantPart(w) && !replacement.contains(key(w))) {
                replacement.insert(key(w), p);
                parts << w;
            }
        }
    }
    if (replacement.isEmpty())
        return;
    auto longestFirst = [](const QString &a, const QString &b) { return a.size() > b.size(); };
    std::stable_sort(fullNames.begin(), fullNames.end(), longestFirst);
    std::stable_sort(parts.begin(), parts.end(), longestFirst);
    QStringList alternatives;
    for (const QString &n : fullNames + parts) {
        QString e = QRegularExpression::escape(n);
        e.replace(QLatin1String("\\ "), QLatin1String("\\s+"));
        alternatives << e;
    }
    // One pass over the text with every name at once, so a pseudonym is never rewritten.
    // A pattern of thousands of names is more than PCRE2 compiles (it silently matched
    // nothing with 2,000 persons): the names are split over several patterns whose matches
    // text() merges, earliest and longest first, as one pattern would.
    constexpr qsizetype kMaxPattern = 16000;
    QStringList chunk;
    qsizetype length = 0;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        const QRegularExpression re(
            QStringLiteral("(?<![\\w])(?:%1)(?![\\w])").arg(chunk.join(QLatin1Char('|'))),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        Q_ASSERT(re.isValid());
        m_patterns.append({re, QString()});
        chunk.clear();
        length = 0;
    };
    for (const QString &a : std::as_const(alternatives)) {
        if (length + a.size() > kMaxPattern)
            flush();
        chunk << a;
        length += a.size() + 1;
    }
    flush();
    m_replacement = replacement;
}

Pseudonymizer Pseudonymizer::fromStore(Store &store)
{
    return Pseudonymizer(ActorRepository(store).list(), CategoryRepository(store).list());
}

QString Pseudonymizer::name(qint64 actorId, const QString &fallback) const
{
    return m_pseudonyms.value(actorId, fallback);
}

QString Pseudonymizer::text(const QString &text) const
{
    if (m_patterns.isEmpty() || text.isEmpty())
        return text;
    // Matches of every pattern, then the earliest (and at one place the longest) first,
    // skipping those that overlap one already taken.
    struct Span
    {
        qsizetype start, end;
    };
    QList<Span> spans;
    for (const auto &pattern : m_patterns) {
        auto it = pattern.first.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            spans.append({m.capturedStart(), m.capturedEnd()});
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QString out;
    qsizetype last = 0;
    for (const Span &s : std::as_const(spans)) {
        if (s.start < last)
            continue;
        const QString matched = text.mid(s.start, s.end - s.start);
        out += QStringView(text).mid(last, s.start - last);
        out += m_replacement.value(key(matched), matched);
        last = s.end;
    }
    out += QStringView(text).mid(last);
    return out;
}

Actor Pseudonymizer::actor(const Actor &a) const
{
    Actor x = a;
    if (isPerson(a.id)) {
        x.name = m_pseudonyms.value(a.id);
        x.email.clear();
        x.phone.clear();
        x.address.clear();
        x.website.clear();
        // A person's own place is personal data; a commune's centre (approximate) is not.
        if (a.locationPrecision != QLatin1String("commune")) {
            x.latitude = x.longitude = kNoPosition;
            x.locationPrecision.clear();
        }
    }
    x.description = text(a.description);
    x.role = isPerson(a.id) ? text(a.role) : a.role;
    x.consentMethod = text(a.consentMethod);
    return x;
}

} // namespace maillage
