#pragma once

#include <QMainWindow>

namespace maillage {
class Document;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    bool openFile(const QString &path);
    Document *document() const { return m_doc; }

private:
    Document *m_doc;
};
} // namespace maillage
