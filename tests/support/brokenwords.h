#pragma once

// Words a laid-out text document breaks inside: a line that ends between two letters or digits ("Cha|mp"),
// as Qt's rich text does in a table column narrower than a word. "Cha|mp" for each, in document order.
#include <QAbstractTextDocumentLayout>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace VigieTest {

inline QStringList brokenWords(QTextDocument *document)
{
    document->documentLayout()->documentSize(); // laid out
    QStringList broken;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QString text = block.text();
        for (int i = 0; layout && i + 1 < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int end = line.textStart() + line.textLength();
            if (end > 0 && end < text.size() && text.at(end - 1).isLetterOrNumber() && text.at(end).isLetterOrNumber())
                broken << text.left(end).section(QLatin1Char(' '), -1) + QLatin1Char('|')
                        + text.mid(end).section(QLatin1Char(' '), 0, 0);
        }
    }
    return broken;
}

} // namespace VigieTest
