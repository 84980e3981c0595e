#include "ui/editors/fieldvalueseditor.h"

#include "core/document/document.h"
#include "ui/widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)

/// A number typed in the user's language ("1 234,5" in French) as the C locale writes it;
/// anything else is passed on as typed (fields::canonical() accepts more, or says why not).
QString typedNumber(const QString &text)
{
    bool ok = false;
    const double d = QLocale().toDouble(text.trimmed(), &ok);
    return ok ? QString::number(d, 'g', QLocale::FloatingPointShortest) : text;
}
} // namespace

FieldValuesEditor::FieldValuesEditor(Document *doc, const QString &subject, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_subject(subject)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(K("fieldValueError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(K("color: #a04000;"));
    m_error->hide();
    layout->addWidget(m_error);
    connect(doc, &Document::changed, this, &FieldValuesEditor::onChanged);
    connect(doc, &Document::opened, this, &FieldValuesEditor::rebuild);
    connect(doc, &Document::closed, this, [this] {
        m_owner = 0;
        rebuild();
    });
    rebuild();
}

void FieldValuesEditor::setOwner(qint64 id)
{
    m_owner = id;
    m_error->hide();
    loadValues();
}

QWidget *FieldValuesEditor::makeEditor(const CustomField &f)
{
    const QString name = K("field_%1").arg(f.id);
    switch (f.type) {
    case FieldType::Date: {
        auto *edit = new OptionalDateEdit(this);
        edit->setObjectName(name);
        connect(edit, &OptionalDateEdit::dateCommitted, this, [this, f](const QDate &d) {
            commit(f, d.isValid() ? d.toString(Qt::ISODate) : QString());
        });
        return edit;
    }
    case FieldType::YesNo: {
        auto *box = new QCheckBox(this);
        box->setObjectName(name);
        box->setToolTip(tr("Greyed: no answer recorded"));
        connect(box, &QCheckBox::clicked, this, [this, f, box] {
            // From "no answer" a click answers yes; then it toggles between yes and no.
            const bool yes = box->checkState() != Qt::Unchecked;
            box->setTristate(false);
            box->setCheckState(yes ? Qt::Checked : Qt::Unchecked);
            commit(f, yes ? K("1") : K("0"));
        });
        return box;
    }
    case FieldType::Choice: {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->addItem(tr("(none)"), QString());
        for (const QString &c : f.choices)
            combo->addItem(c, c);
        connect(combo, &QComboBox::activated, this,
                [this, f, combo] { commit(f, combo->currentData().toString()); });
        return combo;
    }
    default: {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        if (f.type == FieldType::Number) {
            auto *v = new QDoubleValidator(edit);
            v->setNotation(QDoubleValidator::StandardNotation);
            edit->setValidator(v);
        } else if (f.type == FieldType::Integer) {
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(K("^[-+]?[0-9  \\x{00A0}\\x{202F}]*$")), edit));
        } else if (f.type == FieldType::Url) {
            edit->setPlaceholderText(K("https://…"));
        }
        connect(edit, &QLineEdit::editingFinished, this, [this, f, edit] {
            const QString text = edit->text();
            commit(f, f.type == FieldType::Number || f.type == FieldType::Integer
                          ? typedNumber(text)
                          : text);
        });
        return edit;
    }
    }
}

void FieldValuesEditor::rebuild()
{
    m_loading = true;
    for (QWidget *w : std::as_const(m_editors))
        disconnect(w, nullptr, this, nullptr);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_fields = m_doc->isOpen() ? m_doc->customFields(m_subject) : QList<CustomField>();
    for (const CustomField &f : std::as_const(m_fields)) {
        QWidget *editor = makeEditor(f);
        m_editors.insert(f.id, editor);
        QString label = f.unit.isEmpty() ? f.name : tr("%1 (%2)").arg(f.name, f.unit);
        m_form->addRow(tr("%1:").arg(label), editor);
        if (f.personal)
            editor->setToolTip(tr("Personal data: blanked for persons in anonymized exports"));
    }
    setVisible(!m_fields.isEmpty());
    m_loading = false;
    loadValues();
    emit fieldsChanged();
}

void FieldValuesEditor::loadValues()
{
    m_loading = true;
    const QHash<qint64, QString> values = m_owner && m_doc->isOpen()
                                              ? m_doc->fieldValues(m_subject, m_owner)
                                              : QHash<qint64, QString>();
    for (const CustomField &f : std::as_const(m_fields)) {
        QWidget *w = m_editors.value(f.id);
        const QSignalBlocker block(w);
        const QString v = values.value(f.id);
        switch (f.type) {
        case FieldType::Date:
            static_cast<OptionalDateEdit *>(w)->setDate(QDate::fromString(v, Qt::ISODate));
            break;
        case FieldType::YesNo: {
            auto *box = static_cast<QCheckBox *>(w);
            box->setTristate(v.isEmpty());
            box->setCheckState(v.isEmpty() ? Qt::PartiallyChecked
                               : v == QLatin1String("1") ? Qt::Checked
                                                         : Qt::Unchecked);
            break;
        }
        case FieldType::Choice: {
            auto *combo = static_cast<QComboBox *>(w);
            int i = combo->findData(v);
            if (i < 0) {  // a value no longer among the choices stays visible
                combo->addItem(v, v);
                i = combo->count() - 1;
            }
            combo->setCurrentIndex(i);
            break;
        }
        case FieldType::Number:
        case FieldType::Integer:
            static_cast<QLineEdit *>(w)->setText(fields::display(f.type, v));
            break;
        default:
            static_cast<QLineEdit *>(w)->setText(v);
            break;
        }
    }
    m_loading = false;
}

void FieldValuesEditor::commit(const CustomField &field, const QString &value)
{
    if (m_loading || !m_owner)
        return;
    QString error;
    if (!m_doc->setFieldValue(field.id, m_owner, value, &error)) {
        m_error->setText(tr("Not saved: %1").arg(error));
        m_error->show();
        loadValues();
        return;
    }
    m_error->hide();
}

void FieldValuesEditor::onChanged(const ChangeSet &changes)
{
    const Table values = tableOf(FieldRepository::valueTable(m_subject));
    bool reload = false;
    for (const Change &c : changes) {
        if (c.table == Table::Field) {
            rebuild();
            return;
        }
        if (c.table == values && c.ids.contains(m_owner))
            reload = true;
    }
    if (reload)
        loadValues();
}

} // namespace maillage
