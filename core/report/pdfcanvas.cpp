#include "core/report/pdfcanvas.h"

#include "core/util/i18n.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace maillage::report::detail {

Canvas::Canvas(QPagedPaintDevice *device) : m_device(device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0)));
    m_dpi = device->logicalDpiY() > 0 ? device->logicalDpiY() : 300;
    m_page = QSizeF(mm(210), mm(297));
    // Margins: 20 mm at the sides, room for the header above and the footer below.
    m_body = QRectF(QPointF(mm(20), mm(26)), QPointF(m_page.width() - mm(20),
                                                     m_page.height() - mm(22)));
    m_y = m_body.top();
}

QFont Canvas::font(double points, bool bold, bool condensed) const
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                   QStringLiteral("Arial")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    if (condensed)
        f.setStretch(QFont::SemiCondensed);
    // Vector output: no hinting, so that what is measured is what is drawn; no ligatures
    // (Latin text needs no shaping), so that the PDF's text can be searched and copied.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFontMetricsF Canvas::metrics(const QFont &font) const
{
    return QFontMetricsF(font, m_device);
}

void Canvas::newPage(bool chrome)
{
    m_pages.append(Page{chrome, {}});
    m_y = m_body.top();
}

void Canvas::ensure(double height)
{
    if (m_pages.isEmpty() || (m_y + height > m_body.bottom() + 0.01 && !atTop()))
        newPage();
}

void Canvas::add(Op op)
{
    if (m_pages.isEmpty())
        newPage();
    m_pages.last().ops.append(std::move(op));
}

QStringList Canvas::wrap(const QString &text, const QFont &font, double width,
                         int maxLines, bool anywhere) const
{
    QStringList lines;
    const QFontMetricsF fm = metrics(font);
    QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (QString &p : paragraphs)
        p = p.simplified();
    paragraphs.removeAll(QString());
    QTextOption option;
    option.setWrapMode(anywhere ? QTextOption::WrapAtWordBoundaryOrAnywhere
                                : QTextOption::WordWrap);
    for (int p = 0; p < paragraphs.size(); ++p) {
        const QString &par = paragraphs.at(p);
        QTextLayout layout(par, font, m_device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            if (maxLines > 0 && lines.size() == maxLines - 1) {
                // The last line allowed: whatever is left, cut with an ellipsis.
                QString rest = par.mid(line.textStart());
                for (int q = p + 1; q < paragraphs.size(); ++q)
                    rest += QLatin1Char(' ') + paragraphs.at(q);
                layout.endLayout();
                lines << fm.elidedText(rest, Qt::ElideRight, width);
                return lines;
            }
            lines << par.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

void Canvas::drawLines(QPainter &painter, const QStringList &lines, const QFont &font,
                       const QColor &color, double x, double y, double width,
                       double lineHeight, double ascent, Qt::Alignment align)
{
    painter.setFont(font);
    painter.setPen(color);
    const QFontMetricsF fm(font, painter.device());
    for (int i = 0; i < lines.size(); ++i) {
        double lx = x;
        if (align & (Qt::AlignRight | Qt::AlignHCenter)) {
            const double w = fm.horizontalAdvance(lines.at(i));
            lx = (align & Qt::AlignRight) ? x + width - w : x + (width - w) / 2;
        }
        painter.drawText(QPointF(lx, y + ascent + i * lineHeight), lines.at(i));
    }
}

void Canvas::paragraph(const QString &text, const QFont &font, const QColor &color,
                       double spaceAfter, double indent)
{
    const QFontMetricsF fm = metrics(font);
    const double lh = fm.lineSpacing();
    const double ascent = fm.ascent();
    const double width = m_body.width() - indent;
    const QStringList lines = wrap(text, font, width);
    qsizetype i = 0;
    while (i < lines.size()) {
        ensure(lh);
        const qsizetype n =
            std::clamp<qsizetype>(qsizetype(std::floor((remaining() + 0.01) / lh)), 1,
                                  lines.size() - i);
        const QStringList chunk = lines.mid(i, n);
        const double x = m_body.left() + indent, top = m_y;
        add([=](QPainter &p) {
            drawLines(p, chunk, font, color, x, top, width, lh, ascent, Qt::AlignLeft);
        });
        m_y += n * lh;
        i += n;
    }
    m_y += spaceAfter;
}

void Canvas::table(const QList<Column> &columns, const QList<QStringList> &rows, int maxLines,
                   const std::function<void(int)> &rowDone)
{
    if (columns.isEmpty())
        return;
    const QFont cellFont = font(8, false, true);
    const QFont headFont = font(8, true, true);
    const QFontMetricsF fm = metrics(cellFont);
    const QFontMetricsF hfm = metrics(headFont);
    const double lh = fm.lineSpacing(), ascent = fm.ascent();
    const double hlh = hfm.lineSpacing(), hascent = hfm.ascent();
    const double pad = mm(1.3);
    double total = 0;
    for (const Column &c : columns)
        total += c.weight;
    QList<double> xs, ws;
    double x = m_body.left();
    for (const Column &c : columns) {
        const double w = m_body.width() * c.weight / total;
        xs << x;
        ws << w;
        x += w;
    }
    const double left = m_body.left(), width = m_body.width();
    QList<QStringList> headLines;
    int headCount = 1;
    for (int c = 0; c < columns.size(); ++c) {
        headLines << wrap(columns.at(c).title, headFont, ws.at(c) - 2 * pad, 2, false);
        headCount = std::max(headCount, int(headLines.last().size()));
    }
    const double headHeight = headCount * hlh + 2 * pad;
    QList<Qt::Alignment> aligns;
    for (const Column &c : columns)
        aligns << c.align;

    auto header = [&] {
        ensure(headHeight + lh + 2 * pad);
        const double top = m_y;
        add([=](QPainter &p) {
            p.fillRect(QRectF(left, top, width, headHeight), colors::accentLight);
            for (int c = 0; c < headLines.size(); ++c)
                drawLines(p, headLines.at(c), headFont, colors::accent, xs.at(c) + pad,
                          top + pad, ws.at(c) - 2 * pad, hlh, hascent, aligns.at(c));
            p.setPen(QPen(colors::accent, hlh / 14));
            p.drawLine(QPointF(left, top + headHeight), QPointF(left + width, top + headHeight));
        });
        m_y += headHeight;
    };
    header();
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        QList<QStringList> cells;
        int count = 1;
        for (int c = 0; c < columns.size(); ++c) {
            cells << wrap(c < row.size() ? row.at(c) : QString(), cellFont, ws.at(c) - 2 * pad,
                          maxLines);
            count = std::max(count, int(cells.last().size()));
        }
        const double h = count * lh + 2 * pad;
        if (m_y + h > m_body.bottom() + 0.01) {
            newPage();
            header();
        }
        const double top = m_y;
        const bool stripe = r % 2 == 1;
        add([=](QPainter &p) {
            if (stripe)
                p.fillRect(QRectF(left, top, width, h), colors::zebra);
            for (int c = 0; c < cells.size(); ++c)
                drawLines(p, cells.at(c), cellFont, colors::text, xs.at(c) + pad, top + pad,
                          ws.at(c) - 2 * pad, lh, ascent, aligns.at(c));
        });
        m_y += h;
        if (rowDone)
            rowDone(r);
    }
    const double bottom = m_y;
    add([=](QPainter &p) {
        p.setPen(QPen(colors::rule, lh / 20));
        p.drawLine(QPointF(left, bottom), QPointF(left + width, bottom));
    });
    m_y += mm(4);
}

bool Canvas::render(QPainter &painter, QPagedPaintDevice *device,
                    const std::function<void(QPainter &, int, int)> &chrome,
                    const std::function<bool(int)> &pageDone)
{
    const int count = pageCount();
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device->newPage())
            return false;
        for (const Op &op : std::as_const(m_pages.at(i).ops)) {
            painter.save();
            op(painter);
            painter.restore();
        }
        if (chrome && m_pages.at(i).chrome)
            chrome(painter, i, count);
        if (pageDone && !pageDone(i))
            return false;
    }
    return true;
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::report::Report)
};
} // namespace


