#include "ui/workshop/viewspanel.h"

#include "core/document/document.h"
#include "ui/mainwindow.h"
#include "ui/workshop/presentationwindow.h"
#include "ui/workshop/viewstate.h"
#include "ui/territory/mapmodes.h"
#include "ui/territory/territoryview.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace maillage {

namespace {
#define K(s) QStringLiteral(s)
constexpr int kIdRole = Qt::UserRole + 1;
const QString kHideNamesKey = K("presentation/hideNames");

/// The territory view's map tiles when it draws them (territory slides show the same, those
/// already at hand); null when its background is something else.
render::TileSource *territoryTiles(MainWindow *window)
{
    MapModes *modes = window->findChild<MapModes *>();
    if (!modes || modes->territoryView()->background() != TerritoryView::Background::Tiles)
        return nullptr;
    return modes->territoryView()->tiles();
}
} // namespace

// ---------------------------------------------------------------------------------------
// ViewDialog

ViewDialog::ViewDialog(const QString &title, const QString &caption, bool editing,
                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(K("viewDialog"));
    setWindowTitle(editing ? tr("Edit View") : tr("Save Current View"));
    auto *layout = new QVBoxLayout(this);
    if (!editing) {
        auto *intro = new QLabel(tr("The view keeps the filters, the focus, the zoom and where "
                                    "every actor stands now, to show them again later or as a "
                                    "slide."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto *form = new QFormLayout;
    m_title = new QLineEdit(title, this);
    m_title->setObjectName(K("viewTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->selectAll();
    m_caption = new QPlainTextEdit(caption, this);
    m_caption->setObjectName(K("viewCaptionEdit"));
    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setPlaceholderText(tr("A sentence or two shown under the title (optional)"));
    m_caption->setTabChangesFocus(true);
    m_caption->setFixedHeight(m_caption->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Caption:"), m_caption);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(editing ? tr("Save") : tr("Save View"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto check = [this] { m_ok->setEnabled(!m_title->text().trimmed().isEmpty()); };
    connect(m_title, &QLineEdit::textChanged, this, check);
    check();
    resize(460, sizeHint().height());
}

QString ViewDialog::title() const
{
    return m_title->text().simplified();
}

QString ViewDialog::caption() const
{
    return m_caption->toPlainText().trimmed();
}

// ---------------------------------------------------------------------------------------
// ViewsPanel

ViewsPanel::ViewsPanel(Document *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(K("viewsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(this);
    m_list->setObjectName(K("viewList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);

    auto *grid = new QGridLayout;
    grid->setSpacing(2);
    struct Def
    {
        const char *key;
        int row, column;
    };
    for (const Def &d : {Def{"save", 0, 0}, Def{"show", 0, 1}, Def{"update", 0, 2},
                         Def{"present", 0, 3}, Def{"edit", 1, 0}, Def{"delete", 1, 1},
                         Def{"up", 1, 2}, Def{"down", 1, 3}}) {
        auto *b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(d.key) + K("ViewButton"));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        grid->addWidget(b, d.row, d.column);
        m_buttons.insert(QString::fromLatin1(d.key), b);
    }
    layout->addLayout(grid);
    auto button = [this](const char *key) { return m_buttons.value(QString::fromLatin1(key)); };
    connect(button("save"), &QToolButton::clicked, this, &ViewsPanel::saveRequested);
    connect(button("show"), &QToolButton::clicked, this,
            [this] { emit showRequested(currentViewId()); });
    connect(button("update"), &QToolButton::clicked, this,
            [this] { emit updateRequested(currentViewId()); });
    connect(button("present"), &QToolButton::clicked, this,
            [this] { emit presentRequested(currentViewId()); });
    connect(button("edit"), &QToolButton::clicked, this,
            [this] { emit editRequested(currentViewId()); });
    connect(button("delete"), &QToolButton::clicked, this,
            [this] { emit deleteRequested(currentViewId()); });
    connect(button("up"), &QToolButton::clicked, this,
            [this] { emit moveRequested(currentViewId(), m_list->currentRow() - 1); });
    connect(button("down"), &QToolButton::clicked, this,
            [this] { emit moveRequested(currentViewId(), m_list->currentRow() + 1); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit showRequested(item->data(kIdRole).toLongLong()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ViewsPanel::updateButtons);
    // A drag in the list: the list has moved the row already; make it the document's order.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
                if (m_reloading)
                    return;
                const int to = row > start ? row - 1 : row;
                if (QListWidgetItem *item = m_list->item(to))
                    emit moveRequested(item->data(kIdRole).toLongLong(), to);
            });
    // Keyboard: Delete, F2 to edit, Ctrl+Up / Ctrl+Down to reorder.
    auto shortcut = [this](const QKeySequence &keys, auto run) {
        auto *a = new QAction(m_list);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, run);
        m_list->addAction(a);
    };
    shortcut(QKeySequence::Delete, [this] { emit deleteRequested(currentViewId()); });
    shortcut(QKeySequence(Qt::Key_F2), [this] { emit editRequested(currentViewId()); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up),
             [this] { emit moveRequested(currentViewId(), m_list->currentRow() - 1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down),
             [this] { emit moveRequested(currentViewId(), m_list->currentRow() + 1); });

    connect(doc, &Document::opened, this, &ViewsPanel::reload);
    connect(doc, &Document::closed, this, &ViewsPanel::reload);
    connect(doc, &Document::changed, this, [this](const ChangeSet &changes) {
        for (const Change &c : changes)
            if (c.table == Table::SavedView) {
                reload();
                return;
            }
    });
    retranslate();
    reload();
}

void ViewsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void ViewsPanel::retranslate()
{
    struct Text
    {
        const char *key;
        QString text, tip;
    };
    const QList<Text> texts{
        {"save", tr("Save…"), tr("Save what the map shows now as a new view")},
        {"show", tr("Show"), tr("Show the selected view on the map (Enter)")},
        {"update", tr("Update"), tr("Replace the selected view by what the map shows now")},
        {"present", tr("Present"), tr("Present the views as slides from the selected one")},
        {"edit", tr("Edit…"), tr("Change the title and caption (F2)")},
        {"delete", tr("Delete"), tr("Delete the selected view (Delete)")},
        {"up", tr("▲ Up"), tr("Move the view one slide earlier (Ctrl+Up)")},
        {"down", tr("▼ Down"), tr("Move the view one slide later (Ctrl+Down)")},
    };
    for (const Text &t : texts) {
        QToolButton *b = m_buttons.value(QString::fromLatin1(t.key));
        b->setText(t.text);
        b->setToolTip(t.tip);
        b->setAccessibleName(t.tip);
    }
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setToolTip(tr("Saved views, in slide order: drag to reorder, double-click to show"));
}

qint64 ViewsPanel::currentViewId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void ViewsPanel::selectView(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

void ViewsPanel::reload()
{
    m_reloading = true;
    const qint64 current = currentViewId();
    m_list->clear();
    if (m_doc->isOpen()) {
        int n = 0;
        for (const workshop::SavedView &v : workshop::loadViews(m_doc->store())) {
            auto *item = new QListWidgetItem(K("%1. %2").arg(++n).arg(v.name), m_list);
            item->setData(kIdRole, v.id);
            QString tip = v.caption.isEmpty() ? v.name : v.name + K("\n") + v.caption;
            if (v.mode == workshop::ViewMode::Territory)
                tip += K("\n") + tr("On the territory map");
            item->setToolTip(tip);

            item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
            item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
        }
        if (m_list->count() == 0) {
            auto *hint = new QListWidgetItem(tr("No saved view yet: set the map as you want to "
                                                "show it, then Save…"),
                                             m_list);
            hint->setFlags(Qt::NoItemFlags);
        }
    }
    selectView(current);
    if (!m_list->currentItem() && m_list->count() > 0 &&
        m_list->item(0)->data(kIdRole).toLongLong())
        m_list->setCurrentRow(0);
    m_reloading = false;
    updateButtons();
}

void ViewsPanel::updateButtons()
{
    const bool open = m_doc->isOpen();
    const bool writable = open && !m_doc->isReadOnly();
    const bool selected = currentViewId() != 0;
    const int row = m_list->currentRow();
    int views = 0;
    for (int i = 0; i < m_list->count(); ++i)
        views += m_list->item(i)->data(kIdRole).toLongLong() != 0;
    m_buttons.value(K("save"))->setEnabled(writable);
    m_buttons.value(K("show"))->setEnabled(selected);
    m_buttons.value(K("present"))->setEnabled(open);
    for (const char *key : {"update", "edit", "delete"})
        m_buttons.value(QString::fromLatin1(key))->setEnabled(writable && selected);
    m_buttons.value(K("up"))->setEnabled(writable && selected && row > 0);
    m_buttons.value(K("down"))->setEnabled(writable && selected && row + 1 < views);
}

// ---------------------------------------------------------------------------------------
// PresentationFeature

PresentationFeature::PresentationFeature(MainWindow *window)
    : QObject(window), m_window(window), m_doc(window->document())
{
    m_dock = new QDockWidget(window);
    m_dock->setObjectName(K("viewsDock"));
    m_panel = new ViewsPanel(m_doc, m_dock);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();  // shown from the Workshop menu or when a view is saved

    struct Def
    {
        const char *key;
        QKeySequence shortcut;
        std::function<void()> run;
    };
    const QList<Def> defs{
        {"saveView", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V),
         [this] { saveCurrentViewInteractively(); }},
        {"present", QKeySequence(Qt::Key_F5), [this] { presentInteractively(0); }},
        {"presentFromView", QKeySequence(Qt::SHIFT | Qt::Key_F5),
         [this] { presentInteractively(m_panel->currentViewId()); }},
        {"exportSlides", QKeySequence(), [this] { exportSlidesInteractively(); }},
    };
    for (const Def &d : defs) {
        auto *a = new QAction(window);
        a->setObjectName(QString::fromLatin1(d.key) + K("Action"));
        if (!d.shortcut.isEmpty())
            a->setShortcut(d.shortcut);
        connect(a, &QAction::triggered, this, d.run);
        window->addAction(a);
        m_actions.insert(QString::fromLatin1(d.key), a);
    }
    m_actions.insert(K("viewsDock"), m_dock->toggleViewAction());

    connect(m_panel, &ViewsPanel::saveRequested, this,
            &PresentationFeature::saveCurrentViewInteractively);
    connect(m_panel, &ViewsPanel::showRequested, this, [this](qint64 id) {
        QString error;
        if (id && !showView(id, &error))
            report(tr("Show View"), error);
    });
    connect(m_panel, &ViewsPanel::updateRequested, this, [this](qint64 id) {
        QString error;
        if (id && !updateFromCurrent(id, &error))
            report(tr("Update View"), error);
    });
    connect(m_panel, &ViewsPanel::editRequested, this,
            &PresentationFeature::editViewInteractively);
    connect(m_panel, &ViewsPanel::deleteRequested, this,
            &PresentationFeature::deleteViewInteractively);
    connect(m_panel, &ViewsPanel::moveRequested, this, [this](qint64 id, int to) {
        QString error;
        if (!id)
            return;
        if (!workshop::moveView(*m_doc, id, to, &error))
            report(tr("Move View"), error);
        m_panel->reload();
        m_panel->selectView(id);
    });
    connect(m_panel, &ViewsPanel::presentRequested, this,
            [this](qint64 id) { presentInteractively(id); });
    connect(m_doc, &Document::opened, this, &PresentationFeature::updateActions);
    connect(m_doc, &Document::closed, this, &PresentationFeature::updateActions);
    retranslate();
    updateActions();
}

void PresentationFeature::addToMenu(QMenu *menu)
{
    menu->addAction(m_actions.value(K("saveView")));
    menu->addAction(m_actions.value(K("viewsDock")));
    menu->addAction(m_actions.value(K("present")));
    menu->addAction(m_actions.value(K("presentFromView")));
    menu->addAction(m_actions.value(K("exportSlides")));
}

void PresentationFeature::retranslate()
{
    m_dock->setWindowTitle(tr("Views"));
    struct Text
    {
        const char *key;
        QString text, tip;
    };
    const QList<Text> texts{
        {"saveView", tr("Save Current &View…"),
         tr("Keep the filters, focus, zoom and layout of the map as a view (a slide)")},
        {"present", tr("&Present"), tr("Show the saved views full screen, as slides")},
        {"presentFromView", tr("Present from Selected View"),
         tr("Start the presentation at the view selected in the Views dock")},
        {"exportSlides", tr("Export Slides as P&DF…"),
         tr("One landscape page per saved view, with its map and legend")},
    };
    for (const Text &t : texts) {
        QAction *a = m_actions.value(QString::fromLatin1(t.key));
        a->setText(t.text);
        a->setStatusTip(t.tip);
    }
    m_actions.value(K("viewsDock"))->setText(tr("&Views"));
}

void PresentationFeature::updateActions()
{
    const bool open = m_doc->isOpen();
    m_actions.value(K("saveView"))->setEnabled(open && !m_doc->isReadOnly());
    for (const char *key : {"present", "presentFromView", "exportSlides"})
        m_actions.value(QString::fromLatin1(key))->setEnabled(open);
}

void PresentationFeature::report(const QString &title, const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(m_window, title, error);
}

std::optional<qint64> PresentationFeature::saveCurrentView(const QString &title,
                                                           const QString &caption,
                                                           QString *error)
{
    workshop::SavedView v = captureView(*m_window);
    v.name = title;
    v.caption = caption;
    const auto id = workshop::addView(*m_doc, v, error);
    if (id) {
        m_panel->reload();
        m_panel->selectView(*id);
    }
    return id;
}

bool PresentationFeature::updateFromCurrent(qint64 id, QString *error)
{
    const auto old = workshop::loadView(m_doc->store(), id);
    if (!old) {
        if (error)
            *error = tr("There is no such view (it may have been deleted).");
        return false;
    }
    workshop::SavedView v = captureView(*m_window);
    v.id = id;
    v.name = old->name;
    v.caption = old->caption;
    return workshop::updateView(*m_doc, v, error);
}

bool PresentationFeature::showView(qint64 id, QString *error)
{
    const auto v = workshop::loadView(m_doc->store(), id);
    if (!v) {
        if (error)
            *error = tr("There is no such view (it may have been deleted).");
        return false;
    }
    const bool ok = restoreView(*m_window, *v, error);
    m_window->statusBar()->showMessage(tr("Showing view “%1”").arg(v->name), 4000);
    return ok;
}

PresentationWindow *PresentationFeature::present(bool hideNames, qint64 fromId)
{
    if (!m_doc->isOpen())
        return nullptr;
    if (m_presentation)
        m_presentation->close();
    workshop::SavedView current = captureView(*m_window);
    current.name = m_doc->territory().name;
    const QList<workshop::SavedView> slides = workshop::slidesOrCurrent(m_doc->store(), current);
    int start = 0;
    for (int i = 0; i < slides.size(); ++i)
        if (fromId && slides[i].id == fromId)
            start = i;
    m_presentation = new PresentationWindow(m_doc, slides, hideNames, m_window);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    m_presentation->setTiles(territoryTiles(m_window));
    m_presentation->goTo(start);
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    return m_presentation;
}

void PresentationFeature::saveCurrentViewInteractively()
{
    if (!m_doc->isOpen() || m_doc->isReadOnly())
        return;
    ViewDialog dialog(tr("View %1").arg(workshop::loadViews(m_doc->store()).size() + 1),
                      QString(), false, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!saveCurrentView(dialog.title(), dialog.caption(), &error)) {
        report(tr("Save Current View"), error);
        return;
    }
    m_dock->show();
    m_dock->raise();
    m_window->statusBar()->showMessage(tr("View “%1” saved").arg(dialog.title()), 4000);
}

void PresentationFeature::editViewInteractively(qint64 id)
{
    const auto v = workshop::loadView(m_doc->store(), id);
    if (!v)
        return;
    ViewDialog dialog(v->name, v->caption, true, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    bool ok = true;
    if (dialog.title() != v->name && dialog.caption() != v->caption) {
        workshop::SavedView changed = *v;
        changed.name = dialog.title();
        changed.caption = dialog.caption();
        ok = workshop::updateView(*m_doc, changed, &error);
    } else if (dialog.title() != v->name) {
        ok = workshop::renameView(*m_doc, id, dialog.title(), &error);
    } else if (dialog.caption() != v->caption) {
        ok = workshop::setViewCaption(*m_doc, id, dialog.caption(), &error);
    }
    if (!ok)
        report(tr("Edit View"), error);
}

void PresentationFeature::deleteViewInteractively(qint64 id)
{
    const auto v = workshop::loadView(m_doc->store(), id);
    if (!v)
        return;
    // One undo step brings it back: no confirmation needed.
    QString error;
    if (!workshop::removeView(*m_doc, id, &error))
        report(tr("Delete View"), error);
    else
        m_window->statusBar()->showMessage(
            tr("View “%1” deleted (Edit › Undo brings it back)").arg(v->name), 5000);
}

void PresentationFeature::presentInteractively(qint64 fromId)
{
    if (!m_doc->isOpen())
        return;
    QDialog dialog(m_window);
    dialog.setObjectName(K("presentDialog"));
    dialog.setWindowTitle(tr("Present"));
    auto *layout = new QVBoxLayout(&dialog);
    const int views = int(workshop::loadViews(m_doc->store()).size());
    auto *text = new QLabel(
        views == 0 ? tr("There is no saved view: the map as it is now will be the only slide.")
                   : tr("%Ln saved view(s) will be shown as slides, full screen.", nullptr, views),
        &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *hide = new QCheckBox(tr("&Hide persons’ names (their pseudonyms are shown)"), &dialog);
    hide->setObjectName(K("presentHideNames"));
    hide->setChecked(QSettings().value(kHideNamesKey, false).toBool());
    layout->addWidget(hide);
    auto *keys = new QLabel(tr("During the presentation: Right, Space or a click for the next "
                               "slide, Left for the previous one, H to hide or show names, Esc "
                               "to leave."),
                            &dialog);
    keys->setWordWrap(true);
    keys->setStyleSheet(K("color: #5f666d"));
    layout->addWidget(keys);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(440, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(kHideNamesKey, hide->isChecked());
    present(hide->isChecked(), fromId);
}

void PresentationFeature::exportSlidesInteractively()
{
    if (!m_doc->isOpen())
        return;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Slides as PDF"),
        QFileInfo(m_doc->path()).absolutePath() + QLatin1Char('/') + m_doc->territory().name +
            tr(" - slides") + K(".pdf"),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += K(".pdf");
    workshop::SlidesPdfOptions options;
    options.tiles = territoryTiles(m_window);
    options.anonymize =
        QMessageBox::question(m_window, tr("Export Slides as PDF"),
                              tr("Replace every person's name by a pseudonym (for showing or "
                                 "sharing outside the team)?"),
                              QMessageBox::Yes | QMessageBox::No,
                              QSettings().value(kHideNamesKey, false).toBool()
                                  ? QMessageBox::Yes
                                  : QMessageBox::No) == QMessageBox::Yes;
    workshop::SavedView current = captureView(*m_window);
    current.name = m_doc->territory().name;
    const QList<workshop::SavedView> slides = workshop::slidesOrCurrent(m_doc->store(), current);
    QProgressDialog progress(tr("Writing the slides…"), tr("Cancel"), 0, int(slides.size()),
                             m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const bool ok = workshop::writeSlidesPdf(
        workshop::SlideSource::fromDocument(*m_doc), slides, path, options, &error,
        [&](int done, int) {
            progress.setValue(done);  // processes events: Cancel can be pressed
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!ok)
        report(tr("Export Slides as PDF"), error);
    else
        m_window->statusBar()->showMessage(
            tr("Wrote %Ln slide(s) to %1", nullptr, int(slides.size()))
                .arg(QFileInfo(path).fileName()),
            5000);
}

} // namespace maillage
