#pragma once

#include <QString>

namespace linli {

// How identifiers are shown to someone who may not see them whole: the ends kept so that a clerk can
// still tell two apart and a resident can confirm their own, the middle starred.
namespace Masking {

// "13800138000" → "138****8000"; short numbers keep only their last two digits.
QString phone(const QString &phone);

} // namespace Masking

} // namespace linli
