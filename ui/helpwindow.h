#pragma once

#include <QDialog>
#include <QWidget>

class QMenuBar;
class QTextBrowser;
class QTableWidget;

namespace maillage {

/// The user guide (the method and the window, with pictures), in the interface's language,
/// in a window of its own beside the main one.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    /// The guide's resource for the interface's language (French or English).
    static QString guideUrl();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    QTextBrowser *m_browser;
};

/// Every keyboard shortcut of the window's menus (the side bar's sections are under View), read
/// from the actions themselves so the list is never out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMenuBar *menus, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace maillage
