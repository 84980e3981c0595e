#include "mainwindow.h"

#include "document/document.h"

#include <QMessageBox>

namespace maillage {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_doc(new Document(this)) {}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_doc->open(path, Store::Access::ReadWrite, &error)) {
        QMessageBox::warning(this, tr("Cannot open"), error);
        return false;
    }
    setWindowTitle(m_doc->territory().name);
    return true;
}

} // namespace maillage
