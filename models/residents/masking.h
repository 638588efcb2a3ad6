#pragma once

#include <QString>

namespace linli {

// How identifiers are shown to someone who may not see them whole: the ends kept so that a clerk can
// still tell two apart and a resident can confirm their own, the middle starred.
namespace Masking {

// "13800138000" → "138****8000"; short numbers keep only their last two digits.
QString phone(const QString &phone);
// "110105194912310012" → "110105********0012": the region and the last four kept.
QString idNumber(const QString &idNumber);

} // namespace Masking

} // namespace linli
