#include "core/domain/labels.h"

#include <QCoreApplication>

namespace maillage::labels {

namespace {

struct Entry
{
    const char *code;
    const char *label;
};


const Entry kLegalBasis[] = {{"", QT_TRANSLATE_NOOP("maillage::labels", "No basis recorded")}, {"consent", QT_TRANSLATE_NOOP("maillage::labels", "Consent")},
                             {"legitimate_interest", QT_TRANSLATE_NOOP("maillage::labels", "Legitimate interest")},
                             {"public_role", QT_TRANSLATE_NOOP("maillage::labels", "Public role")}};
const Entry kProblemStatus[] = {{"identified", QT_TRANSLATE_NOOP("maillage::labels", "Identified")}, {"qualified", QT_TRANSLATE_NOOP("maillage::labels", "Qualified")},
                                {"addressed", QT_TRANSLATE_NOOP("maillage::labels", "Being addressed")}, {"resolved", QT_TRANSLATE_NOOP("maillage::labels", "Resolved")},
                                {"dropped", QT_TRANSLATE_NOOP("maillage::labels", "Dropped")}};
const Entry kScale[] = {{"inhabitants", QT_TRANSLATE_NOOP("maillage::labels", "Inhabitants")}, {"territory", QT_TRANSLATE_NOOP("maillage::labels", "Territory")}};
const Entry kRole[] = {{"affected", QT_TRANSLATE_NOOP("maillage::labels", "Affected")}, {"raised", QT_TRANSLATE_NOOP("maillage::labels", "Raised it")},
                       {"can_act", QT_TRANSLATE_NOOP("maillage::labels", "Can act")}};
const Entry kActionStatus[] = {{"idea", QT_TRANSLATE_NOOP("maillage::labels", "Idea")}, {"planned", QT_TRANSLATE_NOOP("maillage::labels", "Planned")}, {"running", QT_TRANSLATE_NOOP("maillage::labels", "Running")},
                               {"done", QT_TRANSLATE_NOOP("maillage::labels", "Done")}, {"cancelled", QT_TRANSLATE_NOOP("maillage::labels", "Cancelled")}};
const Entry kMeetingKind[] = {{"informaction", QT_TRANSLATE_NOOP("maillage::labels", "Inform'action debate")},
                              {"public", QT_TRANSLATE_NOOP("maillage::labels", "Public meeting")},
                              {"interview", QT_TRANSLATE_NOOP("maillage::labels", "Interview")},
                              {"workshop", QT_TRANSLATE_NOOP("maillage::labels", "Workshop")},
                              {"event", QT_TRANSLATE_NOOP("maillage::labels", "Event")},
                              {"review", QT_TRANSLATE_NOOP("maillage::labels", "Review debate")}};
const Entry kShape[] = {{"circle", QT_TRANSLATE_NOOP("maillage::labels", "Circle")},   {"square", QT_TRANSLATE_NOOP("maillage::labels", "Square")},   {"diamond", QT_TRANSLATE_NOOP("maillage::labels", "Diamond")},
                        {"triangle", QT_TRANSLATE_NOOP("maillage::labels", "Triangle")}, {"hexagon", QT_TRANSLATE_NOOP("maillage::labels", "Hexagon")}, {"star", QT_TRANSLATE_NOOP("maillage::labels", "Star")}};
const Entry kLineStyle[] = {{"solid", QT_TRANSLATE_NOOP("maillage::labels", "Solid")}, {"dash", QT_TRANSLATE_NOOP("maillage::labels", "Dashed")}, {"dot", QT_TRANSLATE_NOOP("maillage::labels", "Dotted")},
                            {"dashdot", QT_TRANSLATE_NOOP("maillage::labels", "Dash-dot")}};
const char *const kAttitude[] = {
    QT_TRANSLATE_NOOP("maillage::labels", "Opposed"),
    QT_TRANSLATE_NOOP("maillage::labels", "Reluctant"),
    QT_TRANSLATE_NOOP("maillage::labels", "Neutral"),
    QT_TRANSLATE_NOOP("maillage::labels", "Supportive"),
    QT_TRANSLATE_NOOP("maillage::labels", "Champion"),
};
const char *const kEngagement[] = {
    QT_TRANSLATE_NOOP("maillage::labels", "Inform"),
    QT_TRANSLATE_NOOP("maillage::labels", "Consult"),
    QT_TRANSLATE_NOOP("maillage::labels", "Involve"),
    QT_TRANSLATE_NOOP("maillage::labels", "Collaborate"),
    QT_TRANSLATE_NOOP("maillage::labels", "Empower"),
};
const char *const kSign[] = {
    QT_TRANSLATE_NOOP("maillage::labels", "Conflict"),
    QT_TRANSLATE_NOOP("maillage::labels", "Neutral"),
    QT_TRANSLATE_NOOP("maillage::labels", "Cooperation"),
};

QString tr(const char *text)
{
    return QCoreApplication::translate("maillage::labels", text);
}

template <std::size_t N> QString lookup(const Entry (&table)[N], const QString &code)
{
    for (const Entry &e : table)
        if (code == QLatin1String(e.code))
            return tr(e.label);
    return code;
}

template <std::size_t N> QStringList codes(const Entry (&table)[N])
{
    QStringList out;
    for (const Entry &e : table)
        out << QString::fromLatin1(e.code);
    return out;
}

} // namespace

QString attitude(int a)
{
    return a >= -2 && a <= 2 ? tr(kAttitude[a + 2]) : QString::number(a);
}
QString engagement(int e)
{
    return e >= 0 && e <= 4 ? tr(kEngagement[e]) : QString::number(e);
}
QString sign(int s)
{
    return s >= -1 && s <= 1 ? tr(kSign[s + 1]) : QString::number(s);
}
QString legalBasis(const QString &c) { return lookup(kLegalBasis, c); }
QString problemStatus(const QString &c) { return lookup(kProblemStatus, c); }
QString problemScale(const QString &c) { return lookup(kScale, c); }
QString problemRole(const QString &c) { return lookup(kRole, c); }
QString actionStatus(const QString &c) { return lookup(kActionStatus, c); }
QString meetingKind(const QString &c) { return lookup(kMeetingKind, c); }
QString shape(const QString &c) { return lookup(kShape, c); }
QString lineStyle(const QString &c) { return lookup(kLineStyle, c); }

QStringList legalBasisCodes() { return codes(kLegalBasis); }
QStringList problemStatusCodes() { return codes(kProblemStatus); }
QStringList problemScaleCodes() { return codes(kScale); }
QStringList problemRoleCodes() { return codes(kRole); }
QStringList actionStatusCodes() { return codes(kActionStatus); }
QStringList meetingKindCodes() { return codes(kMeetingKind); }
QStringList shapeCodes() { return codes(kShape); }
QStringList lineStyleCodes() { return codes(kLineStyle); }

} // namespace maillage::labels
