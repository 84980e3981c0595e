#include "ui/workshop/powergrid.h"

#include "core/analysis/layout.h"
#include "core/document/document.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)
constexpr int kLeft = 84, kRight = 24, kTop = 58, kBottom = 64;

struct QuadrantLook
{
    layout::Quadrant quadrant;
    QColor fill;
    Qt::Alignment corner;
};
const QuadrantLook kQuadrants[] = {
    {layout::Quadrant::KeepSatisfied, QColor(0xfd, 0xf0, 0xd5), Qt::AlignLeft | Qt::AlignTop},
    {layout::Quadrant::ManageClosely, QColor(0xfb, 0xdd, 0xd6), Qt::AlignRight | Qt::AlignTop},
    {layout::Quadrant::Monitor, QColor(0xec, 0xee, 0xf1), Qt::AlignLeft | Qt::AlignBottom},
    {layout::Quadrant::KeepInformed, QColor(0xdc, 0xec, 0xfa), Qt::AlignRight | Qt::AlignBottom},
};
} // namespace

PowerGridView::PowerGridView(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(K("powerGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(640, 480);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Power/interest grid"));
    auto later = [this] {
        if (m_reloadPending)
            return;
        m_reloadPending = true;
        QTimer::singleShot(0, this, [this] {
            m_reloadPending = false;
            reload();
        });
    };
    connect(m_doc, &Document::changed, this, [later](const ChangeSet &changes) {
        for (const Change &c : changes)
            if (c.table == Table::Actor || c.table == Table::Category) {
                later();
                return;
            }
    });
    connect(m_doc, &Document::opened, this, later);
    connect(m_doc, &Document::closed, this, later);
    reload();
}

