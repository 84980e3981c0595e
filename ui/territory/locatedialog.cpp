#include "ui/territory/locatedialog.h"

#include "core/document/document.h"
#include "core/geo/geocoder.h"
#include "core/geo/geojson.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <cmath>

namespace maillage {

#define K(s) QStringLiteral(s)

/// What the worker thread reads, and what it found.
struct LocateDialog::Job
{
    // Asked on the UI thread (the document is read there only).
    QString sirenePath, communesPath;
    QHash<QString, qint64> wanted; ///< SIRET → actor
    bool geocode = false;
    QUrl service;
    QList<geo::GeocodeQuery> queries;
    // Progress, read by the UI thread's timer.
    enum Stage { Communes = 1, Sirene, Geocoder };
    std::atomic<int> stage{0};
    std::atomic<qint64> done{0}, total{0};
    std::atomic_bool cancel{false};
    // Found (read by the UI thread once the worker has finished).
    bool ok = false;
    QString error;
    geo::CommuneCentres centres;
    QList<geo::Placement> sirene, geocoded;
    qint64 sireneRows = 0;
    int sent = 0;
    QStringList notFound;

    void run()
    {
        if (!communesPath.isEmpty()) {
            stage = Communes;
            if (!centres.load(communesPath, &error))
                return;
        }
        QSet<qint64> placed;
        if (!sirenePath.isEmpty()) {
            stage = Sirene;
            if (!geo::Locate::readSireneGeolocation(sirenePath, wanted, &sirene, &sireneRows,
                                                    &error, [this](qint64 d, qint64 t) {
                                                        done = d;
                                                        total = t;
                                                        return !cancel;
                                                    }))
                return;
            for (const geo::Placement &p : std::as_const(sirene))
                placed.insert(p.actorId);
        }
        if (cancel)
            return;
        if (geocode) {
            stage = Geocoder;
            QList<geo::GeocodeQuery> toSend;
            for (const geo::GeocodeQuery &q : std::as_const(queries))
                if (!placed.contains(q.actorId))
                    toSend << q;
            sent = int(toSend.size());
            geo::Geocoder geocoder(service);
            geocoder.setCancelFlag(&cancel);
            if (!geocoder.geocode(toSend, &geocoded, &notFound, &error))
                return;
        }
        ok = !cancel;
    }
};

namespace {

enum Column { ActorCol, SourceCol, QueryCol, FoundCol, ScoreCol, PrecisionCol, ColumnCount };

QString sourceName(const QString &how)
{
    if (how == QLatin1String("sirene"))
        return LocateDialog::tr("SIRENE");
    if (how == QLatin1String("geocoder"))
        return LocateDialog::tr("Geocoder");
    return LocateDialog::tr("Commune centre");
}

} // namespace

LocateDialog::LocateDialog(Document *doc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setObjectName(K("locateDialog"));
    setWindowTitle(tr("Locate Actors"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // ---- the sources --------------------------------------------------------------------
    auto *sources = new QWidget(m_pages);
    auto *grid = new QGridLayout(sources);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Places the actors that have none yet, from the sources ticked, "
                                "in this order. Nothing changes before you have reviewed what "
                                "was found; then it is one step that Undo takes back."),
                             sources);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 3);
    int row = 1;
    auto fileRow = [&](QCheckBox *box, QLineEdit *edit, const QString &title,
                       const QString &filter) {
        grid->addWidget(box, row, 0, 1, 3);
        ++row;
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
        grid->addWidget(edit, row, 1);
        auto *button = new QPushButton(tr("Browse…"), sources);
        grid->addWidget(button, row, 2);
        connect(button, &QPushButton::clicked, this, [this, title, filter, edit, box] {
            if (!browse(title, filter, edit).isEmpty())
                box->setChecked(true);
        });
        connect(edit, &QLineEdit::textEdited, box, [box](const QString &t) {
            if (!t.trimmed().isEmpty())
                box->setChecked(true);
        });
        ++row;
    };
    grid->setColumnMinimumWidth(0, 24);

    m_sirene = new QCheckBox(tr("INSEE’s &SIRENE geolocation file, joined by SIRET to the "
                                "establishments imported from SIRENE:"),
                             sources);
    m_sirene->setObjectName(K("locateSirene"));
    m_sirenePath = new QLineEdit(sources);
    m_sirenePath->setObjectName(K("locateSirenePath"));
    m_sirenePath->setPlaceholderText(
        K("GeolocalisationEtablissement_Sirene_pour_etudes_statistiques_utf8.csv"));
    fileRow(m_sirene, m_sirenePath, tr("INSEE’s SIRENE geolocation file"),
            tr("CSV files (*.csv);;All files (*)"));
    m_sireneCount = new QLabel(sources);
    grid->addWidget(m_sireneCount, row++, 1, 1, 2);

