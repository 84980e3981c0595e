#include "core/io/bulk.h"

#include "core/document/document.h"
#include "core/store/repositories.h"

namespace maillage::io {

bool bulkApply(Document &doc, const QString &text, QList<RowOp> ops, QList<BulkInsert> inserts,
               QString *error, const BulkProgress &progress, bool *cancelled)
{
    return doc.applyBulk(text, std::move(ops), std::move(inserts), error, progress, cancelled);
}

QList<ImportIdentity> importIdentities(Document &doc, const QString &table)
{
    return Projections(doc.store()).importIdentities(table).value_or(QList<ImportIdentity>());
}

} // namespace maillage::io
