#include "ui/shared/shareddialogs.h"

#include "core/store/serversession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)

QLabel *errorLine(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(K("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(K("color: #b02a37;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}
} // namespace

QString levelText(postgres::Level level)
{
    switch (level) {
    case postgres::Level::Owner: return QCoreApplication::translate("maillage::MembersDialog", "Owner");
    case postgres::Level::Editor: return QCoreApplication::translate("maillage::MembersDialog", "Editor");
    case postgres::Level::Viewer: return QCoreApplication::translate("maillage::MembersDialog", "Viewer");
    case postgres::Level::ViewerNoPersonalData:
        return QCoreApplication::translate("maillage::MembersDialog", "Viewer without personal data");
    }
    return {};
}

// --- SharedAddressDialog ----------------------------------------------------------------

SharedAddressDialog::SharedAddressDialog(Purpose purpose, const QString &initial, QWidget *parent)
    : QDialog(parent), m_purpose(purpose),
      m_lister([](const SharedAddress &a, QString *e) { return postgres::territories(a, e); })
{
    setObjectName(K("sharedAddressDialog"));
    setWindowTitle(purpose == Purpose::Open      ? tr("Open a Shared Territory")
                   : purpose == Purpose::Publish ? tr("Publish the Territory")
                                                 : tr("Download a Copy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        purpose == Purpose::Open
            ? tr("A shared territory is kept on a PostgreSQL server: your team edits it together.")
        : purpose == Purpose::Publish
            ? tr("Publishing copies this territory to a PostgreSQL server, under a new name: "
                 "your team can then open it there. The file stays as it is.")
            : tr("Downloading writes the shared territory to a new file on this computer."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_address = new QLineEdit(initial, this);
    m_address->setObjectName(K("addressEdit"));
    m_address->setPlaceholderText(K("postgresql://anne@server/maillage?territory=mirecourt"));
    m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(
                                   m_address->placeholderText()) + 40);
    form->addRow(tr("&Address:"), m_address);
    layout->addLayout(form);
    auto *example = new QLabel(
        tr("For example postgresql://anne@server/maillage?territory=mirecourt. What the address "
           "leaves out (server, user, password) comes from PGHOST, PGUSER… and ~/.pgpass, as "
           "for psql."),
        this);
    example->setObjectName(K("exampleLabel"));
    example->setWordWrap(true);
    example->setStyleSheet(K("color: palette(placeholder-text);"));
    layout->addWidget(example);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(new QLabel(purpose == Purpose::Publish
                                      ? tr("Territories already on the server:")
                                      : tr("Territories on the server:"),
                                  this));
    listRow->addStretch();
    m_list = new QPushButton(tr("&List Territories"), this);
    m_list->setObjectName(K("listTerritories"));
    listRow->addWidget(m_list);
    layout->addLayout(listRow);
    m_territories = new QListWidget(this);
    m_territories->setObjectName(K("territoryList"));
    m_territories->setMinimumHeight(120);
    m_territories->setEnabled(purpose != Purpose::Publish);
    layout->addWidget(m_territories, 1);
    m_error = errorLine(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(purpose == Purpose::Open      ? tr("&Open")
                  : purpose == Purpose::Publish ? tr("&Publish")
                                                : tr("&Download…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &SharedAddressDialog::check);
    connect(m_list, &QPushButton::clicked, this, &SharedAddressDialog::listTerritories);
    // Choosing a territory writes it into the address.
    connect(m_territories, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (name.isEmpty())
            return;
        QString text = m_address->text().trimmed();
        const int q = text.indexOf(QLatin1Char('?'));
        QUrlQuery query(q < 0 ? QString() : text.mid(q + 1));
        query.removeAllQueryItems(K("territory"));
        query.addQueryItem(K("territory"), name);
        m_address->setText((q < 0 ? text : text.left(q)) + QLatin1Char('?') +
                           query.toString(QUrl::FullyEncoded));
    });
    connect(m_territories, &QListWidget::itemActivated, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    check();
}

QString SharedAddressDialog::address() const
{
    return m_address->text().trimmed();
}

void SharedAddressDialog::setLister(
    std::function<std::optional<QStringList>(const SharedAddress &, QString *)> lister)
{
    m_lister = std::move(lister);
}

void SharedAddressDialog::check()
{
    QString error;
    const bool ok = SharedAddress::parse(address(), &error).has_value();
    m_ok->setEnabled(ok);
    m_list->setEnabled(postgres::serverOf(address()).has_value());
    // An address being typed is not wrong yet: only a complete-looking one is judged.
    static const QRegularExpression named(QStringLiteral("[?&]territory=[^&]"));
    const bool judge = named.match(address()).hasMatch();
    m_error->setText(judge && !ok ? error : QString());
    m_error->setVisible(judge && !ok);
}

void SharedAddressDialog::listTerritories()
{
    QString error;
    auto server = postgres::serverOf(address(), &error);
    if (server) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto list = m_lister(*server, &error);
        QApplication::restoreOverrideCursor();
        if (!list && postgres::asksForPassword(error) && m_passwords &&
            m_passwords(*server, error)) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            list = m_lister(*server, &error);
            QApplication::restoreOverrideCursor();
        }
        if (list) {
            const QString current = SharedAddress::parse(address())
                                        ? SharedAddress::parse(address())->territory
                                        : QString();
            m_territories->blockSignals(true);
            m_territories->clear();
            m_territories->addItems(*list);
            if (list->isEmpty())
                m_territories->addItem(tr("(no territory you may open)"));
            m_territories->setEnabled(m_purpose != Purpose::Publish && !list->isEmpty());
            for (int i = 0; i < m_territories->count(); ++i)
                if (m_territories->item(i)->text() == current)
                    m_territories->setCurrentRow(i);
            m_territories->blockSignals(false);
            m_error->hide();
            return;
        }
    }
    m_error->setText(error.simplified());
    m_error->show();
}

// --- MembersDialog ------------------------------------------------------------------------

MembersDialog::MembersDialog(const SharedAddress &address, bool canChange, QWidget *parent)
    : QDialog(parent), m_address(address), m_canChange(canChange)
{
    setObjectName(K("membersDialog"));
    setWindowTitle(tr("Members of “%1”").arg(address.territory));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(address.display(), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(K("membersTable"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Level")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumSize(460, 200);
    layout->addWidget(m_table, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(K("membersNote"));
    m_note->setWordWrap(true);
    m_note->setText(canChange
                        ? tr("A role that does not exist yet is created without a password: the "
                             "server's administrator gives it one (psql's \\password).")
                        : tr("Only an owner of this territory can change its members: you see "
                             "them read-only."));
    layout->addWidget(m_note);
    auto *row = new QHBoxLayout;
    m_role = new QLineEdit(this);
    m_role->setObjectName(K("roleEdit"));
    m_role->setPlaceholderText(tr("role on the server, e.g. anne"));
    m_role->setMinimumWidth(m_role->fontMetrics().horizontalAdvance(m_role->placeholderText()) + 24);
    m_level = new QComboBox(this);
    m_level->setObjectName(K("levelBox"));
    for (postgres::Level l : {postgres::Level::Editor, postgres::Level::Viewer,
                              postgres::Level::ViewerNoPersonalData, postgres::Level::Owner})
        m_level->addItem(levelText(l), int(l));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(K("addMember"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(K("removeMember"));
    row->addWidget(m_role, 1);
    row->addWidget(m_level);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    for (QWidget *w : {static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_level),
                       static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_remove)})
        w->setEnabled(canChange);
    m_error = errorLine(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &MembersDialog::addMember);
    connect(m_role, &QLineEdit::returnPressed, this, &MembersDialog::addMember);
    connect(m_remove, &QPushButton::clicked, this, &MembersDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(m_canChange && !m_table->selectedItems().isEmpty());
    });
    m_remove->setEnabled(false);
    reload();
}

void MembersDialog::fail(const QString &error)
{
    m_lastError = error.simplified();
    m_error->setText(m_lastError);
    m_error->show();
}

bool MembersDialog::reload()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto members = postgres::members(m_address, &error);
    QApplication::restoreOverrideCursor();
    if (!members) {
        fail(error);
        return false;
    }
    m_table->setRowCount(0);
    for (const postgres::Member &m : *members) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(m.role));
        auto *level = new QTableWidgetItem(levelText(m.level));
        level->setData(Qt::UserRole, int(m.level));
        m_table->setItem(r, 1, level);
    }
    m_remove->setEnabled(false);
    return true;
}

void MembersDialog::addMember()
{
    if (!m_canChange)
        return;
    const QString role = m_role->text().trimmed();
    if (role.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = postgres::addMember(m_address, role,
                                        postgres::Level(m_level->currentData().toInt()), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return fail(error);
    m_error->hide();
    m_lastError.clear();
    m_role->clear();
    reload();
}

void MembersDialog::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (!m_canChange || selected.isEmpty())
        return;
    const QString role = m_table->item(selected.first()->row(), 0)->text();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = postgres::removeMember(m_address, role, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return fail(error);
    m_error->hide();
    m_lastError.clear();
    reload();
}

// --- PasswordDialog -----------------------------------------------------------------------

PasswordDialog::PasswordDialog(const QString &display, const QString &why, bool keyringAvailable,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(K("passwordDialog"));
    setWindowTitle(tr("Password"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The server of %1 asks for a password.").arg(display), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    if (!why.isEmpty()) {
        auto *reason = new QLabel(why.simplified(), this);
        reason->setObjectName(K("reasonLabel"));
        reason->setWordWrap(true);
        reason->setStyleSheet(K("color: palette(placeholder-text);"));
        layout->addWidget(reason);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(K("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember it in the system keyring"), this);
    m_remember->setObjectName(K("rememberPassword"));
    m_remember->setEnabled(keyringAvailable);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked() && m_remember->isEnabled();
}

} // namespace maillage
