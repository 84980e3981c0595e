// The main window's files: recent files, opening, creating, the sample, saving a copy,
// closing, dropping files on the window, importing and exporting.

#include "ui/mainwindow.h"

#include "core/document/document.h"
#include "ui/editors/actoreditor.h"
#include "ui/editors/linkeditor.h"
#include "ui/editors/vocabularydialog.h"
#include "ui/models/actortablemodel.h"
#include "ui/network/networkscene.h"
#include "ui/network/networkview.h"
#include "ui/panels/actorlistpanel.h"
#include "ui/mapactions.h"
#include "ui/reportdialog.h"
#include "ui/analysis/analysispanel.h"
#include "ui/analysis/portraitpanel.h"
#include "ui/workshop/viewspanel.h"
#include "ui/privacy/personaldatapanel.h"
#include "ui/tracking/actoractivitywidget.h"
#include "ui/tracking/trackingdocks.h"
#include "ui/network/filterbar.h"
#include "ui/territory/mapmodes.h"
#include "ui/territory/territoryview.h"
#include "ui/workshop/timelinebar.h"
#include "core/io/export.h"
#include "ui/webexport/webexportdialog.h"
#include "core/render/mappainter.h"
#include "ui/preferencesdialog.h"
#include "ui/settings.h"
#include "ui/territorydialog.h"
#include "ui/widgets/icons.h"
#include "ui/helpwindow.h"
#include "ui/widgets/welcomepage.h"
#include "core/io/sample.h"
#include "ui/widgets/secondarywindow.h"
#include "core/util/i18n.h"
#include "ui/workshop/exerciseworkshop.h"
#include "ui/workshop/interviewwindow.h"
#include "ui/workshop/powergrid.h"

#include <QAction>
#include <cmath>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QActionGroup>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace maillage {

#define K(x) QStringLiteral(x)

namespace {
constexpr int kMaxRecent = 8;
} // namespace

QStringList MainWindow::recentFiles() const
{
    return Settings().recentFiles();
}

void MainWindow::rememberRecent(const QString &path)
{
    Settings settings;
    QStringList files = settings.recentFiles();
    // A shared territory is remembered by its address as shown (Store::path(): display(),
    // never the password).
    const QString absolute = SharedAddress::looksLikeAddress(path)
                                 ? path
                                 : QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    settings.setRecentFiles(files.mid(0, kMaxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int n = 0;
    for (const QString &file : files) {
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(WelcomePage::recentName(file)));
        a->setToolTip(file);
        a->setData(file);
        connect(a, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            Settings().setRecentFiles({});
            rebuildRecentMenu();
        });
    }
}

bool MainWindow::openFile(const QString &path)
{
    if (SharedAddress::looksLikeAddress(path))
        return openShared(path);
    QString error;
    if (!m_doc->open(path, Store::Access::ReadWrite, &error)) {
        showError(tr("Cannot open the territory"), error);
        return false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::newFile(const QString &path, const QString &name)
{
    QString error;
    if (!m_doc->create(path, name, &error)) {
        showError(tr("Cannot create the territory"), error);
        return false;
    }
    return true;
}

bool MainWindow::newTerritory()
{
    // The name first: it is what the practitioner knows; the file is named after it.
    QInputDialog nameDialog(this);
    nameDialog.setObjectName(K("territoryNameDialog"));
    nameDialog.setWindowTitle(tr("New territory"));
    nameDialog.setLabelText(tr("Name of the territory (a town, a neighbourhood, a valley…):"));
    nameDialog.setInputMode(QInputDialog::TextInput);
    if (nameDialog.exec() != QDialog::Accepted)
        return false;
    const QString name = nameDialog.textValue().simplified();
    if (name.isEmpty())
        return false;
    // Then where to keep it: beside the last territory, else in Documents, else at home —
    // always a folder that exists.
    QString dir = QFileInfo(recentFiles().value(0)).absolutePath();
    if (recentFiles().isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(dir).isDir())
        dir = QDir::homePath();
    QString fileName = name;
    fileName.replace(QRegularExpression(K("[/\\\\:*?\"<>|]")), K("-"));
    QString path = QFileDialog::getSaveFileName(this, tr("Where to keep “%1”").arg(name),
                                                QDir(dir).filePath(fileName + K(".maillage")),
                                                tr("Maillage territories (*.maillage)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".maillage")))
        path += QStringLiteral(".maillage");
    if (QFileInfo::exists(path)) {
        // The dialog already asked to replace it: a territory is never overwritten in place,
        // so the old file goes only once the new one is made.
        if (!QFile::moveToTrash(path) && !QFile::remove(path)) {
            showError(tr("Cannot create the territory"),
                      tr("“%1” could not be replaced.").arg(path));
            return false;
        }
    }
    return newFile(path, name);
}

QString MainWindow::samplePath() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        K("/Maillage");
    return dir + QLatin1Char('/') + tr("Mirecourt (demo)") + K(".maillage");
}

bool MainWindow::openSample()
{
    // A copy of its own in the user's data folder, made once: the practitioner may edit it.
    const QString path = samplePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        // In the interface's language: English for an English window, else French.
        const QString language =
            QLocale().language() == QLocale::English ? K("en") : K("fr");
        if (!writeSample(path, &error, language)) {
            showError(tr("Cannot open the sample territory"), error);
            return false;
        }
    }
    return openFile(path);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a territory"), QFileInfo(recentFiles().value(0)).absolutePath(),
        tr("Maillage territories (*.maillage);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save a copy as"),
                                                QFileInfo(m_doc->path()).absolutePath(),
                                                tr("Maillage territories (*.maillage)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".maillage")))
        path += QStringLiteral(".maillage");
    QString error;
    if (!m_doc->saveAs(path, &error))
        showError(tr("Cannot save a copy"), error);
}

void MainWindow::closeTerritory()
{
    m_doc->close();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && (url.toLocalFile().endsWith(QLatin1String(".maillage")) ||
                                  (m_doc->isOpen() && isImportable(url.toLocalFile())))) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList imports;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        if (url.toLocalFile().endsWith(QLatin1String(".maillage"))) {
            openFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
        if (isImportable(url.toLocalFile()))
            imports << url.toLocalFile();
    }
    if (!imports.isEmpty() && m_doc->isOpen()) {
        event->acceptProposedAction();
        // After the drop returns: the import shows dialogs.
        QTimer::singleShot(0, this, [this, imports] { importInteractively(m_doc, imports, this); });
    }
}

void MainWindow::importDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import into this territory"), QFileInfo(m_doc->path()).absolutePath(),
        tr("Spreadsheets and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf *.cyjs *.json);;All files (*)"));
    importInteractively(m_doc, paths, this);
}

