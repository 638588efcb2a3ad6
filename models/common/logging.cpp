#include "logging.h"

namespace linli {

Q_LOGGING_CATEGORY(lcDatabase, "linli.database", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "linli.demo", QtWarningMsg)

} // namespace linli
