#pragma once

#include "core/document/change.h"
#include "core/store/bulkwriter.h"
#include "core/store/repositories.h"

#include <QList>
#include <QString>

namespace maillage {
class Document;
}

namespace maillage::io {

/// The store's compact rows for bulk inserts (core/store/bulkwriter.h).
using BulkInsert = maillage::BulkInsert;
using BulkProgress = maillage::BulkProgress;

/// Applies `ops` and then `inserts` as ONE undo step: Document::applyBulk() (the store's
/// bulk writer inside a document command). Kept for the importers.
bool bulkApply(Document &doc, const QString &text, QList<RowOp> ops, QList<BulkInsert> inserts,
               QString *error, const BulkProgress &progress = {}, bool *cancelled = nullptr);

/// A row of the territory imported from a GraphML or GEXF file: its id, the file's name and
/// the node's (edge's) id in it.
using ImportIdentity = maillage::ImportIdentity;
/// Every actor (`table` "actor") or link ("link") that has an import identity.
QList<ImportIdentity> importIdentities(Document &doc, const QString &table);

} // namespace maillage::io