void PowerGridView::reload()
{
    m_chips.clear();
    if (m_doc->isOpen()) {
        QHash<qint64, QColor> colours;
        for (const Category &c : m_doc->categories())
            colours.insert(c.id, QColor(c.color));
        for (const Actor &a : m_doc->actors())
            m_chips << Chip{a.id, a.name, colours.value(a.categoryId, QColor(0x80, 0x80, 0x80)),
                            std::clamp(a.interest, 0, 5), std::clamp(a.influence, 0, 5), {}};
        std::sort(m_chips.begin(), m_chips.end(), [](const Chip &a, const Chip &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
    }
    bool selectedExists = false;
    for (const Chip &c : m_chips)
        selectedExists |= c.id == m_selected;
    if (!selectedExists)
        m_selected = 0;
    relayout();
    update();
}

QRectF PowerGridView::plotRect() const
{
    return QRectF(rect()).adjusted(kLeft, kTop, -kRight, -kBottom);
}

QRectF PowerGridView::cellRect(int interest, int influence) const
{
    const QRectF plot = plotRect();
    const double w = plot.width() / 6, h = plot.height() / 6;
    return QRectF(plot.left() + interest * w, plot.top() + (5 - influence) * h, w, h);
}

QPointF PowerGridView::cellCentre(int interest, int influence) const
{
    return cellRect(interest, influence).center();
}

std::pair<int, int> PowerGridView::cellAt(const QPointF &p) const
{
    const QRectF plot = plotRect();
    const int interest = std::clamp(int(std::floor((p.x() - plot.left()) / (plot.width() / 6))), 0, 5);
    const int influence =
        std::clamp(5 - int(std::floor((p.y() - plot.top()) / (plot.height() / 6))), 0, 5);
    return {interest, influence};
}

void PowerGridView::relayout()
{
    // Actors of one cell share it: one line each (a dot and the name) while they fit, in
    // columns when needed, and as a grid of dots when even that is too tight. Name order.
    QHash<int, QList<int>> byCell;
    for (int i = 0; i < m_chips.size(); ++i)
        byCell[m_chips.at(i).interest * 6 + m_chips.at(i).influence] << i;
    const double lineHeight = std::max(22.0, QFontMetricsF(font()).height() + 6);
    for (auto it = byCell.begin(); it != byCell.end(); ++it) {
        const QList<int> &members = it.value();
        const int n = int(members.size());
        const QRectF cell = cellRect(it.key() / 6, it.key() % 6).adjusted(4, 4, -4, -4);
        const int perColumn = std::max(1, int(cell.height() / lineHeight));
        int cols = (n + perColumn - 1) / perColumn;
        int rows = std::min(n, perColumn);
        if (cell.width() / cols < 60) {
            cols = std::min(n, std::max(1, int(std::ceil(std::sqrt(n * cell.width() / cell.height())))));
            rows = (n + cols - 1) / cols;
        }
        // A lone actor sits in the middle of its cell.
        const double h = n == 1 ? std::min(cell.height(), lineHeight * 2) : cell.height() / rows;
        const double top = n == 1 ? cell.center().y() - h / 2 : cell.top();
        const double w = cell.width() / cols;
        for (int k = 0; k < n; ++k)
            m_chips[members.at(k)].rect =
                QRectF(cell.left() + (k / rows) * w, top + (k % rows) * h, w, h);
    }
}

QPointF PowerGridView::actorCentre(qint64 id) const
{
    for (const Chip &c : m_chips)
        if (c.id == id)
            return c.rect.center();
    return {};
}

int PowerGridView::chipAt(const QPointF &p) const
{
    for (int i = 0; i < m_chips.size(); ++i)
        if (m_chips.at(i).rect.contains(p))
            return i;
    return -1;
}

void PowerGridView::setSelectedActor(qint64 id)
{
    m_selected = id;
    update();
}

bool PowerGridView::moveActor(qint64 id, int interest, int influence)
{
    const auto actor = m_doc->actor(id);
    if (!actor)
        return false;
    interest = std::clamp(interest, 0, 5);
    influence = std::clamp(influence, 0, 5);
    QString error;
    const bool ok = m_doc->updateRow(
        K("actor"), id, {{K("interest"), interest}, {K("influence"), influence}},
        tr("Move “%1” to influence %2, interest %3").arg(actor->name).arg(influence).arg(interest),
        Document::NoMerge, &error);
    m_message = ok ? QString() : tr("Not saved: %1").arg(error);
    if (ok)
        reload();  // at once, so that a second key press sees the new cell
    update();
    return ok;
}

void PowerGridView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF plot = plotRect();
    const double w = plot.width() / 6, h = plot.height() / 6;
    const QRectF lowLeft(plot.left(), plot.top() + 3 * h, 3 * w, 3 * h);
    const QRectF rects[] = {QRectF(plot.left(), plot.top(), 3 * w, 3 * h),
                            QRectF(plot.left() + 3 * w, plot.top(), 3 * w, 3 * h), lowLeft,
                            QRectF(plot.left() + 3 * w, plot.top() + 3 * h, 3 * w, 3 * h)};
    QFont quadrantFont = font();
    quadrantFont.setPointSizeF(font().pointSizeF() * 1.5);
    quadrantFont.setBold(true);
    for (int i = 0; i < 4; ++i)
        p.fillRect(rects[i], kQuadrants[i].fill);
    // The quadrants' names go on top of the actors, at the plot's outer corners (drawn last).
    auto drawQuadrantNames = [&] {
        p.setFont(quadrantFont);
        const QFontMetricsF qfm(quadrantFont);
        for (int i = 0; i < 4; ++i) {
            const QString name = layout::quadrantLabel(kQuadrants[i].quadrant);
            const QRectF inner = rects[i].adjusted(6, 4, -6, -4);
            QRectF box(QPointF(), QSizeF(qfm.horizontalAdvance(name) + 12, qfm.height() + 4));
            const Qt::Alignment corner = kQuadrants[i].corner;
            box.moveLeft(corner & Qt::AlignLeft ? inner.left() : inner.right() - box.width());
            box.moveTop(corner & Qt::AlignTop ? inner.top() : inner.bottom() - box.height());
            QColor fill = kQuadrants[i].fill;
            fill.setAlpha(225);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(box, 4, 4);
            p.setPen(QColor(0, 0, 0, 150));
            p.drawText(box, Qt::AlignCenter, name);
        }
        p.setFont(font());
    };
    // Cell lines, the quadrant cross bolder.
    p.setPen(QPen(QColor(0, 0, 0, 35), 1));
    for (int i = 1; i < 6; ++i) {
        p.drawLine(QPointF(plot.left() + i * w, plot.top()), QPointF(plot.left() + i * w, plot.bottom()));
        p.drawLine(QPointF(plot.left(), plot.top() + i * h), QPointF(plot.right(), plot.top() + i * h));
    }
    p.setPen(QPen(QColor(0, 0, 0, 110), 2));
    p.drawLine(QPointF(plot.left() + 3 * w, plot.top()), QPointF(plot.left() + 3 * w, plot.bottom()));
    p.drawLine(QPointF(plot.left(), plot.top() + 3 * h), QPointF(plot.right(), plot.top() + 3 * h));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);

    // Axes: values and names.
    QFont axisFont = font();
    axisFont.setBold(true);
    p.setFont(font());
    p.setPen(palette().color(QPalette::WindowText));
    for (int v = 0; v <= 5; ++v) {
        p.drawText(QRectF(plot.left() + v * w, plot.bottom() + 2, w, 22), Qt::AlignCenter,
                   QLocale().toString(v));
        p.drawText(QRectF(plot.left() - 30, plot.top() + (5 - v) * h, 24, h),
                   Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(v));
    }
    const layout::GridGeometry geometry = layout::gridGeometry();
    p.setFont(axisFont);
    p.drawText(QRectF(plot.left(), plot.bottom() + 24, plot.width(), 24), Qt::AlignCenter,
               geometry.xAxisLabel() + QStringLiteral(" →"));
    p.save();
    p.translate(plot.left() - 58, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -12, plot.height(), 24), Qt::AlignCenter,
               geometry.yAxisLabel() + QStringLiteral(" →"));
    p.restore();
    p.setFont(font());
    p.drawText(QRectF(kLeft, 8, width() - kLeft - kRight, kTop - 12),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               m_message.isEmpty()
                   ? tr("Drag an actor to the cell of its interest and influence. Click to "
                        "select, then move it with the arrow keys; Tab goes to the next actor.")
                   : m_message);

    // Actors.
    const QFontMetricsF fm(font());
    for (const Chip &c : m_chips) {
        if (c.id == m_dragging && m_dragMoved)
            continue;
        const QRectF r = c.rect.adjusted(1, 1, -1, -1);
        if (c.id == m_selected) {
            p.setPen(Qt::NoPen);
            p.setBrush(palette().color(QPalette::Highlight));
            p.drawRoundedRect(r, 6, 6);
        }
        const double d = std::clamp(std::min(r.width(), r.height()) - 6, 8.0, 18.0);
        const bool inLine = r.width() >= 56;
        const QPointF centre = inLine ? QPointF(r.left() + 4 + d / 2, r.center().y()) : r.center();
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(c.color);
        p.drawEllipse(centre, d / 2, d / 2);
        if (inLine) {
            p.setPen(c.id == m_selected ? palette().color(QPalette::HighlightedText)
                                        : palette().color(QPalette::WindowText));
            const QRectF label(centre.x() + d / 2 + 5, r.top(), r.right() - centre.x() - d / 2 - 7,
                               r.height());
            p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(c.name, Qt::ElideRight, label.width()));
        }
    }
    drawQuadrantNames();
    if (m_dragging && m_dragMoved) {
        const auto [interest, influence] = cellAt(m_dragPos);
        p.setPen(QPen(palette().color(QPalette::Highlight), 3, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(interest, influence).adjusted(2, 2, -2, -2));
        for (const Chip &c : m_chips)
            if (c.id == m_dragging) {
                p.setPen(QPen(Qt::black, 2));
                p.setBrush(c.color);
                p.drawEllipse(m_dragPos, 14, 14);
                p.drawText(QRectF(m_dragPos.x() - 100, m_dragPos.y() + 16, 200, fm.height()),
                           Qt::AlignHCenter, c.name);
            }
    }
    if (m_chips.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No actors in this territory yet."));
    }
}

