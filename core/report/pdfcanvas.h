#pragma once

#include "core/util/i18n.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QPainter;
class QPagedPaintDevice;

// Internal to core/report: lays out a paged document (A4, in the device's units) once,
// recording what to draw on each page, then draws every page with the page count known
// ("page X of Y", a table of contents). Tables and charts are drawn with QPainter directly:
// QTextDocument is far too slow for a thousand-row table.
namespace maillage::report::detail {

/// The report's palette: sober, printable in greyscale.
namespace colors {
inline const QColor text(0x22, 0x26, 0x2b);
inline const QColor muted(0x5f, 0x66, 0x6d);
inline const QColor accent(0x1f, 0x4e, 0x79);
inline const QColor accentLight(0xe6, 0xee, 0xf5);
inline const QColor rule(0xb8, 0xbf, 0xc6);
inline const QColor zebra(0xf5, 0xf6, 0xf8);
inline const QColor track(0xe3, 0xe6, 0xea);
inline const QColor good(0x2e, 0x7d, 0x4f);
inline const QColor warning(0xb2, 0x6b, 0x00);
inline const QColor critical(0xa8, 0x1d, 0x22);
} // namespace colors

class Canvas
{
public:
    using Op = std::function<void(QPainter &)>;

    /// Sets `device` to A4 portrait without device margins and measures text on it.
    explicit Canvas(QPagedPaintDevice *device);

    double mm(double v) const { return v * m_dpi / 25.4; }
    double pt(double v) const { return v * m_dpi / 72.0; }
    double dpi() const { return m_dpi; }
    QSizeF pageSize() const { return m_page; }
    /// The text area of a page (inside the margins, between header and footer).
    QRectF body() const { return m_body; }

    /// The report's font at `points`, optionally bold or condensed (tables).
    QFont font(double points, bool bold = false, bool condensed = false) const;
    QFontMetricsF metrics(const QFont &font) const;

    // The flow: a cursor going down the current page.
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double dy) { m_y += dy; }
    double remaining() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top() + 0.5; }
    /// Starts a new page; `chrome` draws the header and footer on it.
    void newPage(bool chrome = true);
    /// Starts a new page unless `height` still fits on this one (or the page is still empty).
    void ensure(double height);
    int currentPage() const { return int(m_pages.size()) - 1; }  ///< 0-based
    int pageCount() const { return int(m_pages.size()); }
    bool pageHasChrome(int page) const { return m_pages.at(page).chrome; }

    /// Records something to draw on the current page.
    void add(Op op);

    /// Lines of `text` broken to `width` (explicit line breaks kept); with `maxLines` > 0
    /// the last line kept ends with an ellipsis when text is cut.
    /// `anywhere` lets a word too long for the width break inside (cells); else it overflows.
    QStringList wrap(const QString &text, const QFont &font, double width, int maxLines = 0,
                     bool anywhere = true) const;

    /// A wrapped paragraph at the cursor, possibly split across pages.
    void paragraph(const QString &text, const QFont &font, const QColor &color,
                   double spaceAfter, double indent = 0);
    /// Draws lines of text whose top-left is (x, y), `lineHeight` apart.
    static void drawLines(QPainter &painter, const QStringList &lines, const QFont &font,
                          const QColor &color, double x, double y, double width,
                          double lineHeight, double ascent, Qt::Alignment align);

    struct Column
    {
        QString title;
        double weight = 1;  ///< share of the table width
        Qt::Alignment align = Qt::AlignLeft;
    };
    /// A table across the body width with its header repeated on every page; each cell is
    /// wrapped to at most `maxLines` lines. `rowDone` is called after each row (progress).
    void table(const QList<Column> &columns, const QList<QStringList> &rows, int maxLines = 3,
               const std::function<void(int)> &rowDone = {});

    /// Draws every page on `painter` (begun on the device given to the constructor):
    /// the recorded ops, then `chrome(painter, page, count)` on pages that have it.
    /// `pageDone(page)` returns false to stop (cancel); then render returns false.
    bool render(QPainter &painter, QPagedPaintDevice *device,
                const std::function<void(QPainter &, int, int)> &chrome,
                const std::function<bool(int)> &pageDone);

private:
    struct Page
    {
        bool chrome = true;
        QList<Op> ops;
    };
    QPagedPaintDevice *m_device;
    double m_dpi = 300;
    QSizeF m_page;
    QRectF m_body;
    double m_y = 0;
    QList<Page> m_pages;
};

/// A report's language for its lifetime (core/util/i18n.h).
using LanguageScope = i18n::LanguageScope;

/// Header (left and right texts, a rule) and footer (left text, "Page X of Y") of a page.
void drawChrome(QPainter &painter, const Canvas &canvas, const QString &headerLeft,
                const QString &headerRight, const QString &footerLeft, int page, int count);

/// "Page %1 of %2", translated.
QString pageOf(int page, int count);

/// Translated message when no QGuiApplication runs (fonts need one); empty otherwise.
QString needsGui();

} // namespace maillage::report::detail
