#include "mainwindow.h"

#include "util/i18n.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Maillage"));
    QApplication::setOrganizationName(QStringLiteral("Maillage"));
    QApplication::setApplicationVersion(QStringLiteral(MAILLAGE_VERSION));
    maillage::i18n::install();
    maillage::MainWindow w;
    if (argc > 1)
        w.openFile(QString::fromLocal8Bit(argv[1]));
    w.show();
    return app.exec();
}