    m_geocode = new QCheckBox(sources);
    m_geocode->setObjectName(K("locateGeocode"));
    grid->addWidget(m_geocode, row++, 0, 1, 3);
    m_geocodeCount = new QLabel(sources);
    m_geocodeCount->setWordWrap(true);
    grid->addWidget(m_geocodeCount, row++, 1, 1, 2);
    auto *scoreRow = new QHBoxLayout;
    auto *scoreLabel = new QLabel(tr("Tick the results scoring at &least:"), sources);
    m_minScore = new QDoubleSpinBox(sources);
    m_minScore->setObjectName(K("locateMinScore"));
    m_minScore->setRange(0, 1);
    m_minScore->setDecimals(2);
    m_minScore->setSingleStep(0.05);
    m_minScore->setValue(0.5);
    scoreLabel->setBuddy(m_minScore);
    scoreRow->addWidget(scoreLabel);
    scoreRow->addWidget(m_minScore);
    scoreRow->addStretch(1);
    grid->addLayout(scoreRow, row++, 1, 1, 2);
    m_persons = new QCheckBox(sources);
    m_persons->setObjectName(K("locatePersons"));
    grid->addWidget(m_persons, row++, 1, 1, 2);

    m_communes = new QCheckBox(tr("&Commune centres for the actors still without a place but "
                                  "with a commune (approximate), from commune outlines:"),
                               sources);
    m_communes->setObjectName(K("locateCommunes"));
    m_communesPath = new QLineEdit(sources);
    m_communesPath->setObjectName(K("locateCommunesPath"));
    m_communesPath->setPlaceholderText(K("communes.geojson"));
    fileRow(m_communes, m_communesPath, tr("Commune outlines"),
            tr("GeoJSON files (*.geojson *.json);;All files (*)"));

    m_replace =
        new QCheckBox(tr("&Replace the places found earlier (never those set by hand)"), sources);
    m_replace->setObjectName(K("locateReplace"));
    grid->addWidget(m_replace, row++, 0, 1, 3);
    grid->setRowStretch(row++, 1);
    m_status = new QLabel(sources);
    m_status->setObjectName(K("locateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_status, row++, 0, 1, 3);
    m_progress = new QProgressBar(sources);
    m_progress->hide();
    grid->addWidget(m_progress, row++, 0, 1, 3);
    m_pages->addWidget(sources);

    // ---- the review ---------------------------------------------------------------------
    auto *review = new QWidget(m_pages);
    auto *reviewLayout = new QVBoxLayout(review);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    auto *reviewIntro = new QLabel(tr("Review the places found: only the rows ticked are "
                                      "applied. An actor has one place: ticking a row unticks "
                                      "the actor’s others."),
                                   review);
    reviewIntro->setWordWrap(true);
    reviewLayout->addWidget(reviewIntro);
    m_table = new QTableWidget(0, ColumnCount, review);
    m_table->setObjectName(K("locateReview"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    reviewLayout->addWidget(m_table, 1);
    m_reviewNote = new QLabel(review);
    m_reviewNote->setObjectName(K("locateReviewNote"));
    m_reviewNote->setWordWrap(true);
    m_reviewNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reviewLayout->addWidget(m_reviewNote);
    m_reviewStatus = new QLabel(review);
    m_reviewStatus->setWordWrap(true);
    m_reviewStatus->setStyleSheet(K("color: #b00020;"));
    reviewLayout->addWidget(m_reviewStatus);
    m_pages->addWidget(review);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == ActorCol && !m_toggling)
            rowToggled(item->row());
    });

    // ---- the summary --------------------------------------------------------------------
    m_summary = new QPlainTextEdit(m_pages);
    m_summary->setObjectName(K("locateSummary"));
    m_summary->setReadOnly(true);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pages->addWidget(m_summary);

    // ---- buttons ------------------------------------------------------------------------
    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("&Back"), this);
    m_again = new QPushButton(tr("Locate &Others…"), this);
    m_stop = new QPushButton(tr("Cancel"), this);
    m_stop->setObjectName(K("locateCancel"));
    m_find = new QPushButton(tr("&Find Places"), this);
    m_find->setObjectName(K("locateFind"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(K("locateApply"));
    m_close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_back);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_find);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_find, &QPushButton::clicked, this, &LocateDialog::find);
    connect(m_stop, &QPushButton::clicked, this, &LocateDialog::cancel);
    connect(m_apply, &QPushButton::clicked, this, &LocateDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(Sources);
        updateChoices();
    });
    connect(m_again, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(Sources);
        m_status->clear();
        updateCounts();
    });
    for (QCheckBox *box : {m_sirene, m_geocode, m_persons, m_communes})
        connect(box, &QCheckBox::toggled, this, &LocateDialog::updateChoices);
    connect(m_replace, &QCheckBox::toggled, this, &LocateDialog::updateCounts);
    updateCounts();
    resize(sizeHint().expandedTo(QSize(760, 520)));
}

