#include "ui/analysis/portraitpanel.h"

#include "core/document/document.h"
#include "core/statistics/equipment.h"
#include "core/statistics/import.h"
#include "core/statistics/portrait.h"
#include "core/store/repositories.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace maillage {

PortraitPanel::PortraitPanel(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("portraitPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_levelLabel = new QLabel(this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("portraitLevel"));
    for (const char *l : {"commune", "iris", "qpv", "epci"})
        m_level->addItem(QString(), QString::fromLatin1(l));
    m_levelLabel->setBuddy(m_level);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importStatistics"));
    top->addWidget(m_levelLabel);
    top->addWidget(m_level, 1);
    layout->addLayout(top);
    // The two imports on a row of their own: the section stays narrow beside the map.
    auto *imports = new QHBoxLayout;
    imports->addWidget(m_import);
    m_equipment = new QPushButton(this);
    m_equipment->setObjectName(QStringLiteral("addEquipment"));
    imports->addWidget(m_equipment);
    imports->addStretch(1);
    layout->addLayout(imports);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("portraitMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("portraitTable"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);  // source lines are elided; their tooltip holds them whole
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_import, &QPushButton::clicked, this, &PortraitPanel::chooseFiles);
    connect(m_equipment, &QPushButton::clicked, this, &PortraitPanel::chooseEquipment);
    connect(m_doc, &Document::opened, this, [this] { refresh(); });
    connect(m_doc, &Document::closed, this, [this] { refresh(); });
    connect(m_doc, &Document::changed, this, &PortraitPanel::onChanged);
    retranslate();
}

QString PortraitPanel::message() const
{
    return m_message->text();
}

void PortraitPanel::setLevel(const QString &level)
{
    const int i = m_level->findData(level);
    if (i >= 0)
        m_level->setCurrentIndex(i);
}

bool PortraitPanel::importFiles(const QStringList &paths, QString *error)
{
    statistics::ImportReport report;
    return statistics::importFiles(*m_doc, paths, {}, QString(), &report, error);
}

void PortraitPanel::chooseFiles()
{
    if (!m_doc->isOpen() || m_doc->isReadOnly())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import statistics"), QString(),
        tr("Statistics files (*.csv *.xlsx);;All files (*)"));
    if (paths.isEmpty())
        return;
    QString error;
    if (!importFiles(paths, &error))
        QMessageBox::warning(this, tr("Import statistics"), error);
}

bool PortraitPanel::addEquipment(const QString &path, const QStringList &types, QString *error)
{
    statistics::EquipmentReport report;
    return statistics::addEquipment(*m_doc, path, types, &report, error);
}

void PortraitPanel::chooseEquipment()
{
    if (!m_doc->isOpen() || m_doc->isReadOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add equipment as actors"), QString(),
        tr("INSEE's BPE, one row per equipment (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add equipment as actors"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *help = new QLabel(tr("The equipment of the chosen types in the territory's communes "
                               "becomes actors, with their address and place. Equipment added "
                               "before is updated, never added twice."),
                            &dialog);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("equipmentTypes"));
    for (const QString &t : statistics::namedEquipmentTypes()) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(t, statistics::equipmentName(t)), list);
        item->setData(Qt::UserRole, t);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList types;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            types << list->item(i)->data(Qt::UserRole).toString();
    QString error;
    if (!addEquipment(path, types, &error))
        QMessageBox::warning(this, tr("Add equipment as actors"), error);
}

void PortraitPanel::onChanged(const ChangeSet &changes)
{
    for (const Change &c : changes)
        if (c.table == Table::Statistic || c.table == Table::Territory) {
            refresh();
            return;
        }
}

void PortraitPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PortraitPanel::retranslate()
{
    m_levelLabel->setText(tr("&Areas:"));
    m_level->setItemText(0, tr("Its communes"));
    m_level->setItemText(1, tr("Its IRIS"));
    m_level->setItemText(2, tr("Its QPV"));
    m_level->setItemText(3, tr("Its EPCI"));
    m_import->setText(tr("Import statistics…"));
    m_import->setToolTip(tr("INSEE's dossier complet, comparateur, Filosofi, census IRIS bases, "
                            "BPE; DREES's APL; SDES's RPLS (.csv, .xlsx). Add INSEE's COG "
                            "movements (v_mvt_commune) to count communes merged since in "
                            "their new commune."));
    m_equipment->setText(tr("Add equipment…"));
    m_equipment->setToolTip(tr("Add schools, doctors, post offices… of INSEE's BPE as actors"));
    m_table->setHorizontalHeaderLabels({tr("Territory"), tr("EPCI"), tr("Département"), tr("France")});
    refresh();
}

