#include "labels.h"

#include <QCoreApplication>

namespace maillage::labels {

namespace {

struct Entry
{
    const char *code;
    const char *label;
};

#define L(code, text) {code, QT_TRANSLATE_NOOP("maillage::labels", text)}

const Entry kLegalBasis[] = {L("", "No basis recorded"), L("consent", "Consent"),
                             L("legitimate_interest", "Legitimate interest"),
                             L("public_role", "Public role")};
const Entry kProblemStatus[] = {L("identified", "Identified"), L("qualified", "Qualified"),
                                L("addressed", "Being addressed"), L("resolved", "Resolved"),
                                L("dropped", "Dropped")};
const Entry kScale[] = {L("inhabitants", "Inhabitants"), L("territory", "Territory")};
const Entry kRole[] = {L("affected", "Affected"), L("raised", "Raised it"),
                       L("can_act", "Can act")};
const Entry kActionStatus[] = {L("idea", "Idea"), L("planned", "Planned"), L("running", "Running"),
                               L("done", "Done"), L("cancelled", "Cancelled")};
const Entry kMeetingKind[] = {L("informaction", "Inform'action debate"),
                              L("public", "Public meeting"),
                              L("interview", "Interview"),
                              L("workshop", "Workshop"),
                              L("event", "Event"),
                              L("review", "Review debate")};
const Entry kShape[] = {L("circle", "Circle"),   L("square", "Square"),   L("diamond", "Diamond"),
                        L("triangle", "Triangle"), L("hexagon", "Hexagon"), L("star", "Star")};
const Entry kLineStyle[] = {L("solid", "Solid"), L("dash", "Dashed"), L("dot", "Dotted"),
                            L("dashdot", "Dash-dot")};
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
#undef L

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
