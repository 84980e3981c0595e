#include "ui/importers/registerdialog.h"

#include "core/document/document.h"
#include "ui/importers/progressrow.h"
#include "core/util/text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace maillage {

namespace {

const QString kCogSetting = QStringLiteral("registers/cogFile");

QString formatLabel(io::RegisterFormat f)
{
    switch (f) {
    case io::RegisterFormat::Rne:
        return RegisterImportDialog::tr("RNE (elected officials)");
    case io::RegisterFormat::Sirene:
        return RegisterImportDialog::tr("SIRENE (establishments)");
    case io::RegisterFormat::Rna:
        return RegisterImportDialog::tr("RNA (associations)");
    }
    return QString();
}

} // namespace

CommuneCompleter::CommuneCompleter(QObject *parent)
    : QCompleter(parent), m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setCompletionRole(Qt::UserRole);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseSensitive);  // both sides are folded
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}

void CommuneCompleter::setCommunes(const QList<io::CogCommune> &communes)
{
    m_model->clear();
    for (const io::CogCommune &c : communes) {
        auto *item = new QStandardItem(c.label());
        item->setData(c.folded + QLatin1Char(' ') + c.code, Qt::UserRole);
        item->setData(c.code, CodeRole);
        m_model->appendRow(item);
    }
}

QStringList CommuneCompleter::splitPath(const QString &path) const
{
    return {text::fold(path)};
}

QString CommuneCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

