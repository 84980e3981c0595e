#include "ui/importers/importdialog.h"

#include "core/document/document.h"
#include "core/io/spreadsheet.h"
#include "ui/importers/progressrow.h"
#include "core/util/xlsx.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QSpinBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace maillage {

namespace {

QString separatorName(char s)
{
    switch (s) {
    case ',': return ImportDialog::tr("comma");
    case ';': return ImportDialog::tr("semicolon");
    case '\t': return ImportDialog::tr("tab");
    default: return QString(QLatin1Char(s));
    }
}

QString encodingName(io::CsvEncoding e, bool bom)
{
    switch (e) {
    case io::CsvEncoding::Utf8:
        return bom ? ImportDialog::tr("UTF-8 with BOM") : ImportDialog::tr("UTF-8");
    case io::CsvEncoding::Windows1252:
        return ImportDialog::tr("Windows-1252 (French Excel)");
    case io::CsvEncoding::Auto:
        break;
    }
    return ImportDialog::tr("plain ASCII (UTF-8)");
}

/// How the import matches fields by name (see io::ImportOptions::fieldTypes).
QString typeKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

QString subjectKey(bool links, const QString &name)
{
    return (links ? QStringLiteral("link\n") : QStringLiteral("actor\n")) + typeKey(name);
}

} // namespace

