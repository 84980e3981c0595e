#pragma once

#include "core/store/bulkwriter.h"

namespace maillage {

class Store;

namespace postgres {

/// BulkWriter::run on a shared territory: the same contract (one transaction; forward: the
/// operations, then the inserts with their ids chosen in advance; backward: the inserts
/// deleted by id range, then the operations reverted; foreign keys checked at commit, as the
/// server's keys are DEFERRABLE; any error or a cancel rolls everything back), through Qt's
/// PostgreSQL driver and the store's statement cache. The identity counters of the tables
/// filled are moved past the ids written. `before` and `after` (BulkWriter::setSharedChecks)
/// run inside the transaction, before the first write and before the commit.
bool bulkRun(Store &store, QList<RowOp> &ops, QList<BulkInsert> &inserts, bool forward,
             ChangeSet &changes, const BulkProgress &progress, bool *cancelled, QString *error,
             const BulkWriter::InTransaction &before = {},
             const BulkWriter::InTransaction &after = {});

} // namespace postgres
} // namespace maillage
