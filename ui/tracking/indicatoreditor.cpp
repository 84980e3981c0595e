#include "ui/tracking/indicatoreditor.h"
#include "core/util/dates.h"

#include "core/document/document.h"
#include "ui/tracking/indicatorchart.h"
#include "core/statistics/portrait.h"
#include "core/store/panelqueries.h"
#include "core/store/repositories.h"
#include "ui/tracking/trackingcommon.h"
#include "ui/widgets/notesedit.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace maillage {

using namespace tracking;

namespace {
#define K(x) QStringLiteral(x)

QString number(double v)
{
    return std::isnan(v) ? QString() : QLocale().toString(v, 'g', 12);
}

/// The number typed, in the user's locale or with a dot; nullopt when it is not one.
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}
} // namespace

IndicatorEditor::IndicatorEditor(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(K("indicatorName"));
    m_name->setPlaceholderText(tr("Required, e.g. Attendance"));
    form->addRow(tr("Na&me:"), m_name);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty()) {
            m_warning->setText(tr("An indicator needs a name; the previous one was kept."));
            m_warning->show();
            load();
            return;
        }
        commit(K("name"), name);
    });
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(K("indicatorUnit"));
    m_unit->setPlaceholderText(tr("e.g. people, %, households"));
    form->addRow(tr("&Unit:"), m_unit);
    connect(m_unit, &QLineEdit::editingFinished, this,
            [this] { commit(K("unit"), m_unit->text().trimmed()); });

    auto *numbers = new QHBoxLayout;
    m_baseline = new QLineEdit(this);
    m_baseline->setObjectName(K("indicatorBaseline"));
    m_baseline->setPlaceholderText(tr("none"));
    m_baseline->setToolTip(tr("The value before the action; empty: the first value measured."));
    m_target = new QLineEdit(this);
    m_target->setObjectName(K("indicatorTarget"));
    m_target->setPlaceholderText(tr("none"));
    m_target->setToolTip(tr("The value aimed at; it may be below the baseline (fewer empty homes)."));
    numbers->addWidget(m_baseline);
    numbers->addWidget(new QLabel(tr("→ target:"), this));
    numbers->addWidget(m_target);
    m_fromPortrait = new QPushButton(tr("Take from the portrait…"), this);
    m_fromPortrait->setObjectName(K("indicatorFromPortrait"));
    m_fromPortrait->setToolTip(tr("Take the baseline from the territory's statistical portrait "
                                  "(the public statistics imported)"));
    form->addRow(tr("Baseline:"), numbers);
    // Under the figures: where the baseline comes from, and the button that takes it from
    // the portrait (a row of its own: the figures keep their width in a narrow dock).
    auto *fromRow = new QHBoxLayout;
    m_baselineSource = new QLabel(this);
    m_baselineSource->setObjectName(K("indicatorBaselineSource"));
    m_baselineSource->setWordWrap(true);
    m_baselineSource->setForegroundRole(QPalette::PlaceholderText);
    fromRow->addWidget(m_fromPortrait, 0, Qt::AlignTop);
    fromRow->addWidget(m_baselineSource, 1);
    form->addRow(QString(), fromRow);
    connect(m_baseline, &QLineEdit::editingFinished, this,
            [this] { commitNumber(m_baseline, K("baseline")); });
    connect(m_fromPortrait, &QPushButton::clicked, this, &IndicatorEditor::choosePortraitFigure);
    connect(m_target, &QLineEdit::editingFinished, this,
            [this] { commitNumber(m_target, K("target")); });

    m_description = new NotesEdit(this);
    m_description->setObjectName(K("indicatorDescription"));
    m_description->setMaximumHeight(50);
    m_description->setPlaceholderText(tr("What is measured and how"));
    form->addRow(tr("How measured:"), m_description);
    connect(m_description, &NotesEdit::editingFinished, this,
            [this](const QString &text) { commit(K("description"), text); });

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(K("color: #a04000;"));
    m_warning->hide();
    layout->addWidget(m_warning);

    auto *progressRow = new QHBoxLayout;
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(K("indicatorProgress"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(true);
    m_progressText = new QLabel(this);
    m_progressText->setWordWrap(true);
    progressRow->addWidget(new QLabel(tr("Progress:"), this));
    progressRow->addWidget(m_bar, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_progressText);

    m_chart = new IndicatorChart(this);
    m_chart->setObjectName(K("indicatorChart"));
    layout->addWidget(m_chart);

    m_values = new QTreeWidget(this);
    m_values->setObjectName(K("indicatorValues"));
    m_values->setRootIsDecorated(false);
    m_values->setHeaderLabels({tr("Measured on"), tr("Value"), tr("Note")});
    m_values->header()->setStretchLastSection(true);
    m_values->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_values->setMinimumHeight(80);
    m_values->setMaximumHeight(140);
    layout->addWidget(m_values);

    auto *valueGrid = new QGridLayout;
    m_valueDate = new QDateEdit(QDate::currentDate(), this);
    m_valueDate->setObjectName(K("valueDate"));
    m_valueDate->setCalendarPopup(true);
    m_valueDate->setDisplayFormat(dates::format());
    m_value = new QDoubleSpinBox(this);
    m_value->setObjectName(K("valueSpin"));
    m_value->setRange(-1e12, 1e12);
    m_value->setDecimals(2);
    m_value->setGroupSeparatorShown(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(K("valueNote"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    valueGrid->addWidget(m_valueDate, 0, 0);
    valueGrid->addWidget(m_value, 0, 1);
    valueGrid->addWidget(m_note, 1, 0, 1, 2);
    layout->addLayout(valueGrid);
    auto *valueButtons = new QHBoxLayout;
    m_addValue = new QPushButton(tr("Add value"), this);
    m_addValue->setObjectName(K("addValueButton"));
    m_saveValue = new QPushButton(tr("Change value"), this);
    m_saveValue->setObjectName(K("saveValueButton"));
    m_removeValue = new QPushButton(tr("Remove"), this);
    m_removeValue->setObjectName(K("removeValueButton"));
    valueButtons->addWidget(m_addValue);
    valueButtons->addWidget(m_saveValue);
    valueButtons->addWidget(m_removeValue);
    valueButtons->addStretch();
    layout->addLayout(valueButtons);

    connect(m_values, &QTreeWidget::itemSelectionChanged, this, &IndicatorEditor::valueSelected);
    connect(m_addValue, &QPushButton::clicked, this, [this] {
        if (!m_id)
            return;
        QString error;
        if (!m_doc->addRow(K("indicator_value"),
                           {{K("indicator_id"), m_id},
                            {K("measured_on"), convert::date(m_valueDate->date())},
                            {K("value"), m_value->value()},
                            {K("note"), m_note->text().trimmed()}},
                           tr("Add a value to “%1”").arg(indicatorName()), &error)) {
            m_warning->setText(tr("Not saved: %1").arg(error));
            m_warning->show();
        }
    });
    connect(m_saveValue, &QPushButton::clicked, this, [this] {
        const auto items = m_values->selectedItems();
        if (items.size() != 1)
            return;
        m_doc->updateRow(K("indicator_value"), items.first()->data(0, Qt::UserRole).toLongLong(),
                         {{K("measured_on"), convert::date(m_valueDate->date())},
                          {K("value"), m_value->value()},
                          {K("note"), m_note->text().trimmed()}},
                         tr("Change a value of “%1”").arg(indicatorName()));
    });
    connect(m_removeValue, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (QTreeWidgetItem *item : m_values->selectedItems())
            ids << item->data(0, Qt::UserRole).toLongLong();
        if (!ids.isEmpty())
            m_doc->removeRows(K("indicator_value"), ids,
                              tr("Remove values of “%1”").arg(indicatorName()));
    });
    connect(doc, &Document::changed, this, &IndicatorEditor::onChanged);
    setEnabled(false);
}

QString IndicatorEditor::indicatorName() const
{
    return m_name->text();
}

void IndicatorEditor::setIndicator(qint64 id)
{
    m_id = id;
    m_warning->hide();
    load();
}

void IndicatorEditor::load()
{
    const auto ind = m_doc->isOpen() && m_id ? Repository<Indicator>(m_doc->store()).get(m_id)
                                             : std::nullopt;
    setEnabled(ind.has_value() && !m_doc->isReadOnly());
    QString error;
    const auto read = ind ? PanelQueries(m_doc->store()).indicatorValues(m_id, &error)
                          : std::optional<QList<IndicatorValue>>(QList<IndicatorValue>());
    if (!read) {
        m_warning->setText(tr("Not all could be read: %1").arg(error));
        m_warning->show();
    }
    const QList<IndicatorValue> values = read.value_or(QList<IndicatorValue>());
    const Indicator shown = ind.value_or(Indicator());
    {
        const QList<QWidget *> all = findChildren<QWidget *>();
        std::vector<QSignalBlocker> blockers;
        blockers.reserve(all.size());
        for (QWidget *w : all)
            blockers.emplace_back(w);
        if (!m_name->hasFocus())
            m_name->setText(shown.name);
        if (!m_unit->hasFocus())
            m_unit->setText(shown.unit);
        if (!m_baseline->hasFocus())
            m_baseline->setText(number(shown.baseline));
        if (!m_target->hasFocus())
            m_target->setText(number(shown.target));
        m_baselineSource->setText(shown.baselineSource.isEmpty()
                                      ? QString()
                                      : tr("Baseline from the portrait: %1").arg(shown.baselineSource));
        m_baselineSource->setVisible(!shown.baselineSource.isEmpty());
        m_description->load(shown.description);
        const qint64 selected = m_values->currentItem() && m_values->currentItem()->isSelected()
                                    ? m_values->currentItem()->data(0, Qt::UserRole).toLongLong()
                                    : 0;
        m_values->clear();
        QList<IndicatorValue> sorted = values;
        std::sort(sorted.begin(), sorted.end(), [](const IndicatorValue &a, const IndicatorValue &b) {
            return a.measuredOn < b.measuredOn;
        });
        for (const IndicatorValue &v : sorted) {
            auto *item = new QTreeWidgetItem(m_values);
            item->setText(0, shortDate(v.measuredOn));
            item->setData(0, Qt::UserRole, v.id);
            item->setText(1, shown.unit.isEmpty() ? number(v.value)
                                                  : QStringLiteral("%1 %2").arg(number(v.value), shown.unit));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(2, v.note);
            item->setToolTip(2, v.note);
            if (v.id == selected)
                item->setSelected(true), m_values->setCurrentItem(item);
        }
        m_values->resizeColumnToContents(0);
        m_values->resizeColumnToContents(1);
    }
    m_chart->setData(shown, values);
    m_progress = ind ? indicatorProgress(shown, values) : std::nullopt;
    if (m_progress) {
        const double pct = *m_progress * 100;
        m_bar->setValue(int(std::lround(std::clamp(pct, 0.0, 100.0))));
        m_bar->setFormat(QStringLiteral("%1 %").arg(QLocale().toString(pct, 'f', 0)));
        const auto latest = latestValue(values);
        QString text = tr("Latest: %1 on %2").arg(number(latest->value), shortDate(latest->measuredOn));
        if (pct > 100)
            text += QLatin1Char(' ') + tr("(target passed)");
        else if (pct < 0)
            text += QLatin1Char(' ') + tr("(moving away from the target)");
        m_progressText->setText(text);
    } else {
        m_bar->setValue(0);
        m_bar->setFormat(tr("n/a"));
        m_progressText->setText(!ind                      ? QString()
                                : values.isEmpty()        ? tr("No value measured yet.")
                                : std::isnan(shown.target) ? tr("Set a target to follow progress.")
                                                          : tr("The target equals the baseline."));
    }
    valueSelected();
}

void IndicatorEditor::valueSelected()
{
    const auto items = m_values->selectedItems();
    m_saveValue->setEnabled(items.size() == 1);
    m_removeValue->setEnabled(!items.isEmpty());
    if (items.size() != 1)
        return;
    const auto r = PanelQueries(m_doc->store()).indicatorReading(items.first()->data(0, Qt::UserRole).toLongLong());
    if (!r)
        return;  // gone meanwhile: the list follows
    m_valueDate->setDate(r->measuredOn);
    m_value->setValue(r->value);
    m_note->setText(r->note);
}

void IndicatorEditor::commit(const QString &column, const QVariant &value,
                             const QString &undoText, const QVariantMap &also)
{
    if (!m_id)
        return;
    QString error;
    QVariantMap changes = also;
    changes.insert(column, value);
    // A baseline typed by hand no longer comes from the portrait.
    if (column == QLatin1String("baseline") && !also.contains(K("baseline_source")))
        if (const auto ind = Repository<Indicator>(m_doc->store()).get(m_id);
            ind && !ind->baselineSource.isEmpty())
            changes.insert(K("baseline_source"), QString());
    if (!m_doc->updateRow(K("indicator"), m_id, changes,
                          undoText.isEmpty() ? tr("Edit indicator “%1”").arg(indicatorName())
                                             : undoText,
                          undoText.isEmpty() ? int(Document::MergeFieldEdit)
                                             : int(Document::NoMerge),
                          &error)) {
        m_warning->setText(tr("Not saved: %1").arg(error));
        m_warning->show();
        load();
    } else {
        m_warning->hide();
    }
}

void IndicatorEditor::commitNumber(QLineEdit *edit, const QString &column)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        commit(column, QVariant(QMetaType(QMetaType::Double)));
        return;
    }
    const auto v = parseNumber(text);
    if (!v) {
        m_warning->setText(tr("“%1” is not a number; the previous value was kept.").arg(text));
        m_warning->show();
        edit->clearFocus();
        load();
        return;
    }
    commit(column, *v);
}

QList<IndicatorEditor::PortraitChoice> IndicatorEditor::portraitChoices(QString *why) const
{
    QList<PortraitChoice> out;
    if (!m_doc->isOpen())
        return out;
    if (StatisticRepository(m_doc->store()).count() == 0) {
        *why = tr("No statistics imported yet: import them in Analysis ▸ Statistical portrait.");
        return out;
    }
    QString error;
    const auto portrait = statistics::makePortrait(m_doc->store(), m_doc->territory(),
                                                   QStringLiteral("commune"), &error);
    if (!portrait) {
        *why = error;
        return out;
    }
    const QLocale loc;
    for (const statistics::PortraitIndicator &i : portrait->indicators) {
        if (!i.own.value)
            continue;
        const QString value = loc.toString(*i.own.value, 'f', std::abs(*i.own.value) >= 100 ? 0 : 1);
        const QString year = QString::number(i.own.vintage);
        PortraitChoice c;
        c.value = std::round(*i.own.value * 10) / 10;
        c.unit = i.own.unit;
        c.source = statistics::baselineSource(*portrait, i);
        c.text = tr("%1: %2 %3 (%4)").arg(i.label, value, i.own.unit, year).simplified();
        out << c;
    }
    if (out.isEmpty())
        *why = tr("The portrait has no figure for the territory yet.");
    return out;
}

bool IndicatorEditor::takeBaseline(const PortraitChoice &choice)
{
    if (!m_id)
        return false;
    const auto ind = Repository<Indicator>(m_doc->store()).get(m_id);
    QVariantMap also{{K("baseline_source"), choice.source}};
    if (ind && ind->unit.trimmed().isEmpty() && !choice.unit.isEmpty())
        also.insert(K("unit"), choice.unit);
    commit(K("baseline"), choice.value,
           tr("Take the baseline of “%1” from the portrait").arg(indicatorName()), also);
    return m_warning->isHidden();
}

void IndicatorEditor::choosePortraitFigure()
{
    QString why;
    const QList<PortraitChoice> choices = portraitChoices(&why);
    if (choices.isEmpty()) {
        m_warning->setText(why);
        m_warning->show();
        return;
    }
    QMenu menu(this);
    for (const PortraitChoice &c : choices) {
        QAction *a = menu.addAction(c.text);
        a->setToolTip(c.source);
        connect(a, &QAction::triggered, this, [this, c] { takeBaseline(c); });
    }
    menu.exec(m_fromPortrait->mapToGlobal(QPoint(0, m_fromPortrait->height())));
}

void IndicatorEditor::onChanged(const ChangeSet &changes)
{
    if (m_id && touches(changes, {Table::Indicator, Table::IndicatorValue}))
        load();
}

} // namespace maillage