void MainWindow::exportMap()
{
    if (m_mapModes->territoryShown())
        return m_mapModes->exportTerritoryInteractively();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the map"), QFileInfo(m_doc->path()).absolutePath(),
        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    QStringList parts{tr("The whole map"), tr("What the view shows")};
    bool ok = false;
    const QString part = QInputDialog::getItem(this, tr("Export the map"), tr("Export:"), parts, 0,
                                               false, &ok);
    if (!ok)
        return;
    int width = 1600;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        width = QInputDialog::getInt(this, tr("Export the map"), tr("Width in pixels:"), 2400, 400,
                                     12000, 200, &ok);
        if (!ok)
            return;
    }
    render::MapModel model = render::MapModel::fromDocument(*m_doc);
    // Draw what the user sees: positions on the map, including ones not saved yet.
    QHash<qint64, QPointF> shown;
    for (const render::MapNode &n : std::as_const(model.nodes))
        if (ActorItem *item = m_scene->item(n.id))
            shown.insert(n.id, item->pos());
    model.setPositions(shown);
    render::MapOptions options;
    options.title = m_doc->territory().name;
    if (part == parts.at(1))
        options.sceneRect = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QString error;
    if (!render::renderToFile(model, path, width, options, &error))
        showError(tr("Cannot export the map"), error);
    else
        statusBar()->showMessage(tr("Map saved to %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::exportData()
{
    QString filter;
    const QString kumuJsonFilter = tr("Kumu, JSON blueprint (*.json)");
    const QString kumuCsvFilter = tr("Kumu, elements and connections spreadsheets (*.csv)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the territory's data"), QFileInfo(m_doc->path()).absolutePath(),
        tr("CSV (actors and links) (*.csv);;GraphML (*.graphml);;GEXF (*.gexf);;JSON, whole territory (*.json)")
            + QLatin1String(";;") + kumuJsonFilter + QLatin1String(";;") + kumuCsvFilter,
        &filter);
    if (path.isEmpty())
        return;
    // Kumu's formats share their extensions with Maillage's own: the chosen filter tells.
    auto format = filter == kumuJsonFilter  ? std::optional(io::ExportFormat::Kumu)
                  : filter == kumuCsvFilter ? std::optional(io::ExportFormat::KumuCsv)
                                            : io::exportFormatFromPath(path);
    if (format == io::ExportFormat::Kumu && QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".json");
    if (!format) {
        showError(tr("Cannot export"), tr("Choose a file ending in .csv, .graphml, .gexf or .json."));
        return;
    }
    io::ExportOptions options;
    options.anonymize =
        QMessageBox::question(this, tr("Export the territory's data"),
                              tr("Replace every person's name by a pseudonym (for sharing "
                                 "outside the team)?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    if (*format == io::ExportFormat::GraphML || *format == io::ExportFormat::Gexf12 ||
        *format == io::ExportFormat::Gexf13) {
        // A map mixing directed and undirected links: some tools cannot read it.
        if (const io::LinkDirections d = io::linkDirections(m_doc->store()); d.mixed()) {
            QMessageBox box(QMessageBox::Question, tr("Export the territory's data"),
                            io::mixedDirectionsNote(d), QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("mixedDirections"));
            QPushButton *allDirected =
                box.addButton(tr("Treat every link as directed"), QMessageBox::AcceptRole);
            QPushButton *asTheyAre =
                box.addButton(tr("Keep each link's direction"), QMessageBox::AcceptRole);
            box.setDefaultButton(asTheyAre);
            box.exec();
            if (box.clickedButton() != allDirected && box.clickedButton() != asTheyAre)
                return;
            options.allDirected = box.clickedButton() == allDirected;
        }
    }
    QString error;
    if (!io::exportTerritory(m_doc->store(), path, *format, options, &error))
        showError(tr("Cannot export"), error);
    else
        statusBar()->showMessage(
            tr("Exported to %1")
                .arg(*format == io::ExportFormat::KumuCsv
                         ? QFileInfo(io::kumuCsvPaths(path).elements).fileName() +
                               QLatin1String(", ") +
                               QFileInfo(io::kumuCsvPaths(path).connections).fileName()
                         : QFileInfo(path).fileName()),
            5000);
}

} // namespace maillage
