#include "ui/analysis/analysispanel.h"
#include "ui/analysis/analysispanel_parts.h"

#include "core/document/document.h"
#include "ui/analysis/metricstablemodel.h"
#include "core/render/fieldstyle.h"
#include "core/store/repositories.h"
#include "core/util/text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace maillage {

using analysisui::MetricsTableModel;

/// Results of one computation, with the snapshot they were computed on.
struct AnalysisPanel::Computed
{
    QByteArray key;
    analysis::NetworkData data;
    analysis::Network network;
    analysis::MetricsResult result;
    QHash<qint64, QString> names;
};

/// One computation in flight. The worker thread only reads `network` and `options` and
/// writes `result`; the UI thread reads `result` once the thread has finished.
struct AnalysisPanel::Job
{
    std::atomic<bool> cancel{false};
    QByteArray key;
    quint64 changeCount = 0;
    analysis::NetworkData data;
    analysis::Network network;
    analysis::MetricsOptions options;
    analysis::MetricsResult result;
};

namespace {

constexpr int kCacheSize = 4;
constexpr int kMaxListed = 25;

QString htmlEscaped(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

using namespace analysispanelparts;

AnalysisPanel::AnalysisPanel(Document *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc)
{
    buildUi();
    retranslate();
    connect(m_doc, &Document::opened, this, &AnalysisPanel::onOpened);
    connect(m_doc, &Document::closed, this, &AnalysisPanel::onClosed);
    connect(m_doc, &Document::changed, this, &AnalysisPanel::onDocumentChanged);
    if (m_doc->isOpen())
        onOpened();
    else
        updateStatus();
}

AnalysisPanel::~AnalysisPanel()
{
    // The worker only touches its Job, but it posts progress to this object: stop it first.
    if (m_job)
        m_job->cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AnalysisPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The legend's scales: titles and numbers in the new language.
        emitMapStyle();
    }
    QWidget::changeEvent(event);
}

void AnalysisPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_namesStale && m_doc->isOpen())
        fillActorChoices();
    if (m_doc->isOpen() && !isUpToDate() && !isComputing())
        m_debounce->start(0);
}

analysis::NetworkOptions AnalysisPanel::networkOptions() const
{
    analysis::NetworkOptions o;
    o.directed = m_directed->isChecked();
    o.weighted = m_weighted->isChecked();
    o.includeConflicts = m_conflicts->isChecked();
    return o;
}

void AnalysisPanel::setNetworkOptions(const analysis::NetworkOptions &options)
{
    m_directed->setChecked(options.directed);
    m_weighted->setChecked(options.weighted);
    m_conflicts->setChecked(options.includeConflicts);
}

double AnalysisPanel::resolution() const { return m_resolution->value(); }
void AnalysisPanel::setResolution(double resolution) { m_resolution->setValue(resolution); }

const analysis::MetricsResult *AnalysisPanel::result() const
{
    return m_shown ? &m_shown->result : nullptr;
}

bool AnalysisPanel::isComputing() const { return m_thread != nullptr; }

bool AnalysisPanel::isUpToDate() const { return m_shown && m_shownAt == m_changeCount; }

void AnalysisPanel::onOpened()
{
    cancel();
    m_pending.reset();
    m_cache.clear();
    m_cacheOrder.clear();
    m_shown.reset();
    m_model->clear();
    if (!m_path.isEmpty()) {
        m_path.clear();
        emit highlightActors({});
        emit highlightPath({});
    }
    setPathMessage(QString());
    ++m_changeCount;
    ++m_docChanges;
    m_namesStale = true;
    if (isVisible())
        fillActorChoices();
    showNetworkMeasures();
    fillMapChoices();
    emitMapStyle();
    updateStatus();
    if ((isVisible() || m_keepUpToDate) && !isLarge())
        m_debounce->start(0);
}

