#include "ui/preferencesdialog.h"

#include "ui/history/historymodel.h"
#include "ui/settings.h"

#include "core/geo/geocoder.h"
#include "core/render/tiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace maillage {

namespace {

/// An http or https URL with a host.
bool webAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so it can be found whatever the current language.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings().language())));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("Dates and numbers follow the language chosen. Categories, link "
                               "types and themes of new territories are named in it too."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    m_userName = new QLineEdit(Settings().userName(), this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setPlaceholderText(HistoryModel::systemUserName());
    form->addRow(tr("Your &name:"), m_userName);
    auto *nameNote = new QLabel(tr("Shown beside your edits in Edit › History. On a shared "
                                   "territory your server role is shown, as the others see it."),
                                this);
    nameNote->setWordWrap(true);
    form->addRow(nameNote);
    m_tileUrl = new QLineEdit(Settings().tileUrl(), this);
    m_tileUrl->setObjectName(QStringLiteral("tileUrlEdit"));
    m_tileUrl->setMinimumWidth(m_tileUrl->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56);
    m_tileUrl->setPlaceholderText(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    form->addRow(tr("&Map tiles:"), m_tileUrl);
    auto *tileNote = new QLabel(tr("The territory map's background: an address with {z}, {x} and "
                                   "{y}. Tiles already seen are kept on this computer and work "
                                   "offline."),
                                this);
    tileNote->setWordWrap(true);
    form->addRow(tileNote);
    m_geocoder = new QLineEdit(geo::Geocoder::defaultService().toString(), this);
    m_geocoder->setObjectName(QStringLiteral("geocoderServiceEdit"));
    m_geocoder->setPlaceholderText(geo::Geocoder::builtInService().toString());
    auto *restore = new QPushButton(tr("Restore &Default"), this);
    restore->setObjectName(QStringLiteral("geocoderRestoreDefault"));
    connect(restore, &QPushButton::clicked, this,
            [this] { m_geocoder->setText(geo::Geocoder::builtInService().toString()); });
    auto *geocoderRow = new QHBoxLayout;
    geocoderRow->addWidget(m_geocoder, 1);
    geocoderRow->addWidget(restore);
    auto *geocoderLabel = new QLabel(tr("&Geocoding service:"), this);
    geocoderLabel->setBuddy(m_geocoder);
    form->addRow(geocoderLabel, geocoderRow);
    auto *geocoderNote = new QLabel(tr("Map › Locate Actors… sends addresses there, only when "
                                       "you ask: the Base Adresse Nationale’s CSV service or "
                                       "one of your own (http or https)."),
                                    this);
    geocoderNote->setWordWrap(true);
    form->addRow(geocoderNote);
    m_contact = new QLineEdit(render::TileStore::contact(), this);
    m_contact->setObjectName(QStringLiteral("mapContactEdit"));
    m_contact->setPlaceholderText(tr("e-mail or web address"));
    form->addRow(tr("&Contact for map servers:"), m_contact);
    auto *contactNote = new QLabel(tr("Sent with each request to the tile server and the "
                                      "geocoder, as they ask to know who is calling: "
                                      "“Maillage/%1 (+contact)”.")
                                       .arg(QCoreApplication::applicationVersion()),
                                   this);
    contactNote->setWordWrap(true);
    form->addRow(contactNote);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("preferencesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    for (QLineEdit *edit : {m_tileUrl, m_geocoder, m_contact})
        connect(edit, &QLineEdit::textChanged, this, &PreferencesDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QString PreferencesDialog::problem() const
{
    const QString tiles = tileUrl();
    if (!tiles.isEmpty() && !(tiles.contains(QLatin1String("{z}")) &&
                              tiles.contains(QLatin1String("{x}")) &&
                              tiles.contains(QLatin1String("{y}"))))
        return tr("The map tiles’ address needs {z}, {x} and {y}.");
    const QString service = geocoderService();
    if (!service.isEmpty() && !webAddress(service))
        return tr("The geocoding service must be an http or https address, not “%1”.")
            .arg(service);
    const QString who = contact();
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!who.isEmpty() && !email.match(who).hasMatch() && !webAddress(who))
        return tr("The contact must be an e-mail or an http or https address, not “%1”.")
            .arg(who);
    return QString();
}

void PreferencesDialog::check()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_ok->setEnabled(why.isEmpty());
}

void PreferencesDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const QString service = geocoderService();
    const bool builtIn = service.isEmpty() || QUrl(service) == geo::Geocoder::builtInService();
    geo::Geocoder::setDefaultService(builtIn ? QUrl() : QUrl(service));
    render::TileStore::setContact(contact());
    Settings().setUserName(userName());
    QDialog::accept();
}

QString PreferencesDialog::geocoderService() const
{
    return m_geocoder->text().trimmed();
}

QString PreferencesDialog::userName() const
{
    return m_userName->text().trimmed();
}

QString PreferencesDialog::contact() const
{
    return m_contact->text().trimmed();
}

QString PreferencesDialog::tileUrl() const
{
    return m_tileUrl->text().trimmed();
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace maillage