LocateDialog::~LocateDialog()
{
    if (m_worker) {
        m_job->cancel = true;
        m_worker->wait();
    }
}

LocateDialog::Page LocateDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void LocateDialog::setCommunesFile(const QString &path)
{
    m_communesPath->setText(path);
}

void LocateDialog::setSireneFile(const QString &path)
{
    m_sirenePath->setText(path);
}

QString LocateDialog::browse(const QString &title, const QString &filter, QLineEdit *edit)
{
    const QString path = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
    if (!path.isEmpty())
        edit->setText(path);
    return path;
}

void LocateDialog::updateCounts()
{
    // Read once per change of "replace" (a pass over every actor), not at each click.
    const bool replace = m_replace->isChecked();
    m_sireneWanted = int(geo::Locate::sireneActors(*m_doc, replace).size());
    m_personsToSend = 0;
    m_addressesToSend =
        int(geo::Geocoder::queries(*m_doc, false, replace, {}, &m_personsToSend).size());
    updateChoices();
}

void LocateDialog::updateChoices()
{
    const QString host = geo::Geocoder::defaultService().host();
    m_sireneCount->setText(
        tr("%Ln establishment(s) imported from SIRENE to place", nullptr, m_sireneWanted));
    const int persons = m_personsToSend;
    m_geocode->setText(tr("&Geocode the addresses through the Base Adresse Nationale’s service, "
                          "%1 (over the internet)")
                           .arg(host));
    m_geocodeCount->setText(
        tr("%Ln address(es) of actors that are not persons", nullptr, m_addressesToSend));
    m_persons->setText(tr("Also send the addresses of %Ln person(s) to %1: personal data "
                          "leaves this computer",
                          nullptr, persons)
                           .arg(host));
    m_persons->setEnabled(m_geocode->isChecked() && persons > 0);
    if (persons == 0)
        m_persons->setChecked(false);
    m_minScore->setEnabled(m_geocode->isChecked());
    m_geocodeCount->setEnabled(m_geocode->isChecked());
    const bool anySource =
        m_sirene->isChecked() || m_geocode->isChecked() || m_communes->isChecked();
    const Page p = page();
    m_find->setVisible(p == Sources);
    m_find->setEnabled(anySource && !busy());
    m_stop->setVisible(busy());
    m_back->setVisible(p == Review);
    m_apply->setVisible(p == Review);
    m_again->setVisible(p == Done);
    m_close->setText(p == Done ? tr("Close") : tr("Cancel"));
    m_close->setVisible(!busy()); // while reading, Cancel stops the reading
    if (p == Review)
        updateApplyButton();
    (p == Sources ? m_find : p == Review ? m_apply : m_close)->setDefault(true);
}

void LocateDialog::setError(const QString &line)
{
    m_status->setStyleSheet(K("color: #b00020;"));
    m_status->setText(line);
}

