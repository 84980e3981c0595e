#include "ui/workshop/timelinebar.h"

#include "ui/widgets/icons.h"
#include "core/util/dates.h"

#include "core/document/document.h"
#include "ui/network/filterbar.h"
#include "ui/network/networkscene.h"
#include "ui/workshop/snapshotsdialog.h"
#include "core/workshop/snapshots.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace maillage {

namespace {
#define K(s) QStringLiteral(s)
} // namespace

TimelineBar::TimelineBar(Document *doc, NetworkScene *scene, FilterBar *filterBar,
                         QWidget *parent)
    : QWidget(parent), m_doc(doc), m_scene(scene), m_filterBar(filterBar)
{
    setObjectName(K("timelineBar"));
    setAutoFillBackground(true);

    // Menu actions (the main window puts them in the Workshop menu).
    m_toggle = new QAction(this);
    m_toggle->setObjectName(K("timelineAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_toggle, &QAction::triggered, this, [this](bool on) {
        if (on)
            setDate(QDate::currentDate());
        else
            clear();
    });
    m_take = new QAction(this);
    m_take->setObjectName(K("takeSnapshotAction"));
    m_take->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(m_take, &QAction::triggered, this, &TimelineBar::takeSnapshot);
    m_list = new QAction(this);
    m_list->setObjectName(K("snapshotsAction"));
    m_list->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    connect(m_list, &QAction::triggered, this, &TimelineBar::showSnapshots);

    // Keys of the bar itself, active while the focus is in it (the slider gets it on open).
    auto barAction = [this](QKeySequence key, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_playAction = barAction(QKeySequence(Qt::Key_Space), [this] {
        if (isPlaying())
            pause();
        else
            play();
    });
    m_backAction = barAction(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { stepBack(); });
    m_forwardAction = barAction(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { stepForward(); });

    // Two rows: the controls above, the slider from the first date to the last below. On
    // one row the bar needed more than a laptop's map width (in French above all), and the
    // window grew past the screen when the timeline opened.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(8, 4, 8, 4);
    rows->setSpacing(2);
    rows->setSizeConstraint(QLayout::SetNoConstraint);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(6);
    auto *sliderRow = new QHBoxLayout;
    sliderRow->setSpacing(6);
    rows->addLayout(layout);
    rows->addLayout(sliderRow);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    auto button = [this, layout](const char *name, QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setIcon(icons::standard(icon));
        b->setAutoRaise(true);
        layout->addWidget(b);
        return b;
    };
    m_back = button("timelineBack", QStyle::SP_MediaSeekBackward);
    connect(m_back, &QToolButton::clicked, this, &TimelineBar::stepBack);
    m_play = button("timelinePlay", QStyle::SP_MediaPlay);
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_play, &QToolButton::clicked, m_playAction, &QAction::trigger);
    m_forward = button("timelineForward", QStyle::SP_MediaSeekForward);
    connect(m_forward, &QToolButton::clicked, this, &TimelineBar::stepForward);

    m_startLabel = new QLabel(this);
    m_startLabel->setObjectName(K("timelineStart"));
    sliderRow->addWidget(m_startLabel);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(K("timelineSlider"));
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(30);
    m_slider->setMinimumWidth(160);
    sliderRow->addWidget(m_slider, 1);
    connect(m_slider, &QSlider::valueChanged, this, [this](int days) {
        if (!m_settingSlider)
            setDate(m_start.addDays(days));
    });
    m_endLabel = new QLabel(this);
    m_endLabel->setObjectName(K("timelineEnd"));
    sliderRow->addWidget(m_endLabel);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(K("timelineDate"));
    m_dateLabel->setFont(bold);
    m_dateLabel->setMinimumWidth(fontMetrics().horizontalAdvance(K("00 September 0000")) + 12);
    m_dateLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_dateLabel, 1);
    m_hint = new QLabel(this);
    m_hint->setObjectName(K("timelineHint"));
    m_hint->setWordWrap(true);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hint->hide();
    sliderRow->addWidget(m_hint, 1);

    m_stepLabel = new QLabel(this);
    layout->addWidget(m_stepLabel);
    m_step = new QComboBox(this);
    m_step->setObjectName(K("timelineStep"));
    layout->addWidget(m_step);
    m_stepLabel->setBuddy(m_step);
    m_everyLabel = new QLabel(this);
    layout->addWidget(m_everyLabel);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(K("timelineSpeed"));
    layout->addWidget(m_speed);
    m_everyLabel->setBuddy(m_speed);
    connect(m_speed, &QComboBox::activated, this,
            [this] { m_timer.setInterval(m_speed->currentData().toInt()); });
    m_close = button("timelineClose", QStyle::SP_DialogCloseButton);
    // Nothing here may widen the window: past the map's width the bar is cut, not the screen.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setMinimumWidth(0);
    connect(m_close, &QToolButton::clicked, this, &TimelineBar::clear);

    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const QDate next = advance(m_date, 1);
        setDate(std::min(next, m_end));
        if (next >= m_end)
            pause();
    });

    connect(m_filterBar, &FilterBar::dateCleared, this, [this] {
        // The chip that emitted this is being removed: finish after its click.
        QTimer::singleShot(0, this, &TimelineBar::clear);
    });
    connect(doc, &Document::opened, this, [this] {
        clear();
        m_stale = true;
    });
    connect(doc, &Document::closed, this, [this] {
        clear();
        m_actors.clear();
        m_links.clear();
    });
    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        bool dates = false;
        for (const Change &c : changes)
            dates = dates || c.table == Table::Actor || c.table == Table::Link;
        // Read again only while the timeline is shown; otherwise when it opens.
        if (dates && m_date.isValid()) {
            reloadDates();
            apply();
        } else if (dates) {
            m_stale = true;
        }
    });

    retranslate();
    setStep(2);
    hide();
    m_stale = true;
    auto enable = [this] {
        m_toggle->setEnabled(m_doc->isOpen());
        m_list->setEnabled(m_doc->isOpen());
        m_take->setEnabled(m_doc->isOpen() && !m_doc->isReadOnly());
    };
    connect(doc, &Document::opened, this, enable);
    connect(doc, &Document::closed, this, enable);
    enable();
}

