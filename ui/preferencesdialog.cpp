#include "preferencesdialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace maillage {

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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    const auto check = [this, buttons] {
        const QString url = tileUrl();
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(url.isEmpty() || (url.contains(QLatin1String("{z}")) &&
                                           url.contains(QLatin1String("{x}")) &&
                                           url.contains(QLatin1String("{y}"))));
    };
    connect(m_tileUrl, &QLineEdit::textChanged, this, check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
