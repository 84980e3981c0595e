#include "ui/workshop/presentationwindow.h"

#include "core/document/document.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace maillage {

namespace {
#define K(s) QStringLiteral(s)
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kText(0x22, 0x26, 0x2b);
const QColor kMuted(0x5f, 0x66, 0x6d);

QFont sized(const QFont &base, double pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(std::max(8, int(pixels)));
    f.setBold(bold);
    return f;
}
} // namespace

PresentationWindow::PresentationWindow(Document *doc, QList<workshop::SavedView> slides,
                                       bool hideNames, QWidget *parent)
    : QWidget(parent, Qt::Window), m_doc(doc), m_slides(std::move(slides)),
      m_source(workshop::SlideSource::fromDocument(*doc)), m_hideNames(hideNames)
{
    setObjectName(K("presentationWindow"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(640, 400);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, kText);
    pal.setColor(QPalette::ButtonText, kText);
    setPalette(pal);

    m_bar = new QWidget(this);
    m_bar->setObjectName(K("presentationBar"));
    m_bar->setAutoFillBackground(true);
    QPalette barPal = pal;
    barPal.setColor(QPalette::Window, QColor(0xf2, 0xf4, 0xf6));
    m_bar->setPalette(barPal);
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(16, 6, 16, 6);
    layout->setSpacing(14);
    auto button = [this](const char *name) {
        auto *b = new QToolButton(m_bar);
        b->setObjectName(QString::fromLatin1(name));
        b->setFocusPolicy(Qt::NoFocus);  // keys stay with the slides (Space must not click)
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_previous = button("previousSlideButton");
    m_counter = new QLabel(m_bar);
    m_counter->setObjectName(K("slideCounter"));
    m_next = button("nextSlideButton");
    m_hide = new QCheckBox(m_bar);
    m_hide->setObjectName(K("hideNamesCheck"));
    m_hide->setFocusPolicy(Qt::NoFocus);
    m_hide->setChecked(m_hideNames);
    m_hint = new QLabel(m_bar);
    m_hint->setObjectName(K("presentationHint"));
    m_hint->setStyleSheet(K("color: #5f666d"));
    m_exit = button("leavePresentationButton");
    layout->addWidget(m_previous);
    layout->addWidget(m_counter);
    layout->addWidget(m_next);
    layout->addSpacing(24);
    layout->addWidget(m_hide);
    layout->addStretch();
    layout->addWidget(m_hint);
    layout->addWidget(m_exit);
    connect(m_previous, &QToolButton::clicked, this, &PresentationWindow::previous);
    connect(m_next, &QToolButton::clicked, this, &PresentationWindow::next);
    connect(m_exit, &QToolButton::clicked, this, &QWidget::close);
    connect(m_hide, &QCheckBox::toggled, this, &PresentationWindow::setNamesHidden);

    // The territory changes under the slides (undo from another window, a second presenter):
    // read it again; closing it ends the presentation.
    connect(doc, &Document::changed, this, [this] {
        m_source = workshop::SlideSource::fromDocument(*m_doc);
        rebuild();
    });
    connect(doc, &Document::aboutToClose, this, &QWidget::close);
    retranslate();
    rebuild();
}

void PresentationWindow::retranslate()
{
    setWindowTitle(tr("Presentation — %1").arg(m_source.territoryName()));
    m_previous->setText(tr("◀ Previous"));
    m_previous->setToolTip(tr("Previous slide (Left, Page Up)"));
    m_previous->setAccessibleName(tr("Previous slide"));
    m_next->setText(tr("Next ▶"));
    m_next->setToolTip(tr("Next slide (Right, Space, Page Down)"));
    m_next->setAccessibleName(tr("Next slide"));
    m_hide->setText(tr("Hide persons’ names (H)"));
    m_hide->setAccessibleName(tr("Hide persons’ names"));
    m_hint->setText(tr("Esc to leave"));
    m_exit->setText(tr("Leave"));
    m_exit->setAccessibleName(tr("Leave the presentation"));
    updateBar();
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PresentationWindow::setNamesHidden(bool hide)
{
    if (hide == m_hideNames)
        return;
    m_hideNames = hide;
    {
        const QSignalBlocker block(m_hide);
        m_hide->setChecked(hide);
    }
    rebuild();
}

void PresentationWindow::goTo(int index)
{
    index = std::clamp(index, 0, std::max(0, count() - 1));
    if (index == m_current)
        return;
    m_current = index;
    rebuild();
    emit currentChanged(index);
}

void PresentationWindow::rebuild()
{
    if (m_slides.isEmpty())
        m_slide = workshop::Slide();
    else
        m_slide = m_source.slide(m_slides.value(m_current), m_hideNames);
    updateBar();
    update();
}

void PresentationWindow::updateBar()
{
    m_counter->setText(K("%1 / %2").arg(m_current + 1).arg(count()));
    m_counter->setAccessibleName(tr("Slide %1 of %2").arg(m_current + 1).arg(count()));
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < count());
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    // Type for a projector: everything grows with the screen.
    const double unit = std::clamp(height() / 40.0, 14.0, 40.0);
    const QFont barFont = sized(font(), unit * 0.9);
    for (QWidget *w : m_bar->findChildren<QWidget *>())
        w->setFont(barFont);
    const int barHeight = int(unit * 2.2);
    m_bar->setGeometry(0, height() - barHeight, width(), barHeight);
    QWidget::resizeEvent(event);
}

QRectF PresentationWindow::headerRect() const
{
    const double unit = std::clamp(height() / 40.0, 14.0, 40.0);
    const QFont title = sized(font(), unit * 1.7, true);
    const QFont caption = sized(font(), unit * 1.05);
    const double margin = unit * 1.2;
    const double w = width() - 2 * margin;
    double h = QFontMetricsF(title)
                   .boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, m_slide.title)
                   .height();
    QString sub = m_slide.caption;
    if (!m_slide.focusText.isEmpty())
        sub = sub.isEmpty() ? m_slide.focusText : sub + QLatin1Char('\n') + m_slide.focusText;
    if (!sub.isEmpty())
        h += unit * 0.3 + QFontMetricsF(caption)
                              .boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, sub)
                              .height();
    return QRectF(margin, margin * 0.7, w, h);
}