QString pageOf(int page, int count)
{
    return Tr::tr("Page %1 of %2").arg(page).arg(count);
}

QString needsGui()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return Tr::tr("Writing a PDF needs the Qt GUI library (fonts); this program cannot draw.");
}

void drawChrome(QPainter &painter, const Canvas &canvas, const QString &headerLeft,
                const QString &headerRight, const QString &footerLeft, int page, int count)
{
    const QRectF body = canvas.body();
    const QFont font = canvas.font(7.5);
    const QFontMetricsF fm = canvas.metrics(font);
    painter.setFont(font);
    painter.setPen(colors::muted);
    const double headerBase = canvas.mm(16);
    const QString right = fm.elidedText(headerRight, Qt::ElideLeft, body.width() * 0.45);
    const QString left = fm.elidedText(headerLeft, Qt::ElideRight,
                                       body.width() - fm.horizontalAdvance(right) - canvas.mm(6));
    painter.drawText(QPointF(body.left(), headerBase), left);
    painter.drawText(QPointF(body.right() - fm.horizontalAdvance(right), headerBase), right);
    painter.setPen(QPen(colors::rule, canvas.pt(0.5)));
    const double ruleY = headerBase + fm.descent() + canvas.mm(1.5);
    painter.drawLine(QPointF(body.left(), ruleY), QPointF(body.right(), ruleY));
    const double footerRule = canvas.pageSize().height() - canvas.mm(15);
    painter.drawLine(QPointF(body.left(), footerRule), QPointF(body.right(), footerRule));
    painter.setPen(colors::muted);
    const double footerBase = footerRule + canvas.mm(1.5) + fm.ascent();
    const QString pages = pageOf(page + 1, count);
    painter.drawText(QPointF(body.left(), footerBase),
                     fm.elidedText(footerLeft, Qt::ElideRight, body.width() * 0.6));
    painter.drawText(QPointF(body.right() - fm.horizontalAdvance(pages), footerBase), pages);
}

} // namespace maillage::report::detail
