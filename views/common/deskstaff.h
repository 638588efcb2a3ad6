#pragma once

#include "actor.h"

namespace linli {

// Who works at this desk: the staff member whose favourite types and cases ("mine") the window
// shows first, who handles what is logged unless told otherwise, and who is recorded as taking
// case steps and making phone checks. The staff member the signed-in account belongs to
// (UserStore::setStaff); for an account that belongs to nobody, the one last chosen in the quick
// log on this computer, kept in its settings.
namespace DeskStaff {
qint64 id(const Actor &signedIn); // 0: not known
// Remembers the quick log's handler as the desk's, for an account that belongs to nobody.
void setId(const Actor &signedIn, qint64 staffId);
} // namespace DeskStaff

} // namespace linli
