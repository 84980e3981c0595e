#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace maillage {

/// Interface language (system, English, French), the name shown beside one's own edits in
/// Edit › History (saved by accept()), the territory map's tile server, the
/// geocoding service (geo::Geocoder's setting, shared with maillage-cli, with "Restore
/// Default") and the contact sent to map servers in the User-Agent (render::TileStore's
/// setting). OK is enabled only when every address is valid; accept() saves the two shared
/// settings and the name, the caller the others.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    /// "" for the system's language, else "en" or "fr".
    QString language() const;
    QComboBox *languageCombo() const { return m_language; }
    /// The name for one's own edits ("" for the system user's).
    QString userName() const;
    QLineEdit *userNameEdit() const { return m_userName; }
    /// The territory map's tile server, an URL template with {z}, {x} and {y}.
    QString tileUrl() const;
    QLineEdit *tileUrlEdit() const { return m_tileUrl; }
    /// The geocoder's address ("" for the default) and the contact for map servers.
    QString geocoderService() const;
    QLineEdit *geocoderEdit() const { return m_geocoder; }
    QString contact() const;
    QLineEdit *contactEdit() const { return m_contact; }
    /// Why OK is disabled ("" when everything is valid).
    QString problem() const;
    /// Saves the geocoding service and the contact, then closes.
    void accept() override;

private:
    void check();
    QComboBox *m_language;
    QLineEdit *m_userName;
    QLineEdit *m_tileUrl;
    QLineEdit *m_geocoder;
    QLineEdit *m_contact;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace maillage
