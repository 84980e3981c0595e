#include "filterbar.h"

#include "document/document.h"
#include "domain/labels.h"

#include <QHBoxLayout>
#include "widgets/flowlayout.h"
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace maillage {

FilterBar::FilterBar(Document *doc, NetworkScene *scene, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_scene(scene)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("filterButton"));
    m_button->setText(tr("Filter"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(new QMenu(m_button));
    layout->addWidget(m_button);
    m_chips = new FlowLayout(nullptr, 4);
    layout->addLayout(m_chips, 1);
    connect(m_button->menu(), &QMenu::aboutToShow, this, &FilterBar::rebuildMenu);
    connect(doc, &Document::opened, this, [this] { setFilter({}); });
    rebuildChips();
}

void FilterBar::setFilter(const MapFilter &filter)
{
    m_scene->setFilter(filter);
    rebuildChips();
}

void FilterBar::setFocusText(const QString &text)
{
    m_focusText = text;
    rebuildChips();
}

void FilterBar::setDateText(const QString &text)
{
    m_dateText = text;
    rebuildChips();
}

void FilterBar::rebuildMenu()
{
    QMenu *menu = m_button->menu();
    menu->clear();
    if (!m_doc->isOpen())
        return;
    const MapFilter current = m_scene->filter();
    auto toggle = [this](auto member, auto value) {
        MapFilter f = m_scene->filter();
        auto &set = f.*member;
        if (set.contains(value))
            set.remove(value);
        else
            set.insert(value);
        setFilter(f);
    };
    QMenu *categories = menu->addMenu(tr("Category"));
    for (const Category &c : m_doc->categories()) {
        QAction *a = categories->addAction(c.name, this, [toggle, c] { toggle(&MapFilter::categories, c.id); });
        a->setCheckable(true);
        a->setChecked(current.categories.contains(c.id));
    }
    QMenu *types = menu->addMenu(tr("Link type"));
    for (const LinkType &t : m_doc->linkTypes()) {
        QAction *a = types->addAction(t.name, this, [toggle, t] { toggle(&MapFilter::linkTypes, t.id); });
        a->setCheckable(true);
        a->setChecked(current.linkTypes.contains(t.id));
    }
    QMenu *tags = menu->addMenu(tr("Tag"));
    for (const Tag &t : m_doc->tags()) {
        QAction *a = tags->addAction(t.name, this, [toggle, t] { toggle(&MapFilter::tags, t.id); });
        a->setCheckable(true);
        a->setChecked(current.tags.contains(t.id));
    }
    tags->setEnabled(!tags->isEmpty());
    QMenu *attitudes = menu->addMenu(tr("Attitude"));
    for (int v = -2; v <= 2; ++v) {
        QAction *a = attitudes->addAction(labels::attitude(v), this,
                                          [toggle, v] { toggle(&MapFilter::attitudes, v); });
        a->setCheckable(true);
        a->setChecked(current.attitudes.contains(v));
    }
    QMenu *strength = menu->addMenu(tr("Minimum link strength"));
    for (int s = 1; s <= 5; ++s) {
        QAction *a = strength->addAction(QLocale().toString(s), this, [this, s] {
            MapFilter f = m_scene->filter();
            f.minStrength = s;
            setFilter(f);
        });
        a->setCheckable(true);
        a->setChecked(current.minStrength == s);
    }
    QAction *isolated = menu->addAction(tr("Hide isolated actors"), this, [this] {
        MapFilter f = m_scene->filter();
        f.hideIsolated = !f.hideIsolated;
        setFilter(f);
    });
    isolated->setCheckable(true);
    isolated->setChecked(current.hideIsolated);
    menu->addSeparator();
    menu->addAction(tr("Clear all filters"), this, [this] { setFilter({}); })
        ->setEnabled(!current.isEmpty());
}

QWidget *FilterBar::chip(const QString &text, std::function<void()> remove)
{
    auto *button = new QToolButton(this);
    button->setText(text + QStringLiteral("  ✕"));
    button->setToolTip(tr("Remove this filter"));
    button->setAccessibleName(tr("Remove filter %1").arg(text));
    button->setStyleSheet(QStringLiteral(
        "QToolButton { background: #e3eefc; border: 1px solid #9bbbe6; border-radius: 10px;"
        " padding: 1px 8px; }"));
    connect(button, &QToolButton::clicked, this, remove);
    return button;
}

void FilterBar::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const MapFilter f = m_scene->filter();
    auto names = [](auto list) {
        QHash<qint64, QString> out;
        for (const auto &x : list)
            out.insert(x.id, x.name);
        return out;
    };
    if (m_doc->isOpen()) {
        const auto categoryNames = names(m_doc->categories());
        const auto typeNames = names(m_doc->linkTypes());
        const auto tagNames = names(m_doc->tags());
        for (qint64 id : f.categories)
            m_chips->addWidget(chip(tr("Category: %1").arg(categoryNames.value(id)), [this, id] {
                MapFilter g = m_scene->filter();
                g.categories.remove(id);
                setFilter(g);
            }));
        for (qint64 id : f.linkTypes)
            m_chips->addWidget(chip(tr("Links: %1").arg(typeNames.value(id)), [this, id] {
                MapFilter g = m_scene->filter();
                g.linkTypes.remove(id);
                setFilter(g);
            }));
        for (qint64 id : f.tags)
            m_chips->addWidget(chip(tr("Tag: %1").arg(tagNames.value(id)), [this, id] {
                MapFilter g = m_scene->filter();
                g.tags.remove(id);
                setFilter(g);
            }));
        for (int v : f.attitudes)
            m_chips->addWidget(chip(tr("Attitude: %1").arg(labels::attitude(v)), [this, v] {
                MapFilter g = m_scene->filter();
                g.attitudes.remove(v);
                setFilter(g);
            }));
    }
    if (f.minStrength > 1)
        m_chips->addWidget(chip(tr("Strength ≥ %1").arg(f.minStrength), [this] {
            MapFilter g = m_scene->filter();
            g.minStrength = 1;
            setFilter(g);
        }));
    if (f.hideIsolated)
        m_chips->addWidget(chip(tr("Isolated actors hidden"), [this] {
            MapFilter g = m_scene->filter();
            g.hideIsolated = false;
            setFilter(g);
        }));
    if (!m_dateText.isEmpty())
        m_chips->addWidget(chip(m_dateText, [this] {
            m_dateText.clear();
            emit dateCleared();
            rebuildChips();
        }));
    if (!m_focusText.isEmpty())
        m_chips->addWidget(chip(m_focusText, [this] {
            m_focusText.clear();
            emit focusCleared();
            rebuildChips();
        }));
    // The chips wrap: the bar's height for its width may have changed, tell the map's layout
    // now (a saved view lays out before it zooms).
    // (Shown at once, not when the layout gets round to it, so they count in that height.)
    for (int i = 0; i < m_chips->count(); ++i)
        if (QWidget *w = m_chips->itemAt(i)->widget())
            w->setVisible(true);
    m_chips->invalidate();
    updateGeometry();
}

} // namespace maillage
