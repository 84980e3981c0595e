// The analysis panel's widgets: the measures and their options, the map's colour and size
// choices, the path finder, and their texts (retranslate()).

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
using namespace analysispanelparts;

void AnalysisPanel::buildUi()
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AnalysisPanel::compute);

    auto *layout = new QVBoxLayout(this);

    // Options and the computation's controls.
    m_optionsBox = new QGroupBox(this);
    auto *grid = new QGridLayout(m_optionsBox);
    m_directed = new QCheckBox(m_optionsBox);
    m_directed->setObjectName(QStringLiteral("analysisDirected"));
    m_weighted = new QCheckBox(m_optionsBox);
    m_weighted->setObjectName(QStringLiteral("analysisWeighted"));
    m_conflicts = new QCheckBox(m_optionsBox);
    m_conflicts->setObjectName(QStringLiteral("analysisConflicts"));
    m_conflicts->setChecked(true);
    m_resolutionLabel = new QLabel(m_optionsBox);
    m_resolution = new QDoubleSpinBox(m_optionsBox);
    m_resolution->setObjectName(QStringLiteral("analysisResolution"));
    m_resolution->setRange(0.1, 10.0);
    m_resolution->setSingleStep(0.1);
    m_resolution->setDecimals(2);
    m_resolution->setValue(1.0);
    m_resolutionLabel->setBuddy(m_resolution);
    // One option a row: the side panel beside the map is narrow.
    grid->addWidget(m_directed, 0, 0);
    grid->addWidget(m_weighted, 1, 0);
    grid->addWidget(m_conflicts, 2, 0);
    auto *resolutionRow = new QHBoxLayout;
    resolutionRow->addWidget(m_resolutionLabel);
    resolutionRow->addWidget(m_resolution);
    resolutionRow->addStretch();
    grid->addLayout(resolutionRow, 3, 0);
    m_exact = new QCheckBox(m_optionsBox);
    m_exact->setObjectName(QStringLiteral("analysisExact"));
    grid->addWidget(m_exact, 4, 0);

    auto *run = new QHBoxLayout;
    m_compute = new QPushButton(m_optionsBox);
    m_compute->setObjectName(QStringLiteral("analysisCompute"));
    m_cancel = new QPushButton(m_optionsBox);
    m_cancel->setObjectName(QStringLiteral("analysisCancel"));
    m_progress = new QProgressBar(m_optionsBox);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    run->addWidget(m_compute);
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);
    grid->addLayout(run, 5, 0);
    m_status = new QLabel(m_optionsBox);
    m_status->setObjectName(QStringLiteral("analysisStatus"));
    m_status->setWordWrap(true);
    grid->addWidget(m_status, 6, 0);
    layout->addWidget(m_optionsBox);

    // What the map shows.
    m_mapBox = new QGroupBox(this);
    auto *mapForm = new QFormLayout(m_mapBox);
    m_sizeByLabel = new QLabel(m_mapBox);
    m_sizeBy = new QComboBox(m_mapBox);
    m_sizeBy->setObjectName(QStringLiteral("analysisSizeBy"));
    m_colourByLabel = new QLabel(m_mapBox);
    m_colourBy = new QComboBox(m_mapBox);
    m_colourBy->setObjectName(QStringLiteral("analysisColourBy"));
    m_sizeByLabel->setBuddy(m_sizeBy);
    m_colourByLabel->setBuddy(m_colourBy);
    mapForm->addRow(m_sizeByLabel, m_sizeBy);
    mapForm->addRow(m_colourByLabel, m_colourBy);
    layout->addWidget(m_mapBox);
    fillMapChoices();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("analysisTabs"));
    layout->addWidget(m_tabs, 1);

    // Network measures.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_networkPage = new QWidget(scroll);
    auto *networkLayout = new QVBoxLayout(m_networkPage);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int row = 0; row < RowCount; ++row) {
        auto *label = new QLabel(m_networkPage);
        auto *value = new QLabel(m_networkPage);
        value->setObjectName(QStringLiteral("analysisValue%1").arg(row));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_formLabels << label;
        m_formValues << value;
        m_form->addRow(label, value);
    }
    networkLayout->addLayout(m_form);
    m_communityList = new QLabel(m_networkPage);
    m_communityList->setObjectName(QStringLiteral("analysisCommunityList"));
    m_communityList->setWordWrap(true);
    m_communityList->setTextFormat(Qt::RichText);
    m_communityList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    networkLayout->addWidget(m_communityList);
    m_bridgeList = new QLabel(m_networkPage);
    m_bridgeList->setObjectName(QStringLiteral("analysisBridgeList"));
    m_bridgeList->setWordWrap(true);
    m_bridgeList->setTextFormat(Qt::RichText);
    m_bridgeList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    networkLayout->addWidget(m_bridgeList);
    networkLayout->addStretch();
    scroll->setWidget(m_networkPage);
    m_tabs->addTab(scroll, QString());

    // Per-actor measures.
    m_actorsPage = new QWidget(m_tabs);
    auto *actorsLayout = new QVBoxLayout(m_actorsPage);
    m_search = new QLineEdit(m_actorsPage);
    m_search->setObjectName(QStringLiteral("analysisSearch"));
    m_search->setClearButtonEnabled(true);
    actorsLayout->addWidget(m_search);
    m_model = new MetricsTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MetricsTableModel::SortRole);
    m_proxy->setFilterKeyColumn(MetricsTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(m_actorsPage);
    m_table->setObjectName(QStringLiteral("analysisTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MetricsTableModel::Betweenness, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long organisation names would push every measure out of a dock's width.
    m_table->horizontalHeader()->setSectionResizeMode(MetricsTableModel::Name, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(MetricsTableModel::Name, 190);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    actorsLayout->addWidget(m_table, 1);
    m_tabs->addTab(m_actorsPage, QString());
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit actorActivated(index.data(MetricsTableModel::IdRole).toLongLong());
    });

    // Shortest path.
    m_pathPage = new QWidget(m_tabs);
    auto *pathLayout = new QVBoxLayout(m_pathPage);
    auto *pathForm = new QFormLayout;
    pathForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fromLabel = new QLabel(m_pathPage);
    m_toLabel = new QLabel(m_pathPage);
    m_from = new QComboBox(m_pathPage);
    m_from->setObjectName(QStringLiteral("analysisPathFrom"));
    m_to = new QComboBox(m_pathPage);
    m_to->setObjectName(QStringLiteral("analysisPathTo"));
    for (QComboBox *combo : {m_from, m_to}) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        connect(combo->lineEdit(), &QLineEdit::returnPressed, this,
                &AnalysisPanel::findPathFromCombos);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    pathForm->addRow(m_fromLabel, m_from);
    pathForm->addRow(m_toLabel, m_to);
    pathLayout->addLayout(pathForm);
    auto *pathButtons = new QHBoxLayout;
    m_findPath = new QPushButton(m_pathPage);
    m_findPath->setObjectName(QStringLiteral("analysisFindPath"));
    m_swap = new QPushButton(m_pathPage);
    m_clearPath = new QPushButton(m_pathPage);
    m_clearPath->setObjectName(QStringLiteral("analysisClearPath"));
    pathButtons->addWidget(m_findPath);
    pathButtons->addWidget(m_swap);
    pathButtons->addStretch();
    pathLayout->addLayout(pathButtons);
    auto *clearRow = new QHBoxLayout;  // a row of its own: the side panel is narrow
    clearRow->addWidget(m_clearPath);
    clearRow->addStretch();
    pathLayout->addLayout(clearRow);
    m_pathResult = new QLabel(m_pathPage);
    m_pathResult->setObjectName(QStringLiteral("analysisPathResult"));
    m_pathResult->setWordWrap(true);
    m_pathResult->setTextFormat(Qt::RichText);
    m_pathResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathResult->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    pathLayout->addWidget(m_pathResult, 1);
    m_tabs->addTab(m_pathPage, QString());

    connect(m_compute, &QPushButton::clicked, this, &AnalysisPanel::compute);
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisPanel::cancel);
    for (QCheckBox *box : {m_directed, m_weighted, m_conflicts, m_exact})
        connect(box, &QCheckBox::toggled, this, &AnalysisPanel::optionsChanged);
    connect(m_resolution, &QDoubleSpinBox::valueChanged, this, &AnalysisPanel::optionsChanged);
    // A measure needs the analysis; a field ("field:ID") does not.
    auto needsAnalysis = [](const QString &code) {
        return !code.isEmpty() && !code.startsWith(QLatin1String("field:"));
    };
    connect(m_sizeBy, &QComboBox::currentIndexChanged, this, [this, needsAnalysis] {
        if (!m_shown && needsAnalysis(m_sizeBy->currentData().toString()))
            compute();
        emitMapStyle();
    });
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, [this, needsAnalysis] {
        if (!m_shown && needsAnalysis(m_colourBy->currentData().toString()))
            compute();
        emitMapStyle();
    });
    connect(m_findPath, &QPushButton::clicked, this, &AnalysisPanel::findPathFromCombos);
    connect(m_swap, &QPushButton::clicked, this, [this] {
        const QString from = m_from->currentText();
        m_from->setCurrentText(m_to->currentText());
        m_to->setCurrentText(from);
    });
    connect(m_clearPath, &QPushButton::clicked, this, &AnalysisPanel::clearPath);
}