void AnalysisPanel::onClosed()
{
    m_debounce->stop();
    cancel();
    m_pending.reset();
    m_cache.clear();
    m_cacheOrder.clear();
    m_shown.reset();
    m_model->clear();
    if (!m_path.isEmpty()) {
        m_path.clear();
        emit highlightActors({});
        emit highlightPath({});
    }
    setPathMessage(QString());
    m_actorNames.clear();
    m_from->clear();
    m_to->clear();
    ++m_changeCount;
    ++m_docChanges;
    m_snapshot = {};
    m_snapshotAt = ~quint64(0);
    showNetworkMeasures();
    updateStatus();
}

void AnalysisPanel::onDocumentChanged(const ChangeSet &changes)
{
    bool network = false, names = false;
    // The map's sizes and colours by a field follow its definition and values.
    bool fieldsChanged = false, fieldValues = false, actors = false;
    for (const Change &c : changes) {
        fieldsChanged |= c.table == Table::Field;
        fieldValues |= c.table == Table::ActorFieldValue;
        actors |= c.table == Table::Actor && c.kind != Change::Updated;
    }
    if (fieldsChanged)
        fillMapChoices();
    // Once the snapshot of the actors is up to date (below), whatever way this returns.
    const auto restyle = qScopeGuard([this, fieldsChanged, fieldValues, actors] {
        if ((fieldsChanged || fieldValues || actors) &&
            (fieldsChanged ||
             m_sizeBy->currentData().toString().startsWith(QLatin1String("field:")) ||
             m_colourBy->currentData().toString().startsWith(QLatin1String("field:"))))
            emitMapStyle();
    });
    for (const Change &c : changes) {
        if (c.table == Table::Link || c.table == Table::LinkType) {
            network = true;
        } else if (c.table == Table::Actor) {
            // Moving actors on the map changes nothing the measures depend on.
            if (c.kind != Change::Updated || c.columns.contains(Column::Name) ||
                c.columns.contains(Column::CategoryId)) {
                network = true;
                names = true;
            }
        }
    }
    if (!network)
        return;
    ++m_docChanges;
    ++m_changeCount;
    // The path shown was found on the former network: it may no longer be one.
    if (!m_path.isEmpty()) {
        clearPath();
        setPathMessage(htmlEscaped(tr("The network changed: find the path again.")));
    }
    if (names) {
        m_namesStale = true;
        if (isVisible())
            fillActorChoices();
    }
    updateStatus();
    scheduleRefresh();
}

void AnalysisPanel::optionsChanged()
{
    ++m_changeCount;
    updateStatus();
    scheduleRefresh();
}

void AnalysisPanel::scheduleRefresh()
{
    if ((isVisible() || m_keepUpToDate) && m_doc->isOpen() && !isLarge())
        m_debounce->start();
}

bool AnalysisPanel::isLarge() const
{
    // Measures whose cost grows as actors × links start only when asked for on large
    // networks: never at open, never after each edit.
    return m_doc->isOpen() && m_doc->store().count(QStringLiteral("actor")) >
                                  analysis::kSamplingThreshold;
}

void AnalysisPanel::setKeepUpToDate(bool on)
{
    m_keepUpToDate = on;
    if (on && !isUpToDate() && !isComputing())
        scheduleRefresh();
}

