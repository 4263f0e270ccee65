#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Vigie {

// How the bytes of a text file become characters.
enum class TextEncoding { Auto, Utf8, Windows1252 };

// One CSV record: its fields and the physical line (1-based) where it starts.
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

// A streaming RFC 4180 reader on top of libcsv: quoted fields with delimiters, quotes and line breaks;
// `,` `;` or tab (detected from the first record when not forced); UTF-8 with or without BOM, or
// Windows-1252 (detected when not forced). The file is read in fixed-size chunks and each record is
// handed to a callback, so memory does not grow with the file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::CsvReader)
public:
    struct Options
    {
        char delimiter = 0; // 0 = detect
        TextEncoding encoding = TextEncoding::Auto;
        int chunkSize = 64 * 1024;
    };

    explicit CsvReader(QString path);
    CsvReader(QString path, const Options &options);
    CsvReader(QString path, char delimiter, TextEncoding encoding);

    // Reads the file from the start, handing every non-blank record to `onRecord`; returning false from
    // it stops reading early (not an error). False on an I/O or syntax error, see errorString().
    bool read(const std::function<bool(const CsvRecord &)> &onRecord);
    QString errorString() const { return m_error; }

    // What was used by the last read(): the forced value or the detected one.
    char delimiter() const { return m_delimiter; }
    TextEncoding encoding() const { return m_encoding; }
    bool hadBom() const { return m_bom; }

    // Progress of a read in progress, for progress bars: bytes consumed so far and the file's size.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 fileSize() const { return m_fileSize; }

    // The delimiter that occurs most often outside quotes in the first record of `head` (`,` if none).
    static char detectDelimiter(const QByteArray &head);
    // Whether `bytes` looks like Windows-1252 rather than UTF-8 (ignoring a sequence cut at the end).
    static bool looksLikeWindows1252(const QByteArray &bytes);
    static QString decodeWindows1252(const char *data, qsizetype size);

    // Used by the libcsv callbacks.
    struct State;

private:
    QString m_path;
    Options m_options;
    char m_delimiter = ',';
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_bom = false;
    qint64 m_bytesRead = 0;
    qint64 m_fileSize = 0;
    QString m_error;
};

} // namespace Vigie