ImportDialog::ImportDialog(Document *doc, const QStringList &paths, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_paths(paths)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    resize(880, 680);
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_fileBox = new QComboBox(this);
    m_fileBox->setObjectName(QStringLiteral("importFile"));
    m_fileBox->setAccessibleName(tr("File shown"));
    for (const QString &p : paths)
        m_fileBox->addItem(QFileInfo(p).fileName(), p);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileBox);
    form->addRow(fileLabel, m_fileBox);
    m_formatLabel = new QLabel(this);
    m_formatLabel->setObjectName(QStringLiteral("importFormat"));
    m_formatLabel->setWordWrap(true);
    m_formatLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Format:"), m_formatLabel);
    m_rowsAre = new QComboBox(this);
    m_rowsAre->setObjectName(QStringLiteral("importRowsAre"));
    m_rowsAre->setAccessibleName(tr("Each row is"));
    m_rowsAre->addItem(tr("an actor"));
    m_rowsAre->addItem(tr("a link between two actors"));
    auto *rowsLabel = new QLabel(tr("Each &row is:"), this);
    rowsLabel->setBuddy(m_rowsAre);
    form->addRow(rowsLabel, m_rowsAre);
    // .xlsx workbooks: which sheet, and where its column names are.
    m_form = form;
    m_sheetRow = new QWidget(this);
    auto *sheetLayout = new QHBoxLayout(m_sheetRow);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    m_sheet = new QComboBox(m_sheetRow);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_headerRow = new QSpinBox(m_sheetRow);
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    m_headerRow->setRange(0, 100000);
    m_headerRow->setSpecialValueText(tr("found"));
    m_headerRow->setToolTip(tr("The row of the column names; “found”: the first row of at "
                               "least three text cells"));
    auto *headerLabel = new QLabel(tr("&Header row:"), m_sheetRow);
    headerLabel->setBuddy(m_headerRow);
    sheetLayout->addWidget(m_sheet, 1);
    sheetLayout->addWidget(headerLabel);
    sheetLayout->addWidget(m_headerRow);
    auto *sheetLabel = new QLabel(tr("Shee&t:"), this);
    sheetLabel->setBuddy(m_sheet);
    form->addRow(sheetLabel, m_sheetRow);
    for (const QString &p : paths)
        if (io::isWorkbook(p) && m_sheet->count() == 0) {
            xlsx::Workbook book;
            QString ignored;
            if (!book.open(p, &ignored))
                continue;
            // Kumu's workbook: both its sheets by default, as Kumu's two spreadsheets.
            if (!io::kumuSheets(p).isEmpty())
                m_sheet->addItem(tr("Elements and Connections (Kumu)"), QString());
            for (const QString &name : book.sheets())
                m_sheet->addItem(name, name);
        }
    form->setRowVisible(m_sheetRow, m_sheet->count() > 0);
    connect(m_sheet, &QComboBox::activated, this, [this] { sheetChanged(); });
    connect(m_headerRow, &QSpinBox::editingFinished, this, [this] { sheetChanged(); });
    layout->addLayout(form);

    auto *previewLabel = new QLabel(tr("&Preview of the first rows:"), this);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(130);
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    m_preview->viewport()->installEventFilter(this);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 2);

    auto *mappingLabel = new QLabel(tr("&Columns: what each one holds"), this);
    m_mapping = new QTableWidget(0, 4, this);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_mapping->setHorizontalHeaderLabels(
        {tr("Column"), tr("Imported as"), tr("Field type"), tr("First value")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->setColumnWidth(1, 260);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mappingLabel->setBuddy(m_mapping);
    layout->addWidget(mappingLabel);
    layout->addWidget(m_mapping, 3);

    auto *dupBox = new QGroupBox(tr("Actors already in the territory (same name, ignoring case "
                                    "and accents)"),
                                 this);
    auto *dupLayout = new QVBoxLayout(dupBox);
    m_matches = new QLabel(dupBox);
    m_matches->setObjectName(QStringLiteral("importMatches"));
    dupLayout->addWidget(m_matches);
    m_policy = new QButtonGroup(this);
    const struct
    {
        io::DuplicatePolicy policy;
        QString text;
        const char *name;
    } policies[] = {
        {io::DuplicatePolicy::Merge, tr("&Merge: complete them with the imported values"),
         "importMerge"},
        {io::DuplicatePolicy::Skip, tr("&Skip: leave them as they are"), "importSkip"},
        {io::DuplicatePolicy::Keep, tr("&Keep both: create a second actor"), "importKeep"},
    };
    for (const auto &p : policies) {
        auto *b = new QRadioButton(p.text, dupBox);
        b->setObjectName(QLatin1String(p.name));
        m_policy->addButton(b, int(p.policy));
        dupLayout->addWidget(b);
    }
    m_policy->button(int(io::DuplicatePolicy::Merge))->setChecked(true);
    layout->addWidget(dupBox);

    const ProgressRow row = addProgressRow(this, layout, QStringLiteral("import"), tr("Reading the files"));
    m_status = row.status;
    m_progress = row.progress;
    m_stop = row.stop;

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_importButton = buttons->button(QDialogButtonBox::Ok);
    m_importButton->setText(tr("&Import"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    layout->addWidget(buttons);

    for (const QString &p : paths) {
        FileState f;
        QString error;
        if (!io::previewImportFile(p, {}, &f.preview, &error))
            f.error = error;
        f.mapping = f.preview.mapping;
        m_files << f;
    }

    connect(m_fileBox, &QComboBox::currentIndexChanged, this, &ImportDialog::showFile);
    connect(m_rowsAre, &QComboBox::activated, this, [this](int index) {
        if (m_current < 0)
            return;
        FileState &f = m_files[m_current];
        f.mapping.links = index == 1;
        f.mapping.columns = f.mapping.links ? f.preview.linkColumns : f.preview.actorColumns;
        rebuildMapping();
        mappingEdited();
    });
    connect(m_stop, &QPushButton::clicked, this, &ImportDialog::stopCheck);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    poll->start();
    connect(poll, &QTimer::timeout, this, [this] {
        if (!m_worker || !m_job)
            return;
        const qint64 total = m_job->total.load();
        if (total > 0)
            m_progress->setValue(int(m_job->done.load() * 1000 / total));
    });
    showFile(0);
    QTimer::singleShot(0, this, &ImportDialog::startCheck);
}

ImportDialog::~ImportDialog()
{
    Q_ASSERT(!m_writing);
    if (m_worker) {
        *m_cancel = true;
        m_worker->wait();
    }
}

io::ColumnMapping ImportDialog::mapping(const QString &path) const
{
    const int i = int(m_paths.indexOf(path));
    return i < 0 ? io::ColumnMapping() : m_files.at(i).mapping;
}

void ImportDialog::setMapping(const QString &path, const io::ColumnMapping &mapping)
{
    const int i = int(m_paths.indexOf(path));
    if (i < 0)
        return;
    m_files[i].mapping = mapping;
    m_files[i].edited = true;
    if (i == m_current)
        showFile(i);
    startCheck();
}

io::DuplicatePolicy ImportDialog::duplicatePolicy() const
{
    return io::DuplicatePolicy(m_policy->checkedId());
}

void ImportDialog::sheetChanged()
{
    io::ImportOptions o;
    o.sheet = m_sheet->currentData().toString();
    o.headerRow = m_headerRow->value();
    for (int i = 0; i < m_files.size(); ++i) {
        if (!io::isWorkbook(m_paths.at(i)))
            continue;
        FileState f;
        QString error;
        if (!io::previewImportFile(m_paths.at(i), o, &f.preview, &error))
            f.error = error;
        f.mapping = f.preview.mapping;
        m_files[i] = f;
    }
    showFile(m_current < 0 ? 0 : m_current);
    startCheck();
}

io::ImportOptions ImportDialog::options() const
{
    io::ImportOptions o;
    o.sheet = m_sheet->currentData().toString();
    o.headerRow = m_headerRow->value();
    o.onDuplicate = duplicatePolicy();
    o.fieldTypes = m_fieldTypes;
    for (int i = 0; i < m_files.size(); ++i)
        if (m_files.at(i).preview.spreadsheet &&
            (m_files.at(i).edited || m_files.at(i).preview.format == io::ImportFormat::Auto))
            o.mappings.insert(m_paths.at(i), m_files.at(i).mapping);
    return o;
}

void ImportDialog::showFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_current = index;
    if (m_fileBox->currentIndex() != index)
        m_fileBox->setCurrentIndex(index);
    const FileState &f = m_files.at(index);
    const io::ImportPreview &p = f.preview;
    const bool sheet = p.spreadsheet;
    if (!f.error.isEmpty()) {
        m_formatLabel->setText(f.error);
    } else if (sheet) {
        m_formatLabel->setText(
            tr("%1 · separator: %2 · encoding: %3")
                .arg(p.format == io::ImportFormat::Auto ? tr("not recognised: say below what "
                                                             "each column holds")
                                                        : p.formatLabel,
                     separatorName(p.separator), encodingName(p.encoding, p.bom)));
    } else {
        m_formatLabel->setText(
            p.problem.isEmpty()
                ? tr("%1: nodes, edges, their attributes and positions are read as they are")
                      .arg(p.formatLabel)
                : p.problem);
    }
    m_rowsAre->setEnabled(sheet && f.error.isEmpty());
    m_rowsAre->setCurrentIndex(f.mapping.links ? 1 : 0);
    m_preview->clear();
    m_preview->setColumnCount(int(p.header.size()));
    m_preview->setRowCount(int(p.rows.size()));
    m_preview->setHorizontalHeaderLabels(p.header);
    for (int r = 0; r < p.rows.size(); ++r)
        for (int c = 0; c < p.rows.at(r).size() && c < p.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(p.rows.at(r).at(c)));
    fitPreviewColumns();
    m_preview->setEnabled(sheet);
    rebuildMapping();
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The preview's columns follow its width (not its height: a scroll bar coming or going
    // would otherwise refit them again).
    if (watched == m_preview->viewport() && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->size().width() !=
            static_cast<QResizeEvent *>(event)->oldSize().width())
        fitPreviewColumns();
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::fitPreviewColumns()
{
    // Each column as wide as its text (up to a limit), the room left shared out: a wide
    // dialog shows the cells whole instead of 130 px columns cut short, and the columns
    // widen (and narrow) with the dialog.
    m_preview->resizeColumnsToContents();
    const int cap = std::max(260, m_preview->viewport()->width() / 2);
    int total = 0;
    for (int c = 0; c < m_preview->columnCount(); ++c) {
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c) + 8, cap));
        total += m_preview->columnWidth(c);
    }
    const int spare = m_preview->viewport()->width() - total;
    if (spare > 0 && m_preview->columnCount() > 0)
        for (int c = 0; c < m_preview->columnCount(); ++c)
            m_preview->setColumnWidth(c, m_preview->columnWidth(c) + spare / m_preview->columnCount());
}