void AnalysisPanel::compute()
{
    m_debounce->stop();
    if (!m_doc->isOpen())
        return;
    if (isUpToDate() && !m_job) {
        updateStatus();
        return;
    }
    auto job = std::make_shared<Job>();
    job->data = snapshot();
    job->network = analysis::Network(job->data, networkOptions());
    job->options.resolution = resolution();
    // Large networks: betweenness and the other all-pairs measures are estimated from
    // sampled sources unless the exact ones are asked for.
    if (!m_exact->isChecked() && job->network.actorCount() > analysis::kSamplingThreshold)
        job->options.betweennessSamples = analysis::kDefaultSamples;
    job->key = job->network.cacheKey() + '|' + QByteArray::number(resolution(), 'g', 17) + '|' +
               QByteArray::number(job->options.betweennessSamples);
    job->changeCount = m_changeCount;

    if (const auto cached = m_cache.value(job->key)) {
        // Same network and options: show what was computed, with today's names.
        if (m_job)
            m_job->cancel = true;
        m_pending.reset();
        auto fresh = std::make_shared<Computed>(*cached);
        fresh->data = job->data;
        fresh->names.clear();
        for (const analysis::NetworkActor &a : job->data.actors)
            fresh->names.insert(a.id, a.name);
        m_shownAt = m_changeCount;
        showComputed(fresh);
        return;
    }
    if (m_job && !m_pending && m_job->key == job->key && !m_job->cancel) {
        m_job->changeCount = m_changeCount;  // already computing exactly this
        return;
    }
    if (isComputing()) {
        m_job->cancel = true;
        m_pending = job;
        updateStatus();
        return;
    }
    startJob(job);
}

void AnalysisPanel::startJob(std::shared_ptr<Job> job)
{
    m_job = job;
    m_cancelled = false;
    m_progress->setValue(0);
    m_thread = QThread::create([this, job] {
        analysis::RunControl control;
        control.cancel = &job->cancel;
        control.progress = [this, job](double fraction) {
            // Queued to the UI thread; dropped if the panel is gone (it waits for us anyway).
            QMetaObject::invokeMethod(
                this,
                [this, job, fraction] {
                    if (m_job == job)
                        m_progress->setValue(int(fraction * 1000));
                },
                Qt::QueuedConnection);
        };
        job->result = analysis::computeMetrics(job->network, job->options, control);
    });
    m_thread->setObjectName(QStringLiteral("maillage-analysis"));
    connect(m_thread, &QThread::finished, this, [this, job] { jobFinished(job); });
    m_thread->start(QThread::LowPriority);
    updateStatus();
}

void AnalysisPanel::jobFinished(const std::shared_ptr<Job> &job)
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job.reset();
    if (!job->result.cancelled) {
        auto computed = std::make_shared<Computed>();
        computed->key = job->key;
        computed->data = std::move(job->data);
        computed->network = job->network;
        computed->result = std::move(job->result);
        for (const analysis::NetworkActor &a : computed->data.actors)
            computed->names.insert(a.id, a.name);
        m_cache.insert(computed->key, computed);
        m_cacheOrder.removeAll(computed->key);
        m_cacheOrder << computed->key;
        while (m_cacheOrder.size() > kCacheSize)
            m_cache.remove(m_cacheOrder.takeFirst());
        if (!m_pending) {
            m_shownAt = job->changeCount;
            showComputed(computed);
        }
    } else if (!m_pending) {
        m_cancelled = true;
    }
    if (m_pending) {
        auto next = std::exchange(m_pending, {});
        if (const auto cached = m_cache.value(next->key)) {
            m_shownAt = next->changeCount;
            showComputed(cached);
        } else {
            startJob(next);
        }
    }
    updateStatus();
}

void AnalysisPanel::cancel()
{
    m_debounce->stop();
    m_pending.reset();
    if (m_job)
        m_job->cancel = true;
    updateStatus();
}

void AnalysisPanel::showComputed(std::shared_ptr<const Computed> results)
{
    m_shown = std::move(results);
    QHash<int, QString> communityNames;
    for (const analysis::CommunityInfo &c : m_shown->result.network.communities)
        communityNames.insert(c.number, c.name);
    m_model->setResults(m_shown->result.actors, m_shown->names, communityNames);
    showNetworkMeasures();
    updateStatus();
    emitMapStyle();
    emit computed();
}