void AnalysisPanel::fillMapChoices()
{
    const QString size = m_sizeBy->currentData().toString();
    const QString colour = m_colourBy->currentData().toString();
    const QSignalBlocker b1(m_sizeBy), b2(m_colourBy);
    m_sizeBy->clear();
    m_sizeBy->addItem(tr("Influence (default)"), QString());
    m_sizeBy->addItem(tr("Degree"), QStringLiteral("degree"));
    m_sizeBy->addItem(tr("Betweenness"), QStringLiteral("betweenness"));
    m_sizeBy->addItem(tr("Closeness"), QStringLiteral("closeness"));
    m_sizeBy->addItem(tr("Eigenvector"), QStringLiteral("eigenvector"));
    m_sizeBy->addItem(tr("Coreness"), QStringLiteral("coreness"));
    m_colourBy->clear();
    m_colourBy->addItem(tr("Category (default)"), QString());
    m_colourBy->addItem(tr("Community"), QStringLiteral("community"));
    // The actors' number and choice fields, after the measures.
    if (m_doc->isOpen()) {
        bool sizeSeparator = false, colourSeparator = false;
        for (const CustomField &f : m_doc->customFields(QStringLiteral("actor"))) {
            const QString code = QStringLiteral("field:%1").arg(f.id);
            const QString text = f.unit.isEmpty() ? f.name : tr("%1 (%2)").arg(f.name, f.unit);
            if (render::canSizeBy(f.type)) {
                if (!std::exchange(sizeSeparator, true))
                    m_sizeBy->insertSeparator(m_sizeBy->count());
                m_sizeBy->addItem(text, code);
            }
            if (render::canColourBy(f.type)) {
                if (!std::exchange(colourSeparator, true))
                    m_colourBy->insertSeparator(m_colourBy->count());
                m_colourBy->addItem(text, code);
            }
        }
    }
    m_sizeBy->setCurrentIndex(std::max(0, m_sizeBy->findData(size)));
    m_colourBy->setCurrentIndex(std::max(0, m_colourBy->findData(colour)));
}

