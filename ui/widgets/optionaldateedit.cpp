#include "ui/widgets/optionaldateedit.h"
#include "core/util/dates.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace maillage {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent), m_check(new QCheckBox(this)), m_edit(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch(1);  // the date beside its label, not across the whole form
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(dates::format());
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    m_check->setToolTip(tr("Set a date"));
    m_check->setAccessibleName(tr("Set a date"));
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        const QDate d = date();
        if (d != m_last) {
            m_last = d;
            emit dateCommitted(d);
        }
    });
    connect(m_edit, &QDateEdit::editingFinished, this, [this] {
        const QDate d = date();
        if (d != m_last) {
            m_last = d;
            emit dateCommitted(d);
        }
    });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker b1(m_check), b2(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
    m_last = date;
}

} // namespace maillage
