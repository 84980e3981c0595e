#include "ui/network/filterbar.h"

#include "core/document/document.h"
#include "core/domain/labels.h"
#include "ui/models/actortablemodel.h"
#include "core/util/dates.h"

#include <QComboBox>
#include <QEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

#include <QHBoxLayout>
#include <QVBoxLayout>
#include "ui/widgets/flowlayout.h"
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace maillage {

FilterBar::FilterBar(Document *doc, NetworkScene *scene, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_scene(scene)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("filterButton"));
    m_button->setText(tr("Filter"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(new QMenu(m_button));
    layout->addWidget(m_button);
    m_chips = new FlowLayout(nullptr, 4);
    layout->addLayout(m_chips, 1);
    connect(m_button->menu(), &QMenu::aboutToShow, this, &FilterBar::rebuildMenu);
    connect(doc, &Document::opened, this, [this] { setFilter({}); });
    rebuildChips();
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // The button and the chips' texts (numbers and dates too) in the new language.
        m_button->setText(tr("Filter"));
        rebuildChips();
    }
}

void FilterBar::setFilter(const MapFilter &filter)
{
    m_scene->setFilter(filter);
    rebuildChips();
    emit filterChanged(filter);
}

void FilterBar::setFocusText(const QString &text)
{
    m_focusText = text;
    rebuildChips();
}

void FilterBar::setDateText(const QString &text)
{
    m_dateText = text;
    rebuildChips();
}

void FilterBar::rebuildMenu()
{
    QMenu *menu = m_button->menu();
    menu->clear();
    if (!m_doc->isOpen())
        return;
    const MapFilter current = m_scene->filter();
    auto toggle = [this](auto member, auto value) {
        MapFilter f = m_scene->filter();
        auto &set = f.*member;
        if (set.contains(value))
            set.remove(value);
        else
            set.insert(value);
        setFilter(f);
    };
    QMenu *categories = menu->addMenu(tr("Category"));
    for (const Category &c : m_doc->categories()) {
        QAction *a = categories->addAction(c.name, this, [toggle, c] { toggle(&MapFilter::categories, c.id); });
        a->setCheckable(true);
        a->setChecked(current.categories.contains(c.id));
    }
    QMenu *types = menu->addMenu(tr("Link type"));
    for (const LinkType &t : m_doc->linkTypes()) {
        QAction *a = types->addAction(t.name, this, [toggle, t] { toggle(&MapFilter::linkTypes, t.id); });
        a->setCheckable(true);
        a->setChecked(current.linkTypes.contains(t.id));
    }
    QMenu *tags = menu->addMenu(tr("Tag"));
    for (const Tag &t : m_doc->tags()) {
        QAction *a = tags->addAction(t.name, this, [toggle, t] { toggle(&MapFilter::tags, t.id); });
        a->setCheckable(true);
        a->setChecked(current.tags.contains(t.id));
    }
    tags->setEnabled(!tags->isEmpty());
    QMenu *attitudes = menu->addMenu(tr("Attitude"));
    for (int v = -2; v <= 2; ++v) {
        QAction *a = attitudes->addAction(labels::attitude(v), this,
                                          [toggle, v] { toggle(&MapFilter::attitudes, v); });
        a->setCheckable(true);
        a->setChecked(current.attitudes.contains(v));
    }
    QMenu *strength = menu->addMenu(tr("Minimum link strength"));
    for (int s = 1; s <= 5; ++s) {
        QAction *a = strength->addAction(QLocale().toString(s), this, [this, s] {
            MapFilter f = m_scene->filter();
            f.minStrength = s;
            setFilter(f);
        });
        a->setCheckable(true);
        a->setChecked(current.minStrength == s);
    }
    QMenu *fieldMenu = menu->addMenu(tr("Field"));
    fieldMenu->setObjectName(QStringLiteral("filterFieldMenu"));
    for (const CustomField &f : m_doc->customFields(QStringLiteral("actor"))) {
        QAction *a = fieldMenu->addAction(tr("%1…").arg(f.name), this, [this, f] {
            FieldConditionDialog dialog(f, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const auto c = dialog.condition();
            if (!c)
                return;
            MapFilter g = m_scene->filter();
            if (!g.fields.contains(*c))
                g.fields << *c;
            setFilter(g);
        });
        a->setObjectName(QStringLiteral("filterField%1").arg(f.id));
    }
    fieldMenu->setEnabled(!fieldMenu->isEmpty());
    QAction *isolated = menu->addAction(tr("Hide isolated actors"), this, [this] {
        MapFilter f = m_scene->filter();
        f.hideIsolated = !f.hideIsolated;
        setFilter(f);
    });
    isolated->setCheckable(true);
    isolated->setChecked(current.hideIsolated);
    menu->addSeparator();
    menu->addAction(tr("Clear all filters"), this, [this] { setFilter({}); })
        ->setEnabled(!current.isEmpty());
}

QWidget *FilterBar::chip(const QString &text, std::function<void()> remove)
{
    auto *button = new QToolButton(this);
    button->setText(text + QStringLiteral("  ✕"));
    button->setToolTip(tr("Remove this filter"));
    button->setAccessibleName(tr("Remove filter %1").arg(text));
    button->setStyleSheet(QStringLiteral(
        "QToolButton { background: #e3eefc; border: 1px solid #9bbbe6; border-radius: 10px;"
        " padding: 1px 8px; }"));
    connect(button, &QToolButton::clicked, this, remove);
    return button;
}

void FilterBar::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const MapFilter f = m_scene->filter();
    auto names = [](auto list) {
        QHash<qint64, QString> out;
        for (const auto &x : list)
            out.insert(x.id, x.name);
        return out;
    };
    if (m_doc->isOpen()) {
        const auto categoryNames = names(m_doc->categories());
        const auto typeNames = names(m_doc->linkTypes());
        const auto tagNames = names(m_doc->tags());
        for (qint64 id : f.categories)
            m_chips->addWidget(chip(tr("Category: %1").arg(categoryNames.value(id)), [this, id] {
                MapFilter g = m_scene->filter();
                g.categories.remove(id);
                setFilter(g);
            }));
        for (qint64 id : f.linkTypes)
            m_chips->addWidget(chip(tr("Links: %1").arg(typeNames.value(id)), [this, id] {
                MapFilter g = m_scene->filter();
                g.linkTypes.remove(id);
                setFilter(g);
            }));
        for (qint64 id : f.tags)
            m_chips->addWidget(chip(tr("Tag: %1").arg(tagNames.value(id)), [this, id] {
                MapFilter g = m_scene->filter();
                g.tags.remove(id);
                setFilter(g);
            }));
        QHash<qint64, CustomField> defs;
        for (const CustomField &d : m_doc->customFields(QStringLiteral("actor")))
            defs.insert(d.id, d);
        for (const fields::Condition &c : f.fields) {
            if (!defs.contains(c.fieldId))
                continue;  // the field was deleted: the condition no longer counts
            m_chips->addWidget(chip(conditionText(defs.value(c.fieldId), c), [this, c] {
                MapFilter g = m_scene->filter();
                g.fields.removeAll(c);
                setFilter(g);
            }));
        }
        for (int v : f.attitudes)
            m_chips->addWidget(chip(tr("Attitude: %1").arg(labels::attitude(v)), [this, v] {
                MapFilter g = m_scene->filter();
                g.attitudes.remove(v);
                setFilter(g);
            }));
    }
    if (f.minStrength > 1)
        m_chips->addWidget(chip(tr("Strength ≥ %1").arg(f.minStrength), [this] {
            MapFilter g = m_scene->filter();
            g.minStrength = 1;
            setFilter(g);
        }));
    if (f.hideIsolated)
        m_chips->addWidget(chip(tr("Isolated actors hidden"), [this] {
            MapFilter g = m_scene->filter();
            g.hideIsolated = false;
            setFilter(g);
        }));
    if (!m_dateText.isEmpty())
        m_chips->addWidget(chip(m_dateText, [this] {
            m_dateText.clear();
            emit dateCleared();
            rebuildChips();
        }));
    if (!m_focusText.isEmpty())
        m_chips->addWidget(chip(m_focusText, [this] {
            m_focusText.clear();
            emit focusCleared();
            rebuildChips();
        }));
    // The chips wrap: the bar's height for its width may have changed, tell the map's layout
    // now (a saved view lays out before it zooms).
    // (Shown at once, not when the layout gets round to it, so they count in that height.)
    for (int i = 0; i < m_chips->count(); ++i)
        if (QWidget *w = m_chips->itemAt(i)->widget())
            w->setVisible(true);
    m_chips->invalidate();
    updateGeometry();
}

QString FilterBar::operatorLabel(FieldType type, fields::Condition::Op op)
{
    using C = fields::Condition;
    const bool date = type == FieldType::Date;
    switch (op) {
    case C::Equals: return date ? tr("on") : tr("is");
    case C::NotEquals: return date ? tr("not on") : tr("is not");
    case C::Less: return date ? tr("before") : tr("less than");
    case C::Greater: return date ? tr("after") : tr("more than");
    case C::Contains: return tr("contains");
    case C::IsSet: return tr("is filled in");
    case C::IsEmpty: return tr("is empty");
    }
    return {};
}

QString FilterBar::conditionText(const CustomField &field, const fields::Condition &c)
{
    using C = fields::Condition;
    const QString value = ActorTableModel::fieldText(field, c.value);
    const bool date = field.type == FieldType::Date;
    switch (c.op) {
    case C::Equals: return tr("%1 = %2").arg(field.name, value);
    case C::NotEquals: return tr("%1 ≠ %2").arg(field.name, value);
    case C::Less: return date ? tr("%1 before %2").arg(field.name, value)
                              : tr("%1 < %2").arg(field.name, value);
    case C::Greater: return date ? tr("%1 after %2").arg(field.name, value)
                                 : tr("%1 > %2").arg(field.name, value);
    case C::Contains: return tr("%1 contains “%2”").arg(field.name, value);
    case C::IsSet: return tr("%1 filled in").arg(field.name);
    case C::IsEmpty: return tr("%1 empty").arg(field.name);
    }
    return field.name;
}

FieldConditionDialog::FieldConditionDialog(const CustomField &field, QWidget *parent)
    : QDialog(parent), m_field(field)
{
    setObjectName(QStringLiteral("fieldConditionDialog"));
    setWindowTitle(tr("Filter on “%1”").arg(field.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_op = new QComboBox(this);
    m_op->setObjectName(QStringLiteral("conditionOperator"));
    for (fields::Condition::Op op : fields::operatorsFor(field.type))
        m_op->addItem(FilterBar::operatorLabel(field.type, op), int(op));
    form->addRow(tr("&Condition:"), m_op);
    QWidget *value = nullptr;
    switch (field.type) {
    case FieldType::Choice:
        m_list = new QComboBox(this);
        for (const QString &c : field.choices)
            m_list->addItem(c, c);
        value = m_list;
        break;
    case FieldType::YesNo:
        m_list = new QComboBox(this);
        m_list->addItem(fields::display(FieldType::YesNo, QStringLiteral("1")), QStringLiteral("1"));
        m_list->addItem(fields::display(FieldType::YesNo, QStringLiteral("0")), QStringLiteral("0"));
        value = m_list;
        break;
    case FieldType::Date:
        m_date = new QDateEdit(QDate::currentDate(), this);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(dates::format());
        value = m_date;
        break;
    default:
        m_text = new QLineEdit(this);
        if (field.type == FieldType::Number || field.type == FieldType::Integer)
            m_text->setPlaceholderText(field.type == FieldType::Integer
                                           ? QLocale().toString(10000)
                                           : QLocale().toString(2500.5, 'f', 1));
        value = m_text;
        break;
    }
    value->setObjectName(QStringLiteral("conditionValue"));
    const QString label = field.unit.isEmpty() ? tr("&Value:")
                                               : tr("&Value (%1):").arg(field.unit);
    form->addRow(label, value);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conditionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_op, &QComboBox::currentIndexChanged, this, &FieldConditionDialog::updateValueShown);
    updateValueShown();
}

void FieldConditionDialog::updateValueShown()
{
    const auto op = fields::Condition::Op(m_op->currentData().toInt());
    const bool needsValue = op != fields::Condition::IsSet && op != fields::Condition::IsEmpty;
    for (QWidget *w : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_list),
                       static_cast<QWidget *>(m_date)})
        if (w)
            w->setEnabled(needsValue);
}

