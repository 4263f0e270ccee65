#include "csvreader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include "csvlibrary.h"

namespace Vigie {

namespace {

// libcsv's parser states (csv.c); FIELD_BEGUN inside quotes at the end means an unterminated quote.
constexpr int kFieldBegun = 2;

int spaceOnly(unsigned char c)
{
    return c == CSV_SPACE;
}

int spaceOrTab(unsigned char c)
{
    return c == CSV_SPACE || c == CSV_TAB;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
const char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
    0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x009D, 0x017E, 0x0178,
};

bool isAscii(const char *data, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return false;
    }
    return true;
}

// Strict UTF-8 validation; a sequence cut by the end of `bytes` is accepted when `atEnd` is false.
bool validUtf8(const unsigned char *s, size_t n, bool allowTruncatedEnd)
{
    size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        int more = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
        } else {
            return false;
        }
        if (i + more >= n)
            return allowTruncatedEnd;
        for (int k = 1; k <= more; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += more + 1;
    }
    return true;
}

// The wide encodings a spreadsheet may save "Unicode text" in, which Vigie does not read: by their byte
// order mark, else by the NUL bytes every ASCII character carries in them ("" when neither). A NUL or
// two in a UTF-8 file is a bad value for the importer to point at, not an encoding.
QString wideEncoding(const QByteArray &head)
{
    if (head.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) || head.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return QStringLiteral("UTF-32");
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16");
    const qsizetype n = qMin<qsizetype>(head.size(), 4096);
    qsizetype nul = 0;
    for (qsizetype i = 0; i < n; ++i)
        nul += head.at(i) == '\0' ? 1 : 0;
    if (n >= 4 && nul * 4 >= n)
        return nul * 3 >= n * 2 ? QStringLiteral("UTF-32") : QStringLiteral("UTF-16");
    return {};
}

bool isBlankSegment(const char *data, size_t size, char delimiter)
{
    for (size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == ' ' || c == '\r' || c == '\n' || (c == '\t' && delimiter != '\t'))
            continue;
        return false;
    }
    return true;
}

} // namespace

struct CsvReader::State
{
    const std::function<bool(const CsvRecord &)> *onRecord = nullptr;
    TextEncoding encoding = TextEncoding::Utf8;
    bool autoEncoding = false;
    CsvRecord record;
    int line = 1;
    bool inRecord = false;
    bool stop = false;

    QString decode(const char *data, size_t size) const
    {
        if (isAscii(data, size))
            return QString::fromLatin1(data, qsizetype(size));
        if (encoding == TextEncoding::Windows1252)
            return CsvReader::decodeWindows1252(data, qsizetype(size));
        if (autoEncoding && !validUtf8(reinterpret_cast<const unsigned char *>(data), size, false))
            return CsvReader::decodeWindows1252(data, qsizetype(size));
        return QString::fromUtf8(data, qsizetype(size));
    }

    static void onField(void *s, size_t len, void *self)
    {
        auto *state = static_cast<State *>(self);
        if (state->stop)
            return;
        state->record.fields.append(s ? state->decode(static_cast<const char *>(s), len) : QString());
    }

    static void onRecordEnd(int, void *self)
    {
        auto *state = static_cast<State *>(self);
        state->inRecord = false;
        if (state->stop) {
            state->record.fields.clear();
            return;
        }
        bool blank = true;
        for (const QString &f : std::as_const(state->record.fields)) {
            if (!f.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        }
        if (!blank && !(*state->onRecord)(state->record))
            state->stop = true;
        state->record.fields.clear();
    }
};

CsvReader::CsvReader(QString path)
    : m_path(std::move(path))
{
}

CsvReader::CsvReader(QString path, const Options &options)
    : m_path(std::move(path))
    , m_options(options)
{
}

CsvReader::CsvReader(QString path, char delimiter, TextEncoding encoding)
    : m_path(std::move(path))
{
    m_options.delimiter = delimiter;
    m_options.encoding = encoding;
}

QString CsvReader::decodeWindows1252(const char *data, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        dst[i] = (c >= 0x80 && c < 0xA0) ? QChar(kCp1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

bool CsvReader::looksLikeWindows1252(const QByteArray &bytes)
{
    return !validUtf8(reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), true);
}

char CsvReader::detectDelimiter(const QByteArray &head)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : head) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\n' || c == '\r') {
                if (comma + semicolon + tab > 0)
                    break;
            } else if (c == ',') {
                ++comma;
            } else if (c == ';') {
                ++semicolon;
            } else if (c == '\t') {
                ++tab;
            }
        }
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

