#pragma once

#include <QDialog>

class QTextBrowser;

namespace linli {

// A short guide to where things are (F1): the pages, the keys a desk uses all day, how a record is
// mended and who may, and where the longer manuals are. Read-only; Esc closes it.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *text() const { return m_text; }
    static QString guide();

private:
    QTextBrowser *m_text = nullptr;
};

} // namespace linli
