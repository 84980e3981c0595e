#pragma once

#include "core/geo/locate.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QThread;

namespace maillage {
class Document;

/// Map › Locate Actors… (Ctrl+Shift+L, and the territory view's "Locate…"): the window's
/// `maillage-cli locate`. Three pages: the sources (INSEE's SIRENE geolocation file, the Base
/// Adresse Nationale's geocoder, commune centres from an outlines file) and whether places
/// found earlier are replaced (never those set by hand); the review of every place found —
/// actor, source, query sent, label found, score, precision — with a box per row (geocoding
/// results below the minimum score unticked); the summary after Apply, which writes the ticked
/// rows as ONE undo step. Files are read and the service asked on a worker thread, with
/// progress and Cancel; a bad file or an unreachable service is one line, nothing changed.
/// Persons' addresses are sent only when their own box (naming how many and the service's
/// host) is ticked.
class LocateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LocateDialog(Document *doc, QWidget *parent = nullptr);
    ~LocateDialog() override;

    enum Page { Sources, Review, Done };
    Page page() const;
    /// The commune outlines file offered (the territory view's, when it shows one).
    void setCommunesFile(const QString &path);
    void setSireneFile(const QString &path);

    /// Reads the sources chosen on a worker thread; the review page follows (or one line on
    /// the first page when something is wrong).
    void find();
    bool busy() const { return m_worker != nullptr; }
    /// Stops the reading or the request: nothing is located.
    void cancel();
    /// Writes the ticked rows as one undo step and shows the summary.
    bool apply();
    /// Close, Escape: stops a reading first (a second Escape closes).
    void reject() override;

    QCheckBox *sireneBox() const { return m_sirene; }
    QCheckBox *geocodeBox() const { return m_geocode; }
    QCheckBox *personsBox() const { return m_persons; }
    QCheckBox *communesBox() const { return m_communes; }
    QCheckBox *replaceBox() const { return m_replace; }
    QDoubleSpinBox *minScoreBox() const { return m_minScore; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLine() const { return m_status; }
    QPushButton *applyButton() const { return m_apply; }
    /// The summary shown after Apply (LocateReport::summary).
    QString summary() const;

signals:
    /// Apply wrote `count` places (one undo step).
    void applied(int count);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Job;
    void updateCounts();
    void updateChoices();
    void updateProgress();
    void finished(const std::shared_ptr<Job> &job);
    void showReview(const std::shared_ptr<Job> &job);
    void rowToggled(int row);
    void updateApplyButton();
    void setError(const QString &line);
    QString browse(const QString &title, const QString &filter, QLineEdit *edit);

    Document *m_doc;
    QStackedWidget *m_pages;
    QCheckBox *m_sirene, *m_geocode, *m_persons, *m_communes, *m_replace;
    QLineEdit *m_sirenePath, *m_communesPath;
    QLabel *m_sireneCount, *m_geocodeCount;
    QDoubleSpinBox *m_minScore;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_find, *m_stop, *m_back, *m_apply, *m_again, *m_close;
    QTableWidget *m_table;
    QLabel *m_reviewNote, *m_reviewStatus;
    QPlainTextEdit *m_summary;
    QThread *m_worker = nullptr;
    std::shared_ptr<Job> m_job;
    geo::LocateReport m_report;         ///< what was found (the review's rows are `placements`)
    QList<geo::Placement> m_placements; ///< one per row of the table
    bool m_toggling = false;
    int m_sireneWanted = 0, m_addressesToSend = 0, m_personsToSend = 0;
};

} // namespace maillage
