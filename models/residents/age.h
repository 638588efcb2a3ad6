#pragma once

#include <QDate>

namespace linli {

// Full years lived on `today`. Someone born on 29 February becomes a year older on 1 March in
// common years.
int ageOn(QDate birth, QDate today);

} // namespace linli
