#include "ui/territorydialog.h"

#include "core/document/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace maillage {

TerritoryDialog::TerritoryDialog(Document *doc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setWindowTitle(tr("Territory properties"));
    const Territory t = doc->territory();
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(t.name, this);
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    m_kind->setEditable(true);
    m_kind->addItem(tr("Commune"), QStringLiteral("commune"));
    m_kind->addItem(tr("Neighbourhood"), QStringLiteral("neighbourhood"));
    m_kind->addItem(tr("Intercommunality"), QStringLiteral("intercommunality"));
    m_kind->addItem(tr("Department"), QStringLiteral("department"));
    const int kind = m_kind->findData(t.kind);
    if (kind >= 0)
        m_kind->setCurrentIndex(kind);
    else
        m_kind->setEditText(t.kind);
    form->addRow(tr("&Kind:"), m_kind);
    m_insee = new QLineEdit(t.inseeCodes, this);
    m_insee->setPlaceholderText(tr("e.g. 88304, 88321"));
    form->addRow(tr("&INSEE codes:"), m_insee);
    m_author = new QLineEdit(t.author, this);
    form->addRow(tr("&Author:"), m_author);
    m_description = new QPlainTextEdit(t.description, this);
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);
    m_retention = new QSpinBox(this);
    m_retention->setRange(1, 240);
    m_retention->setValue(t.retentionMonths);
    m_retention->setSuffix(tr(" months"));
    m_retention->setToolTip(tr("How long persons are kept after the last contact, by default"));
    form->addRow(tr("Keep persons for:"), m_retention);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TerritoryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void TerritoryDialog::save()
{
    if (m_name->text().trimmed().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("The territory needs a name."));
        return;
    }
    const int kindIndex = m_kind->findText(m_kind->currentText());
    const QString kind = kindIndex >= 0 ? m_kind->itemData(kindIndex).toString()
                                        : m_kind->currentText().trimmed();
    QString error;
    const bool ok = m_doc->updateRow(
        QStringLiteral("territory"), 1,
        {{QStringLiteral("name"), m_name->text().trimmed()},
         {QStringLiteral("kind"), kind},
         {QStringLiteral("insee_codes"), m_insee->text().trimmed()},
         {QStringLiteral("author"), m_author->text().trimmed()},
         {QStringLiteral("description"), m_description->toPlainText()},
         {QStringLiteral("retention_months"), m_retention->value()}},
        tr("Edit territory"), Document::NoMerge, &error);
    if (!ok) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    accept();
}

} // namespace maillage
