#pragma once

#include "core/workshop/exercise.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace maillage {
class Document;

/// Workshop › Create Exercise…: the brief, the allowed categories and link types, the
/// starting map and the file to write. The open territory (the reference) is not changed.
class ExerciseDialog : public QDialog
{
    Q_OBJECT
public:
    ExerciseDialog(Document *doc, const QList<qint64> &selectedActors, QWidget *parent = nullptr);
    workshop::ExerciseSpec spec() const;
    QString outputPath() const;
    QPlainTextEdit *briefEdit() const { return m_brief; }
    QListWidget *categoryList() const { return m_categories; }
    QListWidget *linkTypeList() const { return m_linkTypes; }
    QComboBox *startCombo() const { return m_start; }
    QLineEdit *fileEdit() const { return m_file; }
    /// Writes the exercise; on failure says why and stays open.
    void accept() override;

private:
    void browse();
    Document *m_doc;
    QList<qint64> m_selected;
    QPlainTextEdit *m_brief;
    QListWidget *m_categories, *m_linkTypes;
    QComboBox *m_start;
    QLineEdit *m_file;
};

} // namespace maillage
