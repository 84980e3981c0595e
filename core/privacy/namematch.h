#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Finding a person's name inside free text (notes, descriptions, decisions…), the way a
// reader would: regardless of case, accents, ligatures and spacing ("Benoît Perrin",
// "BENOIT  perrin", "Perrin Benoît"), and only as whole words ("Perrine" is not "Perrin").
namespace maillage::privacy {

/// One occurrence of a name: a range of the original text.
struct NameSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
};

/// The forms of a name searched for: the name itself and, for a name of two words or more,
/// the family name first ("Perrin Benoît"), as lists of participants are often written.
QStringList nameForms(const QString &name);

/// Every non-overlapping occurrence of any form of `name` in `text`, in text order.
/// Names that fold to fewer than two characters are never searched for.
QList<NameSpan> findName(const QString &text, const QString &name);

/// `text` with every occurrence of `name` replaced by `replacement`; `count` receives the
/// number of replacements.
QString replaceName(const QString &text, const QString &name, const QString &replacement,
                    int *count = nullptr);

/// The sentence (or line) of `text` around `span`, trimmed and cut to about `maxLength`
/// characters: what an access export shows of a note that names the person.
QString excerpt(const QString &text, const NameSpan &span, int maxLength = 300);

} // namespace maillage::privacy
