#include "ui/webexport/webexportdialog.h"

#include "core/document/document.h"
#include "core/workshop/savedview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace maillage {

WebExportDialog::WebExportDialog(Document *doc, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export a web page"));
    setObjectName(QStringLiteral("webExportDialog"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("One HTML file that partners open in any browser, even "
                                "offline: the network to explore, the map of places, the key "
                                "figures, the problems and the actions."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("webLanguage"));
    m_language->addItem(tr("Language of the interface"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("webView"));
    m_view->addItem(tr("The whole map, as laid out"), QString());
    for (const workshop::SavedView &v : workshop::loadViews(doc->store()))
        m_view->addItem(v.name, v.name);
    form->addRow(tr("&View:"), m_view);
    m_anonymize = new QCheckBox(tr("Replace every person by a pseudonym (for sharing with partners)"),
                                this);
    m_anonymize->setObjectName(QStringLiteral("webAnonymize"));
    form->addRow(QString(), m_anonymize);
    m_tiles = new QCheckBox(tr("Draw the map of places on OpenStreetMap"), this);
    m_tiles->setObjectName(QStringLiteral("webTiles"));
    m_tiles->setToolTip(tr("The map's images are fetched online when the page is opened: "
                           "OpenStreetMap's servers then see the reader's address."));
    form->addRow(QString(), m_tiles);
    auto *heading = new QLabel(tr("What goes out:"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: bold"));
    form->addRow(heading);
    m_contents = new QLabel(this);
    m_contents->setObjectName(QStringLiteral("webContents"));
    m_contents->setWordWrap(true);
    m_contents->setFrameShape(QFrame::StyledPanel);
    m_contents->setMargin(6);
    m_contents->setMinimumHeight(m_contents->fontMetrics().lineSpacing() * 7);
    form->addRow(m_contents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_anonymize, &QCheckBox::toggled, this, &WebExportDialog::updateContents);
    connect(m_tiles, &QCheckBox::toggled, this, &WebExportDialog::updateContents);
    updateContents();
    setMinimumWidth(600);
}

void WebExportDialog::updateContents()
{
    QString text = io::htmlExportContents(m_anonymize->isChecked());
    text += QLatin1Char(' ');
    text += m_tiles->isChecked()
                ? tr("Opening the page asks OpenStreetMap for the map's images: its servers see "
                     "the reader's address.")
                : tr("Opening the page sends nothing anywhere.");
    m_contents->setText(text);
}

io::HtmlExportOptions WebExportDialog::options() const
{
    io::HtmlExportOptions o;
    o.language = m_language->currentData().toString();
    o.anonymize = m_anonymize->isChecked();
    o.view = m_view->currentData().toString();
    o.onlineTiles = m_tiles->isChecked();
    return o;
}

void exportWebPageInteractively(Document *doc, QWidget *parent)
{
    WebExportDialog dialog(doc, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = QFileDialog::getSaveFileName(
        parent, WebExportDialog::tr("Export a web page"),
        QFileInfo(doc->path()).absolutePath() + QLatin1Char('/') + doc->territory().name +
            QStringLiteral(".html"),
        WebExportDialog::tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        path += QStringLiteral(".html");
    QString error;
    io::HtmlExportSummary summary;
    if (!io::exportHtml(doc->store(), path, dialog.options(), &error, &summary)) {
        QMessageBox::warning(parent, WebExportDialog::tr("Export a web page"), error);
        return;
    }
    const QLocale locale;
    QMessageBox done(QMessageBox::Information, WebExportDialog::tr("Export a web page"),
                     WebExportDialog::tr("The page was written to %1: %2 actors, %3 links, %4.")
                         .arg(QDir::toNativeSeparators(path), locale.toString(summary.actors),
                              locale.toString(summary.links),
                              locale.formattedDataSize(summary.bytes)),
                     QMessageBox::Close, parent);
    done.setObjectName(QStringLiteral("webWrittenBox"));
    QPushButton *open = done.addButton(WebExportDialog::tr("&Open the Page"), QMessageBox::AcceptRole);
    done.setDefaultButton(open);
    done.exec();
    if (done.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace maillage
