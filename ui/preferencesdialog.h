#pragma once

#include <QDialog>

class QComboBox;

namespace maillage {

/// Interface language (system, English, French).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    /// "" for the system's language, else "en" or "fr".
    QString language() const;
    QComboBox *languageCombo() const { return m_language; }

private:
    QComboBox *m_language;
};

} // namespace maillage