void AnalysisPanel::showNetworkMeasures()
{
    if (!m_shown) {
        for (QLabel *value : std::as_const(m_formValues))
            value->setText(QStringLiteral("—"));
        m_bridgeList->clear();
        m_communityList->clear();
        return;
    }
    const QLocale locale;
    const analysis::NetworkMetrics &n = m_shown->result.network;
    const bool weighted = m_shown->network.options().weighted;
    const bool measured = n.actors >= 2;
    const auto dash = QStringLiteral("—");
    m_formValues[RowActors]->setText(locale.toString(n.actors));
    m_formValues[RowLinks]->setText(locale.toString(n.links));
    m_formValues[RowDensity]->setText(measured ? locale.toString(n.density, 'f', 4) : dash);
    m_formValues[RowComponents]->setText(locale.toString(n.components));
    m_formValues[RowDiameter]->setText(
        !measured ? dash
        : weighted ? tr("%1 (in lengths 1/strength)").arg(locale.toString(n.diameter, 'f', 2))
        : n.diameter == 1 ? tr("1 step")
                          : tr("%1 steps").arg(locale.toString(qRound(n.diameter))));
    m_formValues[RowPathLength]->setText(measured ? locale.toString(n.averagePathLength, 'f', 2)
                                                  : dash);
    m_formValues[RowClustering]->setText(measured ? locale.toString(n.averageClustering, 'f', 3)
                                                  : dash);
    m_formValues[RowModularity]->setText(measured ? locale.toString(n.modularity, 'f', 3) : dash);
    m_formValues[RowCommunities]->setText(locale.toString(n.communities.size()));
    m_formValues[RowBridges]->setText(locale.toString(n.bridges.size()));

    // Communities, each with its colour on the map and its size.
    QStringList communities;
    for (const analysis::CommunityInfo &c : n.communities) {
        if (communities.size() == kMaxListed) {
            communities << tr("… and %1 more").arg(locale.toString(n.communities.size() - kMaxListed));
            break;
        }
        const QString size = c.members.size() == 1
                                 ? tr("1 actor")
                                 : tr("%1 actors").arg(locale.toString(c.members.size()));
        communities << QStringLiteral("<span style=\"color:%1\">&#9632;</span> %2. %3 (%4)")
                           .arg(communityColour(c.number).name(), locale.toString(c.number),
                                htmlEscaped(c.name), size);
    }
    m_communityList->setText(communities.isEmpty()
                                 ? QString()
                                 : QStringLiteral("<b>%1</b><br>%2")
                                       .arg(htmlEscaped(tr("Communities, named after their most central actor:")),
                                            communities.join(QStringLiteral("<br>"))));

    // Bridges, as the pairs of actors they join.
    QHash<qint64, const analysis::NetworkLink *> links;
    for (const analysis::NetworkLink &l : m_shown->data.links)
        links.insert(l.id, &l);
    QStringList bridges;
    for (qint64 id : n.bridges) {
        if (bridges.size() == kMaxListed) {
            bridges << tr("… and %1 more").arg(locale.toString(n.bridges.size() - kMaxListed));
            break;
        }
        if (const analysis::NetworkLink *l = links.value(id))
            bridges << htmlEscaped(tr("%1 – %2").arg(m_shown->names.value(l->sourceId),
                                                     m_shown->names.value(l->targetId)));
    }
    m_bridgeList->setText(bridges.isEmpty()
                              ? QString()
                              : QStringLiteral("<b>%1</b><br>%2")
                                    .arg(htmlEscaped(tr("Bridges (links whose removal cuts the network):")),
                                         bridges.join(QStringLiteral("<br>"))));
}

