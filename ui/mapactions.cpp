#include "mapactions.h"

#include "document/document.h"
#include "io/import.h"

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
    const layout::Graph graph = layout::Graph::fromDocument(*doc);
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
    if (!layout::apply(*doc, result.positions, algorithm, &error)) {
        QMessageBox::warning(parent, QObject::tr("Layout"), error);
        return false;
    }
    return true;
}

bool isImportable(const QString &path)
{
    static const QStringList extensions{QStringLiteral("csv"), QStringLiteral("tsv"),
                                        QStringLiteral("txt"), QStringLiteral("graphml"),
                                        QStringLiteral("gexf"), QStringLiteral("json")};
    return extensions.contains(QFileInfo(path).suffix().toLower());
}

void importInteractively(Document *doc, const QStringList &paths, QWidget *parent)
{
    if (paths.isEmpty() || !doc->isOpen() || doc->isReadOnly())
        return;
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Import"));
    auto *layout = new QVBoxLayout(&dialog);
    QStringList names;
    for (const QString &p : paths)
        names << QFileInfo(p).fileName();
    auto *files = new QLabel(QObject::tr("Files: %1").arg(names.join(QStringLiteral(", "))), &dialog);
    files->setWordWrap(true);
    layout->addWidget(files);
    layout->addWidget(new QLabel(
        QObject::tr("Actors already in the territory (same name, ignoring case and accents):"),
        &dialog));
    auto *merge = new QRadioButton(QObject::tr("&Merge: complete them with the imported values"), &dialog);
    auto *skip = new QRadioButton(QObject::tr("&Skip: leave them as they are"), &dialog);
    auto *keep = new QRadioButton(QObject::tr("&Keep both: create a second actor"), &dialog);
    merge->setChecked(true);
    for (QRadioButton *b : {merge, skip, keep})
        layout->addWidget(b);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(QObject::tr("Import"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    io::ImportOptions options;
    options.onDuplicate = merge->isChecked() ? io::DuplicatePolicy::Merge
                          : skip->isChecked() ? io::DuplicatePolicy::Skip
                                              : io::DuplicatePolicy::Keep;
    io::ImportReport report;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = io::importFiles(*doc, paths, options, &report, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Import failed"),
                        QObject::tr("Nothing was imported.") + QStringLiteral("\n\n") + error,
                        QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("importError"));
        box.exec();
        return;
    }
    QMessageBox box(QMessageBox::Information, QObject::tr("Import done"), report.summary(),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("importReport"));
    if (!report.warnings.isEmpty())
        box.setDetailedText(report.warnings.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace maillage