void LocateDialog::find()
{
    if (busy())
        return;
    auto job = std::make_shared<Job>();
    const bool replace = m_replace->isChecked();
    auto chosenFile = [&](QCheckBox *box, QLineEdit *edit, QString *path) {
        if (!box->isChecked())
            return true;
        *path = edit->text().trimmed();
        if (path->isEmpty() || !QFileInfo(*path).isFile()) {
            setError(path->isEmpty()
                         ? tr("Choose the file for “%1”.").arg(box->text().remove(QLatin1Char('&')))
                         : tr("%1: no such file.").arg(*path));
            edit->setFocus();
            return false;
        }
        return true;
    };
    if (!chosenFile(m_sirene, m_sirenePath, &job->sirenePath) ||
        !chosenFile(m_communes, m_communesPath, &job->communesPath))
        return;
    if (m_sirene->isChecked())
        job->wanted = geo::Locate::sireneActors(*m_doc, replace);
    if (m_geocode->isChecked()) {
        job->geocode = true;
        job->service = geo::Geocoder::defaultService();
        if (!job->service.isValid() || (job->service.scheme() != QLatin1String("http") &&
                                        job->service.scheme() != QLatin1String("https"))) {
            setError(tr("The geocoding service’s address “%1” is not an http or https URL: "
                        "correct it in Preferences.")
                         .arg(job->service.toString()));
            return;
        }
        int left = 0;
        job->queries = geo::Geocoder::queries(*m_doc, m_persons->isChecked(), replace, {}, &left);
        m_report.personsLeftOut = left;
    } else {
        m_report.personsLeftOut = 0;
    }
    m_job = job;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Reading…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    QThread *worker = QThread::create([job] { job->run(); });
    m_worker = worker;
    auto *timer = new QTimer(worker);
    connect(timer, &QTimer::timeout, this, &LocateDialog::updateProgress);
    timer->start(100);
    connect(worker, &QThread::finished, this, [this, worker, job, timer] {
        timer->stop();
        if (m_worker == worker)
            m_worker = nullptr;
        worker->deleteLater();
        finished(job);
    });
    for (QWidget *w : m_pages->widget(Sources)->findChildren<QWidget *>())
        if (w != m_status && w != m_progress && !qobject_cast<QLabel *>(w))
            w->setEnabled(false);
    worker->start();
    updateChoices();
    updateProgress();
}

void LocateDialog::updateProgress()
{
    if (!m_job)
        return;
    switch (m_job->stage.load()) {
    case Job::Communes:
        m_status->setText(tr("Reading the commune outlines…"));
        m_progress->setRange(0, 0);
        break;
    case Job::Sirene: {
        m_status->setText(tr("Reading the SIRENE geolocation file…"));
        const qint64 total = m_job->total;
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(m_job->done * 1000 / total) : 0);
        break;
    }
    case Job::Geocoder:
        m_status->setText(tr("Asking %1 for the places of %Ln address(es)…", nullptr, m_job->sent)
                              .arg(m_job->service.host()));
        m_progress->setRange(0, 0);
        break;
    default:
        break;
    }
}

void LocateDialog::cancel()
{
    if (m_job && busy())
        m_job->cancel = true;
}

void LocateDialog::finished(const std::shared_ptr<Job> &job)
{
    m_progress->hide();
    for (QWidget *w : m_pages->widget(Sources)->findChildren<QWidget *>())
        w->setEnabled(true);
    if (job != m_job)
        return;
    if (job->cancel) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Cancelled: nothing was located."));
    } else if (!job->ok) {
        setError(job->error);
    } else {
        m_status->clear();
        showReview(job);
    }
    updateChoices();
}

