#include "logging.h"

namespace linli {

Q_LOGGING_CATEGORY(lcDatabase, "linli.database", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "linli.demo", QtInfoMsg)

} // namespace linli