bool CsvReader::read(const std::function<bool(const CsvRecord &)> &onRecord)
{
    m_error.clear();
    m_bytesRead = 0;
    const QString shown = QDir::toNativeSeparators(m_path);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1: cannot be read (%2).").arg(shown, file.errorString());
        return false;
    }
    m_fileSize = file.size();
    const qint64 chunkSize = qMax(16, m_options.chunkSize);

    QByteArray chunk = file.read(chunkSize);
    if (const QString wide = wideEncoding(chunk); !wide.isEmpty()) {
        m_error = tr("%1: unsupported encoding (%2); save the file as UTF-8 (or Windows-1252) and import it again.")
                      .arg(shown, wide);
        return false;
    }
    m_bom = chunk.startsWith("\xEF\xBB\xBF");
    if (m_bom)
        chunk.remove(0, 3);
    m_delimiter = m_options.delimiter ? m_options.delimiter : detectDelimiter(chunk);
    m_encoding = m_options.encoding;
    if (m_encoding == TextEncoding::Auto)
        m_encoding = (!m_bom && looksLikeWindows1252(chunk)) ? TextEncoding::Windows1252 : TextEncoding::Utf8;

    QString missing;
    const CsvLibrary::Functions *csv = CsvLibrary::functions(&missing);
    if (!csv) {
        m_error = tr("%1: CSV files cannot be read on this computer: the library %2 cannot be loaded (%3). "
                     "Install the package that provides it.")
                      .arg(shown, CsvLibrary::fileName(), missing);
        return false;
    }
    csv_parser parser;
    if (csv->init(&parser, 0) != 0) {
        m_error = tr("%1: out of memory.").arg(shown);
        return false;
    }
    csv->setDelim(&parser, static_cast<unsigned char>(m_delimiter));
    csv->setSpaceFunc(&parser, m_delimiter == '\t' ? &spaceOnly : &spaceOrTab);

    State state;
    state.onRecord = &onRecord;
    state.encoding = m_encoding;
    state.autoEncoding = m_options.encoding == TextEncoding::Auto && m_encoding == TextEncoding::Utf8;

    bool ok = true;
    auto feed = [&](const char *data, size_t size, bool endsLine) {
        if (!state.inRecord && !isBlankSegment(data, size, m_delimiter)) {
            state.record.line = state.line;
            state.inRecord = true;
        }
        if (csv->parse(&parser, data, size, &State::onField, &State::onRecordEnd, &state) != size) {
            m_error = tr("%1:%2: cannot be read (%3).")
                          .arg(shown)
                          .arg(state.line)
                          .arg(QString::fromLatin1(csv->strerror(csv->error(&parser))));
            ok = false;
        }
        if (endsLine)
            ++state.line;
    };

    QByteArray carry;
    qint64 consumed = m_bom ? 3 : 0;
    while (ok && !state.stop) {
        const bool atEnd = file.atEnd();
        QByteArray data = carry.isEmpty() ? chunk : carry + chunk;
        carry.clear();
        // A CR at the end of a chunk may be the first half of CRLF: decide with the next chunk.
        if (!atEnd && data.endsWith('\r')) {
            carry = "\r";
            data.chop(1);
        }
        const char *p = data.constData();
        const qsizetype n = data.size();
        qsizetype start = 0;
        for (qsizetype i = 0; i < n && ok && !state.stop; ++i) {
            const char c = p[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= n ? atEnd : p[i + 1] != '\n'))) {
                feed(p + start, size_t(i + 1 - start), true);
                start = i + 1;
                m_bytesRead = consumed + start;
            }
        }
        if (ok && !state.stop && start < n)
            feed(p + start, size_t(n - start), false);
        consumed += chunk.size();
        m_bytesRead = consumed;
        if (atEnd)
            break;
        chunk = file.read(chunkSize);
        if (chunk.isEmpty() && !file.atEnd()) {
            m_error = tr("%1: cannot be read (%2).").arg(shown, file.errorString());
            ok = false;
        }
    }
    if (ok && !state.stop) {
        if (parser.pstate == kFieldBegun && parser.quoted) {
            // Where the field opens: its record's first line, and its place in the record (the column
            // the other import messages count).
            m_error = tr("%1:%2:%3: a quoted field is never closed (missing \").")
                          .arg(shown)
                          .arg(state.record.line)
                          .arg(state.record.fields.size() + 1);
            ok = false;
        } else {
            csv->fini(&parser, &State::onField, &State::onRecordEnd, &state);
        }
    }
    csv->free(&parser);
    return ok;
}

} // namespace Vigie