void ImportDialog::rebuildMapping()
{
    // The old combo boxes are deleted later by the view: make sure none is found meanwhile.
    for (int r = 0; r < m_mapping->rowCount(); ++r)
        if (QWidget *w = m_mapping->cellWidget(r, 1))
            w->setObjectName(QString());
    m_mapping->setRowCount(0);
    if (m_current < 0)
        return;
    const FileState &f = m_files.at(m_current);
    const io::ImportPreview &p = f.preview;
    if (!p.spreadsheet)
        return;
    const QList<io::ImportField> choices = io::importFields(f.mapping.links);
    m_mapping->setRowCount(int(p.header.size()));
    for (int c = 0; c < p.header.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(p.header.at(c)));
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("mapping_%1").arg(c));
        combo->setAccessibleName(tr("Column “%1” imported as").arg(p.header.at(c)));
        const io::ImportField current = f.mapping.columns.value(c, io::ImportField::Keep);
        QList<io::ImportField> list = choices;
        if (!list.contains(current))
            list.prepend(current);
        for (io::ImportField field : list)
            combo->addItem(io::importFieldLabel(field), int(field));
        combo->setCurrentIndex(combo->findData(int(current)));
        connect(combo, &QComboBox::activated, this, [this, c, combo] {
            FileState &s = m_files[m_current];
            if (c < s.mapping.columns.size())
                s.mapping.columns[c] = io::ImportField(combo->currentData().toInt());
            updateTypeCell(c);
            fitTypeColumn();
            mappingEdited();
        });
        m_mapping->setCellWidget(c, 1, combo);
        updateTypeCell(c);
        QString first;
        for (const QStringList &row : p.rows) {
            if (!row.value(c).trimmed().isEmpty()) {
                first = row.value(c).trimmed();
                break;
            }
        }
        m_mapping->setItem(c, 3, new QTableWidgetItem(first));
    }
    fitTypeColumn();
}

