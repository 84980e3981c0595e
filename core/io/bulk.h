#pragma once

#include "document/change.h"

#include <QList>
#include <QString>

namespace maillage {
class Document;
}

namespace maillage::io {

/// Applies `ops` (the same row operations Document::apply takes, with the same negative-id
/// placeholders) as ONE undo step, through prepared statements reused for every row of a
/// table in one transaction: the path for imports of tens of thousands of rows, where the
/// generic path's per-row statement preparation dominates. The pushed undo command replays
/// or reverts the rows the same way; the document's change signals are emitted as usual.
bool bulkApply(Document &doc, const QString &text, QList<RowOp> ops, QString *error);

} // namespace maillage::io
