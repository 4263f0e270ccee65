#pragma once

#include <QFile>
#include <QList>
#include <QVariant>

namespace Vigie {

// Reads a SQLite file page by page, without SQLite, to find rows that its trees no longer reach.
// SQLite finds a row only by going down its table's tree: one damaged interior page hides every row
// below it, although the leaf pages that hold those rows are intact. PageScan walks every tree from its
// root itself, marks the pages reached and the free ones, and decodes the leaf pages of tables left over:
// the pages a damaged parent cut off. In a healthy file there are none. Used by Salvage only; the file is
// only read, and every length and page number in it is checked before use (it is damaged).
class PageScan
{
public:
    struct Row
    {
        qint64 rowid = 0;
        QVariantList values; // in the table's column order, as stored; fewer when the row predates a column
    };
    struct LoosePage
    {
        quint32 page = 0;
        QList<Row> rows;
        int unreadableCells = 0; // cells whose record or overflow pages could not be read
    };

    PageScan() = default;
    PageScan(const PageScan &) = delete;
    PageScan &operator=(const PageScan &) = delete;
    ~PageScan();

    // False when the file cannot be read or does not start with SQLite's header.
    bool open(const QString &path);
    // The leaf pages of tables that no tree reaches from `roots` (the root page of every table and index
    // of the schema; page 1, the schema's own, is always walked) and that are not free.
    QList<LoosePage> loosePages(const QList<quint32> &roots) const;

private:
    const uchar *page(quint32 number) const; // nullptr when out of the file
    quint8 typeOf(quint32 number) const;
    // The children of an interior page, or false when it is not one that can be trusted: a wrong type,
    // a cell outside the page, a child outside the file or of another kind than its siblings.
    bool childrenOf(quint32 number, QList<quint32> *children) const;
    bool decodeCell(const uchar *data, int at, Row *row) const;
    bool decodeRecord(const QByteArray &payload, QVariantList *values) const;

    QFile m_file;
    const uchar *m_data = nullptr;
    qint64 m_size = 0;
    quint32 m_pageSize = 0;
    quint32 m_usable = 0;
    quint32 m_pageCount = 0;
    int m_encoding = 1; // 1 UTF-8, 2 UTF-16le, 3 UTF-16be
};

} // namespace Vigie