void ImportDialog::fitTypeColumn()
{
    // As wide as its longest type in the language shown ("Liste de choix (type détecté)").
    m_mapping->resizeColumnToContents(2);
    m_mapping->setColumnWidth(2, std::max(m_mapping->columnWidth(2), 160));
}

FieldType ImportDialog::detectedType(int column) const
{
    const FileState &f = m_files.at(m_current);
    const QString name = f.preview.header.value(column).trimmed();
    const auto it = m_detected.constFind(subjectKey(f.mapping.links, name));
    if (it != m_detected.cend())
        return it.value();
    QStringList values;
    for (const QStringList &row : f.preview.rows)
        values << row.value(column);
    return fields::inferType(values);
}

void ImportDialog::updateTypeCell(int c)
{
    if (QWidget *w = m_mapping->cellWidget(c, 2)) {
        w->setObjectName(QString());
        m_mapping->removeCellWidget(c, 2);
    }
    const FileState &f = m_files.at(m_current);
    const QString name = f.preview.header.value(c).trimmed();
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled);
    m_mapping->setItem(c, 2, item);
    // Only a column kept as a field of the territory has a type.
    if (f.mapping.columns.value(c, io::ImportField::Keep) != io::ImportField::Keep)
        return;
    const QString subject = f.mapping.links ? QStringLiteral("link") : QStringLiteral("actor");
    for (const CustomField &existing : m_doc->customFields(subject)) {
        if (typeKey(existing.name) != typeKey(name))
            continue;
        item->setText(tr("%1 (the territory's field)").arg(fields::typeLabel(existing.type)));
        item->setToolTip(tr("The territory already has a field “%1”: the values go to it and "
                            "it keeps its type.")
                             .arg(existing.name));
        return;
    }
    const FieldType detected = detectedType(c);
    auto *combo = new QComboBox(m_mapping);
    combo->setObjectName(QStringLiteral("fieldType_%1").arg(c));
    combo->setAccessibleName(tr("Type of the field made from “%1”").arg(name));
    for (FieldType t : fields::allTypes())
        combo->addItem(t == detected ? tr("%1 (detected)").arg(fields::typeLabel(t))
                                     : fields::typeLabel(t),
                       int(t));
    const FieldType current = m_fieldTypes.value(typeKey(name), detected);
    combo->setCurrentIndex(combo->findData(int(current)));
    connect(combo, &QComboBox::activated, this, [this, name, combo] {
        const FieldType chosen = FieldType(combo->currentData().toInt());
        // Choosing back the detected type is no choice: the file decides again if it changes.
        if (combo->currentText() != fields::typeLabel(chosen))
            m_fieldTypes.remove(typeKey(name));
        else
            m_fieldTypes.insert(typeKey(name), chosen);
        startCheck();
    });
    m_mapping->setCellWidget(c, 2, combo);
}

void ImportDialog::mappingEdited()
{
    if (m_current >= 0)
        m_files[m_current].edited = true;
    startCheck();
}

