#include "pseudonymize.h"

#include "store/repositories.h"

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
    const QRegularExpression re(
        QStringLiteral("(?<![\\w])(?:%1)(?![\\w])").arg(alternatives.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption |
            QRegularExpression::UseUnicodePropertiesOption);
    m_patterns.append({re, QString()});
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
    const QRegularExpression &re = m_patterns.first().first;
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += m_replacement.value(key(m.captured()), m.captured());
        last = m.capturedEnd();
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
    }
    x.description = text(a.description);
    x.role = isPerson(a.id) ? text(a.role) : a.role;
    x.consentMethod = text(a.consentMethod);
    return x;
}

} // namespace maillage
