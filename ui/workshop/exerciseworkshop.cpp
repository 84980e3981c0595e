#include "ui/workshop/exerciseworkshop.h"

#include "ui/workshop/comparisonoverlay.h"
#include "ui/workshop/comparisonpanel.h"
#include "core/document/document.h"
#include "ui/editors/vocabularyfilter.h"
#include "ui/workshop/exercisedialog.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)

QString samePath(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}
} // namespace

// BriefPanel -------------------------------------------------------------------------------

BriefPanel::BriefPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_brief = new QTextBrowser(this);
    m_brief->setObjectName(K("briefText"));
    m_brief->setOpenLinks(false);
    QFont bf = m_brief->font();
    bf.setPointSizeF(bf.pointSizeF() * 1.1);
    m_brief->setFont(bf);
    m_vocabulary = new QLabel(this);
    m_vocabulary->setObjectName(K("briefVocabulary"));
    m_vocabulary->setWordWrap(true);
    m_vocabulary->setTextFormat(Qt::RichText);
    m_compare = new QPushButton(this);
    m_compare->setObjectName(K("briefCompareButton"));
    layout->addWidget(m_heading);
    layout->addWidget(m_brief, 1);
    layout->addWidget(m_vocabulary);
    layout->addWidget(m_compare, 0, Qt::AlignLeft);
    retranslate();
}

void BriefPanel::retranslate()
{
    m_heading->setText(tr("What to do"));
    m_brief->setAccessibleName(tr("Exercise brief"));
}

void BriefPanel::setExercise(Document *doc, const workshop::Exercise &exercise)
{
    m_brief->setPlainText(exercise.brief);
    auto chip = [](const QString &color, const QString &name) {
        return K("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
            .arg(color.toHtmlEscaped(), name.toHtmlEscaped());
    };
    QStringList categories, types;
    for (const Category &c : doc->categories())
        if (exercise.allowsCategory(c.id))
            categories << chip(c.color, c.name);
    for (const LinkType &t : doc->linkTypes())
        if (exercise.allowsLinkType(t.id))
            types << chip(t.color, t.name);
    m_vocabulary->setText(K("<p><b>%1</b><br>%2</p><p><b>%3</b><br>%4</p>")
                              .arg(tr("Categories you may use:"),
                                   categories.join(QStringLiteral(" &nbsp; ")),
                                   tr("Link types you may use:"),
                                   types.join(QStringLiteral(" &nbsp; "))));
}

// ExerciseWorkshop -------------------------------------------------------------------------

ExerciseWorkshop::ExerciseWorkshop(QMainWindow *window, Document *doc, NetworkScene *scene,
                                   NetworkView *view)
    : QObject(window), m_window(window), m_doc(doc), m_scene(scene), m_view(view)
{
    auto action = [this](const char *name, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        m_window->addAction(a);
        return a;
    };
    m_create = action("createExerciseAction", QKeySequence(),
                      [this] { createExerciseInteractively(); });
    m_compareMaps = action("compareMapsAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
                           [this] { chooseMaps(); });
    m_compareReference = action("compareReferenceAction",
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                                [this] { chooseReference(); });
    m_close = action("closeComparisonAction", QKeySequence(), [this] { closeComparison(); });

    m_brief = new BriefPanel;
    m_briefDock = new QDockWidget(window);
    m_briefDock->setObjectName(K("briefDock"));
    m_briefDock->setWidget(m_brief);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_briefDock);
    m_briefDock->hide();
    connect(m_brief->compareButton(), &QPushButton::clicked, m_compareReference, &QAction::trigger);

    m_panel = new ComparisonPanel(scene);
    m_comparisonDock = new QDockWidget(window);
    m_comparisonDock->setObjectName(K("comparisonDock"));
    m_comparisonDock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_comparisonDock);
    m_comparisonDock->hide();
    connect(m_panel, &ComparisonPanel::closeRequested, this, &ExerciseWorkshop::closeComparison);
    connect(m_panel, &ComparisonPanel::centreOn, this, [this](const QPointF &p, qint64 actor) {
        m_view->centerOn(p);
        if (actor)
            m_scene->selectActors({actor});
    });
    // The chip over the map: "Comparing with group-2.maillage ×".
    m_chip = new QFrame(view);
    m_chip->setObjectName(K("comparisonChip"));
    m_chip->setStyleSheet(K("#comparisonChip { background: #fff4e5; border: 1px solid #e07800; "
                            "border-radius: 11px; } QLabel { color: #5a3000; }"));
    auto *chipLayout = new QHBoxLayout(m_chip);
    chipLayout->setContentsMargins(10, 2, 4, 2);
    chipLayout->setSpacing(4);
    m_chipText = new QLabel(m_chip);
    m_chipClose = new QToolButton(m_chip);
    m_chipClose->setObjectName(K("comparisonChipClose"));
    m_chipClose->setText(K("×"));
    m_chipClose->setAutoRaise(true);
    chipLayout->addWidget(m_chipText);
    chipLayout->addWidget(m_chipClose);
    m_chip->hide();
    connect(m_chipClose, &QToolButton::clicked, this, &ExerciseWorkshop::closeComparison);
    connect(m_panel, &ComparisonPanel::shownMapChanged, this, [this](const QString &file) {
        m_chipFile = file;
        retranslate();
        m_chip->setVisible(!file.isEmpty());
        placeChip();
        updateActions();
    });
    view->installEventFilter(this);

    connect(doc, &Document::opened, this, &ExerciseWorkshop::documentOpened);
    connect(doc, &Document::closed, this, &ExerciseWorkshop::documentClosed);
    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        bool exercise = false;
        for (const Change &c : changes) {
            if (c.table == Table::Exercise || c.table == Table::ExerciseCategory ||
                c.table == Table::ExerciseLinkType || c.table == Table::Category ||
                c.table == Table::LinkType)
                exercise = true;
            if (c.table == Table::Actor && m_panel->overlay()->linksItem())
                m_panel->overlay()->linksItem()->refreshBounds();
        }
        if (exercise)
            loadExercise();
    });
    retranslate();
    updateActions();
    // The window restores its dock layout after this; these docks show only with content.
    QTimer::singleShot(0, this, [this] {
        if (!m_panel->hasSession())
            m_comparisonDock->hide();
        if (!m_exercise)
            m_briefDock->hide();
    });
}