namespace {
QString shown(const statistics::Figure &f)
{
    if (f.secret)
        return PortraitPanel::tr("secret");
    if (!f.value)
        return QStringLiteral("–");
    const double v = *f.value;
    const QString n = QLocale().toString(v, 'f', std::abs(v) >= 100 ? 0 : 1);
    if (f.unit == QLatin1String("%"))
        return QLocale().language() == QLocale::French ? n + QChar(0x202F) + QLatin1Char('%')
                                                       : n + QLatin1Char('%');
    return n;
}
} // namespace

void PortraitPanel::refresh()
{
    m_table->setRowCount(0);
    m_import->setEnabled(m_doc->isOpen() && !m_doc->isReadOnly());
    m_equipment->setEnabled(m_doc->isOpen() && !m_doc->isReadOnly());
    if (!m_doc->isOpen()) {
        m_message->setText(QString());
        return;
    }
    if (StatisticRepository(m_doc->store()).count() == 0) {
        m_message->setText(tr("No statistics yet. Import the public files about the territory: "
                              "INSEE's dossier complet, Filosofi, the BPE, DREES's APL…"));
        return;
    }
    QString error;
    const auto portrait = statistics::makePortrait(m_doc->store(), m_doc->territory(),
                                                   m_level->currentData().toString(), &error);
    if (!portrait) {
        m_message->setText(error);
        return;
    }
    m_message->setText(tr("%1 (%2) beside its EPCI %3, its département %4 and France.")
                           .arg(portrait->name, portrait->codes.join(QStringLiteral(", ")),
                                portrait->epci.isEmpty() ? tr("(unknown)") : portrait->epci,
                                portrait->departement));
    // Each indicator on three rows: its name, its figures, its source and vintage.
    m_table->setRowCount(int(portrait->indicators.size()) * 3);
    int row = 0;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QFont bold = font();
    bold.setBold(true);
    for (const statistics::PortraitIndicator &i : portrait->indicators) {
        QString label = i.label;
        if (!i.own.unit.isEmpty() && i.own.unit != QLatin1String("%") &&
            !label.contains(i.own.unit))
            label += QStringLiteral(" (%1)").arg(i.own.unit);
        auto *name = new QTableWidgetItem(label);
        name->setFont(bold);
        m_table->setItem(row, 0, name);
        m_table->setSpan(row, 0, 1, 4);
        const statistics::Figure *figures[] = {&i.own, &i.epci, &i.departement, &i.france};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(shown(*figures[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (figures[c]->secret) {
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
                item->setToolTip(tr("Secret in the source (too few households or people)"));
            } else if (!figures[c]->value) {
                item->setToolTip(figures[c]->reason);
            }
            if (c == 0 && i.standsOut) {
                // Where the territory differs most from its département.
                item->setText((*i.departementGap > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) +
                              item->text());
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setToolTip(*i.departementGap > 0
                                     ? tr("%1% above the département: among the figures where "
                                          "the territory differs most from it")
                                           .arg(QLocale().toString(*i.departementGap * 100, 'f', 0))
                                     : tr("%1% below the département: among the figures where "
                                          "the territory differs most from it")
                                           .arg(QLocale().toString(-*i.departementGap * 100, 'f', 0)));
            }
            m_table->setItem(row + 1, c, item);
        }
        QString source;
        if (!i.own.sources.isEmpty())
            source = tr("Source: %1, %2").arg(i.own.sources.join(QStringLiteral("; ")))
                         .arg(i.own.vintage);
        else if (i.own.secret)
            source = tr("Secret in the source");
        else
            source = i.own.reason;
        if (i.previous)
            source += QStringLiteral(" · ") + tr("%1 → %2: %3 → %4")
                                                   .arg(i.previous->vintage)
                                                   .arg(i.own.vintage)
                                                   .arg(shown(*i.previous), shown(i.own));
        auto *line = new QTableWidgetItem(source);
        line->setFont(small);
        line->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        line->setToolTip(source);
        m_table->setItem(row + 2, 0, line);
        m_table->setSpan(row + 2, 0, 1, 4);
        row += 3;
    }
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace maillage
