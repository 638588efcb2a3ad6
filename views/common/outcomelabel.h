#pragma once

#include <QLabel>

namespace linli {

// The line under a dialog's work that says how the last action went: plain words when it was done,
// in red when it was refused or failed. Plain text, wrapped.
class OutcomeLabel : public QLabel
{
    Q_OBJECT

public:
    explicit OutcomeLabel(QWidget *parent = nullptr);

    // Shows `done` when `ok`, else `problem`.
    void say(bool ok, const QString &done, const QString &problem);
};

} // namespace linli
