#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

// Plain value types of a territory. Ids are the SQLite row ids; 0 means "not stored yet" and,
// for references, "none".
namespace maillage {

inline constexpr double kNoPosition = std::numeric_limits<double>::quiet_NaN();

struct Territory
{
    QString name;
    QString kind = QStringLiteral("commune");
    QString inseeCodes;  ///< INSEE commune codes, comma-separated
    QString epci;        ///< SIREN code of its intercommunality (EPCI), for comparisons
    QString description;
    QString author;
    int retentionMonths = 36;  ///< default retention for new persons, after last contact
};

struct Category
{
    qint64 id = 0;
    QString code;  ///< stable code of a default category ("elected"), empty for user ones
    QString name;
    QString color = QStringLiteral("#808080");
    QString shape = QStringLiteral("circle");  ///< circle square diamond triangle hexagon star
    bool person = false;                       ///< new actors of this category are persons
    int position = 0;
};

struct Tag
{
    qint64 id = 0;
    QString name;
    QString color = QStringLiteral("#808080");
};

/// From opposed to champion, stored as -2 … 2.
enum class Attitude { Opposed = -2, Reluctant = -1, Neutral = 0, Supportive = 1, Champion = 2 };
/// IAP2 engagement spectrum, stored as 0 … 4.
enum class Engagement { Inform = 0, Consult, Involve, Collaborate, Empower };

struct Actor
{
    qint64 id = 0;
    QString name;
    qint64 categoryId = 0;
    QString organisation, role, sector, commune;
    QString email, phone, address, website;
    QString description;
    int influence = 0;  ///< 0 … 5
    int interest = 0;   ///< 0 … 5
    int attitude = 0;   ///< see Attitude
    int engagement = 0; ///< see Engagement
    bool isPerson = false;
    QString legalBasis;  ///< "", "consent", "legitimate_interest", "public_role"
    QDate consentDate;
    QString consentMethod;
    QDate retentionDate;
    QDate lastContact;
    double x = kNoPosition, y = kNoPosition;
    bool pinned = false;
    QDate since, until;
    /// Where the actor is on the ground, in WGS 84 degrees; NaN when unknown.
    double latitude = kNoPosition, longitude = kNoPosition;
    /// How precise that place is: "" unknown, "exact", "street", "commune" (the commune's
    /// centre), "manual" (placed by hand).
    QString locationPrecision;
    bool hasPosition() const { return !std::isnan(x) && !std::isnan(y); }
    bool hasLocation() const { return !std::isnan(latitude) && !std::isnan(longitude); }
};

struct LinkType
{
    qint64 id = 0;
    QString code;
    QString name;
    QString color = QStringLiteral("#808080");
    QString lineStyle = QStringLiteral("solid");  ///< solid dash dot dashdot
    bool directed = false;
    int sign = 0;  ///< -1 conflict, 0 neutral, 1 cooperation
    int position = 0;
};

struct Link
{
    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 targetId = 0;
    qint64 typeId = 0;
    int strength = 3;  ///< 1 … 5
    QString description;
    QDate since, until;
    /// The link's own weight (any number, from an imported file), kept beside the strength
    /// drawn; NaN when it has none.
    double weight = std::numeric_limits<double>::quiet_NaN();
    bool hasWeight() const { return !std::isnan(weight); }
};

struct Theme
{
    qint64 id = 0;
    QString code;
    QString name;
    QString description;
    int position = 0;
};

struct Problem
{
    qint64 id = 0;
    QString title;
    QString description;
    qint64 themeId = 0;
    QString scale = QStringLiteral("inhabitants");  ///< "inhabitants" or "territory"
    int severity = 3;                               ///< 1 … 5
    QString status = QStringLiteral("identified");  ///< identified qualified addressed resolved dropped
    QDate raisedOn;
    qint64 meetingId = 0;
};

struct ActionItem
{
    qint64 id = 0;
    QString title;
    QString description;
    QString status = QStringLiteral("idea");  ///< idea planned running done cancelled
    QDate startDate, endDate;
    qint64 leadActorId = 0;
};

struct Indicator
{
    qint64 id = 0;
    QString name;
    QString unit;
    double baseline = std::numeric_limits<double>::quiet_NaN();
    double target = std::numeric_limits<double>::quiet_NaN();
    qint64 actionId = 0;
    qint64 problemId = 0;
    QString description;
    /// Where the baseline comes from when it was taken from a public statistic; "" when typed.
    QString baselineSource;
};

struct IndicatorValue
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    QDate measuredOn;
    double value = 0;
    QString note;
};

struct Meeting
{
    qint64 id = 0;
    QString title;
    QString kind = QStringLiteral("informaction");  ///< informaction public interview workshop event review
    QDate heldOn;
    QString place;
    QString notes;
    QString decisions;
};

/// One public statistic about one area (table `statistic`; see core/statistics).
struct Statistic
{
    qint64 id = 0;
    QString indicator;  ///< column code without its year: "P_POP" for P21_POP
    QString level;      ///< commune iris qpv epci departement region france
    QString code;       ///< the area's code, as text ("01001", "2A004", "200068120")
    double value = std::numeric_limits<double>::quiet_NaN();  ///< NaN when secret
    QString marker;     ///< the source's secret or missing mark ("s", "nd", "C"); empty if known
    QString unit;
    QString source;
    int vintage = 0;        ///< year of the data
    int geographyYear = 0;  ///< year of the geography the file uses; 0 when unknown
    bool secret() const { return !marker.isEmpty(); }
};

} // namespace maillage
