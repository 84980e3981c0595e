#pragma once

#include "core/diagnostics/diagnostics.h"
#include "core/document/change.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace maillage {
class Document;

/// The checklist of what needs attention (core/diagnostics), grouped by kind, refreshed a
/// moment after each change (or when shown, if hidden meanwhile); each item jumps to the row
/// it names.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPanel(Document *doc, QWidget *parent = nullptr);
    QList<diagnostics::Item> items() const { return m_items; }
    QTreeWidget *tree() const { return m_tree; }
    /// Runs the checks now (the panel otherwise does it shortly after changes).
    void refresh();
    /// The date the checks are made on (today unless a test sets it).
    void setAsOf(const QDate &date);
    /// Jumps to what `item` names (what a click does).
    void activate(QTreeWidgetItem *item);

signals:
    /// `table` is "problem", "action_item", "theme", "actor" or "indicator".
    void jumpRequested(const QString &table, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onChanged(const ChangeSet &changes);

    Document *m_doc;
    /// Changes came while the panel was hidden (a tab not shown): the checks run when it is
    /// shown rather than after every edit (about half a second at 10 000 actors).
    bool m_stale = false;
    QDate m_asOf;
    QList<diagnostics::Item> m_items;
    QLabel *m_summary;
    QSpinBox *m_staleMonths;
    QTreeWidget *m_tree;
    QTimer *m_timer;
};

} // namespace maillage
