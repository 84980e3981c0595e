#pragma once

#include <QPlainTextEdit>

namespace maillage {

/// A plain text edit that says when the user leaves it with changed text, so a description
/// typed in one go is one committed, undoable edit rather than one per keystroke.
class NotesEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NotesEdit(QWidget *parent = nullptr) : QPlainTextEdit(parent)
    {
        setTabChangesFocus(true);
    }
    /// Shows `text` unless the user is typing here.
    void load(const QString &text)
    {
        if (hasFocus())
            return;
        const QSignalBlocker block(this);
        setPlainText(text);
        m_loaded = text;
    }

signals:
    void editingFinished(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *e) override
    {
        QPlainTextEdit::focusOutEvent(e);
        if (toPlainText() != m_loaded) {
            m_loaded = toPlainText();
            emit editingFinished(m_loaded);
        }
    }

private:
    QString m_loaded;
};

} // namespace maillage
