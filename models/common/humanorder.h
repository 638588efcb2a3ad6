#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace linli {

// The order people expect of short names in a list: Chinese by its pinyin (as a dictionary orders
// it: 陈 before 李 before 王), and numbers inside names by their value (第2网格 before 第10网格),
// whatever the window's language.
class HumanOrder
{
public:
    static bool less(const QString &left, const QString &right);

    // Sorts `items` by the name `nameOf` gives each, keeping the order of equal names.
    template<typename T, typename NameOf> static void sort(QList<T> &items, NameOf nameOf)
    {
        std::stable_sort(items.begin(), items.end(),
                         [&nameOf](const T &left, const T &right) { return less(nameOf(left), nameOf(right)); });
    }
};

} // namespace linli
