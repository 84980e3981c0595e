#pragma once

#include "core/document/change.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QTimer;

namespace maillage {
class Document;
class Store;

/// The problems of each quality-of-life theme counted by status and by severity, at the
/// inhabitants' scale and at the territory's.
struct QualityOfLife
{
    struct ThemeRow
    {
        qint64 themeId = 0;  ///< 0: the problems without a theme
        QString name;
        /// [scale][status]: scale in labels::problemScaleCodes() order, status in
        /// labels::problemStatusCodes() order.
        std::array<std::array<int, 5>, 2> byStatus{};
        /// [scale][severity - 1]
        std::array<std::array<int, 5>, 2> bySeverity{};
        int total(int scale) const;
    };
    QList<ThemeRow> rows;  ///< every theme in its order, then "no theme" when it has problems
    int problems = 0;
    QString error;  ///< why the themes or problems could not be read (then nothing is counted)
    int maxTotal() const;
};

QualityOfLife computeQualityOfLife(const Store &store);

/// Horizontal stacked bars per theme, one group per scale, with a legend; painted with
/// QPainter.
class QualityOfLifeChart : public QWidget
{
    Q_OBJECT
public:
    enum class Split { ByStatus, BySeverity };
    explicit QualityOfLifeChart(QWidget *parent = nullptr);
    void setData(const QualityOfLife &data);
    void setSplit(Split split);
    Split split() const { return m_split; }
    const QualityOfLife &data() const { return m_data; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void themeClicked(qint64 themeId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    int legendHeight(int width) const;
    QList<QPair<QColor, QString>> legend() const;

    QualityOfLife m_data;
    Split m_split = Split::ByStatus;
};

/// The quality-of-life overview: the chart, a choice between status and severity, and a
/// summary line; follows the document's changes.
class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPanel(Document *doc, QWidget *parent = nullptr);
    QualityOfLifeChart *chart() const { return m_chart; }
    QComboBox *splitBox() const { return m_split; }
    /// The line under the chart: the counts, or why the problems could not be read.
    QLabel *summary() const { return m_summary; }
    void refresh();

signals:
    void themeClicked(qint64 themeId);

private:
    Document *m_doc;
    QComboBox *m_split;
    QLabel *m_summary;
    QualityOfLifeChart *m_chart;
    QTimer *m_timer;
};

} // namespace maillage
