#include "ui/workshop/interviewboards.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace maillage {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kHitRadius = 26;   // 52 px targets around each actor
constexpr double kLinkHit = 9;

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    if (len2 <= 0)
        return QLineF(p, a).length();
    const double t = std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0);
    return QLineF(p, a + t * ab).length();
}
} // namespace

// ---------------------------------------------------------------------------- LinkCanvas

LinkCanvas::LinkCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(400, 300);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void LinkCanvas::setData(const QList<Node> &nodes, const QList<Edge> &edges, const QColor &current)
{
    m_nodes = nodes;
    m_edges = edges;
    m_current = current;
    bool pendingExists = false;
    for (const Node &n : m_nodes)
        pendingExists |= n.id == m_pending;
    if (!pendingExists)
        m_pending = 0;
    relayout();
    update();
}

void LinkCanvas::clearPending()
{
    m_pending = 0;
    update();
}

void LinkCanvas::relayout()
{
    m_pos.clear();
    const int n = int(m_nodes.size());
    const QRectF r = QRectF(rect()).adjusted(150, 46, -150, -46);
    const QPointF c = r.center();
    const double radius = std::max(40.0, std::min(r.width(), r.height()) / 2);
    // Discs shrink when many actors share the circle, but never below a finger's width.
    m_radius = n > 0 ? std::clamp(radius * kPi / n * 0.6, 12.0, 22.0) : 22.0;
    for (int i = 0; i < n; ++i) {
        const double angle = -kPi / 2 + 2 * kPi * i / std::max(n, 1);
        m_pos << c + QPointF(std::cos(angle) * radius, std::sin(angle) * radius);
    }
}

QPointF LinkCanvas::nodeCentre(qint64 actorId) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).id == actorId)
            return m_pos.value(i);
    return {};
}

QPointF LinkCanvas::edgeMiddle(qint64 linkId) const
{
    for (const Edge &e : m_edges)
        if (e.id == linkId)
            return (nodeCentre(e.source) + nodeCentre(e.target)) / 2;
    return {};
}

qint64 LinkCanvas::nodeAt(const QPointF &p) const
{
    qint64 best = 0;
    double bestDistance = kHitRadius;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const double d = QLineF(p, m_pos.at(i)).length();
        if (d <= bestDistance) {
            best = m_nodes.at(i).id;
            bestDistance = d;
        }
    }
    return best;
}

qint64 LinkCanvas::edgeAt(const QPointF &p) const
{
    qint64 best = 0;
    double bestDistance = kLinkHit;
    for (const Edge &e : m_edges) {
        if (!e.current)
            continue;
        const double d = distanceToSegment(p, nodeCentre(e.source), nodeCentre(e.target));
        if (d <= bestDistance) {
            best = e.id;
            bestDistance = d;
        }
    }
    return best;
}

void LinkCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0xfb, 0xfa, 0xf6));
    if (m_nodes.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No actors yet: add them in the previous step."));
        return;
    }
    // Other link types first, faint, so the group sees what is already drawn.
    for (const Edge &e : m_edges) {
        if (e.current)
            continue;
        p.setPen(QPen(QColor(0, 0, 0, 40), 2));
        p.drawLine(nodeCentre(e.source), nodeCentre(e.target));
    }
    for (const Edge &e : m_edges) {
        if (!e.current)
            continue;
        const QPointF a = nodeCentre(e.source), b = nodeCentre(e.target);
        p.setPen(QPen(m_current, 5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(a, b);
        if (e.directed) {
            // An arrow head where the line meets the target's disc.
            const QLineF line(b, a);
            if (line.length() > 2 * m_radius) {
                const QPointF tip = line.pointAt(m_radius / line.length());
                const double angle = std::atan2(a.y() - b.y(), a.x() - b.x());
                QPainterPath head;
                head.moveTo(tip);
                head.lineTo(tip + QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * 18);
                head.lineTo(tip + QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * 18);
                head.closeSubpath();
                p.setPen(Qt::NoPen);
                p.setBrush(m_current);
                p.drawPath(head);
            }
        }
    }
    if (m_dragging && m_pressed) {
        p.setPen(QPen(m_current, 4, Qt::DashLine, Qt::RoundCap));
        p.drawLine(nodeCentre(m_pressed), m_dragPos);
    }
    QFont label = font();
    label.setPointSizeF(std::clamp(m_radius * 0.75, 10.0, font().pointSizeF()));
    p.setFont(label);
    const QFontMetrics fm(label);
    const QPointF centre = QRectF(rect()).center();
    QList<QRectF> labelled;  // labels already drawn: the next ones keep clear of them
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes.at(i);
        const QPointF c = m_pos.at(i);
        const bool pending = n.id == m_pending || (m_dragging && n.id == m_pressed);
        if (pending) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(m_current.red(), m_current.green(), m_current.blue(), 90));
            p.drawEllipse(c, m_radius + 10, m_radius + 10);
        }
        p.setPen(QPen(pending ? QColor(0x10, 0x10, 0x10) : QColor(255, 255, 255), 3));
        p.setBrush(n.color);
        p.drawEllipse(c, m_radius, m_radius);
        // Labels outside the circle: to the right on the right half, to the left on the left.
        // Where one would cover a label already drawn: shorter, then a line further out.
        const bool right = c.x() >= centre.x() - 1;
        const double dx = c.x() - centre.x(), dy = c.y() - centre.y();
        const double len = std::max(1.0, std::hypot(dx, dy));
        auto place = [&](int maxWidth, double out, QString *text) {
            *text = fm.elidedText(n.name, Qt::ElideRight, maxWidth);
            const int w = fm.horizontalAdvance(*text);
            const QPointF anchor = c + QPointF(dx / len, dy / len) * (m_radius + 8 + out);
            QRectF box(right ? anchor.x() : anchor.x() - w, anchor.y() - fm.height() / 2.0, w,
                       fm.height());
            if (std::abs(dx) < m_radius)  // top and bottom: centred
                box.moveLeft(c.x() - w / 2.0);
            return box.adjusted(-3, 0, 3, 0);
        };
        auto clear = [&](const QRectF &box) {
            for (const QRectF &other : std::as_const(labelled))
                if (other.intersects(box))
                    return false;
            return true;
        };
        QString text;
        QRectF box;
        bool found = false;
        for (const double out : {0.0, fm.height() * 1.1, fm.height() * 2.2})
            for (const int maxWidth : {150, 90}) {
                if (found)
                    break;
                box = place(maxWidth, out, &text);
                found = clear(box);
            }
        if (!found && !pending)
            continue;  // no room: the name is in the list beside, and shows when selected
        if (!found)
            box = place(150, 0, &text);
        labelled << box;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 210));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(box, Qt::AlignCenter, text);
    }
}

void LinkCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = nodeAt(event->position());
    m_dragPos = event->position();
    m_dragging = false;
    if (!m_pressed) {
        if (const qint64 link = edgeAt(event->position())) {
            m_pending = 0;
            emit removeRequested(link);
        } else {
            clearPending();
        }
    }
}

void LinkCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && QLineF(event->position(), nodeCentre(m_pressed)).length() > kHitRadius)
            m_dragging = true;
        m_dragPos = event->position();
        update();
        return;
    }
    const bool over = nodeAt(event->position()) || edgeAt(event->position());
    setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void LinkCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    const qint64 pressed = std::exchange(m_pressed, 0);
    const qint64 released = nodeAt(event->position());
    if (std::exchange(m_dragging, false)) {
        // Dragging from one actor to another links them.
        if (released && released != pressed) {
            m_pending = 0;
            emit linkRequested(pressed, released);
        }
        update();
        return;
    }
    // Click, then click: the first actor waits for the second.
    if (!m_pending) {
        m_pending = pressed;
    } else if (m_pending == pressed) {
        m_pending = 0;
    } else {
        const qint64 first = std::exchange(m_pending, 0);
        emit linkRequested(first, pressed);
    }
    update();
}

void LinkCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool LinkCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = nodeAt(help->pos());
        for (const Node &n : m_nodes)
            if (n.id == id) {
                QToolTip::showText(help->globalPos(), n.name, this);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

// ---------------------------------------------------------------------------- TowerBoard

namespace {
constexpr int kTowerWidth = 124;
constexpr int kLabelHeight = 58;
constexpr int kBaseHeight = 22;
constexpr int kMargin = 12;
} // namespace

TowerBoard::TowerBoard(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TowerBoard::setData(const QList<Tower> &towers, int maximum)
{
    const qint64 focused = focusedActor();
    m_towers = towers;
    m_max = std::max(1, maximum);
    m_focus = 0;
    setFocusedActor(focused);
    updateGeometry();
    update();
}

qint64 TowerBoard::focusedActor() const
{
    return m_towers.isEmpty() ? 0 : m_towers.value(m_focus).id;
}

void TowerBoard::setFocusedActor(qint64 id)
{
    for (int i = 0; i < m_towers.size(); ++i)
        if (m_towers.at(i).id == id)
            m_focus = i;
    update();
}

int TowerBoard::columns(int width) const
{
    return std::max(1, (width - 2 * kMargin) / kTowerWidth);
}

int TowerBoard::blockHeight() const
{
    // A tower of 5 uses tall counters; a tower of 20 thinner ones, still 12 px or more.
    return std::clamp(200 / m_max, 12, 36);
}

int TowerBoard::rowHeight() const
{
    return m_max * blockHeight() + kBaseHeight + kLabelHeight + 20;
}

int TowerBoard::heightForWidth(int width) const
{
    const int cols = columns(width);
    const int rows = std::max(1, int((m_towers.size() + cols - 1) / cols));
    return rows * rowHeight() + 2 * kMargin;
}

QSize TowerBoard::sizeHint() const
{
    return QSize(6 * kTowerWidth + 2 * kMargin, heightForWidth(6 * kTowerWidth + 2 * kMargin));
}

QRect TowerBoard::towerRect(int index) const
{
    const int cols = columns(width());
    const int used = std::min(cols, int(m_towers.size()));
    const int left = (width() - used * kTowerWidth) / 2;
    return QRect(left + (index % cols) * kTowerWidth, kMargin + (index / cols) * rowHeight(),
                 kTowerWidth, rowHeight());
}

QRect TowerBoard::levelRect(qint64 actorId, int level) const
{
    int index = -1;
    for (int i = 0; i < m_towers.size(); ++i)
        if (m_towers.at(i).id == actorId)
            index = i;
    if (index < 0)
        return {};
    const QRect t = towerRect(index);
    const int baseTop = t.top() + 10 + m_max * blockHeight();
    if (level <= 0)
        return QRect(t.left() + 14, baseTop, t.width() - 28, kBaseHeight);
    const int bh = blockHeight();
    return QRect(t.left() + 26, baseTop - level * bh, t.width() - 52, bh);
}

void TowerBoard::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_towers.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No actors yet: add them in the actors step."));
        return;
    }
    QFont small = font();
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_towers.size(); ++i) {
        const QRect t = towerRect(i);
        if (!t.intersects(event->rect()))
            continue;
        const Tower &tw = m_towers.at(i);
        if (i == m_focus && hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 3));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(t.adjusted(3, 2, -3, -2), 8, 8);
        }
        // Empty slots outlined, counters filled with the actor's colour.
        for (int level = 1; level <= m_max; ++level) {
            const QRect r = levelRect(tw.id, level).adjusted(0, 1, 0, -1);
            if (level <= tw.height) {
                p.setPen(QPen(tw.color.darker(140), 1.5));
                p.setBrush(tw.color);
            } else {
                p.setPen(QPen(QColor(0, 0, 0, 45), 1, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
            }
            p.drawRoundedRect(r, 4, 4);
        }
        const QRect base = levelRect(tw.id, 0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x55, 0x55, 0x55));
        p.drawRoundedRect(base, 4, 4);
        p.setPen(Qt::white);
        p.setFont(bold);
        p.drawText(base, Qt::AlignCenter, QString::number(tw.height));
        p.setFont(small);
        p.setPen(palette().color(QPalette::WindowText));
        const QRect label(t.left() + 4, base.bottom() + 4, t.width() - 8, kLabelHeight);
        const QFontMetrics fm(small);
        // Two lines at most, broken between words (never inside one), each elided if needed.
        QString text = tw.name;
        if (fm.horizontalAdvance(text) > label.width()) {
            const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QString first;
            int used = 0;
            while (used < words.size()) {
                const QString longer = first.isEmpty() ? words.at(used)
                                                       : first + QLatin1Char(' ') + words.at(used);
                if (!first.isEmpty() && fm.horizontalAdvance(longer) > label.width())
                    break;
                first = longer;
                ++used;
            }
            text = fm.elidedText(first, Qt::ElideRight, label.width());
            const QString rest = words.mid(used).join(QLatin1Char(' '));
            if (!rest.isEmpty())
                text += QLatin1Char('\n') + fm.elidedText(rest, Qt::ElideRight, label.width());
        }
        p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, text);
    }
}

