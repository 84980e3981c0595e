#include "core/render/palette.h"

#include <algorithm>

namespace maillage::palette {

namespace {

// Okabe–Ito: orange, sky blue, blue, bluish green; grey for an unknown status.
const QColor kFirst(0xE6, 0x9F, 0x00), kSecond(0x56, 0xB4, 0xE9), kThird(0x00, 0x72, 0xB2),
    kLast(0x00, 0x9E, 0x73), kUnknown(0xB0, 0xB0, 0xB0);

QColor stage(const QString &status, const char *first, const char *second, const char *third,
             const char *last)
{
    if (status == QLatin1String(first))
        return kFirst;
    if (status == QLatin1String(second))
        return kSecond;
    if (status == QLatin1String(third))
        return kThird;
    if (status == QLatin1String(last))
        return kLast;
    return kUnknown;
}

} // namespace

QColor problemStatusColor(const QString &status)
{
    return stage(status, "identified", "qualified", "addressed", "resolved");
}

QColor actionStatusColor(const QString &status)
{
    return stage(status, "idea", "planned", "running", "done");
}

QColor severityColor(int severity)
{
    static const QColor colours[] = {QColor(0xFE, 0xE0, 0x8B), QColor(0xFD, 0xAE, 0x61),
                                     QColor(0xF4, 0x6D, 0x43), QColor(0xD7, 0x30, 0x27),
                                     QColor(0xA5, 0x00, 0x26)};
    return colours[std::clamp(severity, 1, 5) - 1];
}

} // namespace maillage::palette