QRectF PresentationWindow::mapRect() const
{
    const QRectF header = headerRect();
    const double margin = header.left();
    return QRectF(margin, header.bottom() + margin * 0.5, width() - 2 * margin,
                  m_bar->geometry().top() - header.bottom() - margin);
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double unit = std::clamp(height() / 40.0, 14.0, 40.0);
    const QRectF header = headerRect();
    QRectF used;
    p.setFont(sized(font(), unit * 1.7, true));
    p.setPen(kAccent);
    p.drawText(header, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_slide.title, &used);
    QString sub = m_slide.caption;
    p.setFont(sized(font(), unit * 1.05));
    p.setPen(kText);
    QRectF below = header;
    below.setTop(used.bottom() + unit * 0.3);
    if (!sub.isEmpty()) {
        p.drawText(below, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sub, &used);
        below.setTop(used.bottom());
    }
    if (!m_slide.focusText.isEmpty()) {
        p.setPen(kMuted);
        p.drawText(below, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_slide.focusText);
    }
    const QRectF area = mapRect();
    if (m_slide.model.nodes.isEmpty()) {
        p.setPen(kMuted);
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                   m_slides.isEmpty() ? tr("There is nothing to show.")
                                      : tr("No actor is shown with this view’s filters."));
        return;
    }
    workshop::Slide slide = m_slide;
    slide.options.fontScale = unit / 14.0 * 1.1;
    slide.options.labelPixels = unit * 0.85;
    workshop::SlideMapOptions mapOptions;
    mapOptions.tiles = m_tiles;
    workshop::paintSlideMap(p, slide, area, mapOptions);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(count() - 1);
        break;
    case Qt::Key_H:
        setNamesHidden(!m_hideNames);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
    else
        QWidget::mousePressEvent(event);
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace maillage
