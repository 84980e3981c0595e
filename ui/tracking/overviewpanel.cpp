#include "ui/tracking/overviewpanel.h"

#include "core/document/document.h"
#include "core/domain/labels.h"
#include "core/store/panelqueries.h"
#include "core/render/palette.h"
#include "ui/tracking/trackingcommon.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace maillage {

using namespace tracking;

namespace {
#define K(x) QStringLiteral(x)
constexpr int kMargin = 8;
constexpr int kGap = 16;
} // namespace

int QualityOfLife::ThemeRow::total(int scale) const
{
    int n = 0;
    for (int v : byStatus[scale])
        n += v;
    return n;
}

int QualityOfLife::maxTotal() const
{
    int m = 0;
    for (const ThemeRow &r : rows)
        m = std::max({m, r.total(0), r.total(1)});
    return m;
}

QualityOfLife computeQualityOfLife(const Store &store)
{
    QualityOfLife out;
    if (!store.isOpen())
        return out;
    const PanelQueries queries(store);
    const auto themes = queries.themes(&out.error);
    const auto problems = themes ? queries.problemTallies(&out.error) : std::nullopt;
    if (!themes || !problems)
        return out;
    QHash<qint64, int> rowOf;
    for (const ThemeName &t : *themes) {
        QualityOfLife::ThemeRow row;
        row.themeId = t.id;
        row.name = t.name;
        rowOf.insert(row.themeId, int(out.rows.size()));
        out.rows << row;
    }
    QualityOfLife::ThemeRow none;
    none.name = QCoreApplication::translate("maillage::OverviewPanel", "No theme");
    const QStringList scales = labels::problemScaleCodes();
    const QStringList statuses = labels::problemStatusCodes();
    for (const ProblemTally &p : *problems) {
        const int scale = scales.indexOf(p.scale);
        const int status = statuses.indexOf(p.status);
        const int severity = std::clamp(p.severity, 1, 5) - 1;
        if (scale < 0 || status < 0)
            continue;
        QualityOfLife::ThemeRow &row = rowOf.contains(p.themeId) ? out.rows[rowOf.value(p.themeId)] : none;
        ++row.byStatus[scale][status];
        ++row.bySeverity[scale][severity];
        ++out.problems;
    }
    if (none.total(0) + none.total(1) > 0)
        out.rows << none;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Chart

QualityOfLifeChart::QualityOfLifeChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setMouseTracking(false);
}

void QualityOfLifeChart::setData(const QualityOfLife &data)
{
    m_data = data;
    updateGeometry();
    setMinimumHeight(minimumSizeHint().height());
    update();
}

void QualityOfLifeChart::setSplit(Split split)
{
    m_split = split;
    setMinimumHeight(minimumSizeHint().height());
    update();
}

int QualityOfLifeChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int QualityOfLifeChart::headerHeight() const
{
    // The scale's name and its count on two lines (one would be cut in the side panel), then
    // the axis's numbers.
    return fontMetrics().height() * 3 + 10;
}

QList<QPair<QColor, QString>> QualityOfLifeChart::legend() const
{
    QList<QPair<QColor, QString>> out;
    if (m_split == Split::ByStatus) {
        for (const QString &code : labels::problemStatusCodes())
            out << qMakePair(palette::problemStatusColor(code), labels::problemStatus(code));
    } else {
        for (int s = 1; s <= 5; ++s)
            out << qMakePair(palette::severityColor(s), tr("Severity %1").arg(s));
    }
    return out;
}

int QualityOfLifeChart::legendHeight(int width) const
{
    const QFontMetrics fm = fontMetrics();
    int x = kMargin, lines = 1;
    for (const auto &[colour, label] : legend()) {
        const int w = 16 + fm.horizontalAdvance(label) + 14;
        if (x + w > width - kMargin && x > kMargin)
            ++lines, x = kMargin;
        x += w;
    }
    return lines * (fm.height() + 6) + 8;
}

