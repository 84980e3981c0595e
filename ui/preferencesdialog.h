#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace maillage {

/// Interface language (system, English, French) and the territory map's tile server.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    /// "" for the system's language, else "en" or "fr".
    QString language() const;
    QComboBox *languageCombo() const { return m_language; }
    /// The territory map's tile server, an URL template with {z}, {x} and {y}.
    QString tileUrl() const;
    QLineEdit *tileUrlEdit() const { return m_tileUrl; }

private:
    QComboBox *m_language;
    QLineEdit *m_tileUrl;
};

} // namespace maillage
