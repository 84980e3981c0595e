#pragma once

#include "core/document/change.h"

#include <QString>

namespace maillage {

class Document;

/// The line for an edit someone else committed on a shared territory, in the status bar and
/// in Edit › History (ui/history/historymodel.cpp): who
/// (their server role) and what, e.g. “anne renamed “Mairie”” or “paul added 3 links”.
/// Names are read from `doc` as it is after the edit.
QString describeOthersEdit(const Document &doc, const QString &author, const ChangeSet &changes);

} // namespace maillage
