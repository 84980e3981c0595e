#pragma once

#include "core/workshop/snapshots.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace maillage {
class Document;
class NetworkScene;

/// Asks for a name and a note, then takes a snapshot of the map (one undoable edit).
/// Returns the snapshot's id, 0 when cancelled or when it failed (the user was told why).
qint64 takeSnapshotInteractively(Document *doc, QWidget *parent);

/// Workshop › Snapshots and Changes: the territory's snapshots (name, when taken, counts,
/// note) with take, rename and delete (undoable), and a comparison between any two of: a
/// snapshot, the territory now, the territory on a date. The changes are shown as a report
/// that can be exported as CSV or text, and the actors concerned can be highlighted on the
/// map.
class SnapshotsDialog : public QDialog
{
    Q_OBJECT
public:
    SnapshotsDialog(Document *doc, NetworkScene *scene, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QTextBrowser *report() const { return m_report; }
    /// Ids of the listed snapshots, in table order.
    QList<qint64> snapshotIds() const;
    /// Chooses the two sides and compares them.
    void compare(const workshop::DiffSide &before, const workshop::DiffSide &after);
    const workshop::SnapshotDiff &diff() const { return m_diff; }
    bool hasDiff() const { return m_hasDiff; }
    /// Writes the last diff as CSV (a .csv path) or text (anything else).
    bool exportDiff(const QString &path, QString *error);
    /// Actors of the territory concerned by the last diff (appeared, left, links changed),
    /// found by name.
    QSet<qint64> changedActors() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void fillSides();
    void renameSelected();
    void deleteSelected();
    void compareChosen();
    void exportInteractively();
    void showDiff();
    workshop::DiffSide side(QComboBox *combo, QDateEdit *date) const;
    void setSide(QComboBox *combo, QDateEdit *date, const workshop::DiffSide &side);
    qint64 selectedId() const;

    Document *m_doc;
    NetworkScene *m_scene;
    QLabel *m_listLabel;
    QTableWidget *m_table;
    QPushButton *m_take, *m_rename, *m_delete;
    QGroupBox *m_compareBox;
    QLabel *m_fromLabel, *m_toLabel;
    QComboBox *m_from, *m_to;
    QDateEdit *m_fromDate, *m_toDate;
    QPushButton *m_compare, *m_highlight, *m_export, *m_closeButton;
    QTextBrowser *m_report;
    workshop::SnapshotDiff m_diff;
    workshop::DiffSide m_before, m_after;
    bool m_hasDiff = false;
};

} // namespace maillage
