#pragma once

#include <QIcon>

namespace maillage::icons {

/// Makes the Breeze icon theme available (Debian's breeze-icon-theme-rcc, registered once)
/// and selects it, so that every platform, the offscreen one of the tests included, shows the
/// same icons. Returns whether the theme was found.
bool ensureTheme();

/// The theme icon `name` (a Breeze/freedesktop name); a null icon when there is no theme.
QIcon get(const char *name);

} // namespace maillage::icons
