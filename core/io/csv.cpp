#include "core/io/csv.h"

#include <QDir>

#include <algorithm>
#include <cstring>

namespace maillage::io {

namespace {

constexpr qsizetype kChunk = 1 << 20;

// Windows-1252 0x80–0x9F; 0 marks the five undefined bytes (decoded as their C1 control).
const char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool hasHighByte(const char *p, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i)
        if (static_cast<unsigned char>(p[i]) >= 0x80)
            return true;
    return false;
}

bool hasHighByte(const QByteArray &b)
{
    return hasHighByte(b.constData(), b.size());
}

} // namespace

bool isValidUtf8(const char *s, qsizetype n, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s);
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n) {
            if (!allowTruncatedEnd)
                return false;
            for (qsizetype k = i + 1; k < n; ++k)
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            return true;
        }
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += len;
    }
    return true;
}

QString fromWindows1252(const char *bytes, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        char16_t u = c;
        if (c >= 0x80 && c <= 0x9F && kCp1252High[c - 0x80] != 0)
            u = kCp1252High[c - 0x80];
        d[i] = QChar(u);
    }
    return out;
}

QString columnKey(const QString &name)
{
    QString s = name;
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    s = s.trimmed().toLower();
    s.replace(QChar(0x2019), QLatin1Char('\''));
    s.replace(QChar(0x2018), QLatin1Char('\''));
    s.replace(QChar(0x02BC), QLatin1Char('\''));
    return s;
}

QByteArray csvField(const QString &value, char separator)
{
    QByteArray b = value.toUtf8();
    if (b.contains(separator) || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        b.prepend('"');
        b.append('"');
    }
    return b;
}

QString CsvReader::located(const QString &source, qint64 line, const QString &what)
{
    if (line <= 0)
        return tr("%1: %2").arg(QDir::toNativeSeparators(source), what);
    return tr("%1, line %2: %3").arg(QDir::toNativeSeparators(source)).arg(line).arg(what);
}

CsvReader::CsvReader(QIODevice *device, const QString &sourceName, const CsvOptions &options)
    : m_device(device), m_source(sourceName), m_options(options),
      m_separator(options.separator), m_encoding(options.encoding)
{
}

CsvReader::~CsvReader() = default;

bool CsvReader::fail(qint64 line, const QString &what)
{
    if (m_error.isEmpty())
        m_error = located(m_source, line, what);
    return false;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const qint64 n = m_device->read(m_buffer.data() + old, kChunk);
    if (n < 0) {
        m_buffer.resize(old);
        m_eof = true;
        return fail(0, tr("could not be read (%1)").arg(m_device->errorString()));
    }
    m_buffer.resize(old + n);
    if (n == 0)
        m_eof = true;
    return n > 0;
}

void CsvReader::detectSeparator()
{
    if (m_separator != 0)
        return;
    // Excel's "sep=;" first line names the separator.
    if (m_buffer.size() - m_pos >= 5 && std::memcmp(m_buffer.constData() + m_pos, "sep=", 4) == 0) {
        const char s = m_buffer.at(m_pos + 4);
        const qsizetype end = m_pos + 5;
        if (end == m_buffer.size() || m_buffer.at(end) == '\n' || m_buffer.at(end) == '\r') {
            m_separator = s;
            m_pos = end;
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\r')
                ++m_pos;
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                ++m_pos;
            ++m_line;
            return;
        }
    }
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    m_separator = ',';
    if (semicolon > comma && semicolon >= tab)
        m_separator = ';';
    else if (tab > comma && tab > semicolon)
        m_separator = '\t';
}

void CsvReader::appendToRecord(const char *bytes, qsizetype n)
{
    // The buffer only grows: it is reused for every record without being cleared.
    if (m_recordSize + n > m_record.size())
        m_record.resize(std::max(m_recordSize + n, m_record.size() * 2 + 256));
    std::memcpy(m_record.data() + m_recordSize, bytes, size_t(n));
    m_recordSize += n;
}

