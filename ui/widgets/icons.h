#pragma once

#include <QIcon>
#include <QStyle>

namespace maillage::icons {

/// Makes the Breeze icon theme available (Debian's breeze-icon-theme-rcc, registered once)
/// and selects it, so that every platform, the offscreen one of the tests included, shows the
/// same icons. Returns whether the theme was found.
bool ensureTheme();

/// The theme icon `name` (a Breeze/freedesktop name); a null icon when there is no theme.
QIcon get(const char *name);

/// The application style's standard icon `which`, made when first drawn (the style decodes
/// its images when asked).
QIcon standard(QStyle::StandardPixmap which);

} // namespace maillage::icons