RegisterImportDialog::RegisterImportDialog(Document *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("registerDialog"));
    setWindowTitle(tr("Import from public registers"));
    resize(760, 720);
    auto *layout = new QVBoxLayout(this);

    // Where the files come from: free downloads, each a link.
    auto *where = new QLabel(this);
    where->setObjectName(QStringLiteral("registerSources"));
    where->setWordWrap(true);
    where->setTextFormat(Qt::RichText);
    where->setOpenExternalLinks(true);
    where->setText(tr("<p>These registers are free to download as CSV files:</p><ul>"
                      "<li><a href=\"https://www.data.gouv.fr/fr/datasets/repertoire-national-des-elus-1/\">"
                      "RNE</a>, the elected officials: one file per kind of mandate (municipal "
                      "councillors, mayors…);</li>"
                      "<li><a href=\"https://www.data.gouv.fr/fr/datasets/base-sirene-des-entreprises-et-de-leurs-etablissements-siren-siret/\">"
                      "SIRENE</a>, the establishments (companies, public services): the "
                      "establishments file (StockEtablissement);</li>"
                      "<li><a href=\"https://www.data.gouv.fr/fr/datasets/repertoire-national-des-associations/\">"
                      "RNA</a>, the associations: the “waldec” files of your département;</li>"
                      "<li>and INSEE's <a href=\"https://www.insee.fr/fr/information/2560452\">"
                      "communes file</a> (Code officiel géographique, v_commune_2024.csv) to "
                      "find the communes by name.</li></ul>"
                      "<p>Download them, then add them below: only the rows of the communes you "
                      "choose are imported.</p>"));
    layout->addWidget(where);

    auto *filesBox = new QGroupBox(tr("Register files (RNE, SIRENE or RNA, as downloaded from "
                                      "data.gouv.fr)"),
                                   this);
    auto *filesLayout = new QHBoxLayout(filesBox);
    m_fileList = new QListWidget(filesBox);
    m_fileList->setObjectName(QStringLiteral("registerFiles"));
    m_fileList->setAccessibleName(tr("Register files"));
    filesLayout->addWidget(m_fileList, 1);
    auto *fileButtons = new QVBoxLayout;
    auto *addFilesButton = new QPushButton(tr("&Add files…"), filesBox);
    auto *removeFileButton = new QPushButton(tr("Remo&ve"), filesBox);
    removeFileButton->setAccessibleName(tr("Remove the selected file"));
    fileButtons->addWidget(addFilesButton);
    fileButtons->addWidget(removeFileButton);
    fileButtons->addStretch();
    filesLayout->addLayout(fileButtons);
    layout->addWidget(filesBox, 1);

    auto *communeBox = new QGroupBox(tr("Communes"), this);
    auto *form = new QFormLayout(communeBox);
    auto *cogRow = new QHBoxLayout;
    m_cogPath = new QLineEdit(communeBox);
    m_cogPath->setObjectName(QStringLiteral("cogPath"));
    m_cogPath->setReadOnly(true);
    m_cogPath->setAccessibleName(tr("INSEE communes file"));
    m_cogPath->setPlaceholderText(tr("v_commune_2024.csv from insee.fr (Code officiel "
                                     "géographique)"));
    auto *cogButton = new QPushButton(tr("C&hoose…"), communeBox);
    cogButton->setAccessibleName(tr("Choose the INSEE communes file"));
    cogRow->addWidget(m_cogPath, 1);
    cogRow->addWidget(cogButton);
    form->addRow(tr("Communes file:"), cogRow);
    m_cogInfo = new QLabel(communeBox);
    m_cogInfo->setWordWrap(true);
    form->addRow(QString(), m_cogInfo);
    m_search = new QLineEdit(communeBox);
    m_search->setObjectName(QStringLiteral("communeSearch"));
    m_search->setAccessibleName(tr("Find a commune by name or INSEE code"));
    m_search->setPlaceholderText(tr("Type a name (“epinal”) or an INSEE code, then Enter"));
    m_completer = new CommuneCompleter(this);
    m_search->setCompleter(m_completer);
    auto *searchLabel = new QLabel(tr("&Find a commune:"), communeBox);
    searchLabel->setBuddy(m_search);
    form->addRow(searchLabel, m_search);
    auto *chosenRow = new QHBoxLayout;
    m_communeList = new QListWidget(communeBox);
    m_communeList->setObjectName(QStringLiteral("registerCommunes"));
    m_communeList->setAccessibleName(tr("Communes chosen"));
    m_communeList->setMaximumHeight(110);
    auto *removeCommune = new QPushButton(tr("Remove"), communeBox);
    removeCommune->setAccessibleName(tr("Remove the selected commune"));
    chosenRow->addWidget(m_communeList, 1);
    chosenRow->addWidget(removeCommune, 0, Qt::AlignTop);
    form->addRow(tr("Chosen:"), chosenRow);
    layout->addWidget(communeBox);

    auto *bottom = new QFormLayout;
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("registerPolicy"));
    m_policy->setAccessibleName(tr("Actors already in the territory"));
    m_policy->addItem(tr("Merge: complete them with the register's values"),
                      int(io::DuplicatePolicy::Merge));
    m_policy->addItem(tr("Skip: leave them as they are"), int(io::DuplicatePolicy::Skip));
    m_policy->addItem(tr("Keep both: create a second actor"), int(io::DuplicatePolicy::Keep));
    auto *policyLabel = new QLabel(tr("Actors already &there:"), this);
    policyLabel->setBuddy(m_policy);
    bottom->addRow(policyLabel, m_policy);
    layout->addLayout(bottom);

    m_counts = new QTableWidget(0, 2, this);
    m_counts->setObjectName(QStringLiteral("registerCounts"));
    m_counts->setAccessibleName(tr("Rows kept per commune"));
    m_counts->setHorizontalHeaderLabels({tr("Commune"), tr("Rows kept")});
    m_counts->horizontalHeader()->setStretchLastSection(true);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setMaximumHeight(140);
    layout->addWidget(m_counts);
    const ProgressRow row = addProgressRow(this, layout, QStringLiteral("register"), tr("Reading the register files"));
    m_status = row.status;
    m_progress = row.progress;
    m_stop = row.stop;

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_count = buttons->addButton(tr("C&ount"), QDialogButtonBox::ActionRole);
    m_count->setObjectName(QStringLiteral("registerCount"));
    m_importButton = buttons->button(QDialogButtonBox::Ok);
    m_importButton->setText(tr("&Import"));
    m_importButton->setObjectName(QStringLiteral("registerImport"));
    // Enter in the commune search adds the commune: it must not press Import too.
    m_search->installEventFilter(this);
    layout->addWidget(buttons);

    connect(addFilesButton, &QPushButton::clicked, this, &RegisterImportDialog::chooseFiles);
    connect(removeFileButton, &QPushButton::clicked, this, [this] {
        const int row = m_fileList->currentRow();
        if (row < 0)
            return;
        delete m_fileList->takeItem(row);
        m_paths.removeAt(row);
        settingsChanged();
    });
    connect(cogButton, &QPushButton::clicked, this, &RegisterImportDialog::chooseCog);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                addCommune(index.data(CommuneCompleter::CodeRole).toString());
                QTimer::singleShot(0, m_search, &QLineEdit::clear);
            });
    connect(removeCommune, &QPushButton::clicked, this, [this] {
        delete m_communeList->takeItem(m_communeList->currentRow());
        settingsChanged();
    });
    connect(m_policy, &QComboBox::activated, this, [this] { m_sources.reset(); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_writing)
            m_writing->stop();
        if (m_cancel)
            *m_cancel = true;
        m_importWhenCounted = false;
    });
    connect(m_count, &QPushButton::clicked, this, &RegisterImportDialog::startCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    poll->start();
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_worker && m_job && m_job->total > 0)
            m_progress->setValue(int(m_job->done * 1000 / m_job->total));
    });

    const QString cog = QSettings().value(kCogSetting).toString();
    if (!cog.isEmpty() && QFileInfo::exists(cog))
        loadCog(cog);
    else
        m_cogInfo->setText(tr("Choose INSEE's communes file to find communes by name; "
                              "without it, type their INSEE codes."));
}