bool CsvReader::readRecord()
{
    // Every field of the record goes into one buffer; m_ends holds where each one ends.
    m_recordSize = 0;
    m_ends.clear();
    qsizetype fieldStart = 0;
    bool inQuotes = false, wasQuoted = false, afterQuote = false, any = false;
    qint64 quoteLine = 0;
    m_recordLine = m_line;
    const char sep = m_separator;
    const qsizetype maxField = m_options.maxFieldBytes;
    auto tooLong = [&]() {
        return fail(inQuotes ? quoteLine : m_recordLine,
                    inQuotes ? tr("a quoted field opened here is longer than %1 bytes "
                                  "(probably an unterminated quote)")
                                   .arg(maxField)
                             : tr("a field is longer than %1 bytes").arg(maxField));
    };
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!fill()) {
                if (hasError())
                    return false;
                if (inQuotes)
                    return fail(quoteLine, tr("unterminated quoted field (the quote opened on "
                                              "this line is never closed)"));
                if (!any && m_recordSize == fieldStart)
                    return false;
                m_ends.append(m_recordSize);
                return true;
            }
        }
        any = true;
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (inQuotes) {
            // Copy the run up to the next quote in one go, counting line breaks.
            const void *q = std::memchr(data + m_pos, '"', size_t(size - m_pos));
            const qsizetype end = q ? static_cast<const char *>(q) - data : size;
            for (qsizetype i = m_pos; i < end; ++i) {
                if (data[i] == '\n')
                    ++m_line;
                else if (data[i] == 0)
                    return fail(m_line, tr("contains a NUL byte: this is not a text file (or "
                                           "it is UTF-16; save it as UTF-8)"));
            }
            appendToRecord(data + m_pos, end - m_pos);
            m_pos = end;
            if (m_recordSize - fieldStart > maxField)
                return tooLong();
            if (!q)
                continue;
            if (m_pos + 1 >= m_buffer.size() && !m_eof) {
                fill();
                if (hasError())
                    return false;
            }
            if (m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos + 1) == '"') {
                appendToRecord("\"", 1);
                m_pos += 2;
            } else {
                inQuotes = false;
                afterQuote = true;
                ++m_pos;
            }
            continue;
        }
        const char c = data[m_pos];
        if (c == sep) {
            m_ends.append(m_recordSize);
            fieldStart = m_recordSize;
            wasQuoted = afterQuote = false;
            ++m_pos;
            continue;
        }
        if (c == '\n' || c == '\r') {
            ++m_pos;
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                    ++m_pos;
            }
            ++m_line;
            m_ends.append(m_recordSize);
            return true;
        }
        if (c == '"' && m_recordSize == fieldStart && !wasQuoted) {
            inQuotes = wasQuoted = true;
            quoteLine = m_line;
            ++m_pos;
            continue;
        }
        if (afterQuote) {
            if (c == ' ' || c == '\t') {
                ++m_pos;
                continue;
            }
            return fail(m_line, tr("unexpected text after a closing quote (a quote inside a "
                                   "quoted field must be doubled)"));
        }
        if (c == 0)
            return fail(m_line, tr("contains a NUL byte: this is not a text file (or it is "
                                   "UTF-16; save it as UTF-8)"));
        // An unquoted run up to the next special byte.
        qsizetype i = m_pos + 1;
        while (i < size) {
            const char d = data[i];
            if (d == sep || d == '\n' || d == '\r' || d == 0)
                break;
            ++i;
        }
        appendToRecord(data + m_pos, i - m_pos);
        m_pos = i;
        if (m_recordSize - fieldStart > maxField)
            return tooLong();
    }
}

bool CsvReader::decode(const QByteArray &bytes, QString &out)
{
    if (!hasHighByte(bytes)) {
        out = QString::fromLatin1(bytes);
        return true;
    }
    if (m_encoding == CsvEncoding::Auto)
        m_encoding = isValidUtf8(bytes.constData(), bytes.size()) ? CsvEncoding::Utf8
                                                                   : CsvEncoding::Windows1252;
    if (m_encoding == CsvEncoding::Windows1252) {
        out = fromWindows1252(bytes.constData(), bytes.size());
        return true;
    }
    if (!isValidUtf8(bytes.constData(), bytes.size()))
        return fail(m_recordLine,
                    m_options.encoding == CsvEncoding::Utf8 || m_bom
                        ? tr("is not valid UTF-8 text")
                        : tr("is not valid UTF-8 text although the lines before were (mixed "
                             "encodings?); save the file again as UTF-8"));
    out = QString::fromUtf8(bytes);
    return true;
}