ExerciseWorkshop::~ExerciseWorkshop()
{
    clearVocabularyFilter(m_doc);
}

QList<QAction *> ExerciseWorkshop::menuActions() const
{
    return {m_compareMaps, m_compareReference, m_close, nullptr, m_create, nullptr,
            m_comparisonDock->toggleViewAction(), m_briefDock->toggleViewAction()};
}

void ExerciseWorkshop::retranslate()
{
    m_create->setText(tr("Create &Exercise…"));
    m_create->setStatusTip(tr("Turn this territory into an exercise file for trainees: a brief, "
                              "the allowed vocabulary and a starting map"));
    m_compareMaps->setText(tr("Compare with &Maps…"));
    m_compareMaps->setStatusTip(tr("Compare trainees' or groups' maps with this territory (the "
                                   "reference)"));
    m_compareReference->setText(tr("Compare with &Reference…"));
    m_compareReference->setStatusTip(tr("Compare this map with the trainer's reference file"));
    m_close->setText(tr("Close Compa&rison"));
    m_close->setStatusTip(tr("Remove the comparison from the map"));
    m_briefDock->setWindowTitle(tr("Exercise brief"));
    m_comparisonDock->setWindowTitle(tr("Comparison"));
    m_brief->retranslate();
    m_brief->compareButton()->setText(tr("Compare with the Reference…"));
    m_brief->compareButton()->setToolTip(tr("Choose the trainer's reference file and see what "
                                            "this map misses or adds"));
    m_panel->retranslate();
    if (m_exercise)
        m_brief->setExercise(m_doc, *m_exercise);
    const QString name = QFileInfo(m_chipFile).fileName();
    m_chipText->setText(m_panel->session().shownIsReference
                            ? tr("Comparing with %1").arg(name)
                            : tr("Compared with the reference %1").arg(name));
    m_chipClose->setToolTip(tr("Close the comparison"));
    m_chipClose->setAccessibleName(tr("Close the comparison"));
    m_chip->adjustSize();
    placeChip();
}

void ExerciseWorkshop::updateActions()
{
    const bool open = m_doc->isOpen();
    m_create->setEnabled(open);
    m_compareMaps->setEnabled(open);
    m_compareReference->setEnabled(open);
    m_close->setEnabled(m_panel->hasSession());
}

void ExerciseWorkshop::placeChip()
{
    m_chip->adjustSize();
    m_chip->move(10, 10);
    m_chip->raise();
}

bool ExerciseWorkshop::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize && m_chip->isVisible())
        placeChip();
    return QObject::eventFilter(watched, event);
}

void ExerciseWorkshop::documentOpened()
{
    closeComparison();
    loadExercise();
    updateActions();
}

void ExerciseWorkshop::documentClosed()
{
    closeComparison();
    m_exercise.reset();
    clearVocabularyFilter(m_doc);
    m_briefDock->hide();
    updateActions();
}

