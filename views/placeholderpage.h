#pragma once

#include <QWidget>

namespace linli {

// A page whose work is still being built: shows its title and what it will offer.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace linli
