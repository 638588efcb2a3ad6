#pragma once

#include <QLoggingCategory>

namespace linli {

// Driver texts and technical detail go here; users see plain sentences instead.
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)

} // namespace linli
