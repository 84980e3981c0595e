#include "ui/helpwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QSet>
#include <QVBoxLayout>

namespace maillage {

HelpWindow::HelpWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(24);
    layout->addWidget(m_browser);
    resize(900, 760);
    load();
}

QString HelpWindow::guideUrl()
{
    const bool french = QLocale().language() == QLocale::French;
    return french ? QStringLiteral("qrc:/maillage/guide/guide-fr.md")
                  : QStringLiteral("qrc:/maillage/guide/guide-en.md");
}

void HelpWindow::load()
{
    setWindowTitle(tr("Maillage User Guide"));
    m_browser->setSource(QUrl(guideUrl()), QTextDocument::MarkdownResource);
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QWidget::changeEvent(event);
}

ShortcutsDialog::ShortcutsDialog(QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QSet<QAction *> listed;  // an action in two menus (Edit and View › History) once, at the first
    auto add = [this, &listed](const QString &menu, QAction *a) {
        if (listed.contains(a))
            return;
        listed.insert(a);
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            return;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(menu));
        auto *command = new QTableWidgetItem(a->icon(), a->text().remove(QLatin1Char('&')));
        m_table->setItem(row, 1, command);
        m_table->setItem(row, 2, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    };
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu())
                walk(a->menu(), path + QStringLiteral(" › ") + a->text().remove(QLatin1Char('&')));
            else
                add(path, a);
        }
    };
    for (QAction *top : menus->actions())
        if (top->menu())
            walk(top->menu(), top->text().remove(QLatin1Char('&')));
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 620);
}

} // namespace maillage
