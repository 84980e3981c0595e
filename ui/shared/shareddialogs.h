#pragma once

#include "core/store/address.h"
#include "core/store/postgres.h"

#include <QDialog>
#include <QString>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace maillage {

/// The level's name for people (Owner, Editor, Viewer, Viewer without personal data).
QString levelText(postgres::Level level);

/// Asks for a password when a server wants one (on a shared territory's address). Fills
/// `address.password` and returns true, or false when cancelled. Given the reason the server
/// gave (or a note on the keyring), as one line.
using PasswordSource = std::function<bool(SharedAddress &address, const QString &why)>;

/// File > Open Shared Territory…, Publish… and Download a Copy…: an address, with a short
/// example, and the territories the server holds (read from it on request).
class SharedAddressDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Open, Publish, Download };
    SharedAddressDialog(Purpose purpose, const QString &initial, QWidget *parent = nullptr);

    /// The address as typed (password included, when typed; never kept by the dialog).
    QString address() const;
    /// Lists the territories of the server (tests give their own; default
    /// postgres::territories()), asking for a password through `passwords` when needed.
    void setLister(std::function<std::optional<QStringList>(const SharedAddress &, QString *)> lister);
    void setPasswordSource(PasswordSource passwords) { m_passwords = std::move(passwords); }
    /// Reads the territories of the server the address names (the List button).
    void listTerritories();

private:
    void check();
    Purpose m_purpose;
    QLineEdit *m_address;
    QListWidget *m_territories;
    QPushButton *m_list;
    QPushButton *m_ok;
    QLabel *m_error;
    std::function<std::optional<QStringList>(const SharedAddress &, QString *)> m_lister;
    PasswordSource m_passwords;
};

/// File > Members…: who may do what in the shared territory. An owner adds a role with a
/// level and removes one; the others see the list read-only (said in one line).
class MembersDialog : public QDialog
{
    Q_OBJECT

public:
    MembersDialog(const SharedAddress &address, bool canChange, QWidget *parent = nullptr);
    /// Reads the members again; false with the error shown when the server refuses.
    bool reload();
    void addMember();
    void removeSelected();
    QString lastError() const { return m_lastError; }

private:
    void fail(const QString &error);
    SharedAddress m_address;
    bool m_canChange;
    QTableWidget *m_table;
    QLineEdit *m_role;
    QComboBox *m_level;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_note;
    QLabel *m_error;
    QString m_lastError;
};

/// The password prompt: the address (without its password), the reason in one line, a
/// field that hides what is typed, and "Remember it in the system keyring" (unchecked, and
/// disabled when there is no keyring).
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &display, const QString &why, bool keyringAvailable,
                   QWidget *parent = nullptr);
    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace maillage
