#pragma once

#include <QtGlobal>

namespace linli {

// Who works at this desk: the staff member whose favourite types and cases ("mine") the window
// shows first, who handles what is logged unless told otherwise, and who is recorded as taking
// case steps. Kept in this computer's settings.
namespace DeskStaff {

qint64 id(); // 0: not chosen yet
void setId(qint64 staffId);

} // namespace DeskStaff

} // namespace linli
