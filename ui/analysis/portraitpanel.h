#pragma once

#include "core/document/change.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace maillage {
class Document;

/// The territory's statistical portrait (core/statistics/portrait.h): each indicator, in the
/// comparateur de territoires' order, for the territory beside its EPCI, département and
/// France, with a source and vintage line under each and secret values marked; an "Import
/// statistics…" button reads INSEE, DREES and SDES files in one undo step (with INSEE's COG
/// movements among them, for communes merged since); "Add equipment…" adds chosen BPE
/// equipment types as actors. It follows the
/// document's opened/closed/changed signals and retranslates itself on LanguageChange.
class PortraitPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PortraitPanel(Document *doc, QWidget *parent = nullptr);

    /// Imports `paths` (formats found from their headers) in one undo step; false with one
    /// line in `error` and nothing changed.
    bool importFiles(const QStringList &paths, QString *error);
    /// Shows the portrait at `level` (commune, iris, qpv, epci).
    void setLevel(const QString &level);
    /// The table (for tests): per indicator, its name, its figures, its source line.
    QTableWidget *table() const { return m_table; }
    QString message() const;
    /// Adds the equipment of `types` from the BPE file `path` as actors (one undo step);
    /// false with one line in `error` and nothing changed.
    bool addEquipment(const QString &path, const QStringList &types, QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void chooseFiles();
    void chooseEquipment();
    void onChanged(const ChangeSet &changes);

    Document *m_doc;
    QLabel *m_message = nullptr;
    QLabel *m_levelLabel = nullptr;
    QComboBox *m_level = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_equipment = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace maillage
