#pragma once

#include <QTextBrowser>

class QTextDocument;

namespace Vigie {

// A text browser that never lays its document out narrower than its words: Qt's rich text squeezes a
// table into the width it is given and breaks words inside to fit (the merge report at 640 px read
// « Cha mp »). Narrower than its least width, it scrolls sideways: for documents that are mostly tables
// (the guide, mostly prose, wraps at its window and hyphenates its long words instead).
class WholeWordBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit WholeWordBrowser(QWidget *parent = nullptr);

    // Measures the document again (done by itself, after the event loop, when its contents change).
    void fitToContents();
    // The least width (logical pixels) at which no word of the document is broken; 0 when any width does.
    int leastWidth() const { return m_least; }

    // The least width at which `document` breaks no word: from the sum of its tables' widest words,
    // widened until Qt's table layout breaks none. The document's text width is left as it was.
    static int leastUnbrokenWidth(QTextDocument *document);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyWidth();

    int m_least = 0;
    bool m_pending = false;
};

} // namespace Vigie