void AnalysisPanel::updateStatus()
{
    const QLocale locale;
    QString text;
    if (!m_doc->isOpen()) {
        text = tr("No territory is open.");
    } else if (isComputing()) {
        text = tr("Computing the measures of %1 actors and %2 links…")
                   .arg(locale.toString(m_job->network.actorCount()),
                        locale.toString(m_job->network.linkCount()));
    } else if (m_cancelled && !isUpToDate()) {
        text = m_shown ? tr("Cancelled. The measures shown are out of date; click Compute to "
                            "start again.")
                       : tr("Cancelled. Click Compute to start again.");
    } else if (isUpToDate()) {
        text = tr("Measures of the network as it is now.");
        const analysis::MetricsResult &r = m_shown->result;
        if (r.sampledSources > 0)
            text += QLatin1Char(' ') +
                    tr("Betweenness is estimated from %1 of the %2 actors taken at random: "
                       "each actor's normalised betweenness is within ±%3 of the exact value "
                       "(95 % confidence). Closeness and path lengths are estimates too, the "
                       "diameter a lower bound. Tick “Exact measures on large networks” for "
                       "exact values.")
                        .arg(locale.toString(r.sampledSources), locale.toString(r.network.actors),
                             locale.toString(r.betweennessErrorBound, 'f', 3));
    } else if (m_shown) {
        text = tr("The network or the options have changed: the measures shown are out of "
                  "date.");
    } else if (isLarge()) {
        text = tr("A large network: its measures are computed when you click Compute.");
    } else {
        text = tr("Click Compute to measure the network.");
    }
    m_status->setText(text);
    m_progress->setVisible(isComputing());
    m_cancel->setVisible(isComputing());
    m_compute->setEnabled(m_doc->isOpen());
    m_findPath->setEnabled(m_doc->isOpen());
    m_swap->setEnabled(m_doc->isOpen());
}

QStringList AnalysisPanel::valueCodes()
{
    return {QStringLiteral("degree"), QStringLiteral("in_degree"), QStringLiteral("out_degree"),
            QStringLiteral("weighted_degree"), QStringLiteral("betweenness"),
            QStringLiteral("betweenness_normalized"), QStringLiteral("closeness"),
            QStringLiteral("eigenvector"), QStringLiteral("coreness"),
            QStringLiteral("component"), QStringLiteral("articulation"),
            QStringLiteral("community")};
}

QHash<qint64, double> AnalysisPanel::values(const QString &code) const
{
    QHash<qint64, double> out;
    if (!m_shown)
        return out;
    const int which = int(valueCodes().indexOf(code));
    if (which < 0)
        return out;
    for (const analysis::ActorMetrics &a : m_shown->result.actors) {
        double v = 0;
        switch (which) {
        case 0: v = a.degree; break;
        case 1: v = a.inDegree; break;
        case 2: v = a.outDegree; break;
        case 3: v = a.weightedDegree; break;
        case 4: v = a.betweenness; break;
        case 5: v = a.betweennessNormalized; break;
        case 6: v = a.closeness; break;
        case 7: v = a.eigenvector; break;
        case 8: v = a.coreness; break;
        case 9: v = a.component; break;
        case 10: v = a.articulation ? 1 : 0; break;
        case 11: v = a.community; break;
        }
        out.insert(a.id, v);
    }
    return out;
}

QHash<qint64, int> AnalysisPanel::communities() const
{
    QHash<qint64, int> out;
    if (m_shown)
        for (const analysis::ActorMetrics &a : m_shown->result.actors)
            out.insert(a.id, a.community);
    return out;
}

QColor AnalysisPanel::communityColour(int community)
{
    // A qualitative palette that stays distinct on white and in print (Tableau 10).
    static const QList<QColor> palette = {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
        QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
        QColor(0xba, 0xb0, 0xac)};
    if (community <= 0)
        return QColor(0x80, 0x80, 0x80);
    return palette.at((community - 1) % palette.size());
}