RegisterImportDialog::~RegisterImportDialog()
{
    if (m_worker) {
        *m_cancel = true;
        m_worker->wait();
    }
}

void RegisterImportDialog::done(int result)
{
    if (m_writing) {
        m_writing->stop();  // closing while the import is written cancels the write
        return;
    }
    if (m_worker) {
        *m_cancel = true;
        m_worker->wait();
    }
    QDialog::done(result);
}

bool RegisterImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTyped();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RegisterImportDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Register files"), QString(),
        tr("Register files (*.csv *.txt *.tsv);;All files (*)"));
    addFiles(paths);
}

void RegisterImportDialog::addFiles(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (m_paths.contains(p))
            continue;
        const auto f = io::detectRegisterFormat(p);
        m_paths << p;
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(p).fileName(),
                              f ? formatLabel(*f) : tr("not a register file we know")),
            m_fileList);
        item->setToolTip(p);
    }
    settingsChanged();
}

void RegisterImportDialog::chooseCog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("INSEE communes file"), m_cogPath->text(),
        tr("COG communes (v_commune_*.csv *.csv);;All files (*)"));
    if (!path.isEmpty())
        loadCog(path);
}

bool RegisterImportDialog::loadCog(const QString &path)
{
    QList<io::CogCommune> communes;
    QString error;
    if (!io::readCogCommunes(path, &communes, &error)) {
        m_cogInfo->setText(error);
        return false;
    }
    m_cog = communes;
    m_completer->setCommunes(m_cog);
    m_cogPath->setText(path);
    QSettings().setValue(kCogSetting, path);
    m_cogInfo->setText(tr("%Ln commune(s) loaded.", nullptr, int(m_cog.size())));
    return true;
}

void RegisterImportDialog::addTyped()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    // A code, or the only (or exact) match of a name.
    QString code = io::normalizedCommuneCode(text);
    bool isCode = !code.isEmpty();
    for (const QChar c : text)
        isCode = isCode && (c.isDigit() || c.toUpper() == QLatin1Char('A') ||
                            c.toUpper() == QLatin1Char('B'));
    if (!isCode) {
        const QList<io::CogCommune> found = io::findCommunes(m_cog, text, 2);
        QString exact;
        for (const io::CogCommune &c : io::findCommunes(m_cog, text, 50))
            if (c.label() == text || c.folded == text::fold(text))
                exact = exact.isEmpty() ? c.code : exact;
        if (!exact.isEmpty())
            code = exact;
        else if (found.size() == 1)
            code = found.first().code;
        else {
            m_status->setText(found.isEmpty()
                                  ? tr("No commune is named “%1”.").arg(text)
                                  : tr("Several communes match “%1”: pick one in the list.")
                                        .arg(text));
            return;
        }
    }
    addCommune(code);
    m_search->clear();
}

void RegisterImportDialog::addCommune(const QString &rawCode)
{
    const QString code = io::normalizedCommuneCode(rawCode);
    if (code.isEmpty() || communes().contains(code))
        return;
    QString label = code;
    for (const io::CogCommune &c : std::as_const(m_cog))
        if (c.code == code)
            label = tr("%1 — %2").arg(c.label(), code);
    auto *item = new QListWidgetItem(label, m_communeList);
    item->setData(Qt::UserRole, code);
    settingsChanged();
}

QStringList RegisterImportDialog::communes() const
{
    QStringList codes;
    for (int i = 0; i < m_communeList->count(); ++i)
        codes << m_communeList->item(i)->data(Qt::UserRole).toString();
    return codes;
}

void RegisterImportDialog::settingsChanged()
{
    ++m_generation;  // a count under way is for other settings
    m_sources.reset();
    m_importWhenCounted = false;
    m_counts->setRowCount(0);
    m_status->clear();
}

