#include "pagescan.h"

#include <QVector>

#include <cstring>

namespace Vigie {

namespace {

// The page types of SQLite's file format (https://www.sqlite.org/fileformat.html, "B-tree Pages").
constexpr quint8 kIndexInterior = 0x02;
constexpr quint8 kTableInterior = 0x05;
constexpr quint8 kIndexLeaf = 0x0a;
constexpr quint8 kTableLeaf = 0x0d;

quint32 u16(const uchar *p)
{
    return (quint32(p[0]) << 8) | p[1];
}

quint32 u32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

// SQLite's variable-length integer at data[*at], 1 to 9 bytes; false when it runs past `end`.
bool varint(const uchar *data, int end, int *at, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < 9; ++i) {
        if (*at >= end)
            return false;
        const uchar b = data[(*at)++];
        if (i == 8) {
            *value = (v << 8) | b;
            return true;
        }
        v = (v << 7) | (b & 0x7f);
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

// The big-endian signed integer of `bytes` bytes at p.
qint64 signedInteger(const uchar *p, int bytes)
{
    quint64 v = (p[0] & 0x80) ? ~quint64(0) : 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return qint64(v);
}

int headerStart(quint32 page)
{
    return page == 1 ? 100 : 0; // the first page begins with the file's header
}

bool isInterior(quint8 type)
{
    return type == kTableInterior || type == kIndexInterior;
}

} // namespace

PageScan::~PageScan()
{
    if (m_data)
        m_file.unmap(const_cast<uchar *>(m_data));
}

bool PageScan::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return false;
    m_size = m_file.size();
    if (m_size < 512)
        return false;
    m_data = m_file.map(0, m_size);
    if (!m_data)
        return false;
    if (std::memcmp(m_data, "SQLite format 3\0", 16) != 0)
        return false;
    const quint32 size = u16(m_data + 16) == 1 ? 65536 : u16(m_data + 16);
    if (size < 512 || size > 65536 || (size & (size - 1)) != 0)
        return false;
    m_pageSize = size;
    m_usable = size - m_data[20];
    if (m_usable < 480)
        return false;
    m_pageCount = quint32(qMin<qint64>(m_size / size, 0xffffffffLL));
    const quint32 encoding = u32(m_data + 56);
    m_encoding = encoding >= 1 && encoding <= 3 ? int(encoding) : 1;
    return true;
}

const uchar *PageScan::page(quint32 number) const
{
    if (number < 1 || number > m_pageCount)
        return nullptr;
    return m_data + qint64(number - 1) * m_pageSize;
}

quint8 PageScan::typeOf(quint32 number) const
{
    const uchar *p = page(number);
    return p ? p[headerStart(number)] : 0;
}

bool PageScan::childrenOf(quint32 number, QList<quint32> *children) const
{
    children->clear();
    const uchar *p = page(number);
    if (!p)
        return false;
    const int h = headerStart(number);
    const quint8 type = p[h];
    if (!isInterior(type))
        return false;
    const int cells = int(u16(p + h + 3));
    const int pointers = h + 12;
    if (pointers + 2 * cells > int(m_usable))
        return false;
    for (int i = 0; i < cells; ++i) {
        const int cell = int(u16(p + pointers + 2 * i));
        if (cell < pointers + 2 * cells || cell + 4 > int(m_usable))
            return false;
        children->append(u32(p + cell));
    }
    children->append(u32(p + h + 8)); // the right-most child
    const quint8 leaf = type == kTableInterior ? kTableLeaf : kIndexLeaf;
    quint8 kind = 0;
    for (quint32 child : std::as_const(*children)) {
        const quint8 t = child >= 2 ? typeOf(child) : 0;
        if ((t != type && t != leaf) || (kind && t != kind))
            return false; // a tree's pages at one depth are all of one kind
        kind = t;
    }
    return true;
}

QList<PageScan::LoosePage> PageScan::loosePages(const QList<quint32> &roots) const
{
    QList<LoosePage> loose;
    if (!m_data)
        return loose;
    QVector<bool> known(qsizetype(m_pageCount) + 1, false);
    // The pages every tree reaches, walked from its root. An interior page that cannot be trusted is
    // reached but none of its children: a damaged page's bytes are no guide to which pages are whose.
    QList<quint32> stack = roots;
    stack.append(1);
    QList<quint32> children;
    while (!stack.isEmpty()) {
        const quint32 number = stack.takeLast();
        if (number < 1 || number > m_pageCount || known[number])
            continue;
        known[number] = true;
        if (childrenOf(number, &children))
            stack.append(children);
    }
    // The free pages (zeroed as they were freed: Debian's SQLite deletes securely, but a trunk's list
    // is all the same read).
    quint32 trunk = u32(m_data + 32);
    for (quint32 guard = 0; trunk >= 2 && trunk <= m_pageCount && guard < m_pageCount; ++guard) {
        known[trunk] = true;
        const uchar *p = page(trunk);
        const quint32 leaves = u32(p + 4);
        if (leaves > m_usable / 4 - 2)
            break;
        for (quint32 i = 0; i < leaves; ++i) {
            const quint32 leaf = u32(p + 8 + 4 * i);
            if (leaf >= 2 && leaf <= m_pageCount)
                known[leaf] = true;
        }
        trunk = u32(p);
    }
    const quint32 lockByte = quint32(0x40000000 / m_pageSize) + 1; // never used, whatever it holds
    for (quint32 number = 2; number <= m_pageCount; ++number) {
        if (known[number] || number == lockByte || typeOf(number) != kTableLeaf)
            continue;
        const uchar *p = page(number);
        const int cells = int(u16(p + 3));
        if (8 + 2 * cells > int(m_usable))
            continue;
        LoosePage lp;
        lp.page = number;
        for (int i = 0; i < cells; ++i) {
            const int cell = int(u16(p + 8 + 2 * i));
            Row row;
            if (cell >= 8 + 2 * cells && cell < int(m_usable) && decodeCell(p, cell, &row))
                lp.rows.append(row);
            else
                ++lp.unreadableCells;
        }
        loose.append(lp);
    }
    return loose;
}

// A cell of a table's leaf: the payload's size, the row id, the payload (its start on the page, the
// rest on a chain of overflow pages).
bool PageScan::decodeCell(const uchar *data, int at, Row *row) const
{
    const int end = int(m_usable);
    quint64 size = 0;
    quint64 rowid = 0;
    if (!varint(data, end, &at, &size) || !varint(data, end, &at, &rowid) || size > quint64(m_size))
        return false;
    row->rowid = qint64(rowid);
    const qint64 total = qint64(size);
    const qint64 maxLocal = qint64(m_usable) - 35;
    qint64 local = total;
    if (total > maxLocal) {
        const qint64 minLocal = (qint64(m_usable) - 12) * 32 / 255 - 23;
        const qint64 k = minLocal + (total - minLocal) % (qint64(m_usable) - 4);
        local = k <= maxLocal ? k : minLocal;
    }
    if (at + local + (local < total ? 4 : 0) > end)
        return false;
    QByteArray payload(reinterpret_cast<const char *>(data + at), int(local));
    if (local < total) {
        quint32 next = u32(data + at + local);
        for (quint32 guard = 0; payload.size() < total; ++guard) {
            const uchar *p = guard < m_pageCount && next >= 2 ? page(next) : nullptr;
            if (!p)
                return false;
            const qint64 take = qMin<qint64>(total - payload.size(), qint64(m_usable) - 4);
            payload.append(reinterpret_cast<const char *>(p + 4), int(take));
            next = u32(p);
        }
    }
    return decodeRecord(payload, &row->values);
}

// A record: its header (its own size, then one serial type per column) and the values, which must fill
// the payload exactly.
bool PageScan::decodeRecord(const QByteArray &payload, QVariantList *values) const
{
    const auto *data = reinterpret_cast<const uchar *>(payload.constData());
    const int size = int(payload.size());
    int at = 0;
    quint64 headerSize = 0;
    if (!varint(data, size, &at, &headerSize) || headerSize > quint64(size) || qint64(headerSize) < at)
        return false;
    QList<quint64> types;
    while (at < int(headerSize)) {
        quint64 type = 0;
        if (!varint(data, int(headerSize), &at, &type) || type == 10 || type == 11)
            return false;
        types.append(type);
    }
    values->clear();
    int body = int(headerSize);
    static const int integerBytes[] = { 0, 1, 2, 3, 4, 6, 8 };
    for (quint64 type : std::as_const(types)) {
        qint64 length = 0;
        if (type >= 1 && type <= 6)
            length = integerBytes[type];
        else if (type == 7)
            length = 8;
        else if (type >= 12)
            length = qint64((type - 12) / 2);
        if (length > size - body)
            return false;
        const uchar *p = data + body;
        if (type == 0) {
            values->append(QVariant());
        } else if (type <= 6) {
            values->append(signedInteger(p, int(length)));
        } else if (type == 7) {
            const quint64 bits = quint64(signedInteger(p, 8));
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            values->append(d);
        } else if (type == 8 || type == 9) {
            values->append(qint64(type - 8));
        } else if (type % 2 == 0) {
            values->append(QByteArray(reinterpret_cast<const char *>(p), int(length)));
        } else if (m_encoding == 1) {
            values->append(QString::fromUtf8(reinterpret_cast<const char *>(p), int(length)));
        } else {
            QString text;
            for (qint64 i = 0; i + 1 < length; i += 2) {
                const char16_t unit = m_encoding == 2 ? char16_t(p[i] | (p[i + 1] << 8)) : char16_t((p[i] << 8) | p[i + 1]);
                text.append(QChar(unit));
            }
            values->append(text);
        }
        body += int(length);
    }
    return body == size;
}

} // namespace Vigie
