#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace maillage {
class Document;
class NetworkScene;
class FilterBar;
class SnapshotsDialog;

/// Workshop › Timeline: a bar under the map with a date slider over the territory's dates
/// (the earliest since/until of its actors and links, to today or the latest date if later),
/// step buttons and Play/Pause. While it is open the map shows only the actors and links
/// present on the date (workshop::presentOn: both ends inclusive; a link only when both its
/// actors are present), and the filter bar shows an "As of …" chip; closing the bar or the
/// chip shows the whole map again.
///
/// It also owns the Workshop menu's timeline and snapshot actions (menuActions()).
class TimelineBar : public QWidget
{
    Q_OBJECT
public:
    TimelineBar(Document *doc, NetworkScene *scene, FilterBar *filterBar,
                QWidget *parent = nullptr);
    ~TimelineBar() override;

    /// Timeline (checkable), Take Snapshot…, Snapshots…: for the Workshop menu.
    QList<QAction *> menuActions() const;

    /// The date shown; invalid when the timeline is closed.
    QDate date() const { return m_date; }
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    /// Opens the timeline at `date` (clamped to the range).
    void setDate(const QDate &date);
    /// Closes the timeline: the whole map again.
    void clear();
    void stepForward();
    void stepBack();
    void play();
    void pause();
    bool isPlaying() const { return m_timer.isActive(); }

    /// Step of the step buttons and of playing: 0 day, 1 week, 2 month, 3 quarter, 4 year.
    void setStep(int index);
    /// Milliseconds between two steps when playing.
    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }

    QSlider *slider() const { return m_slider; }
    /// "As of 12 March 2019" for `date` in the current locale.
    static QString asOfText(const QDate &date);
    /// A date in the locale's long format without the day of the week.
    static QString longDate(const QDate &date);

signals:
    void activeChanged(bool active);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePlayButton();
    void reloadDates();
    void updateRange();
    void apply();
    QDate advance(const QDate &from, int direction) const;
    void takeSnapshot();
    void showSnapshots();

    Document *m_doc;
    NetworkScene *m_scene;
    FilterBar *m_filterBar;
    QAction *m_toggle, *m_take, *m_list, *m_playAction, *m_backAction, *m_forwardAction;
    QLabel *m_title, *m_dateLabel, *m_startLabel, *m_endLabel, *m_stepLabel, *m_everyLabel,
        *m_hint;
    QSlider *m_slider;
    QToolButton *m_play, *m_back, *m_forward, *m_close;
    QComboBox *m_step, *m_speed;
    QTimer m_timer;
    QDate m_start, m_end, m_date;
    struct Dates
    {
        QDate since, until;
    };
    struct LinkDates
    {
        qint64 source, target;
        QDate since, until;
    };
    QHash<qint64, Dates> m_actors;
    QHash<qint64, LinkDates> m_links;
    bool m_settingSlider = false;
    bool m_stale = true;  ///< the dates must be read again before use
    QPointer<SnapshotsDialog> m_dialog;
};

} // namespace maillage