void ExerciseWorkshop::loadExercise()
{
    const bool had = m_exercise.has_value();
    m_exercise = m_doc->isOpen() ? workshop::readExercise(m_doc->store()) : std::nullopt;
    if (!m_exercise) {
        clearVocabularyFilter(m_doc);
        m_briefDock->hide();
        return;
    }
    VocabularyFilter filter;
    if (!m_exercise->categories.isEmpty())
        filter.categories = QSet<qint64>(m_exercise->categories.cbegin(), m_exercise->categories.cend());
    if (!m_exercise->linkTypes.isEmpty())
        filter.linkTypes = QSet<qint64>(m_exercise->linkTypes.cbegin(), m_exercise->linkTypes.cend());
    setVocabularyFilter(m_doc, filter);
    m_brief->setExercise(m_doc, *m_exercise);
    if (!had) {
        m_briefDock->show();
        m_briefDock->raise();
    }
}

void ExerciseWorkshop::createExerciseInteractively()
{
    if (!m_doc->isOpen())
        return;
    ExerciseDialog dialog(m_doc, m_scene->selectedActors(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.outputPath();
    m_window->statusBar()->showMessage(
        tr("Exercise written to %1; this territory is unchanged.").arg(QFileInfo(path).fileName()),
        8000);
}

void ExerciseWorkshop::chooseMaps()
{
    if (!m_doc->isOpen())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Maps to compare with this territory"),
        QFileInfo(m_doc->path()).absolutePath(),
        tr("Maillage territories (*.maillage);;All files (*)"));
    if (!files.isEmpty())
        compareWithMaps(files);
}

void ExerciseWorkshop::chooseReference()
{
    if (!m_doc->isOpen())
        return;
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("The trainer's reference"), QFileInfo(m_doc->path()).absolutePath(),
        tr("Maillage territories (*.maillage);;All files (*)"));
    if (!file.isEmpty())
        compareWithReference(file);
}

bool ExerciseWorkshop::compareWithMaps(const QStringList &files)
{
    return run(tr("Comparing %Ln map(s) with this territory…", nullptr, int(files.size())), files,
               true);
}

bool ExerciseWorkshop::compareWithReference(const QString &reference)
{
    if (samePath(reference) == samePath(m_doc->path())) {
        QMessageBox::information(m_window, tr("Compare with Reference"),
                                 tr("This file is the one open: choose the trainer's "
                                    "reference file."));
        return false;
    }
    return run(tr("Comparing this map with the reference…"), {reference}, false);
}

bool ExerciseWorkshop::run(const QString &label, const QStringList &files, bool shownIsReference)
{
    if (!m_doc->isOpen() || files.isEmpty())
        return false;
    // The open file is read here (its connection belongs to this thread); the others in the
    // worker, which also does the matching.
    workshop::MapData shown = workshop::readMap(m_doc->store());
    shown.file = m_doc->path();
    const QString shownPath = samePath(shown.file);
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    ComparisonSession session;
    session.shownIsReference = shownIsReference;
    QString error;
    QThread *worker = QThread::create([&] {
        QList<workshop::MapData> others;
        for (const QString &file : files) {
            if (cancel)
                return;
            workshop::MapData m;
            if (samePath(file) == shownPath) {
                m = shown;
                m.file = file;
            } else if (!workshop::loadMap(file, &m, &error)) {
                return;
            }
            others << m;
            ++done;
        }
        if (shownIsReference) {
            session.reference = shown;
            session.candidates = others;
        } else {
            session.reference = others.first();
            session.candidates = {shown};
        }
        session.comparison = workshop::compare(session.reference, session.candidates);
        for (qsizetype i = 0; i < session.candidates.size(); ++i)
            session.items << workshop::comparisonItems(session.reference, session.candidates.at(i),
                                                       session.comparison.maps.at(i));
        ++done;
    });
    QProgressDialog progress(label, tr("Cancel"), 0, int(files.size()) + 1, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    connect(&progress, &QProgressDialog::canceled, this, [&] { cancel = true; });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { progress.setValue(done); });
    ticker.start(50);
    worker->start();
    loop.exec();
    ticker.stop();
    worker->wait();
    delete worker;
    progress.reset();
    if (cancel)
        return false;
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot compare"), error);
        return false;
    }
    m_panel->setSession(session);
    const bool wasVisible = m_comparisonDock->isVisible();
    m_comparisonDock->show();
    m_comparisonDock->raise();
    if (!wasVisible)  // room for a few rows; the map keeps most of the height
        m_window->resizeDocks({m_comparisonDock}, {230}, Qt::Vertical);
    m_view->requestFit();
    updateActions();
    return true;
}

void ExerciseWorkshop::closeComparison()
{
    if (m_panel->hasSession())
        m_panel->clearSession();
    m_chip->hide();
    m_chipFile.clear();
    if (m_comparisonDock->isVisible())
        m_comparisonDock->hide();
    updateActions();
}

} // namespace maillage
