#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace maillage::io {

/// The text encodings the CSV reader understands.
enum class CsvEncoding {
    Auto,         ///< UTF-8 (with or without BOM), else Windows-1252, decided by the bytes
    Utf8,
    Windows1252,  ///< what French Excel writes ("CSV (séparateur : point-virgule)")
};

struct CsvOptions
{
    CsvEncoding encoding = CsvEncoding::Auto;
    /// 0: detect from the first line among ',' ';' and tab (an Excel "sep=X" line wins).
    char separator = 0;
    /// A field longer than this is refused (usually an unterminated quote swallowing the file).
    qsizetype maxFieldBytes = 1 << 20;
    /// Every record must have as many fields as the header (blank lines are skipped).
    bool requireHeaderWidth = true;
};

/// A streaming reader of delimited text (RFC 4180 and what spreadsheets really write):
/// separator and encoding detection, quoted fields with doubled quotes and line breaks, CRLF
/// or LF. It holds one buffer of the file at a time, so multi-gigabyte files are read with
/// bounded memory. Every error names the file and the line where the bad record starts.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(maillage::io::CsvReader)

public:
    /// Reads `device` (already open); `sourceName` is the file name used in messages.
    CsvReader(QIODevice *device, const QString &sourceName, const CsvOptions &options = {});
    ~CsvReader();

    /// Reads the header line (the first record). False with error() set on an empty file or
    /// any read error.
    bool readHeader();
    /// The header's fields as written (BOM removed, trimmed).
    QStringList header() const { return m_header; }

    /// Reads the next record into `fields`. False at the end of the file or on an error
    /// (then hasError() is true and error() says what and where).
    bool next(QStringList &fields);

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    /// The line number (1-based) where the last record returned started.
    qint64 line() const { return m_recordLine; }
    char separator() const { return m_separator; }
    /// The encoding in use: Auto while the file has been pure ASCII so far.
    CsvEncoding encoding() const { return m_encoding; }
    bool hadBom() const { return m_bom; }
    /// Rows skipped so far because they hold nothing but separators (and blanks), as
    /// spreadsheets leave below their data (",,"); blank lines are skipped without a count.
    qint64 separatorOnlyRows() const { return m_separatorOnlyRows; }
    /// Bytes consumed so far (for progress bars).
    qint64 bytesRead() const { return m_consumed; }

    /// A one-line message "FILE, line N: what" (translated).
    static QString located(const QString &source, qint64 line, const QString &what);

private:
    bool fill();
    bool readRecord();
    void appendToRecord(const char *bytes, qsizetype n);
    bool decodeRecord(QStringList &fields);
    bool onlyBlanks() const;
    bool decode(const QByteArray &bytes, QString &out);
    bool fail(qint64 line, const QString &what);
    void detectSeparator();

    QIODevice *m_device;
    QString m_source;
    CsvOptions m_options;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_bom = false;
    char m_separator = 0;
    CsvEncoding m_encoding = CsvEncoding::Auto;
    qint64 m_line = 1;        ///< line of the next byte
    qint64 m_recordLine = 0;  ///< line where the last record started
    qint64 m_consumed = 0;
    int m_width = -1;
    qint64 m_separatorOnlyRows = 0;
    QStringList m_header;
    QString m_error;
    QString intern(int column, const char *bytes, qsizetype n);
    /// Recent short values of each column (categories, communes, types, small numbers come
    /// back row after row): a repeated value shares one string instead of allocating again.
    /// A column whose values do not repeat (names, ids) stops being looked at.
    struct ColumnStrings
    {
        QString recent[64];
        int hits = 0, misses = 0;
        bool off = false;
    };
    std::unique_ptr<ColumnStrings[]> m_columnStrings;
    QByteArray m_record;       ///< the fields of the record being read, end to end…
    qsizetype m_recordSize = 0;  ///< … up to here (the rest is room kept for later records)
    QList<qsizetype> m_ends;   ///< where each field ends in m_record
};

/// Normalises a column name for matching: BOM removed, trimmed, lower case, typographic
/// apostrophes made plain (`Nom de l’élu` matches `nom de l'élu`).
QString columnKey(const QString &name);

/// Whether `bytes` are valid UTF-8 (an incomplete sequence at the very end counts as valid
/// when `allowTruncatedEnd`).
bool isValidUtf8(const char *bytes, qsizetype size, bool allowTruncatedEnd = false);

/// Decodes Windows-1252 (the 0x80–0x9F range holds € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™
/// š › œ ž Ÿ; other bytes are Latin-1).
QString fromWindows1252(const char *bytes, qsizetype size);

/// Writes one CSV field: quoted when it holds the separator, a quote or a line break.
QByteArray csvField(const QString &value, char separator = ',');

} // namespace maillage::io