bool CsvReader::decodeRecord(QStringList &fields)
{
    fields.clear();
    fields.reserve(m_ends.size());
    const char *data = m_record.constData();
    if (!hasHighByte(data, m_recordSize)) {
        // Pure ASCII, the usual case: no per-field checks.
        qsizetype start = 0;
        int column = 0;
        for (const qsizetype end : std::as_const(m_ends)) {
            fields << intern(column++, data + start, end - start);
            start = end;
        }
        return true;
    }
    qsizetype start = 0;
    QString s;
    for (const qsizetype end : std::as_const(m_ends)) {
        if (!decode(QByteArray::fromRawData(data + start, end - start), s))
            return false;
        fields << s;
        start = end;
    }
    return true;
}

QString CsvReader::intern(int column, const char *bytes, qsizetype n)
{
    constexpr int kColumns = 64;
    if (n == 0 || n > 40 || column >= kColumns)
        return QString::fromLatin1(bytes, n);
    if (!m_columnStrings)
        m_columnStrings = std::make_unique<ColumnStrings[]>(kColumns);
    ColumnStrings &c = m_columnStrings[column];
    if (c.off)
        return QString::fromLatin1(bytes, n);
    // FNV-1a over the bytes picks the slot.
    quint32 h = 2166136261u;
    for (qsizetype i = 0; i < n; ++i)
        h = (h ^ static_cast<unsigned char>(bytes[i])) * 16777619u;
    QString &slot = c.recent[(h ^ (h >> 16)) & 63];
    if (slot.size() == n && QLatin1StringView(bytes, n) == slot) {
        ++c.hits;
        return slot;
    }
    slot = QString::fromLatin1(bytes, n);
    const QString value = slot;
    if (++c.misses > 512 && c.misses > 4 * c.hits) {
        c.off = true;  // a column of values that do not repeat
        for (QString &s : c.recent)
            s.clear();
    }
    return value;
}

bool CsvReader::readHeader()
{
    if (m_started)
        return !m_header.isEmpty();
    m_started = true;
    if (m_buffer.isEmpty())
        fill();
    if (hasError())
        return false;
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
        if (m_encoding == CsvEncoding::Auto)
            m_encoding = CsvEncoding::Utf8;
    } else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
        return fail(0, tr("is UTF-16 text, which is not supported; save it as UTF-8 (or "
                          "“CSV UTF-8” in Excel)"));
    }
    // Skip leading blank lines.
    while (m_pos < m_buffer.size() &&
           (m_buffer.at(m_pos) == '\n' || m_buffer.at(m_pos) == '\r')) {
        if (m_buffer.at(m_pos) == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_buffer.size())
        return fail(0, tr("is empty"));
    detectSeparator();
    if (!readRecord())
        return hasError() ? false : fail(0, tr("is empty"));
    QStringList fields;
    if (!decodeRecord(fields))
        return false;
    for (const QString &s : fields)
        m_header << s.trimmed();
    bool blank = true;
    for (const QString &h : m_header)
        blank = blank && h.isEmpty();
    if (blank)
        return fail(m_recordLine, tr("the header line holds no column names"));
    m_width = int(m_header.size());
    return true;
}

bool CsvReader::onlyBlanks() const
{
    const char *p = m_record.constData();
    for (qsizetype i = 0; i < m_recordSize; ++i)
        if (p[i] != ' ' && p[i] != '\t')
            return false;
    return true;
}

bool CsvReader::next(QStringList &fields)
{
    if (!m_started && !readHeader())
        return false;
    if (hasError())
        return false;
    for (;;) {
        if (!readRecord())
            return false;
        if (m_ends.size() == 1 && m_recordSize == 0)
            continue;  // blank line
        if (m_ends.size() > 1 && onlyBlanks()) {
            ++m_separatorOnlyRows;  // ",,": what spreadsheets leave below the data
            continue;
        }
        break;
    }
    if (m_options.requireHeaderWidth && m_width >= 0 && m_ends.size() != m_width)
        return fail(m_recordLine, tr("this row has %1 values but the header has %2 columns (a "
                                     "missing or extra separator, or a line break outside "
                                     "quotes?)")
                                      .arg(m_ends.size())
                                      .arg(m_width));
    if (!decodeRecord(fields))
        return false;
    m_consumed = m_device->pos() - (m_buffer.size() - m_pos);
    return true;
}

} // namespace maillage::io
