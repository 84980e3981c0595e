#pragma once

// Internal to core/statistics: what the readers of the public statistics files share.
// readers.cpp holds the line reader's helpers, the header and format detection and
// readFile; readers_census.cpp the wide and long layouts (dossier complet, comparateur,
// Filosofi, census IRIS bases, RPLS); readers_bpe.cpp the BPE; readers_apl.cpp the DREES APL
// and INSEE's EPCI composition (.xlsx). Never include it from a public header.

#include "core/statistics/statistics.h"

#include "core/io/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace maillage::statistics::readerparts {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(maillage::statistics::Reader)
};

QString at(const QString &path, qint64 line, const QString &what);

// Reads a file line by line through one buffer: memory is one buffer and the longest line.
class LineReader
{
public:
    explicit LineReader(QFile *f) : m_file(f) { m_buffer.reserve(kChunk * 2); }
    // The next line without its end of line; false at the end or on a read error.
    bool next(std::string_view *line)
    {
        for (;;) {
            const char *start = m_buffer.data() + m_pos;
            const size_t left = m_buffer.size() - m_pos;
            const void *nl = left ? std::memchr(start, '\n', left) : nullptr;
            if (nl || (m_eof && left)) {
                size_t len = nl ? size_t(static_cast<const char *>(nl) - start) : left;
                m_pos += len + (nl ? 1 : 0);
                if (len && start[len - 1] == '\r')
                    --len;
                *line = std::string_view(start, len);
                ++m_line;
                return true;
            }
            if (m_eof)
                return false;
            m_buffer.erase(0, m_pos);
            m_pos = 0;
            const size_t old = m_buffer.size();
            m_buffer.resize(old + kChunk);
            const qint64 got = m_file->read(m_buffer.data() + old, kChunk);
            if (got < 0) {
                m_error = true;
                m_buffer.resize(old);
                return false;
            }
            m_buffer.resize(old + size_t(got));
            if (got == 0)
                m_eof = true;
        }
    }
    qint64 line() const { return m_line; }
    bool failed() const { return m_error; }

private:
    static constexpr size_t kChunk = 1 << 22;
    QFile *m_file;
    std::string m_buffer;
    size_t m_pos = 0;
    qint64 m_line = 0;
    bool m_eof = false;
    bool m_error = false;
};

// Splits `line` on `sep` into at most `max` fields (all when max is 0). Quoted fields lose their
// quotes; doubled quotes inside are undoubled into `store`.
void split(std::string_view line, char sep, std::vector<std::string_view> &out,
           std::deque<std::string> &store, size_t max = 0);

QString text(std::string_view v);

// A code as text; Excel drops leading zeros (1001 for 01001, 10010101 for an IRIS).
QString code(std::string_view v);

// A commune code of the file's geography in the current one (through the COG, when given).
QString currentCommune(const ReadOptions &options, const QString &commune, int geographyYear);

QString levelFromName(const QString &path);

// The level of a code by its shape, when the file's name does not say.
QString levelFromShape(const QString &c);

int yearInName(const QString &path);

int geographyYearInName(const QString &path);

// Sums for the comparison areas: (level, code, indicator, vintage) → sum, and a weight for
// weighted means. Their number is bounded by the areas kept, not by the file's rows.
struct Sums
{
    struct Acc
    {
        double sum = 0, weight = 0;
        QString marker;
        QString unit;
    };
    QHash<QString, Acc> acc;
    QHash<QString, Statistic> proto;

    void add(const QString &level, const QString &area, const QString &indicator, int vintage,
             Cell cell, double value, const QString &marker, double weight = -1)
    {
        const QString k = level + QLatin1Char('|') + area + QLatin1Char('|') + indicator +
                          QLatin1Char('|') + QString::number(vintage);
        auto it = acc.find(k);
        if (it == acc.end()) {
            it = acc.insert(k, {});
            Statistic s;
            s.level = level;
            s.code = area;
            s.indicator = indicator;
            s.vintage = vintage;
            proto.insert(k, s);
        }
        if (cell == Cell::Secret) {
            it->marker = marker;
        } else if (cell == Cell::Number) {
            if (weight >= 0) {
                it->sum += value * weight;
                it->weight += weight;
            } else {
                it->sum += value;
            }
        }
    }
    void flush(QList<Statistic> &out, const QString &source, int geographyYear,
              bool weighted) const
    {
        for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
            Statistic s = proto.value(it.key());
            s.source = source;
            s.geographyYear = geographyYear;
            s.unit = unitOf(s.indicator);
            if (!it->marker.isEmpty())
                s.marker = it->marker;
            else if (weighted && it->weight > 0)
                s.value = it->sum / it->weight;
            else if (weighted)
                continue;
            else
                s.value = it->sum;
            out << s;
        }
    }
};

// The comparison areas a commune's row is summed into.
struct Comparisons
{
    QList<QPair<QString, QString>> areas;  // (level, code)
};

Comparisons comparisonsOf(const Scope &scope, const QString &commune);

// The census counts the portrait uses, summed into the comparison areas.
bool summed(const QString &indicator);

struct Header
{
    QStringList names;       // as written, trimmed
    QStringList upper;       // upper case
    char separator = ';';
    int find(const char *name) const { return int(upper.indexOf(QLatin1String(name))); }
};

bool readHeader(QFile &f, LineReader &lines, const QString &path, Header *h, QString *error);

std::optional<Format> formatOfHeader(const Header &h);

QString unknownLayout(const QString &path, const Header &h);

QString sourceName(Format f);

bool isCensus(Format f);

bool readWide(QFile &f, LineReader &lines, const Header &h, const QString &path, Format format,
              Scope &scope, const ReadOptions &options, ReadResult *result, QString *error);

// The long format: one row per (area, measure, year).
bool readLong(QFile &f, LineReader &lines, const Header &h, const QString &path, Scope &scope,
              const ReadOptions &options, ReadResult *result, QString *error);

// The BPE: counted by type, domain and in all, for the kept areas.
bool readBpe(QFile &f, LineReader &lines, const Header &h, const QString &path, Scope &scope,
             const ReadOptions &options, ReadResult *result, QString *error);

bool readApl(const QString &path, Scope &scope, const ReadOptions &options, ReadResult *result,
             QString *error);

extern const QString kCompositionSheet;

// INSEE's EPCI composition: which EPCI each commune belongs to (no statistic).
bool readEpciComposition(const QString &path, Scope &scope, const ReadOptions &options,
                         ReadResult *result, QString *error);

} // namespace maillage::statistics::readerparts