void PowerGridView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int i = chipAt(event->position());
    m_selected = i >= 0 ? m_chips.at(i).id : 0;
    m_dragging = m_selected;
    m_pressPos = m_dragPos = event->position();
    m_dragMoved = false;
    update();
}

void PowerGridView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        m_dragPos = event->position();
        m_dragMoved |= QLineF(m_pressPos, m_dragPos).length() > 4;
        update();
        return;
    }
    setCursor(chipAt(event->position()) >= 0 ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

void PowerGridView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    const qint64 id = std::exchange(m_dragging, 0);
    if (std::exchange(m_dragMoved, false)) {
        const auto [interest, influence] = cellAt(event->position());
        for (const Chip &c : m_chips)
            if (c.id == id && (c.interest != interest || c.influence != influence))
                moveActor(id, interest, influence);
    }
    update();
}

void PowerGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int i = chipAt(event->position());
    if (i >= 0)
        emit actorActivated(m_chips.at(i).id);
}

void PowerGridView::keyPressEvent(QKeyEvent *event)
{
    int di = 0, dv = 0;
    switch (event->key()) {
    case Qt::Key_Left: di = -1; break;
    case Qt::Key_Right: di = 1; break;
    case Qt::Key_Up: dv = 1; break;
    case Qt::Key_Down: dv = -1; break;
    default: QWidget::keyPressEvent(event); return;
    }
    // From the stored values: the chips may not have caught up with an undo yet.
    if (const auto a = m_selected ? m_doc->actor(m_selected) : std::nullopt) {
        const int interest = std::clamp(a->interest + di, 0, 5);
        const int influence = std::clamp(a->influence + dv, 0, 5);
        if (interest != a->interest || influence != a->influence)
            moveActor(a->id, interest, influence);
    }
}