std::optional<io::RegisterFormat> RegisterImportDialog::format(QString *problem) const
{
    std::optional<io::RegisterFormat> format;
    if (m_paths.isEmpty()) {
        *problem = tr("Add the register files first.");
        return std::nullopt;
    }
    for (const QString &p : m_paths) {
        const auto f = io::detectRegisterFormat(p);
        if (!f) {
            *problem = tr("%1 is not an RNE, SIRENE or RNA file.").arg(QFileInfo(p).fileName());
            return std::nullopt;
        }
        if (format && *format != *f) {
            *problem = tr("Import one register at a time (these files are of different "
                          "registers).");
            return std::nullopt;
        }
        format = f;
    }
    return format;
}

void RegisterImportDialog::startCount()
{
    QString problem;
    const auto f = format(&problem);
    if (!f) {
        m_status->setText(problem);
        m_importWhenCounted = false;
        return;
    }
    ++m_generation;
    m_sources.reset();
    if (m_worker)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto job = std::make_shared<RegisterJob>();
    m_job = job;
    io::RegisterOptions o;
    o.format = *f;
    o.communes = communes();
    o.onDuplicate = io::DuplicatePolicy(m_policy->currentData().toInt());
    auto cancel = m_cancel;
    o.progress = [job](qint64 done, qint64 total) {
        job->done = done;
        job->total = total;
    };
    o.cancelled = [cancel] { return cancel->load(); };
    const QStringList paths = m_paths;
    QThread *worker = QThread::create([job, o, paths] {
        job->ok = io::readRegisterFiles(paths, o, job->sources.get(), &job->stats, &job->error);
    });
    const quint64 generation = m_generation;
    connect(worker, &QThread::finished, this, [this, worker, job, generation] {
        if (m_worker == worker)
            m_worker = nullptr;
        worker->deleteLater();
        countFinished(generation, job);
    });
    m_worker = worker;
    m_status->setText(tr("Reading the register files…"));
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_count->setEnabled(false);
    worker->start();
}

void RegisterImportDialog::countFinished(quint64 generation, std::shared_ptr<RegisterJob> job)
{
    if (!m_worker) {
        m_progress->hide();
        m_stop->hide();
        m_count->setEnabled(true);
    }
    if (generation != m_generation)
        return;
    m_job.reset();
    if (!job->ok) {
        m_status->setText(tr("Nothing can be imported:") + QLatin1Char('\n') + job->error);
        m_importWhenCounted = false;
        emit counted(false);
        return;
    }
    m_sources = job->sources;
    m_stats = job->stats;
    const QStringList codes = communes();
    QStringList shown = codes;
    if (shown.isEmpty())
        shown = m_stats.perCommune.keys();
    std::sort(shown.begin(), shown.end());
    m_counts->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        QString label = shown.at(r);
        for (const io::CogCommune &c : std::as_const(m_cog))
            if (c.code == shown.at(r))
                label = tr("%1 — %2").arg(c.label(), c.code);
        m_counts->setItem(r, 0, new QTableWidgetItem(label));
        auto *n = new QTableWidgetItem(QLocale().toString(m_stats.perCommune.value(shown.at(r))));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_counts->setItem(r, 1, n);
    }
    m_status->setText(tr("%1 rows read: %2 to import, %3 of other communes, %4 closed or "
                         "dissolved.")
                          .arg(QLocale().toString(m_stats.rows), QLocale().toString(m_stats.kept),
                               QLocale().toString(m_stats.otherCommunes),
                               QLocale().toString(m_stats.inactive)));
    emit counted(true);
    if (m_importWhenCounted) {
        m_importWhenCounted = false;
        importNow();
    }
}

void RegisterImportDialog::importNow()
{
    if (!m_sources) {
        m_importWhenCounted = true;
        if (!m_worker)
            startCount();
        return;
    }
    QString problem;
    const auto f = format(&problem);
    if (!f)
        return;
    io::RegisterOptions o;
    o.format = *f;
    o.communes = communes();
    o.onDuplicate = io::DuplicatePolicy(m_policy->currentData().toInt());
    if (m_writing)
        return;
    QString error;
    const ProgressRow row{m_status, m_progress, m_stop};
    const bool ok = writeImport(row, this, m_writing, [&](const io::ImportProgress &progress) {
        o.writing = progress;
        return io::applyRegisterImport(*m_doc, *m_sources, o, &m_report, &error);
    });
    if (!ok) {
        m_status->setText(tr("Nothing was imported:") + QLatin1Char('\n') + error);
        return;
    }
    accept();
}

} // namespace maillage
