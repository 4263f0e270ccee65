#include "ordereduuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <cstring>

namespace Vigie::OrderedUuid {

namespace {

struct Clock
{
    QMutex mutex;
    qint64 ms = 0;       // the millisecond of the last UUID made, or reserved
    quint32 counter = 0; // its 12-bit counter
};

Clock &clock()
{
    static Clock c;
    return c;
}

constexpr quint32 kCounterLimit = 0xFFF;

QString text(const quint8 (&bytes)[16])
{
    static const char hex[] = "0123456789abcdef";
    char out[36];
    char *o = out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *o++ = '-';
        *o++ = hex[bytes[i] >> 4];
        *o++ = hex[bytes[i] & 0x0F];
    }
    return QString::fromLatin1(out, 36);
}

void putTime(quint8 (&bytes)[16], qint64 ms)
{
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(quint64(ms) >> (8 * (5 - i)));
}

} // namespace

QString next()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 ms;
    quint32 counter;
    {
        Clock &c = clock();
        QMutexLocker lock(&c.mutex);
        if (now > c.ms) {
            // A new millisecond: the counter starts low and random, leaving room to count up in it.
            c.ms = now;
            c.counter = QRandomGenerator::global()->bounded(quint32(0x800));
        } else if (++c.counter > kCounterLimit) {
            // More UUIDs in one millisecond than the counter holds (or the clock went back): the next
            // millisecond is borrowed, as RFC 9562 allows, so that order is kept.
            ++c.ms;
            c.counter = 0;
        }
        ms = c.ms;
        counter = c.counter;
    }
    quint32 random[3];
    QRandomGenerator::global()->fillRange(random);
    quint8 bytes[16];
    putTime(bytes, ms);
    bytes[6] = quint8(0x70 | (counter >> 8)); // version 7, then the counter's high bits
    bytes[7] = quint8(counter);
    std::memcpy(bytes + 8, random, 8);
    bytes[8] = quint8((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return text(bytes);
}

qint64 reserveMillisecond()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Clock &c = clock();
    QMutexLocker lock(&c.mutex);
    c.ms = std::max(now, c.ms + 1);
    c.counter = kCounterLimit; // the next UUID of next() moves past this millisecond
    return c.ms;
}

QString fromParts(qint64 ms, qint64 counter, quint32 random)
{
    quint8 bytes[16];
    putTime(bytes, ms);
    // The counter's 42 bits: 12 after the version, 14 after the variant's two, then 16.
    const quint64 n = quint64(counter);
    bytes[6] = quint8(0x70 | ((n >> 38) & 0x0F));
    bytes[7] = quint8(n >> 30);
    bytes[8] = quint8(0x80 | ((n >> 24) & 0x3F));
    bytes[9] = quint8(n >> 16);
    bytes[10] = quint8(n >> 8);
    bytes[11] = quint8(n);
    bytes[12] = quint8(random >> 24);
    bytes[13] = quint8(random >> 16);
    bytes[14] = quint8(random >> 8);
    bytes[15] = quint8(random);
    return text(bytes);
}

} // namespace Vigie::OrderedUuid
