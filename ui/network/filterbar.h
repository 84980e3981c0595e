#pragma once

#include "networkscene.h"

#include <QWidget>

class QLayout;
class QToolButton;
class QLabel;

namespace maillage {
class Document;

/// Above the map: a "Filter" menu to add criteria, each active one shown as a removable chip
/// ("Category: Association ×"), so nobody wonders why actors are missing.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    FilterBar(Document *doc, NetworkScene *scene, QWidget *parent = nullptr);
    void setFilter(const MapFilter &filter);
    void setFocusText(const QString &text);  ///< shows a "Focus" chip (empty: none)
    void setDateText(const QString &text);   ///< shows the timeline's date chip (empty: none)

signals:
    void focusCleared();
    void dateCleared();

private:
    void rebuildMenu();
    void rebuildChips();
    QWidget *chip(const QString &text, std::function<void()> remove);
    Document *m_doc;
    NetworkScene *m_scene;
    QToolButton *m_button;
    QLayout *m_chips;  ///< wraps onto more rows rather than widening the window
    QString m_focusText;
    QString m_dateText;
};

} // namespace maillage
