#pragma once

#include "core/io/htmlexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace maillage {
class Document;

/// File › Export Web Page: what the page holds and for whom. Says what goes out (and what
/// never does), and asks the language, the pseudonymised edition, the saved view and whether
/// online map tiles may be fetched when the page is opened (off by default: no request).
class WebExportDialog : public QDialog
{
    Q_OBJECT
public:
    WebExportDialog(Document *doc, QWidget *parent = nullptr);
    io::HtmlExportOptions options() const;

private:
    void updateContents();
    QComboBox *m_language;
    QCheckBox *m_anonymize;
    QComboBox *m_view;
    QCheckBox *m_tiles;
    QLabel *m_contents;
};

/// Asks the options and a file (.html), writes the page and offers to open it.
void exportWebPageInteractively(Document *doc, QWidget *parent);

} // namespace maillage
