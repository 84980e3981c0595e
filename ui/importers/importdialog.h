#pragma once

#include "ui/importers/progressrow.h"

#include "core/io/import.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace maillage {
class Document;


/// What a check running in a worker thread shares with the dialog.
struct CheckJobData
{
    std::atomic<qint64> done{0}, total{0};
    bool ok = false;
    QString error;
    std::shared_ptr<io::ImportSources> sources = std::make_shared<io::ImportSources>();
    /// The files were read, but a value does not fit the type the user chose for its column.
    bool typeMisfit = false;
    /// The type each new field gets from the files (user choices aside), once read.
    QList<io::DetectedField> detected;
};

/// File > Import…: shows what each file is (format, separator, encoding, first rows), lets the
/// user map every spreadsheet column to a Maillage field, reads and checks all the files off
/// the UI thread (progress, Stop) so errors — with file and line — and the number of actors
/// already in the territory are shown before anything is written, then imports everything as
/// one undo step.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Document *doc, const QStringList &paths, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// The mapping currently shown for `path` (detected, or changed by the user).
    io::ColumnMapping mapping(const QString &path) const;
    void setMapping(const QString &path, const io::ColumnMapping &mapping);
    io::DuplicatePolicy duplicatePolicy() const;
    /// The types the user chose for the fields the import makes, by name.
    QHash<QString, FieldType> fieldTypes() const { return m_fieldTypes; }
    /// The report of the import once accepted.
    const io::ImportReport &report() const { return m_report; }
    /// True while files are being read.
    bool isChecking() const { return m_worker != nullptr; }
    /// True while the import is being written (Stop, Cancel or closing the dialog cancel it:
    /// nothing is written then).
    bool isWriting() const { return m_writing != nullptr; }

signals:
    /// A check of every file finished (ok or not).
    void checked(bool ok);

protected:
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FileState
    {
        io::ImportPreview preview;
        io::ColumnMapping mapping;
        QString error;
        bool edited = false;  ///< the user changed the mapping
    };

    void showFile(int index);
    /// Reads the previews again with the chosen sheet and header row (workbooks).
    void sheetChanged();
    void fitPreviewColumns();
    void rebuildMapping();
    void updateTypeCell(int column);
    void fitTypeColumn();
    /// The type the import gives the field made from `column` of the current file without a
    /// choice of the user: from the last reading of the files, else from the preview rows.
    FieldType detectedType(int column) const;
    void mappingEdited();
    void startCheck();
    void stopCheck();
    void checkFinished(quint64 generation, std::shared_ptr<CheckJobData> job);
    void importNow();
    io::ImportOptions options() const;

    Document *m_doc;
    QStringList m_paths;
    QList<FileState> m_files;
    int m_current = -1;

    QComboBox *m_fileBox;
    QLabel *m_formatLabel;
    QComboBox *m_rowsAre;
    QFormLayout *m_form;
    QComboBox *m_sheet;       ///< .xlsx: the sheet read
    QSpinBox *m_headerRow;    ///< .xlsx: its header's row (0: found)
    QWidget *m_sheetRow;
    QTableWidget *m_preview;
    QTableWidget *m_mapping;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    ImportWriteProgress *m_writing = nullptr;  ///< while the import is written
    QButtonGroup *m_policy;
    QLabel *m_matches;
    QPushButton *m_importButton;

    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<CheckJobData> m_job;
    quint64 m_generation = 0;
    std::shared_ptr<io::ImportSources> m_sources;  ///< the last successful check
    io::ImportReport m_report;
    bool m_importWhenChecked = false;
    /// The user's types (by the field's name folded, see typeKey()) and the detected ones
    /// (by subject and folded name).
    QHash<QString, FieldType> m_fieldTypes;
    QHash<QString, FieldType> m_detected;
};

} // namespace maillage