void AnalysisPanel::emitMapStyle()
{
    QHash<qint64, double> sizes;
    const QString sizeCode = m_sizeBy->currentData().toString();
    if (!sizeCode.isEmpty() && m_shown) {
        sizes = values(sizeCode);
        double max = 0;
        for (double v : std::as_const(sizes))
            max = std::max(max, v);
        for (double &v : sizes)
            v = max > 0 ? v / max : 0;
    }
    QHash<qint64, QColor> colours;
    if (m_colourBy->currentData().toString() == QLatin1String("community") && m_shown)
        for (const analysis::ActorMetrics &a : m_shown->result.actors)
            colours.insert(a.id, communityColour(a.community));
    // By a field: from the stored values, no analysis needed.
    QList<render::LegendScale> scales;
    auto fieldOf = [this](const QString &code) -> std::optional<CustomField> {
        if (!code.startsWith(QLatin1String("field:")) || !m_doc->isOpen())
            return std::nullopt;
        return m_doc->customField(code.mid(6).toLongLong());
    };
    const auto sizeField = fieldOf(sizeCode);
    const auto colourField = fieldOf(m_colourBy->currentData().toString());
    if (sizeField || colourField) {
        QList<qint64> ids;
        for (const analysis::NetworkActor &a : snapshot().actors)
            ids << a.id;
        const FieldRepository fieldRepo(m_doc->store());
        if (sizeField) {
            render::LegendScale legend;
            sizes = render::sizeByField(*sizeField, ids, fieldRepo.fieldValues(*sizeField), &legend);
            scales << legend;
        }
        if (colourField) {
            render::LegendScale legend;
            colours = render::colourByField(*colourField, ids, fieldRepo.fieldValues(*colourField),
                                            &legend);
            scales << legend;
        }
    }
    // Nothing to restyle when the map already shows its default style (at open).
    if (sizes.isEmpty() && colours.isEmpty() && scales.isEmpty() && m_defaultStyle)
        return;
    m_defaultStyle = sizes.isEmpty() && colours.isEmpty() && scales.isEmpty();
    emit sizeByChanged(sizes);
    emit colourByChanged(colours);
    emit legendScalesChanged(scales);
}

const analysis::NetworkData &AnalysisPanel::snapshot()
{
    if (m_snapshotAt != m_docChanges) {
        m_snapshot = m_doc->isOpen() ? analysis::NetworkData::fromStore(m_doc->store())
                                     : analysis::NetworkData();
        m_snapshotAt = m_docChanges;
    }
    return m_snapshot;
}

void AnalysisPanel::fillActorChoices()
{
    const qint64 from = comboActor(m_from), to = comboActor(m_to);
    const QString fromText = m_from->currentText(), toText = m_to->currentText();
    QList<std::pair<QString, const analysis::NetworkActor *>> actors;
    if (m_doc->isOpen())
        for (const analysis::NetworkActor &a : snapshot().actors)
            actors.append({text::fold(a.name), &a});
    std::sort(actors.begin(), actors.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    m_actorNames.clear();
    for (QComboBox *combo : {m_from, m_to}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &a : std::as_const(actors))
            combo->addItem(a.second->name, a.second->id);
    }
    for (const auto &a : std::as_const(actors))
        m_actorNames.insert(a.second->id, a.second->name);
    m_namesStale = false;
    // Keep what was picked, or what was typed when it names nobody (yet).
    m_from->setCurrentIndex(from ? m_from->findData(from) : -1);
    m_to->setCurrentIndex(to ? m_to->findData(to) : -1);
    if (m_from->currentIndex() < 0)
        m_from->setCurrentText(fromText);
    if (m_to->currentIndex() < 0)
        m_to->setCurrentText(toText);
}

qint64 AnalysisPanel::comboActor(QComboBox *combo) const
{
    const QString typed = combo->currentText().trimmed();
    if (typed.isEmpty())
        return 0;
    if (combo->currentIndex() >= 0 && combo->itemText(combo->currentIndex()) == typed)
        return combo->currentData().toLongLong();
    // Typed rather than picked: accept the name with any case or accents.
    const QString key = text::fold(typed);
    for (int i = 0; i < combo->count(); ++i)
        if (text::fold(combo->itemText(i)) == key)
            return combo->itemData(i).toLongLong();
    return 0;
}

