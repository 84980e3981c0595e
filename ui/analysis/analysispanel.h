#pragma once

#include "core/analysis/metrics.h"
#include "core/analysis/network.h"
#include "core/document/change.h"
#include "core/render/mappainter.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QThread;
class QTimer;

namespace maillage {
class Document;

namespace analysisui {
class MetricsTableModel;
}

/// The network analysis of the open territory: who is central, who bridges, who is isolated.
///
/// Options (direction, strengths, conflict links, Louvain resolution), the network measures in
/// a form, the per-actor measures in a sortable table, a shortest-path finder, and the choice
/// of what sizes and colours the map. The measures are computed on a worker thread with a
/// progress bar and Cancel, and kept (keyed by Network::cacheKey() and the resolution) until
/// the network changes; while the panel is visible, a change of the network recomputes them
/// after a short pause.
///
/// Put it in a dock: `dock->setWidget(new AnalysisPanel(doc, dock))`. It follows the
/// document's opened/closed/changed signals and retranslates itself on LanguageChange.
class AnalysisPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPanel(Document *doc, QWidget *parent = nullptr);
    ~AnalysisPanel() override;

    /// Computes the measures of the current network with the current options, unless the
    /// cache already holds them (then they are shown at once). Restarts a running job.
    void compute();
    /// Stops a running computation; the previous results, if any, stay shown.
    void cancel();
    bool isComputing() const;
    /// True when results are shown and they match the current network and options.
    bool isUpToDate() const;

    analysis::NetworkOptions networkOptions() const;
    void setNetworkOptions(const analysis::NetworkOptions &options);
    double resolution() const;
    void setResolution(double resolution);

    /// Recompute after a change of the network even while the panel is hidden (something
    /// else shows the measures, e.g. the actor list's columns). Off by default.
    void setKeepUpToDate(bool on);
    bool keepsUpToDate() const { return m_keepUpToDate; }

    /// The results shown, or nullptr.
    const analysis::MetricsResult *result() const;

    /// Codes accepted by values(): degree, in_degree, out_degree, weighted_degree,
    /// betweenness, betweenness_normalized, closeness, eigenvector, coreness, component,
    /// articulation (1 or 0), community.
    static QStringList valueCodes();
    /// Actor id → raw value of a measure of the shown results; empty when there are none or
    /// the code is unknown.
    QHash<qint64, double> values(const QString &measureCode) const;
    /// Actor id → community number (1, 2, … by decreasing size); empty without results.
    QHash<qint64, int> communities() const;
    /// Community number → its display colour (the colours "Colour by: community" uses).
    static QColor communityColour(int community);

    /// Finds the shortest path between two actors with the current options, shows it and
    /// emits highlightActors / highlightPath. Returns false (and says why) when an id is
    /// unknown or no path joins them.
    bool findPath(qint64 fromId, qint64 toId);
    /// The path last found (empty if none).
    QList<qint64> currentPath() const { return m_path; }
    /// Stops highlighting a path (emits empty highlights).
    void clearPath();

    QTableView *table() const { return m_table; }
    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    QComboBox *sizeByCombo() const { return m_sizeBy; }
    QComboBox *colourByCombo() const { return m_colourBy; }
    QLabel *pathResultLabel() const { return m_pathResult; }

signals:
    /// New results are shown (after a computation or from the cache).
    void computed();
    /// Actor id → size factor 0 … 1 (the measure divided by its maximum) for the map's node
    /// sizes; an empty hash means "back to the default (influence)".
    void sizeByChanged(const QHash<qint64, double> &factors);
    /// Actor id → colour for the map's nodes; an empty hash means "back to the category
    /// colours".
    void colourByChanged(const QHash<qint64, QColor> &colours);
    /// What the map's legend should explain of the sizes and colours chosen here (a field's
    /// name, unit and range); empty for the defaults.
    void legendScalesChanged(const QList<maillage::render::LegendScale> &scales);
    /// Actors to highlight on the map (the shortest path found); empty = none.
    void highlightActors(const QSet<qint64> &ids);
    /// The shortest path found, from … to; empty = none.
    void highlightPath(const QList<qint64> &actorIds);
    /// An actor was double-clicked in the table.
    void actorActivated(qint64 actorId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Computed;
    struct Job;

    void buildUi();
    void retranslate();
    void fillMapChoices();
    void fillActorChoices();
    void onDocumentChanged(const ChangeSet &changes);
    void onOpened();
    void onClosed();
    void optionsChanged();
    void scheduleRefresh();
    void startJob(std::shared_ptr<Job> job);
    void jobFinished(const std::shared_ptr<Job> &job);
    void showComputed(std::shared_ptr<const Computed> results);
    void showNetworkMeasures();
    void updateStatus();
    void emitMapStyle();
    void findPathFromCombos();
    void setPathMessage(const QString &html);
    /// The network as it is now, read once per change of the document (reading it is the
    /// part of a computation that has to stay on the UI thread).
    const analysis::NetworkData &snapshot();
    qint64 comboActor(QComboBox *combo) const;
    /// More actors than analysis::kSamplingThreshold: nothing is computed unless asked.
    bool isLarge() const;

    Document *m_doc;
    // The results shown, and a few recent ones by key (toggling an option back is instant).
    std::shared_ptr<const Computed> m_shown;
    QHash<QByteArray, std::shared_ptr<const Computed>> m_cache;
    QList<QByteArray> m_cacheOrder;
    std::shared_ptr<Job> m_job;          // the running job, if any
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_pending;      // to start once the running job has stopped
    // Counts changes of the network and the options: results are up to date when they were
    // taken at the current count.
    quint64 m_changeCount = 0, m_shownAt = 0;
    quint64 m_docChanges = 0, m_snapshotAt = ~quint64(0);
    analysis::NetworkData m_snapshot;
    bool m_namesStale = true;  // the path box's actor lists need filling
    bool m_cancelled = false;
    bool m_keepUpToDate = false;
    bool m_defaultStyle = true;  // the last style emitted was the default (or none yet)
    QList<qint64> m_path;
    qint64 m_pathFrom = 0, m_pathTo = 0;
    QHash<qint64, QString> m_actorNames;  // for the path box

    QTimer *m_debounce;
    QGroupBox *m_optionsBox, *m_mapBox;
    QCheckBox *m_directed, *m_weighted, *m_conflicts, *m_exact;
    QLabel *m_resolutionLabel, *m_sizeByLabel, *m_colourByLabel;
    QDoubleSpinBox *m_resolution;
    QPushButton *m_compute, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QComboBox *m_sizeBy, *m_colourBy;
    QTabWidget *m_tabs;
    QWidget *m_networkPage, *m_actorsPage, *m_pathPage;
    QFormLayout *m_form;
    QList<QLabel *> m_formLabels, m_formValues;
    QLabel *m_bridgeList, *m_communityList;
    QLineEdit *m_search;
    QTableView *m_table;
    analysisui::MetricsTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_fromLabel, *m_toLabel, *m_pathResult;
    QComboBox *m_from, *m_to;
    QPushButton *m_findPath, *m_swap, *m_clearPath;
};

} // namespace maillage
