#pragma once
// The typed change set and row operations live with the store that produces them
// (core/store/changeset.h); this header is what features and views include.
#include "core/store/changeset.h"
