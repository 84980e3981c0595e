#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QComboBox;

namespace maillage {
class Document;

/// The territory's own fields: name, kind, INSEE codes, description, author, and the
/// default retention for persons. OK commits them as one undoable edit.
class TerritoryDialog : public QDialog
{
    Q_OBJECT
public:
    TerritoryDialog(Document *doc, QWidget *parent = nullptr);

private:
    void save();
    Document *m_doc;
    QLineEdit *m_name, *m_insee, *m_author;
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
    QSpinBox *m_retention;
};

} // namespace maillage
