#pragma once

#include "core/workshop/savedview.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QToolButton;

namespace maillage {
class Document;

/// Presentation mode: the map alone, full screen, in large type for a projector, stepping
/// through saved views like slides. Right, Space, Page Down, Down or a click go forward;
/// Left, Page Up, Up, Backspace or a right click go back; Home and End jump; H hides or
/// shows persons' names (their pseudonyms replace them everywhere on screen); Esc leaves.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    PresentationWindow(Document *doc, QList<workshop::SavedView> slides, bool hideNames,
                       QWidget *parent = nullptr);

    int current() const { return m_current; }
    int count() const { return int(m_slides.size()); }
    bool namesHidden() const { return m_hideNames; }
    void setNamesHidden(bool hide);
    void goTo(int index);
    void next() { goTo(m_current + 1); }
    void previous() { goTo(m_current - 1); }
    /// The slide on screen, as drawn (title, caption, map and options).
    const workshop::Slide &slide() const { return m_slide; }
    /// Map tiles for the territory slides (those at hand only); null: none.
    void setTiles(render::TileSource *tiles)
    {
        m_tiles = tiles;
        update();
    }

signals:
    void currentChanged(int index);
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void updateBar();
    QRectF headerRect() const;
    QRectF mapRect() const;
    Document *m_doc;
    QList<workshop::SavedView> m_slides;
    workshop::SlideSource m_source;
    workshop::Slide m_slide;
    int m_current = 0;
    bool m_hideNames = false;
    QWidget *m_bar = nullptr;
    QToolButton *m_previous = nullptr, *m_next = nullptr, *m_exit = nullptr;
    QLabel *m_counter = nullptr, *m_hint = nullptr;
    QCheckBox *m_hide = nullptr;
    render::TileSource *m_tiles = nullptr;
};

} // namespace maillage
