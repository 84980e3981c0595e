#pragma once

#include <QSet>

#include <optional>

namespace maillage {
class Document;

/// Which categories and link types the editors offer for one document. An exercise file
/// (workshop/exercise.h) restricts them to what the trainer allowed; nothing is restricted
/// otherwise. The editors consult it each time they fill a combo box, so they pick up a
/// change the next time they show an actor or a link.
struct VocabularyFilter
{
    std::optional<QSet<qint64>> categories;  ///< nullopt: every category
    std::optional<QSet<qint64>> linkTypes;   ///< nullopt: every link type
};

void setVocabularyFilter(const Document *doc, const VocabularyFilter &filter);
void clearVocabularyFilter(const Document *doc);
/// Whether the editors of `doc` offer category (link type) `id`.
bool categoryOffered(const Document *doc, qint64 id);
bool linkTypeOffered(const Document *doc, qint64 id);

} // namespace maillage
