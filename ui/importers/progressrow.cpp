#include "ui/importers/progressrow.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace maillage {

ProgressRow addProgressRow(QWidget *parent, QVBoxLayout *layout, const QString &prefix,
                           const QString &what)
{
    ProgressRow row;
    row.status = new QLabel(parent);
    row.status->setObjectName(prefix + QStringLiteral("Status"));
    row.status->setWordWrap(true);
    row.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(row.status);
    auto *line = new QHBoxLayout;
    row.progress = new QProgressBar(parent);
    row.progress->setObjectName(prefix + QStringLiteral("Progress"));
    row.progress->setAccessibleName(what);
    row.progress->setRange(0, 1000);
    row.stop = new QPushButton(QCoreApplication::translate("maillage::ImportDialog", "S&top"), parent);
    row.stop->setObjectName(prefix + QStringLiteral("Stop"));
    line->addWidget(row.progress, 1);
    line->addWidget(row.stop);
    layout->addLayout(line);
    row.progress->hide();
    row.stop->hide();
    return row;
}

ImportWriteProgress::ImportWriteProgress(const ProgressRow &row, QWidget *dialog)
    : m_row(row)
{
    const QList<QWidget *> children = dialog->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *w : children) {
        if (w == row.status || w == row.progress || w == row.stop || w->isWindow())
            continue;
        if (w->isEnabled()) {
            w->setEnabled(false);
            m_disabled << w;
        }
    }
    m_accessibleName = m_row.progress->accessibleName();
    m_row.progress->setAccessibleName(tr("Writing the import"));
    m_row.status->setText(tr("Writing the import…"));
    m_row.status->setStyleSheet(QString());
    m_row.progress->setValue(0);
    m_row.progress->show();
    m_row.stop->show();
    m_row.stop->setEnabled(true);
    m_row.stop->setFocus();
}

ImportWriteProgress::~ImportWriteProgress()
{
    for (const QPointer<QWidget> &w : std::as_const(m_disabled))
        if (w)
            w->setEnabled(true);
    m_row.progress->setAccessibleName(m_accessibleName);
    m_row.progress->hide();
    m_row.stop->hide();
}

io::ImportProgress ImportWriteProgress::callback()
{
    return [this](qint64 done, qint64 total) {
        if (!m_stopped) {
            m_row.status->setText(
                done < total
                    ? tr("Writing the import: %1 of %2 rows… (Stop cancels it: nothing is "
                         "written)")
                          .arg(QLocale().toString(done), QLocale().toString(total))
                    : tr("Writing the import: building the indexes and checking the links "
                         "(Stop still cancels it)…"));
            m_row.progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            QCoreApplication::processEvents();
        }
        return !m_stopped;
    };
}

bool writeImport(const ProgressRow &row, QWidget *dialog, ImportWriteProgress *&current,
                 const std::function<bool(const io::ImportProgress &)> &write)
{
    // The write runs here, on the UI thread that owns the database connection; the progress
    // callback keeps the (modal) dialog alive and its Stop button working.
    ImportWriteProgress writing(row, dialog);
    current = &writing;
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    const bool ok = write(writing.callback());
    QGuiApplication::restoreOverrideCursor();
    current = nullptr;
    return ok;
}

} // namespace maillage
