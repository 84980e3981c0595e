#include "ui/mapactions.h"

#include "ui/importers/importdialog.h"
#include "ui/importers/registerdialog.h"

#include "core/document/document.h"
#include "core/io/import.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRadioButton>
#include <QThread>
#include <QTimer>
#include <QEventLoop>
#include <QVBoxLayout>

#include <atomic>

namespace maillage {

bool runLayoutInteractively(Document *doc, layout::Algorithm algorithm, qint64 centerId,
                            QWidget *parent)
{
    const layout::Graph graph = layout::Graph::fromStore(doc->store());
    layout::Options options;
    options.algorithm = algorithm;
    options.centerId = centerId;
    options.seed = 1;
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0}, total{1};
    layout::Result result;
    QThread *worker = QThread::create([&] {
        layout::Control control;
        control.cancel = &cancel;
        control.progress = [&](int d, int t) {
            done = d;
            total = std::max(1, t);
        };
        result = layout::run(graph, options, control);
    });
    QProgressDialog progress(QObject::tr("Arranging the actors (%1)…").arg(layout::displayName(algorithm)),
                             QObject::tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancel = true; });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        progress.setValue(int(1000.0 * done / total));
    });
    ticker.start(50);
    worker->start();
    loop.exec();
    ticker.stop();
    worker->wait();
    delete worker;
    progress.reset();
    if (!result.ok()) {
        if (!result.error.isEmpty())
            QMessageBox::warning(parent, QObject::tr("Layout"), result.error);
        return false;
    }
    QString error;
    if (!doc->applyPositions(result.positions, layout::undoText(algorithm), &error)) {
        QMessageBox::warning(parent, QObject::tr("Layout"), error);
        return false;
    }
    return true;
}

bool isImportable(const QString &path)
{
    static const QStringList extensions{QStringLiteral("csv"), QStringLiteral("tsv"),
                                        QStringLiteral("txt"), QStringLiteral("graphml"),
                                        QStringLiteral("gexf"), QStringLiteral("cyjs"),
                                        QStringLiteral("json")};
    return extensions.contains(QFileInfo(path).suffix().toLower());
}

void importInteractively(Document *doc, const QStringList &paths, QWidget *parent)
{
    if (paths.isEmpty() || !doc->isOpen() || doc->isReadOnly())
        return;
    ImportDialog dialog(doc, paths, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const io::ImportReport &report = dialog.report();
    QMessageBox box(QMessageBox::Information, QObject::tr("Import done"), report.summary(),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("importReport"));
    if (!report.warnings.isEmpty())
        box.setDetailedText(report.warnings.join(QLatin1Char('\n')));
    box.exec();
}

void importRegistersInteractively(Document *doc, QWidget *parent)
{
    if (!doc->isOpen() || doc->isReadOnly())
        return;
    RegisterImportDialog dialog(doc, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const io::ImportReport &report = dialog.report();
    QMessageBox box(QMessageBox::Information, QObject::tr("Import done"), report.summary(),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("importReport"));
    if (!report.warnings.isEmpty())
        box.setDetailedText(report.warnings.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace maillage
