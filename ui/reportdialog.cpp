#include "ui/reportdialog.h"

#include "core/document/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QDesktopServices>
#include <QDir>
#include <QPushButton>
#include <QUrl>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

#include <atomic>

namespace maillage {

ReportDialog::ReportDialog(Document *doc, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Territory report"));
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(tr("Language of the interface"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    m_author = new QLineEdit(doc->territory().author, this);
    form->addRow(tr("&Author:"), m_author);
    m_anonymize = new QCheckBox(tr("Replace every person by a pseudonym (for sharing with partners)"),
                                this);
    m_anonymize->setObjectName(QStringLiteral("reportAnonymize"));
    form->addRow(QString(), m_anonymize);
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("reportSections"));
    for (const QString &code : report::sectionCodes()) {
        auto *item = new QListWidgetItem(report::sectionTitle(*report::sectionFromCode(code)),
                                         m_sections);
        item->setData(Qt::UserRole, code);
        item->setCheckState(Qt::Checked);
    }
    form->addRow(tr("&Sections:"), m_sections);
    const QList<CustomField> fields = doc->customFields(QStringLiteral("actor"));
    if (!fields.isEmpty()) {
        m_fields = new QListWidget(this);
        m_fields->setObjectName(QStringLiteral("reportFields"));
        m_fields->setToolTip(tr("Fields shown as extra columns of the table of all actors"));
        for (const CustomField &f : fields) {
            auto *item = new QListWidgetItem(f.name, m_fields);
            item->setData(Qt::UserRole, f.name);
            item->setCheckState(Qt::Unchecked);
        }
        m_fields->setMaximumHeight(m_fields->sizeHintForRow(0) * std::min<int>(5, int(fields.size())) +
                                   2 * m_fields->frameWidth() + 4);
        form->addRow(tr("Actor &fields:"), m_fields);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

report::ReportOptions ReportDialog::options() const
{
    report::ReportOptions o;
    o.language = m_language->currentData().toString();
    o.anonymize = m_anonymize->isChecked();
    o.author = m_author->text().trimmed();
    for (int i = 0; i < m_sections->count(); ++i)
        if (m_sections->item(i)->checkState() == Qt::Checked)
            o.sections << m_sections->item(i)->data(Qt::UserRole).toString();
    for (int i = 0; m_fields && i < m_fields->count(); ++i)
        if (m_fields->item(i)->checkState() == Qt::Checked)
            o.fields << m_fields->item(i)->data(Qt::UserRole).toString();
    return o;
}

namespace {
/// Runs `work` with a progress dialog whose Cancel sets the flag the report checks.
bool withProgress(QWidget *parent, const std::function<bool(const report::ReportControl &)> &work)
{
    QProgressDialog progress(QObject::tr("Writing the report…"), QObject::tr("Cancel"), 0, 100,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(200);
    std::atomic<bool> cancel{false};
    report::ReportControl control;
    control.cancel = &cancel;
    control.progress = [&](int percent) {
        progress.setValue(percent);  // processes events: Cancel can be pressed
        if (progress.wasCanceled())
            cancel = true;
    };
    const bool ok = work(control);
    progress.reset();
    return ok;
}
} // namespace

void exportReportInteractively(Document *doc, QWidget *parent)
{
    ReportDialog dialog(doc, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const report::ReportOptions options = dialog.options();
    if (options.sections.isEmpty())
        return;
    QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export the report"),
        QFileInfo(doc->path()).absolutePath() + QLatin1Char('/') + doc->territory().name +
            QStringLiteral(".pdf"),
        QObject::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    const bool ok = withProgress(parent, [&](const report::ReportControl &control) {
        return report::writeReport(*doc, path, options, control, &error);
    });
    if (!ok && !error.isEmpty())
        QMessageBox::warning(parent, QObject::tr("Export the report"), error);
    if (!ok)
        return;
    // Say where it went, and open it on request.
    QMessageBox done(QMessageBox::Information, QObject::tr("Export the report"),
                     QObject::tr("The report was written to %1.")
                         .arg(QDir::toNativeSeparators(path)),
                     QMessageBox::Close, parent);
    done.setObjectName(QStringLiteral("reportWrittenBox"));
    QPushButton *open = done.addButton(QObject::tr("&Open the Report"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openReportButton"));
    done.setDefaultButton(open);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void printReportInteractively(Document *doc, bool preview, QWidget *parent)
{
    ReportDialog dialog(doc, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const report::ReportOptions options = dialog.options();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc->territory().name);
    auto paint = [&](QPrinter *p) {
        QString error;
        const bool ok = withProgress(parent, [&](const report::ReportControl &control) {
            return report::renderReport(doc->store(), p, options, control, &error);
        });
        if (!ok && !error.isEmpty())
            QMessageBox::warning(parent, QObject::tr("Print the report"), error);
    };
    if (preview) {
        QPrintPreviewDialog previewDialog(&printer, parent);
        previewDialog.resize(900, 1000);
        QObject::connect(&previewDialog, &QPrintPreviewDialog::paintRequested, paint);
        previewDialog.exec();
    } else {
        QPrintDialog printDialog(&printer, parent);
        if (printDialog.exec() == QDialog::Accepted)
            paint(&printer);
    }
}

} // namespace maillage
