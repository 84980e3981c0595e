#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace maillage {

/// A date that may be absent: a check box turns it on, a date edit sets it. Emits
/// dateCommitted once per finished change (not while the user is still typing).
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    QDate date() const;
    void setDate(const QDate &date);  ///< invalid date: unchecked
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void dateCommitted(const QDate &date);

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
    QDate m_last;
};

} // namespace maillage
