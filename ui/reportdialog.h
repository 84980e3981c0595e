#pragma once

#include "core/report/report.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace maillage {
class Document;

/// What goes into the report: language, pseudonymised edition, author, sections and the
/// actor fields added to the actors' table.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(Document *doc, QWidget *parent = nullptr);
    report::ReportOptions options() const;

private:
    QComboBox *m_language;
    QCheckBox *m_anonymize;
    QLineEdit *m_author;
    QListWidget *m_sections;
    QListWidget *m_fields = nullptr;  ///< the actor fields, to add to the actors' table
};

/// File › Export Report: asks the options and a file, then writes the PDF with a progress
/// bar and a Cancel button (a cancelled report leaves no file).
void exportReportInteractively(Document *doc, QWidget *parent);
/// File › Print and Print Preview: the same pages as the PDF.
void printReportInteractively(Document *doc, bool preview, QWidget *parent);

} // namespace maillage
