#pragma once

#include "core/document/change.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace maillage {
class Document;
class IndicatorChart;
class NotesEdit;

/// One indicator: name, unit, baseline, target, description; its dated values (add, change,
/// remove), its progress toward the target as a bar and its values over time as a chart.
class IndicatorEditor : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorEditor(Document *doc, QWidget *parent = nullptr);
    void setIndicator(qint64 id);
    qint64 indicatorId() const { return m_id; }
    /// The progress shown by the bar (nullopt when it cannot be computed).
    std::optional<double> progress() const { return m_progress; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *unitEdit() const { return m_unit; }
    QLineEdit *baselineEdit() const { return m_baseline; }
    QLineEdit *targetEdit() const { return m_target; }
    QPushButton *fromPortraitButton() const { return m_fromPortrait; }
    QLabel *baselineSourceLabel() const { return m_baselineSource; }
    /// The portrait's figures offered by "Take from the portrait…": (text, value, source).
    struct PortraitChoice
    {
        QString text;
        double value = 0;
        QString unit;
        QString source;
    };
    QList<PortraitChoice> portraitChoices(QString *why) const;
    /// Sets the baseline to `choice` (its value and source, and the unit when none): one undo
    /// step.
    bool takeBaseline(const PortraitChoice &choice);
    QTreeWidget *valuesList() const { return m_values; }
    QDateEdit *valueDate() const { return m_valueDate; }
    QDoubleSpinBox *valueSpin() const { return m_value; }
    QLineEdit *valueNote() const { return m_note; }
    QPushButton *addValueButton() const { return m_addValue; }
    QPushButton *saveValueButton() const { return m_saveValue; }
    QPushButton *removeValueButton() const { return m_removeValue; }
    QProgressBar *progressBar() const { return m_bar; }
    IndicatorChart *chart() const { return m_chart; }

private:
    void load();
    void commit(const QString &column, const QVariant &value, const QString &undoText = {},
                const QVariantMap &also = {});
    void choosePortraitFigure();
    void commitNumber(QLineEdit *edit, const QString &column);
    void onChanged(const ChangeSet &changes);
    void valueSelected();
    QString indicatorName() const;

    Document *m_doc;
    qint64 m_id = 0;
    std::optional<double> m_progress;
    QLineEdit *m_name, *m_unit, *m_baseline, *m_target;
    QPushButton *m_fromPortrait;
    QLabel *m_baselineSource;
    NotesEdit *m_description;
    QLabel *m_warning;
    QProgressBar *m_bar;
    QLabel *m_progressText;
    IndicatorChart *m_chart;
    QTreeWidget *m_values;
    QDateEdit *m_valueDate;
    QDoubleSpinBox *m_value;
    QLineEdit *m_note;
    QPushButton *m_addValue, *m_saveValue, *m_removeValue;
};

} // namespace maillage