void AnalysisPanel::retranslate()
{
    m_optionsBox->setTitle(tr("Options"));
    m_directed->setText(tr("Treat links as directed"));
    m_directed->setToolTip(tr("Follow directed link types (funding, authority…) in their "
                              "direction only; otherwise every link goes both ways."));
    m_weighted->setText(tr("Use strengths"));
    m_weighted->setToolTip(tr("A strong link counts as a short way between two actors; "
                              "otherwise every link counts the same."));
    m_conflicts->setText(tr("Include conflict links"));
    m_conflicts->setToolTip(tr("A conflict is still a relation through which one hears of "
                               "the other; untick to leave conflict links out."));
    m_resolutionLabel->setText(tr("Community &resolution:"));
    m_resolution->setToolTip(tr("Above 1: more, smaller communities; below 1: fewer, larger "
                                "ones."));
    m_exact->setText(tr("Exact measures on large networks"));
    m_exact->setToolTip(tr("Above %1 actors, betweenness, closeness and path lengths are "
                           "estimated from %2 actors taken at random, in seconds; tick to "
                           "compute them exactly, which can take hours.")
                            .arg(QLocale().toString(analysis::kSamplingThreshold),
                                 QLocale().toString(analysis::kDefaultSamples)));
    m_compute->setText(tr("&Compute"));
    m_cancel->setText(tr("&Stop"));
    m_mapBox->setTitle(tr("Map"));
    m_sizeByLabel->setText(tr("&Size the map by:"));
    m_colourByLabel->setText(tr("C&olour by:"));
    fillMapChoices();
    m_tabs->setTabText(0, tr("Network"));
    m_tabs->setTabText(1, tr("Actors"));
    m_tabs->setTabText(2, tr("Path"));
    const QStringList labels = {
        tr("Actors:"), tr("Links:"), tr("Density:"), tr("Components:"), tr("Diameter:"),
        tr("Average path length:"), tr("Average clustering:"), tr("Modularity:"),
        tr("Communities:"), tr("Bridges:")};
    for (int row = 0; row < RowCount; ++row)
        m_formLabels[row]->setText(labels.at(row));
    m_formLabels[RowDensity]->setToolTip(tr("Share of the possible pairs of actors that are linked"));
    m_formLabels[RowComponents]->setToolTip(tr("Parts of the network with no link between them, isolated actors included"));
    m_formLabels[RowDiameter]->setToolTip(tr("The longest of the shortest paths between two actors"));
    m_formLabels[RowPathLength]->setToolTip(tr("How many steps, on average, separate two actors who can reach each other"));
    m_formLabels[RowClustering]->setToolTip(tr("How often two partners of an actor are partners of each other"));
    m_formLabels[RowModularity]->setToolTip(tr("How clearly the network splits into communities (above 0.3: clearly)"));
    m_formLabels[RowBridges]->setToolTip(tr("Links whose removal would cut the network in two"));
    m_search->setPlaceholderText(tr("Search an actor…"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_from->lineEdit()->setPlaceholderText(tr("Type a name…"));
    m_to->lineEdit()->setPlaceholderText(tr("Type a name…"));
    m_findPath->setText(tr("Find &path"));
    m_swap->setText(tr("S&wap"));
    m_clearPath->setText(tr("Clear highlight"));
    m_model->retranslate();
    showNetworkMeasures();
    if (!m_path.isEmpty())
        findPath(m_pathFrom, m_pathTo);
    else if (!m_pathResult->text().isEmpty())
        setPathMessage(QString());
    updateStatus();
}

} // namespace maillage
