#pragma once

#include "ui/network/networkscene.h"

#include <QDialog>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLayout;
class QLineEdit;
class QToolButton;
class QLabel;

namespace maillage {
class Document;

/// Above the map: a "Filter" menu to add criteria, each active one shown as a removable chip
/// ("Category: Association ×"), so nobody wonders why actors are missing.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    FilterBar(Document *doc, NetworkScene *scene, QWidget *parent = nullptr);
    void setFilter(const MapFilter &filter);
    void setFocusText(const QString &text);  ///< shows a "Focus" chip (empty: none)
    void setDateText(const QString &text);   ///< shows the timeline's date chip (empty: none)
    /// A field condition as its chip reads: "Budget > 10 000 €", "Date before 1 Jan 2025".
    static QString conditionText(const CustomField &field, const fields::Condition &condition);
    /// An operator as the condition dialog offers it ("is", "before", "contains"…).
    static QString operatorLabel(FieldType type, fields::Condition::Op op);

signals:
    /// The filter changed (the actor list follows its field conditions).
    void filterChanged(const maillage::MapFilter &filter);
    void focusCleared();
    void dateCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildMenu();
    void rebuildChips();
    QWidget *chip(const QString &text, std::function<void()> remove);
    Document *m_doc;
    NetworkScene *m_scene;
    QToolButton *m_button;
    QLayout *m_chips;  ///< wraps onto more rows rather than widening the window
    QString m_focusText;
    QString m_dateText;
};

/// Asks for a condition on one actor field: an operator fitting the field's type and a
/// value (a list for choices and yes/no, a calendar for dates, a number read the locale's
/// way). A value that does not read says so in the dialog, which stays open.
class FieldConditionDialog : public QDialog
{
    Q_OBJECT
public:
    FieldConditionDialog(const CustomField &field, QWidget *parent = nullptr);
    /// The condition asked for; nullopt, with `error` set, when the value does not read.
    std::optional<fields::Condition> condition(QString *error = nullptr) const;
    QComboBox *operatorBox() const { return m_op; }
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *listEdit() const { return m_list; }
    QDateEdit *dateEdit() const { return m_date; }
    void accept() override;

private:
    void updateValueShown();
    CustomField m_field;
    QComboBox *m_op;
    QLineEdit *m_text = nullptr;
    QComboBox *m_list = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_error;
};

} // namespace maillage
