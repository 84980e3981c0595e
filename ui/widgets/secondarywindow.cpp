#include "ui/widgets/secondarywindow.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace maillage {

namespace {

/// Closes the window on an Escape nobody inside it took (a key event goes up the parents
/// while each ignores it, and reaches the window last).
class EscapeCloses : public QObject
{
public:
    explicit EscapeCloses(QWidget *window) : QObject(window), m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
                m_window->close();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
};

} // namespace

void adoptSecondaryWindow(QWidget *window, QWidget *mainWindow)
{
    if (!window || window->property("maillageSecondary").toBool())
        return;
    window->setProperty("maillageSecondary", true);
    window->installEventFilter(new EscapeCloses(window));
    auto *close = new QAction(window);
    close->setObjectName(QStringLiteral("closeWindowAction"));
    close->setShortcuts(QKeySequence::Close);
    QObject::connect(close, &QAction::triggered, window, &QWidget::close);
    window->addAction(close);
    if (!mainWindow)
        return;
    const QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    for (QAction *a : mainWindow->actions()) {
        if (a->shortcutContext() != Qt::WindowShortcut || a->shortcuts().isEmpty())
            continue;
        bool clash = false;
        for (const QKeySequence &k : a->shortcuts())
            clash = clash || closeKeys.contains(k) || k == QKeySequence(Qt::Key_Escape);
        if (!clash)
            window->addAction(a);  // the same action: one shortcut, active in both windows
    }
}

} // namespace maillage
