#include "ui/editors/vocabularyfilter.h"

#include <QHash>

namespace maillage {

namespace {
// Editors live on the UI thread only.
QHash<const Document *, VocabularyFilter> &filters()
{
    static QHash<const Document *, VocabularyFilter> map;
    return map;
}
} // namespace

void setVocabularyFilter(const Document *doc, const VocabularyFilter &filter)
{
    filters().insert(doc, filter);
}

void clearVocabularyFilter(const Document *doc)
{
    filters().remove(doc);
}

bool categoryOffered(const Document *doc, qint64 id)
{
    const auto it = filters().constFind(doc);
    return it == filters().cend() || !it->categories || it->categories->contains(id);
}

bool linkTypeOffered(const Document *doc, qint64 id)
{
    const auto it = filters().constFind(doc);
    return it == filters().cend() || !it->linkTypes || it->linkTypes->contains(id);
}

} // namespace maillage
