#include "ui/widgets/welcomepage.h"

#include "core/store/address.h"
#include "ui/widgets/icons.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace maillage {

namespace {
#define K(x) QStringLiteral(x)
}

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(K("welcomePage"));
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 6);
    outer->addStretch(1);
    column->addStretch(1);

    m_title = new QLabel(this);
    m_title->setObjectName(K("welcomeTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_title->setFont(big);
    column->addWidget(m_title);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    column->addWidget(m_subtitle);
    column->addSpacing(12);

    auto *body = new QHBoxLayout;
    body->setSpacing(32);
    column->addLayout(body);

    // Left: what to do now.
    auto *start = new QVBoxLayout;
    body->addLayout(start, 1);
    struct Def
    {
        const char *key;
        const char *icon;
        void (WelcomePage::*signal)();
    };
    const QList<Def> defs{
        {"sample", "document-open-recent", &WelcomePage::openSampleRequested},
        {"new", "document-new", &WelcomePage::newTerritoryRequested},
        {"open", "document-open", &WelcomePage::openRequested},
        {"import", "x-office-spreadsheet", &WelcomePage::importRequested},
    };
    for (const Def &d : defs) {
        auto *b = new QPushButton(icons::get(d.icon), QString(), this);
        b->setObjectName(QString::fromLatin1(d.key) + K("WelcomeButton"));
        b->setIconSize(QSize(22, 22));
        b->setStyleSheet(K("text-align: left; padding: 6px 10px;"));
        connect(b, &QPushButton::clicked, this, d.signal);
        m_buttons.insert(QString::fromLatin1(d.key), b);
        start->addWidget(b);
    }
    m_buttons.value(K("sample"))->setDefault(true);
    start->addSpacing(12);
    m_recentTitle = new QLabel(this);
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    start->addWidget(m_recentTitle);
    m_recent = new QVBoxLayout;
    m_recent->setSpacing(0);
    start->addLayout(m_recent);
    start->addStretch();

    // Right: how it works.
    auto *how = new QVBoxLayout;
    body->addLayout(how, 1);
    m_stepsTitle = new QLabel(this);
    m_stepsTitle->setFont(bold);
    how->addWidget(m_stepsTitle);
    for (int i = 0; i < 3; ++i) {
        auto *step = new QLabel(this);
        step->setObjectName(K("welcomeStep%1").arg(i + 1));
        step->setWordWrap(true);
        step->setTextFormat(Qt::RichText);
        step->setContentsMargins(0, 4, 0, 4);
        how->addWidget(step);
        m_steps << step;
    }
    how->addStretch();
    column->addStretch(2);
    retranslate();
}

QPushButton *WelcomePage::button(const QString &key) const
{
    return m_buttons.value(key);
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recentPaths = paths;
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int n = 0;
    for (const QString &path : paths) {
        // A shared territory is listed as the menu lists it; a file only while it exists.
        const bool shared = SharedAddress::looksLikeAddress(path);
        if ((!shared && !QFileInfo::exists(path)) || ++n > 5)
            continue;
        auto *b = new QPushButton(icons::get(shared ? "network-server-database" : "application-x-sqlite3"),
                                  shared ? recentName(path) : QFileInfo(path).completeBaseName(), this);
        b->setObjectName(K("recentWelcomeButton"));
        b->setFlat(true);
        b->setToolTip(path);
        b->setStyleSheet(K("text-align: left; padding: 3px 10px;"));
        connect(b, &QPushButton::clicked, this, [this, path] { emit recentRequested(path); });
        m_recent->addWidget(b);
    }
    if (n == 0) {
        auto *none = new QLabel(tr("None yet."), this);
        none->setEnabled(false);
        m_recent->addWidget(none);
    }
}

QString WelcomePage::recentName(const QString &pathOrAddress)
{
    if (SharedAddress::looksLikeAddress(pathOrAddress))
        if (const auto address = SharedAddress::parse(pathOrAddress))
            return tr("%1 (shared, %2)").arg(address->territory, address->host.isEmpty()
                                                                  ? address->database
                                                                  : address->host);
    return QFileInfo(pathOrAddress).fileName();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Maillage"));
    m_subtitle->setText(tr("Map the actors of a territory and the links between them, follow "
                           "its problems and the actions that answer them, and share what you "
                           "learn."));
    m_buttons.value(K("sample"))->setText(tr("Open the sample territory (Mirecourt)"));
    m_buttons.value(K("new"))->setText(tr("New territory…"));
    m_buttons.value(K("open"))->setText(tr("Open a territory…"));
    m_buttons.value(K("import"))->setText(tr("Import a spreadsheet into a new territory…"));
    m_recentTitle->setText(tr("Recent territories"));
    m_stepsTitle->setText(tr("How Maillage works"));
    const QStringList steps{
        tr("<b>1. Map the actors.</b> Institutions, companies, elected officials, associations, "
           "citizens: add them on the map or import a spreadsheet, then draw the links "
           "between them (Shift-drag from one actor to another)."),
        tr("<b>2. Follow the territory's problems.</b> Record the problems its inhabitants "
           "face, the actions that answer them and their partners, and the meetings and "
           "Inform'action debates."),
        tr("<b>3. Measure and share.</b> Indicators show what changes; the analysis finds "
           "central actors and missing links; the PDF report and the slides go to partners."),
    };
    for (int i = 0; i < m_steps.size(); ++i)
        m_steps.at(i)->setText(steps.at(i));
    setRecentFiles(m_recentPaths);
}

} // namespace maillage