void AnalysisPanel::findPathFromCombos()
{
    if (m_namesStale)
        fillActorChoices();
    const qint64 from = comboActor(m_from), to = comboActor(m_to);
    for (QComboBox *combo : {m_from, m_to}) {
        if ((combo == m_from ? from : to) != 0)
            continue;
        const QString typed = combo->currentText().trimmed();
        setPathMessage(typed.isEmpty()
                           ? htmlEscaped(tr("Choose an actor in both lists."))
                           : htmlEscaped(tr("No actor is named “%1”.").arg(typed)));
        return;
    }
    findPath(from, to);
}

void AnalysisPanel::setPathMessage(const QString &html) { m_pathResult->setText(html); }

bool AnalysisPanel::findPath(qint64 fromId, qint64 toId)
{
    const auto clear = [this] {
        m_path.clear();
        emit highlightPath({});
    };
    if (!m_doc->isOpen()) {
        setPathMessage(htmlEscaped(tr("No territory is open.")));
        clear();
        return false;
    }
    if (fromId == toId) {
        setPathMessage(htmlEscaped(tr("Choose two different actors.")));
        clear();
        return false;
    }
    const analysis::NetworkData data = snapshot();
    const analysis::Network network(data, networkOptions());
    const std::optional<analysis::Path> path = analysis::shortestPath(network, fromId, toId);
    if (!path) {
        setPathMessage(htmlEscaped(tr("One of these actors no longer exists.")));
        clear();
        return false;
    }
    QHash<qint64, QString> names;
    for (const analysis::NetworkActor &a : data.actors)
        names.insert(a.id, a.name);
    const QLocale locale;
    m_pathFrom = fromId;
    m_pathTo = toId;
    if (path->actors.isEmpty()) {
        QString why = tr("No path joins “%1” and “%2” with these options.")
                          .arg(names.value(fromId), names.value(toId));
        if (network.options().directed)
            why += QLatin1Char(' ') + tr("Directed links are followed in their direction only.");
        if (!network.options().includeConflicts)
            why += QLatin1Char(' ') + tr("Conflict links are left out.");
        setPathMessage(htmlEscaped(why));
        m_path.clear();
        emit highlightActors({fromId, toId});
        emit highlightPath({});
        return false;
    }
    m_path = path->actors;
    QStringList chain, between;
    for (int i = 0; i < m_path.size(); ++i) {
        chain << htmlEscaped(names.value(m_path.at(i)));
        if (i > 0 && i + 1 < m_path.size())
            between << htmlEscaped(names.value(m_path.at(i)));
    }
    const int steps = int(m_path.size()) - 1;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>")
                 .arg(htmlEscaped(steps == 1 ? tr("Shortest path: 1 step")
                                             : tr("Shortest path: %1 steps")
                                                   .arg(locale.toString(steps))));
    lines << chain.join(QStringLiteral(" → "));
    if (between.isEmpty())
        lines << htmlEscaped(tr("No intermediary: they are linked directly."));
    else
        lines << htmlEscaped(tr("Intermediaries:")) + QLatin1Char(' ') +
                     between.join(QStringLiteral(", "));
    if (network.options().weighted)
        lines << htmlEscaped(tr("Length: %1 (the sum of 1/strength of its links)")
                                 .arg(locale.toString(path->length, 'f', 2)));
    lines << htmlEscaped(path->count == 1
                             ? tr("This is the only shortest path.")
                             : tr("Distinct shortest paths: %1")
                                   .arg(locale.toString(path->count, 'f', 0)));
    setPathMessage(lines.join(QStringLiteral("<br>")));
    emit highlightActors(QSet<qint64>(m_path.cbegin(), m_path.cend()));
    emit highlightPath(m_path);
    return true;
}

void AnalysisPanel::clearPath()
{
    m_path.clear();
    m_pathFrom = m_pathTo = 0;
    setPathMessage(QString());
    emit highlightActors({});
    emit highlightPath({});
}

} // namespace maillage
