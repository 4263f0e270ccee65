#pragma once

// What the window tests do between steps: lay the widgets out as the event loop would after a resize or
// a new text, and show a page in a language switched at run time, as the Language menu does.
#include "views/mainwindow.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QEvent>

namespace VigieTest {

// The posted layout requests, then what they post in turn: a few rounds settle nested layouts.
inline void settleLayouts(int rounds = 4)
{
    for (int i = 0; i < rounds; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// Shows `page` of `window` in `language` ("en", "fr"); false when the language cannot be applied.
inline bool showPageIn(Vigie::MainWindow &window, const QString &language, const QString &page)
{
    if (Vigie::Language::current() != language) {
        if (!Vigie::Language::apply(language))
            return false;
        QCoreApplication::processEvents();
    }
    window.showPage(page);
    return true;
}

} // namespace VigieTest
