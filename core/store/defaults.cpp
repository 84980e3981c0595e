#include "core/store/defaults.h"

#include "core/store/store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace maillage::defaults {

namespace {

struct CategoryDef
{
    const char *code;
    const char *name;
    const char *color;
    const char *shape;
    bool person;
};

// Colours from a colour-blind-safe palette (Okabe–Ito), shapes so print in grey still reads.
const CategoryDef kCategories[] = {
    {"institution", QT_TRANSLATE_NOOP("maillage::defaults", "Institution"), "#0072B2", "square",
     false},
    {"company", QT_TRANSLATE_NOOP("maillage::defaults", "Company"), "#E69F00", "diamond", false},
    {"elected", QT_TRANSLATE_NOOP("maillage::defaults", "Elected official"), "#CC79A7",
     "triangle", true},
    {"association", QT_TRANSLATE_NOOP("maillage::defaults", "Association"), "#009E73", "circle",
     false},
    {"citizen", QT_TRANSLATE_NOOP("maillage::defaults", "Citizen"), "#56B4E9", "circle", true},
    {"public_service", QT_TRANSLATE_NOOP("maillage::defaults", "Public service"), "#D55E00",
     "hexagon", false},
    {"media", QT_TRANSLATE_NOOP("maillage::defaults", "Media"), "#F0E442", "star", false},
    {"other", QT_TRANSLATE_NOOP("maillage::defaults", "Other"), "#999999", "circle", false},
};

struct LinkTypeDef
{
    const char *code;
    const char *name;
    const char *color;
    const char *style;
    bool directed;
    int sign;
};

const LinkTypeDef kLinkTypes[] = {
    {"partnership", QT_TRANSLATE_NOOP("maillage::defaults", "Partnership"), "#009E73", "solid",
     false, 1},
    {"funding", QT_TRANSLATE_NOOP("maillage::defaults", "Funding"), "#E69F00", "solid", true, 1},
    {"authority", QT_TRANSLATE_NOOP("maillage::defaults", "Authority"), "#0072B2", "solid", true,
     0},
    {"information", QT_TRANSLATE_NOOP("maillage::defaults", "Information"), "#56B4E9", "dash",
     true, 0},
    {"membership", QT_TRANSLATE_NOOP("maillage::defaults", "Membership"), "#CC79A7", "dot", true,
     0},
    {"conflict", QT_TRANSLATE_NOOP("maillage::defaults", "Conflict"), "#D55E00", "dashdot", false,
     -1},
};

struct ThemeDef
{
    const char *code;
    const char *name;
};

const ThemeDef kThemes[] = {
    {"housing", QT_TRANSLATE_NOOP("maillage::defaults", "Housing")},
    {"health", QT_TRANSLATE_NOOP("maillage::defaults", "Health")},
    {"food", QT_TRANSLATE_NOOP("maillage::defaults", "Food")},
    {"mobility", QT_TRANSLATE_NOOP("maillage::defaults", "Mobility")},
    {"work", QT_TRANSLATE_NOOP("maillage::defaults", "Work")},
    {"social_ties", QT_TRANSLATE_NOOP("maillage::defaults", "Social ties")},
    {"culture", QT_TRANSLATE_NOOP("maillage::defaults", "Culture")},
    {"environment", QT_TRANSLATE_NOOP("maillage::defaults", "Environment")},
    {"safety", QT_TRANSLATE_NOOP("maillage::defaults", "Safety")},
    {"public_services", QT_TRANSLATE_NOOP("maillage::defaults", "Public services")},
    {"civic_life", QT_TRANSLATE_NOOP("maillage::defaults", "Civic life")},
};

QString translated(const char *name)
{
    return QCoreApplication::translate("maillage::defaults", name);
}

} // namespace

bool populate(QSqlDatabase &db, const QString &territoryName, QString *error)
{
    QSqlQuery q(db);
    auto check = [&](bool ok) {
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    };
    const QString now = nowTimestamp();
    q.prepare(QStringLiteral("INSERT INTO territory (id, name, created_at, updated_at) "
                             "VALUES (1, ?, ?, ?)"));
    q.addBindValue(territoryName);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!check(q.exec()))
        return false;

    q.prepare(QStringLiteral("INSERT INTO category (code, name, color, shape, person, position) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    int pos = 0;
    for (const CategoryDef &c : kCategories) {
        q.addBindValue(QString::fromLatin1(c.code));
        q.addBindValue(translated(c.name));
        q.addBindValue(QString::fromLatin1(c.color));
        q.addBindValue(QString::fromLatin1(c.shape));
        q.addBindValue(c.person ? 1 : 0);
        q.addBindValue(pos++);
        if (!check(q.exec()))
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO link_type (code, name, color, line_style, directed, "
                             "sign, position) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    pos = 0;
    for (const LinkTypeDef &t : kLinkTypes) {
        q.addBindValue(QString::fromLatin1(t.code));
        q.addBindValue(translated(t.name));
        q.addBindValue(QString::fromLatin1(t.color));
        q.addBindValue(QString::fromLatin1(t.style));
        q.addBindValue(t.directed ? 1 : 0);
        q.addBindValue(t.sign);
        q.addBindValue(pos++);
        if (!check(q.exec()))
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO theme (code, name, position) VALUES (?, ?, ?)"));
    pos = 0;
    for (const ThemeDef &t : kThemes) {
        q.addBindValue(QString::fromLatin1(t.code));
        q.addBindValue(translated(t.name));
        q.addBindValue(pos++);
        if (!check(q.exec()))
            return false;
    }
    return true;
}

} // namespace maillage::defaults