std::optional<fields::Condition> FieldConditionDialog::condition(QString *error) const
{
    fields::Condition c;
    c.fieldId = m_field.id;
    c.op = fields::Condition::Op(m_op->currentData().toInt());
    if (c.op == fields::Condition::IsSet || c.op == fields::Condition::IsEmpty)
        return c;
    if (m_list) {
        c.value = m_list->currentData().toString();
    } else if (m_date) {
        c.value = m_date->date().toString(Qt::ISODate);
    } else {
        const QString raw = m_text->text().trimmed();
        std::optional<QString> value;
        // The locale's way first ("10 000,5" in French, "10,000.5" in English), then any
        // way a field accepts.
        bool ok = false;
        if (m_field.type == FieldType::Number) {
            const double d = QLocale().toDouble(raw, &ok);
            value = ok ? fields::canonical(m_field.type, QString::number(d, 'g', 17))
                       : fields::canonical(m_field.type, raw);
        } else if (m_field.type == FieldType::Integer) {
            const qlonglong n = QLocale().toLongLong(raw, &ok);
            value = ok ? std::optional(QString::number(n)) : fields::canonical(m_field.type, raw);
        } else {
            value = raw;
        }
        if (!value || value->isEmpty()) {
            if (error)
                *error = raw.isEmpty() ? tr("Type a value to compare with.")
                                       : tr("“%1” is not a %2.")
                                             .arg(raw, fields::typeLabel(m_field.type).toLower());
            return std::nullopt;
        }
        c.value = *value;
    }
    return c;
}

void FieldConditionDialog::accept()
{
    QString error;
    if (!condition(&error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace maillage
