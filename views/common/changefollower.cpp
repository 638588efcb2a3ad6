#include "changefollower.h"

namespace linli {

ChangeFollower::ChangeFollower(QObject *owner, DataChanges *changes, DataKinds followed, std::function<void()> read)
    : QObject(owner)
    , m_followed(followed)
    , m_read(std::move(read))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settle);
    connect(&m_settle, &QTimer::timeout, this, [this] { m_read(); });
    connect(changes, &DataChanges::changed, this, &ChangeFollower::hear);
}

void ChangeFollower::hear(DataKinds kinds)
{
    if (m_ignoring == 0 && kinds.testAnyFlags(m_followed))
        m_settle.start();
}

} // namespace linli