QSize QualityOfLifeChart::minimumSizeHint() const
{
    const int rows = std::max<int>(1, int(m_data.rows.size()));
    return {300, headerHeight() + rows * rowHeight() + legendHeight(std::max(width(), 360)) + 2 * kMargin};
}

QSize QualityOfLifeChart::sizeHint() const
{
    return {560, minimumSizeHint().height()};
}

void QualityOfLifeChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    p.fillRect(rect(), pal.base());
    if (m_data.problems == 0) {
        p.setPen(pal.placeholderText().color());
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No problem recorded yet: the overview fills in as problems are recorded."));
        return;
    }
    int labelWidth = 0;
    for (const auto &row : m_data.rows)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(row.name));
    labelWidth = std::min(labelWidth + 8, std::max(90, width() * 2 / 5));
    const int barsLeft = kMargin + labelWidth;
    const int groupWidth = (width() - barsLeft - kMargin - kGap) / 2;
    if (groupWidth < 40)
        return;
    const int maxTotal = std::max(1, m_data.maxTotal());
    // A tick every 1, 2, 5, 10… problems, at most about five.
    int step = 1;
    for (int base : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000})
        if (maxTotal / base <= 5) {
            step = base;
            break;
        }
    const int top = kMargin + headerHeight();
    const int rh = rowHeight();
    const int barsBottom = top + int(m_data.rows.size()) * rh;
    const QStringList scales = labels::problemScaleCodes();

    // A light band on every other row, under the bars.
    for (int i = 1; i < m_data.rows.size(); i += 2)
        p.fillRect(QRect(kMargin, top + i * rh, width() - 2 * kMargin, rh), pal.alternateBase());

    for (int scale = 0; scale < 2; ++scale) {
        const int x0 = barsLeft + scale * (groupWidth + kGap);
        auto xOf = [&](double n) { return x0 + int(std::lround((groupWidth - 28) * n / maxTotal)); };
        // Group title and axis.
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.text().color());
        int total = 0;
        for (const auto &row : m_data.rows)
            total += row.total(scale);
        p.drawText(QRect(x0, kMargin, groupWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(labels::problemScale(scales[scale]), Qt::ElideRight,
                                                 groupWidth));
        p.setFont(font());
        p.drawText(QRect(x0, kMargin + fm.height(), groupWidth, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("%Ln problem(s)", nullptr, total));
        for (int t = 0; t <= maxTotal; t += step) {
            const int x = xOf(t);
            p.setPen(QPen(pal.mid().color(), 0, t == 0 ? Qt::SolidLine : Qt::DotLine));
            p.drawLine(x, top - 2, x, barsBottom);
            p.setPen(pal.placeholderText().color());
            p.drawText(QRect(x - 20, top - fm.height() - 4, 40, fm.height()), Qt::AlignCenter,
                       QLocale().toString(t));
        }
        // Bars.
        for (int i = 0; i < m_data.rows.size(); ++i) {
            const auto &row = m_data.rows[i];
            const auto &counts = m_split == Split::ByStatus ? row.byStatus[scale] : row.bySeverity[scale];
            const QList<QPair<QColor, QString>> keys = legend();
            const int y = top + i * rh + 3;
            int cumulative = 0;
            for (int k = 0; k < 5; ++k) {
                if (!counts[k])
                    continue;
                const int xa = xOf(cumulative), xb = xOf(cumulative + counts[k]);
                const QRect seg(xa, y, std::max(1, xb - xa), rh - 6);
                const QColor c = keys[k].first;
                p.fillRect(seg, c);
                p.setPen(pal.base().color());
                p.drawLine(seg.topRight(), seg.bottomRight());
                if (seg.width() > fm.horizontalAdvance(QString::number(counts[k])) + 4) {
                    p.setPen(c.lightness() > 150 ? Qt::black : Qt::white);
                    p.drawText(seg, Qt::AlignCenter, QLocale().toString(counts[k]));
                }
                cumulative += counts[k];
            }
            if (cumulative) {
                p.setPen(pal.text().color());
                p.drawText(QRect(xOf(cumulative) + 4, y, 26, rh - 6), Qt::AlignLeft | Qt::AlignVCenter,
                           QLocale().toString(cumulative));
            }
        }
    }
    // Theme names.
    p.setPen(pal.text().color());
    for (int i = 0; i < m_data.rows.size(); ++i) {
        const QRect cell(kMargin, top + i * rh, labelWidth - 6, rh);
        p.drawText(cell, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(m_data.rows[i].name, Qt::ElideRight, cell.width()));
    }
    // Legend.
    int x = kMargin, y = barsBottom + 10;
    for (const auto &[colour, label] : legend()) {
        const int w = 16 + fm.horizontalAdvance(label) + 14;
        if (x + w > width() - kMargin && x > kMargin)
            x = kMargin, y += fm.height() + 6;
        p.fillRect(QRect(x, y + (fm.height() - 12) / 2, 12, 12), colour);
        p.setPen(pal.text().color());
        p.drawText(QRect(x + 16, y, w - 16, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += w;
    }
}

void QualityOfLifeChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int row = (event->position().toPoint().y() - kMargin - headerHeight()) / rowHeight();
    if (event->position().y() >= kMargin + headerHeight() && row >= 0 && row < m_data.rows.size() &&
        m_data.rows[row].themeId)
        emit themeClicked(m_data.rows[row].themeId);
    QWidget::mouseReleaseEvent(event);
}

// ---------------------------------------------------------------------------------------------
// Panel

OverviewPanel::OverviewPanel(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *row = new QHBoxLayout;
    auto *splitLabel = new QLabel(tr("&Colour by:"), this);
    m_split = new QComboBox(this);
    m_split->setObjectName(K("overviewSplit"));
    m_split->addItem(tr("Status"), int(QualityOfLifeChart::Split::ByStatus));
    m_split->addItem(tr("Severity"), int(QualityOfLifeChart::Split::BySeverity));
    splitLabel->setBuddy(m_split);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    row->addWidget(splitLabel);
    row->addWidget(m_split);
    row->addSpacing(12);
    row->addWidget(m_summary, 1);
    layout->addLayout(row);
    m_chart = new QualityOfLifeChart(this);
    m_chart->setObjectName(K("qualityOfLifeChart"));
    m_chart->setToolTip(tr("Click a theme to list its problems"));
    layout->addWidget(scrolled(m_chart, this), 1);
    connect(m_split, &QComboBox::activated, this, [this] {
        m_chart->setSplit(QualityOfLifeChart::Split(m_split->currentData().toInt()));
    });
    connect(m_chart, &QualityOfLifeChart::themeClicked, this, &OverviewPanel::themeClicked);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &OverviewPanel::refresh);
    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes, {Table::Problem, Table::Theme}))
            m_timer->start();
    });
    connect(doc, &Document::opened, this, &OverviewPanel::refresh);
    connect(doc, &Document::closed, this, &OverviewPanel::refresh);
    refresh();
}

void OverviewPanel::refresh()
{
    m_timer->stop();
    const QualityOfLife data = computeQualityOfLife(m_doc->store());
    m_chart->setData(data);
    int open = 0, serious = 0;
    for (const auto &row : data.rows)
        for (int scale = 0; scale < 2; ++scale) {
            open += row.byStatus[scale][0] + row.byStatus[scale][1] + row.byStatus[scale][2];
            serious += row.bySeverity[scale][3] + row.bySeverity[scale][4];
        }
    m_summary->setText(!data.error.isEmpty() ? tr("The problems could not be read: %1").arg(data.error)
                       : data.problems ? tr("%Ln problem(s) recorded", nullptr, data.problems) +
                                           QStringLiteral(" · ") + tr("%Ln still open", nullptr, open) +
                                           QStringLiteral(" · ") + tr("%Ln serious (severity 4–5)", nullptr, serious)
                                     : QString());
}

} // namespace maillage
