#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace maillage {

class Document;
class HistoryModel;

/// Edit › History (issue #18): who did what and when in the open territory, newest first —
/// this window's own undo steps (greyed and italic once undone) and, on a shared territory,
/// the others' edits. Selecting an own step offers to undo back to it (or redo up to it),
/// one step after the other; a step refused as stale stops there and says so. Others' edits
/// cannot be undone from here (their tooltip says so). Double-click or Enter on an entry
/// selects the actors and links it names that still exist (showOnMap()).
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(Document *doc, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// "Undo Back to Here" / "Redo Up to Here" for the selected own step.
    QPushButton *goToButton() const { return m_goTo; }
    /// The line under the buttons: what the history holds, or why the last undo stopped.
    QLabel *messageLabel() const { return m_message; }
    /// Undoes every own step down to and including `row`'s (done), or redoes every one up to
    /// and including it (undone). Stops at the first refusal (someone else changed the rows:
    /// the step leaves the history, the document says why through Document::failed, as Undo
    /// does) or failure; false then, with the reason in messageLabel().
    bool goTo(int row);

signals:
    /// Double-click or Enter on an entry: the actors it names that still exist and the ends
    /// of the links it names that still exist (`links`).
    void showOnMap(const QList<qint64> &actors, const QList<qint64> &links);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();
    void activate(int row);
    int currentRow() const;

    Document *m_doc;
    HistoryModel *m_model;
    QTreeView *m_view;
    QPushButton *m_goTo;
    QLabel *m_message;
    QString m_refusal;  ///< why the last goTo() stopped ("" when it did not)
};

} // namespace maillage
