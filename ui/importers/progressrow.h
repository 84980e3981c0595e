#pragma once

#include "core/io/import.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QString;
class QVBoxLayout;
class QWidget;

namespace maillage {

/// The status line, progress bar and Stop button both import dialogs show under their
/// settings while files are read; the bar and the button start hidden.
struct ProgressRow
{
    QLabel *status;
    QProgressBar *progress;
    QPushButton *stop;
};

/// Adds a ProgressRow to `layout`; object names are `<prefix>Status`, `<prefix>Progress` and
/// `<prefix>Stop`, the bar's accessible name is `what` (what is being read).
ProgressRow addProgressRow(QWidget *parent, QVBoxLayout *layout, const QString &prefix,
                           const QString &what);

/// Shows the writing of an import in a ProgressRow, for as long as it lives. The write runs
/// on the UI thread (the document's database connection belongs to it) inside a modal
/// dialog: callback() shows the rows written, processes events so the window repaints and
/// its Stop button works, and answers false once Stop was pressed, which makes the import
/// roll everything back. Meanwhile every other control of `dialog` is disabled, so nothing
/// else can be changed or started (closing the dialog must be turned into stop() by it).
class ImportWriteProgress
{
    Q_DECLARE_TR_FUNCTIONS(maillage::ImportWriteProgress)

public:
    ImportWriteProgress(const ProgressRow &row, QWidget *dialog);
    ~ImportWriteProgress();
    ImportWriteProgress(const ImportWriteProgress &) = delete;
    ImportWriteProgress &operator=(const ImportWriteProgress &) = delete;

    io::ImportProgress callback();
    void stop() { m_stopped = true; }
    bool stopped() const { return m_stopped; }

private:
    ProgressRow m_row;
    QList<QPointer<QWidget>> m_disabled;
    QString m_accessibleName;
    bool m_stopped = false;
};

/// Runs `write` (an import given the progress callback) under an ImportWriteProgress on `row`
/// with a busy cursor; `current` points at that progress meanwhile, so that the dialog's Stop
/// button and closing can stop it. Returns what `write` returns.
bool writeImport(const ProgressRow &row, QWidget *dialog, ImportWriteProgress *&current,
                 const std::function<bool(const io::ImportProgress &)> &write);

} // namespace maillage
