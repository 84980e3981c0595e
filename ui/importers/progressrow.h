#pragma once

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

} // namespace maillage
