#pragma once

#include <Qt>

namespace wharf::models {

// Roles shared by every model, so that views, proxies and the tree can rely on them: raw
// values for sorting live apart from display text.
enum SharedRole {
    SortRole = Qt::UserRole + 1, // raw value (bytes, seconds, timestamps) for QSortFilterProxyModel
    IdRole, // stable id of the row's resource
    IconNameRole, // freedesktop icon name for the row, where it has one of its own
    FirstModelRole = Qt::UserRole + 100, // models number their own roles from here
};

} // namespace wharf::models