bool PowerGridView::focusNextPrevChild(bool next)
{
    // Tab walks through the actors (in name order) before leaving the grid.
    if (m_chips.isEmpty())
        return QWidget::focusNextPrevChild(next);
    int i = -1;
    for (int k = 0; k < m_chips.size(); ++k)
        if (m_chips.at(k).id == m_selected)
            i = k;
    i = next ? i + 1 : (i < 0 ? int(m_chips.size()) - 1 : i - 1);
    if (i < 0 || i >= m_chips.size())
        return QWidget::focusNextPrevChild(next);
    m_selected = m_chips.at(i).id;
    update();
    return true;
}

void PowerGridView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void PowerGridView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Power/interest grid"));
        update();
    }
    QWidget::changeEvent(event);
}

bool PowerGridView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = chipAt(help->pos());
        if (i >= 0) {
            const Chip &c = m_chips.at(i);
            QToolTip::showText(help->globalPos(),
                               tr("%1 — influence %2, interest %3")
                                   .arg(c.name)
                                   .arg(c.influence)
                                   .arg(c.interest),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

QWidget *openPowerGrid(Document *doc, QWidget *parent)
{
    if (!doc || !doc->isOpen())
        return nullptr;
    if (parent)
        if (auto *existing = parent->findChild<PowerGridView *>(K("powerGrid"))) {
            QWidget *window = existing->window();
            window->show();
            window->raise();
            window->activateWindow();
            return window;
        }
    auto *window = new QWidget(parent, Qt::Window);
    window->setObjectName(K("powerGridWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(PowerGridView::tr("Power/Interest Grid — Maillage"));
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new PowerGridView(doc, window);
    QFont f = grid->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    grid->setFont(f);
    layout->addWidget(grid);
    QObject::connect(doc, &Document::aboutToClose, window, &QWidget::close);
    window->resize(1100, 760);
    window->show();
    grid->setFocus();
    return window;
}

} // namespace maillage