void LocateDialog::showReview(const std::shared_ptr<Job> &job)
{
    const double minScore = m_minScore->value();
    geo::LocateReport report;
    report.window = true;
    report.minScore = minScore;
    report.personsLeftOut = m_report.personsLeftOut;
    report.sirene = !job->sirenePath.isEmpty();
    report.sireneRows = job->sireneRows;
    report.sireneWanted = int(job->wanted.size());
    report.sireneNotInFile = int(job->wanted.size() - job->sirene.size());
    report.geocoded = job->geocode;
    report.geocodeSent = job->sent;
    report.notFound = job->notFound;
    report.communes = !job->communesPath.isEmpty();

    QList<geo::Placement> rows;
    QSet<qint64> placed;
    for (geo::Placement p : std::as_const(job->sirene)) {
        if (const auto a = m_doc->actor(p.actorId))
            p.actorName = a->name;
        placed.insert(p.actorId);
        rows << p;
    }
    for (const geo::Placement &p : std::as_const(job->geocoded)) {
        if (p.score >= minScore)
            placed.insert(p.actorId);
        rows << p;
    }
    if (report.communes)
        rows << geo::Locate::communePlacements(*m_doc, job->centres, placed,
                                               &report.unknownCommunes);
    m_report = report;
    m_placements = rows;

    const QLocale locale;
    m_toggling = true;
    m_table->clearContents();
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Actor"), tr("Source"), tr("Query sent"),
                                        tr("Place found"), tr("Score"), tr("Precision")});
    for (int r = 0; r < int(rows.size()); ++r) {
        const geo::Placement &p = rows.at(r);
        auto *actor = new QTableWidgetItem(p.actorName);
        actor->setToolTip(p.actorName);
        actor->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool below = p.how == QLatin1String("geocoder") && p.score < minScore;
        actor->setCheckState(below ? Qt::Unchecked : Qt::Checked);
        m_table->setItem(r, ActorCol, actor);
        m_table->setItem(r, SourceCol, new QTableWidgetItem(sourceName(p.how)));
        auto *query = new QTableWidgetItem(p.query);
        query->setToolTip(p.query);
        m_table->setItem(r, QueryCol, query);
        const QString where = tr("%1, %2").arg(locale.toString(p.latitude, 'f', 6),
                                               locale.toString(p.longitude, 'f', 6));
        auto *found = new QTableWidgetItem(p.label.isEmpty() ? where : p.label);
        found->setToolTip(p.label.isEmpty() ? where : p.label + QLatin1Char('\n') + where);
        m_table->setItem(r, FoundCol, found);
        auto *score = new QTableWidgetItem(std::isnan(p.score) ? QString()
                                                               : locale.toString(p.score, 'f', 2));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (below)
            score->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->setItem(r, ScoreCol, score);
        m_table->setItem(r, PrecisionCol, new QTableWidgetItem(geo::precisionLabel(p.precision)));
        for (int c = 1; c < ColumnCount; ++c)
            m_table->item(r, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_toggling = false;
    m_table->resizeColumnsToContents();
    // Long queries and labels are elided (their whole text is in the tooltip): the precision
    // stays in view.
    for (int c : {ActorCol, SourceCol, QueryCol, FoundCol})
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), c == SourceCol ? 150 : 200));

    QStringList notes;
    if (rows.isEmpty())
        notes << tr("No place was found.");
    if (!report.notFound.isEmpty())
        notes << tr("Not found by the geocoder: %1").arg(report.notFound.join(QLatin1String("; ")));
    if (report.personsLeftOut > 0)
        notes << tr("%Ln person(s) with an address not sent to the geocoder.", nullptr,
                    report.personsLeftOut);
    if (report.sirene && report.sireneNotInFile > 0)
        notes << tr("%Ln SIRENE establishment(s) not in the file or without coordinates.", nullptr,
                    report.sireneNotInFile);
    if (!report.unknownCommunes.isEmpty())
        notes << tr("Communes not in the outlines file: %1")
                     .arg(report.unknownCommunes.join(QLatin1String(", ")));
    m_reviewNote->setText(notes.join(QLatin1Char('\n')));
    m_reviewNote->setVisible(!notes.isEmpty());
    m_reviewStatus->clear();
    m_pages->setCurrentIndex(Review);
}

void LocateDialog::rowToggled(int row)
{
    QTableWidgetItem *item = m_table->item(row, ActorCol);
    if (item && item->checkState() == Qt::Checked) {
        // One place per actor: the actor's other rows are unticked.
        const qint64 actor = m_placements.value(row).actorId;
        m_toggling = true;
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (r != row && m_placements.value(r).actorId == actor)
                m_table->item(r, ActorCol)->setCheckState(Qt::Unchecked);
        m_toggling = false;
    }
    updateApplyButton();
}

void LocateDialog::updateApplyButton()
{
    int n = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        n += m_table->item(r, ActorCol)->checkState() == Qt::Checked;
    m_apply->setText(tr("&Apply %Ln Place(s)", nullptr, n));
    m_apply->setEnabled(n > 0);
}

bool LocateDialog::apply()
{
    if (page() != Review)
        return false;
    geo::LocateReport report = m_report;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const geo::Placement &p = m_placements.at(r);
        if (m_table->item(r, ActorCol)->checkState() == Qt::Checked)
            report.applied << p;
        else if (p.how == QLatin1String("geocoder") && p.score < report.minScore)
            report.belowScore << p;
        else if (p.how == QLatin1String("geocoder"))
            report.setAside << p;
    }
    // Rows of an actor placed by another of its rows are not "left out": the actor has its
    // place. Only the geocoder's results are listed one by one.
    QSet<qint64> placed;
    for (const geo::Placement &p : std::as_const(report.applied))
        placed.insert(p.actorId);
    report.setAside.removeIf([&](const geo::Placement &p) { return placed.contains(p.actorId); });
    QString error;
    if (!geo::Locate::apply(*m_doc, report.applied, tr("Locate Actors"), &error)) {
        m_reviewStatus->setText(tr("Nothing was located: %1").arg(error));
        return false;
    }
    m_report = report;
    m_summary->setPlainText(report.summary());
    m_pages->setCurrentIndex(Done);
    updateChoices();
    emit applied(int(report.applied.size()));
    return true;
}

QString LocateDialog::summary() const
{
    return page() == Done ? m_summary->toPlainText() : QString();
}

void LocateDialog::closeEvent(QCloseEvent *event)
{
    if (busy()) {
        cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void LocateDialog::reject()
{
    if (busy()) { // Escape stops the reading first
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace maillage