TimelineBar::~TimelineBar() = default;

QList<QAction *> TimelineBar::menuActions() const
{
    return {m_toggle, m_take, m_list};
}

QString TimelineBar::longDate(const QDate &date)
{
    const QLocale locale;
    // The long format without the day of the week: "12 March 2019", "12 mars 2019".
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(K("d{4}[,.]?\\s*")));
    return locale.toString(date, format.trimmed());
}

QString TimelineBar::asOfText(const QDate &date)
{
    return tr("As of %1").arg(longDate(date));
}

void TimelineBar::retranslate()
{
    m_toggle->setText(tr("&Timeline"));
    m_toggle->setStatusTip(tr("Show the network as it stood on a date, and play it forward"));
    m_take->setText(tr("Take &Snapshot…"));
    m_take->setStatusTip(tr("Keep a named copy of the map as it is now"));
    m_list->setText(tr("S&napshots and Changes…"));
    m_list->setStatusTip(tr("List the snapshots and compare two of them, or two dates"));
    m_title->setText(tr("Timeline"));
    const QString keys = K(" (%1)");
    m_back->setToolTip(tr("Step back") + keys.arg(m_backAction->shortcut().toString(QKeySequence::NativeText)));
    m_back->setAccessibleName(tr("Step back"));
    m_forward->setToolTip(tr("Step forward") +
                          keys.arg(m_forwardAction->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setAccessibleName(tr("Step forward"));
    updatePlayButton();
    m_close->setToolTip(tr("Close the timeline and show the whole map") +
                        keys.arg(m_toggle->shortcut().toString(QKeySequence::NativeText)));
    m_close->setAccessibleName(tr("Close the timeline"));
    m_slider->setAccessibleName(tr("Date shown on the map"));
    m_slider->setToolTip(tr("Drag to choose the date; arrow keys move a day, Page Up and Page "
                            "Down a month, Home and End to the first and last dates"));
    m_stepLabel->setText(tr("Ste&p:"));
    m_everyLabel->setText(tr("&every"));
    m_hint->setText(tr("No actor or link has dates yet: set “Active since” and “Active until” "
                       "in the actor and link editors."));

    const int step = std::max(0, m_step->currentIndex());
    m_step->clear();
    m_step->addItems({tr("1 day"), tr("1 week"), tr("1 month"), tr("3 months"), tr("1 year")});
    m_step->setCurrentIndex(step);
    m_step->setAccessibleName(tr("Step of the timeline"));
    const int speed = m_timer.interval();
    m_speed->clear();
    const QLocale locale;
    for (int ms : {250, 500, 1000, 2000})
        m_speed->addItem(tr("%1 s").arg(locale.toString(ms / 1000.0)), ms);
    m_speed->setCurrentIndex(std::max(0, m_speed->findData(speed)));
    m_speed->setAccessibleName(tr("Time between two steps when playing"));
    updateRange();
    if (m_date.isValid())
        apply();
}

void TimelineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineBar::reloadDates()
{
    m_actors.clear();
    m_links.clear();
    if (!m_doc->isOpen())
        return;
    const workshop::MapData map = workshop::readMapLean(m_doc->store());
    for (const Actor &a : map.actors)
        m_actors.insert(a.id, {a.since, a.until});
    for (const Link &l : map.links)
        m_links.insert(l.id, {l.sourceId, l.targetId, l.since, l.until});
    m_stale = false;
    updateRange();
}

void TimelineBar::updateRange()
{
    QDate first, last;
    auto take = [&](const QDate &d) {
        if (!d.isValid())
            return;
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    };
    for (const Dates &d : std::as_const(m_actors)) {
        take(d.since);
        take(d.until);
    }
    for (const LinkDates &d : std::as_const(m_links)) {
        take(d.since);
        take(d.until);
    }
    const bool dated = first.isValid();
    const QDate today = QDate::currentDate();
    m_start = dated ? std::min(first, today) : today;
    // A day after the last "until" shows the network once it has ended.
    m_end = dated ? std::max(today, last.addDays(1)) : today;
    m_settingSlider = true;
    m_slider->setRange(0, int(m_start.daysTo(m_end)));
    m_slider->setTickInterval(std::max(1, m_slider->maximum() / 12));
    if (m_date.isValid())
        m_slider->setValue(int(m_start.daysTo(m_date)));
    m_settingSlider = false;
    const QLocale locale;
    m_startLabel->setText(dates::text(m_start));
    m_endLabel->setText(dates::text(m_end));
    for (QWidget *w : {static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_startLabel),
                       static_cast<QWidget *>(m_endLabel), static_cast<QWidget *>(m_back),
                       static_cast<QWidget *>(m_forward), static_cast<QWidget *>(m_play)})
        w->setVisible(dated);
    m_hint->setVisible(!dated);
}

void TimelineBar::setDate(const QDate &date)
{
    if (!m_doc->isOpen() || !date.isValid())
        return;
    const bool opening = !m_date.isValid();
    if (m_stale)
        reloadDates();
    m_date = std::clamp(date, m_start, m_end);
    apply();
    if (opening) {
        show();
        m_slider->setFocus();
        m_toggle->setChecked(true);
        emit activeChanged(true);
    }
}

void TimelineBar::clear()
{
    pause();
    if (!m_date.isValid() && isHidden())
        return;
    m_date = QDate();
    m_scene->setTimeHidden({}, {});
    m_filterBar->setDateText(QString());
    hide();
    m_toggle->setChecked(false);
    emit activeChanged(false);
}

void TimelineBar::apply()
{
    if (!m_date.isValid())
        return;
    QSet<qint64> actors, links;
    for (auto it = m_actors.cbegin(); it != m_actors.cend(); ++it)
        if (!workshop::presentOn(it->since, it->until, m_date))
            actors.insert(it.key());
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        if (!workshop::presentOn(it->since, it->until, m_date) || actors.contains(it->source) ||
            actors.contains(it->target))
            links.insert(it.key());
    m_scene->setTimeHidden(actors, links);
    m_filterBar->setDateText(asOfText(m_date));
    m_settingSlider = true;
    m_slider->setValue(int(m_start.daysTo(m_date)));
    m_settingSlider = false;
    m_dateLabel->setText(longDate(m_date));
    m_dateLabel->setAccessibleName(asOfText(m_date));
}

QDate TimelineBar::advance(const QDate &from, int direction) const
{
    switch (m_step->currentIndex()) {
    case 0: return from.addDays(direction);
    case 1: return from.addDays(7 * direction);
    case 3: return from.addMonths(3 * direction);
    case 4: return from.addYears(direction);
    default: return from.addMonths(direction);
    }
}

void TimelineBar::stepForward()
{
    if (m_date.isValid())
        setDate(advance(m_date, 1));
}

void TimelineBar::stepBack()
{
    if (m_date.isValid())
        setDate(advance(m_date, -1));
}

void TimelineBar::play()
{
    if (!m_date.isValid())
        setDate(m_start);
    else if (m_date >= m_end)
        setDate(m_start);  // played to the end: start again
    if (!m_date.isValid() || m_start == m_end)
        return;
    m_timer.start();
    updatePlayButton();
}

void TimelineBar::pause()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    updatePlayButton();
}

void TimelineBar::updatePlayButton()
{
    const QString keys = QStringLiteral(" (%1)");
    m_play->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_play->setIcon(icons::standard(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play the timeline forward, or pause it") +
                       keys.arg(m_playAction->shortcut().toString(QKeySequence::NativeText)));
    m_play->setAccessibleName(isPlaying() ? tr("Pause") : tr("Play"));
}

void TimelineBar::setStep(int index)
{
    m_step->setCurrentIndex(std::clamp(index, 0, int(m_step->count()) - 1));
}

void TimelineBar::setInterval(int ms)
{
    m_timer.setInterval(ms);
    const int i = m_speed->findData(ms);
    if (i >= 0)
        m_speed->setCurrentIndex(i);
}

void TimelineBar::takeSnapshot()
{
    takeSnapshotInteractively(m_doc, window());
}

void TimelineBar::showSnapshots()
{
    if (!m_dialog) {
        m_dialog = new SnapshotsDialog(m_doc, m_scene, window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace maillage
