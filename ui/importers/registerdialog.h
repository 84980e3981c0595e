#pragma once

#include "ui/importers/progressrow.h"

#include "core/io/cog.h"
#include "core/io/registers.h"

#include <QCompleter>
#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableWidget;
class QThread;

namespace maillage {
class Document;

/// A completer over commune names that ignores case and accents ("epinal" → "Épinal (88)").
class CommuneCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit CommuneCompleter(QObject *parent = nullptr);
    void setCommunes(const QList<io::CogCommune> &communes);
    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
    static constexpr int CodeRole = Qt::UserRole + 1;

private:
    QStandardItemModel *m_model;
};

struct RegisterJob
{
    std::atomic<qint64> done{0}, total{0};
    bool ok = false;
    QString error;
    io::RegisterStats stats;
    std::shared_ptr<io::ImportSources> sources = std::make_shared<io::ImportSources>();
};

/// File > Import from public registers…: register files (RNE, SIRENE, RNA: detected), the
/// communes picked by name from INSEE's communes file (COG, remembered in the settings), a
/// count of what each commune would bring, then the import — streamed off the UI thread with
/// progress and Stop, all or nothing, one undo step.
class RegisterImportDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterImportDialog(Document *doc, QWidget *parent = nullptr);
    ~RegisterImportDialog() override;

    void addFiles(const QStringList &paths);
    bool loadCog(const QString &path);
    /// Adds a commune by INSEE code (from the COG when loaded, else as the code itself).
    void addCommune(const QString &code);
    QStringList communes() const;
    bool isBusy() const { return m_worker != nullptr || m_writing; }
    /// True while the import is being written (Stop, Cancel or closing cancel it).
    bool isWriting() const { return m_writing != nullptr; }
    const io::ImportReport &report() const { return m_report; }
    const io::RegisterStats &stats() const { return m_stats; }

signals:
    void counted(bool ok);

protected:
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFiles();
    void chooseCog();
    void addTyped();
    void settingsChanged();
    void startCount();
    void countFinished(quint64 generation, std::shared_ptr<RegisterJob> job);
    void importNow();
    std::optional<io::RegisterFormat> format(QString *problem) const;

    Document *m_doc;
    QStringList m_paths;
    QList<io::CogCommune> m_cog;
    QListWidget *m_fileList;
    QLineEdit *m_cogPath;
    QLabel *m_cogInfo;
    QLineEdit *m_search;
    CommuneCompleter *m_completer;
    QListWidget *m_communeList;
    QComboBox *m_policy;
    QTableWidget *m_counts;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    ImportWriteProgress *m_writing = nullptr;  ///< while the import is written
    QPushButton *m_count;
    QPushButton *m_importButton;

    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<RegisterJob> m_job;
    quint64 m_generation = 0;
    std::shared_ptr<io::ImportSources> m_sources;
    io::RegisterStats m_stats;
    io::ImportReport m_report;
    bool m_importWhenCounted = false;
};

} // namespace maillage
