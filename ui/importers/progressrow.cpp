#include "progressrow.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
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

} // namespace maillage
