#pragma once

#include "ui/workshop/presentationwindow.h"
#include "core/workshop/savedview.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QDockWidget;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace maillage {
class Document;
class MainWindow;

/// Title and caption of a view (saving one, or editing it).
class ViewDialog : public QDialog
{
    Q_OBJECT
public:
    ViewDialog(const QString &title, const QString &caption, bool editing,
               QWidget *parent = nullptr);
    QString title() const;
    QString caption() const;

private:
    QLineEdit *m_title;
    QPlainTextEdit *m_caption;
    QPushButton *m_ok;
};

/// The Views dock: the saved views in slide order, to show, update, edit, delete and
/// reorder (drag, or Ctrl+Up / Ctrl+Down); every change is one undo step.
class ViewsPanel : public QWidget
{
    Q_OBJECT
public:
    ViewsPanel(Document *doc, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }
    qint64 currentViewId() const;
    void selectView(qint64 id);
    void reload();

signals:
    void showRequested(qint64 id);
    void saveRequested();
    void updateRequested(qint64 id);
    void editRequested(qint64 id);
    void deleteRequested(qint64 id);
    void moveRequested(qint64 id, int to);
    void presentRequested(qint64 fromId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    Document *m_doc;
    QListWidget *m_list;
    QHash<QString, QToolButton *> m_buttons;
    bool m_reloading = false;
};

/// Saved views and presentation mode in the main window (#8, part 5): the Workshop menu's
/// actions, the Views dock, the presentation window and the slides PDF.
class PresentationFeature : public QObject
{
    Q_OBJECT
public:
    explicit PresentationFeature(MainWindow *window);

    /// Adds the actions under the Workshop menu's "Presentation" part.
    void addToMenu(QMenu *menu);
    void retranslate();
    QAction *action(const QString &key) const { return m_actions.value(key); }
    ViewsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    PresentationWindow *presentation() const { return m_presentation; }

    /// Saves what the map shows now; returns the new view's id.
    std::optional<qint64> saveCurrentView(const QString &title, const QString &caption,
                                          QString *error = nullptr);
    /// Replaces view `id`'s content with what the map shows now (title and caption kept).
    bool updateFromCurrent(qint64 id, QString *error = nullptr);
    /// Shows a saved view on the main window's map.
    bool showView(qint64 id, QString *error = nullptr);
    /// Starts presentation mode full screen at the view `fromId` (0: the first); with no
    /// saved view, the current map is the only slide.
    PresentationWindow *present(bool hideNames, qint64 fromId = 0);

    void saveCurrentViewInteractively();
    void editViewInteractively(qint64 id);
    void deleteViewInteractively(qint64 id);
    void presentInteractively(qint64 fromId = 0);
    void exportSlidesInteractively();

private:
    void updateActions();
    void report(const QString &title, const QString &error);
    MainWindow *m_window;
    Document *m_doc;
    QDockWidget *m_dock;
    ViewsPanel *m_panel;
    QHash<QString, QAction *> m_actions;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace maillage