void ImportDialog::startCheck()
{
    ++m_generation;
    m_sources.reset();
    if (m_worker)
        *m_cancel = true;  // its result will be ignored: it belongs to an older generation
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto job = std::make_shared<CheckJobData>();
    m_job = job;
    io::ImportOptions o = options();
    auto cancel = m_cancel;
    o.progress = [job, cancel](qint64 done, qint64 total) {
        job->done = done;
        job->total = total;
        return !*cancel;
    };
    const QStringList paths = m_paths;
    QThread *worker = QThread::create([job, o, paths] {
        // Read as the files are, so the detected types are known even when a value does not
        // fit the type the user chose; then check the user's types.
        io::ImportOptions asRead = o;
        asRead.fieldTypes.clear();
        job->ok = io::readImportFiles(paths, asRead, job->sources.get(), &job->error);
        if (!job->ok)
            return;
        job->detected = io::detectedFields(*job->sources);
        if (!io::checkFieldTypes(*job->sources, o, &job->error)) {
            job->ok = false;
            job->typeMisfit = true;
        }
    });
    const quint64 generation = m_generation;
    connect(worker, &QThread::finished, this, [this, worker, job, generation] {
        if (m_worker == worker)
            m_worker = nullptr;
        worker->deleteLater();
        checkFinished(generation, job);
    });
    m_worker = worker;
    m_status->setText(tr("Reading and checking the files…"));
    m_status->setStyleSheet(QString());
    m_progress->setValue(0);
    m_progress->show();
    m_stop->show();
    m_importButton->setEnabled(false);
    worker->start();
}

void ImportDialog::stopCheck()
{
    if (m_writing)
        m_writing->stop();
    if (m_cancel)
        *m_cancel = true;
    m_importWhenChecked = false;
}

void ImportDialog::checkFinished(quint64 generation, std::shared_ptr<CheckJobData> job)
{
    const bool ok = job->ok;
    const QString error = job->error;
    if (generation != m_generation) {
        if (!m_worker) {
            m_progress->hide();
            m_stop->hide();
        }
        return;
    }
    m_progress->hide();
    m_stop->hide();
    m_job.reset();
    if (!job->detected.isEmpty() || job->typeMisfit) {
        m_detected.clear();
        for (const io::DetectedField &d : std::as_const(job->detected))
            m_detected.insert(subjectKey(d.subject == QLatin1String("link"), d.name), d.type);
        if (m_current >= 0 && m_files.at(m_current).preview.spreadsheet) {
            for (int c = 0; c < m_mapping->rowCount(); ++c)
                updateTypeCell(c);
            fitTypeColumn();
        }
    }
    if (!ok) {
        m_status->setText(tr("Nothing can be imported yet:") + QLatin1Char('\n') + error +
                          (job->typeMisfit ? QLatin1Char('\n') +
                                                 tr("Choose another type for that column, or "
                                                    "correct the file.")
                                           : QString()));
        m_status->setStyleSheet(QStringLiteral("color: #a61b1b;"));
        m_matches->clear();
        m_importWhenChecked = false;
        // A new check is made on Import, unless the user's own choice of type is the
        // obstacle: then nothing can change until they choose again.
        m_importButton->setEnabled(!job->typeMisfit);
        emit checked(false);
        return;
    }
    m_sources = job->sources;
    const io::ImportMatches matches = io::countMatches(*m_doc, *m_sources);
    m_matches->setText(tr("%Ln of the %1 actors in these files already in the territory.",
                          nullptr, matches.matched)
                           .arg(QLocale().toString(matches.actors)));
    const int nodes = matches.actorRows, edges = matches.linkRows;
    m_status->setText(tr("Ready: %1 actor rows and %2 link rows read without error.")
                          .arg(QLocale().toString(nodes), QLocale().toString(edges)));
    m_status->setStyleSheet(QString());
    m_importButton->setEnabled(true);
    emit checked(true);
    if (m_importWhenChecked) {
        m_importWhenChecked = false;
        importNow();
    }
}

void ImportDialog::importNow()
{
    if (!m_sources) {
        m_importWhenChecked = true;
        if (!m_worker)
            startCheck();
        return;
    }
    if (m_writing)
        return;
    QString error;
    const ProgressRow row{m_status, m_progress, m_stop};
    const bool ok = writeImport(row, this, m_writing, [&](const io::ImportProgress &progress) {
        io::ImportOptions o = options();
        o.writing = progress;
        return io::applyImport(*m_doc, *m_sources, o, &m_report, &error);
    });
    if (!ok) {
        m_status->setText(tr("Nothing was imported:") + QLatin1Char('\n') + error);
        m_status->setStyleSheet(QStringLiteral("color: #a61b1b;"));
        return;
    }
    accept();
}

void ImportDialog::done(int result)
{
    if (m_writing) {
        // Closing while the import is written cancels the write; the dialog stays open to
        // say so.
        m_writing->stop();
        return;
    }
    if (m_worker) {
        *m_cancel = true;
        m_worker->wait();
    }
    QDialog::done(result);
}

} // namespace maillage
