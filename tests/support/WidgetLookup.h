#pragma once

#include <QAbstractButton>
#include <QObject>
#include <QTest>

// Finding and pressing the real widgets of a window in GUI tests, by their object names.

// The named child of `parent`, with a warning naming it when it is missing (the test then fails on
// the null pointer with that name in its log).
template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

template <typename T> T *child(QObject &parent, const char *name)
{
    return child<T>(&parent, name);
}

// Near the left edge: a radio button or check box only takes clicks on its indicator and text, and
// in a page-wide layout the middle of the widget is empty space. A push button takes it anywhere.
inline void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// Clicks the named button of `parent`; fails the test when it is missing or disabled.
inline void click(QObject *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), name);
    click(button);
}