void TowerBoard::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    for (int i = 0; i < m_towers.size(); ++i) {
        const QRect t = towerRect(i);
        if (!t.contains(pos))
            continue;
        const Tower &tw = m_towers.at(i);
        moveFocus(i);
        setFocus(Qt::MouseFocusReason);
        if (levelRect(tw.id, 0).adjusted(-12, 0, 12, kLabelHeight).contains(pos)) {
            emit heightRequested(tw.id, 0);
            return;
        }
        for (int level = 1; level <= m_max; ++level)
            if (levelRect(tw.id, level).adjusted(-14, 0, 14, 0).contains(pos)) {
                // Clicking the top counter again takes it away.
                emit heightRequested(tw.id, level == tw.height ? level - 1 : level);
                return;
            }
        return;
    }
}

void TowerBoard::moveFocus(int index)
{
    if (m_towers.isEmpty())
        return;
    m_focus = std::clamp(index, 0, int(m_towers.size()) - 1);
    update();
    emit focusMoved(towerRect(m_focus));
}

void TowerBoard::keyPressEvent(QKeyEvent *event)
{
    if (m_towers.isEmpty() || event->modifiers() & (Qt::AltModifier | Qt::ControlModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const Tower &tw = m_towers.at(m_focus);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Plus:
        emit heightRequested(tw.id, std::min(m_max, tw.height + 1));
        return;
    case Qt::Key_Down:
    case Qt::Key_Minus:
        emit heightRequested(tw.id, std::max(0, tw.height - 1));
        return;
    case Qt::Key_Home:
        emit heightRequested(tw.id, 0);
        return;
    case Qt::Key_End:
        emit heightRequested(tw.id, m_max);
        return;
    case Qt::Key_Left:
        moveFocus(m_focus - 1);
        return;
    case Qt::Key_Right:
        moveFocus(m_focus + 1);
        return;
    default:
        if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9) {
            emit heightRequested(tw.id, std::min(m_max, event->key() - Qt::Key_0));
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace maillage
