#include "core/privacy/namematch.h"

#include "core/util/text.h"

#include <algorithm>

namespace maillage::privacy {

namespace {

/// `text` folded like text::fold(), with, for every folded character, the range of the
/// original text it came from, so that matches found in the folded text can be mapped back.
struct FoldedText
{
    QString folded;
    QList<qsizetype> from;  ///< original index where the folded character's source starts
    QList<qsizetype> to;    ///< original index just past it
};

FoldedText foldWithMap(const QString &text)
{
    FoldedText f;
    f.folded.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype len = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            len = 2;
        const QString chunk = text.mid(i, len);
        if (len == 1 && text.at(i).isSpace()) {
            // Runs of white space count as one space, as in text::fold().
            if (!f.folded.isEmpty() && !f.folded.endsWith(QLatin1Char(' '))) {
                f.folded += QLatin1Char(' ');
                f.from << i;
                f.to << i + 1;
            }
        } else if (len == 1 && text.at(i).unicode() < 0x80) {
            // ASCII folds to itself in lower case: skip the Unicode normalisation.
            f.folded += text.at(i).toLower();
            f.from << i;
            f.to << i + 1;
        } else {
            const QString piece = text::fold(chunk);
            for (const QChar c : piece) {
                f.folded += c;
                f.from << i;
                f.to << i + len;
            }
            // A combining mark folds to nothing: it belongs to the character before it.
            if (piece.isEmpty() && !f.to.isEmpty() && f.to.last() == i)
                f.to.last() = i + len;
        }
        i += len;
    }
    return f;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QStringList nameForms(const QString &name)
{
    const QString folded = text::fold(name);
    QStringList forms;
    if (folded.size() < 2)
        return forms;
    forms << folded;
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() >= 2) {
        QStringList reversed = words.mid(1);
        reversed << words.first();
        const QString r = reversed.join(QLatin1Char(' '));
        if (!forms.contains(r))
            forms << r;
    }
    return forms;
}

QList<NameSpan> findName(const QString &text, const QString &name)
{
    QList<NameSpan> out;
    const QStringList forms = nameForms(name);
    if (forms.isEmpty() || text.isEmpty())
        return out;
    // Most texts do not name the person: one folding pass tells, before the character-by-
    // character one that maps matches back to the original text.
    const QString quick = text::fold(text);
    if (std::none_of(forms.begin(), forms.end(),
                     [&](const QString &form) { return quick.contains(form); }))
        return out;
    const FoldedText f = foldWithMap(text);
    QList<QPair<qsizetype, qsizetype>> hits;  // folded start, folded length
    for (const QString &form : forms) {
        qsizetype pos = 0;
        while ((pos = f.folded.indexOf(form, pos)) >= 0) {
            const qsizetype end = pos + form.size();
            const bool startOk = pos == 0 || !isWordChar(f.folded.at(pos - 1));
            const bool endOk = end == f.folded.size() || !isWordChar(f.folded.at(end));
            if (startOk && endOk)
                hits.append({pos, form.size()});
            pos += 1;
        }
    }
    std::sort(hits.begin(), hits.end());
    qsizetype lastEnd = -1;
    for (const auto &[pos, len] : hits) {
        if (pos < lastEnd)
            continue;  // overlaps an earlier occurrence
        lastEnd = pos + len;
        const qsizetype start = f.from.at(pos);
        const qsizetype stop = f.to.at(pos + len - 1);
        out << NameSpan{start, stop - start};
    }
    return out;
}

QString replaceName(const QString &text, const QString &name, const QString &replacement,
                    int *count)
{
    const QList<NameSpan> spans = findName(text, name);
    if (count)
        *count = int(spans.size());
    if (spans.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const NameSpan &s : spans) {
        out += QStringView(text).mid(at, s.start - at);
        out += replacement;
        at = s.end();
    }
    out += QStringView(text).mid(at);
    return out;
}

QString excerpt(const QString &text, const NameSpan &span, int maxLength)
{
    auto isStop = [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
               c == QLatin1Char('\n') || c == QLatin1Char(';');
    };
    qsizetype begin = span.start;
    while (begin > 0 && !isStop(text.at(begin - 1)))
        --begin;
    qsizetype end = span.end();
    while (end < text.size() && !isStop(text.at(end)))
        ++end;
    if (end < text.size() && text.at(end) != QLatin1Char('\n'))
        ++end;  // keep the full stop
    // Cut a long sentence around the name rather than at its start.
    const qsizetype room = std::max<qsizetype>(maxLength, span.length + 20);
    bool cutLeft = false, cutRight = false;
    if (end - begin > room) {
        const qsizetype side = (room - span.length) / 2;
        const qsizetype newBegin = std::max(begin, span.start - side);
        cutLeft = newBegin > begin;
        begin = newBegin;
        const qsizetype newEnd = std::min(end, begin + room);
        cutRight = newEnd < end;
        end = newEnd;
    }
    QString out = text.mid(begin, end - begin).simplified();
    if (cutLeft)
        out.prepend(QChar(0x2026));
    if (cutRight)
        out.append(QChar(0x2026));
    return out;
}

} // namespace maillage::privacy
