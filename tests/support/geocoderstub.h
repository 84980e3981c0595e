#pragma once

// The Base Adresse Nationale's geocoder stood in for on 127.0.0.1 (geocoder_stub.py beside
// this file, run with python3), for the command line's and the window's tests: never the
// internet. It answers from tests/data/geo/ban-answers.csv and logs what it received.
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace maillage::test {

/// The geocoding stand-in, started for one test and stopped with it.
class GeocoderStub
{
public:
    GeocoderStub()
    {
        m_log = tempPath(QStringLiteral("geocoder-%1.log").arg(++s_count));
        QFile::remove(m_log);
        QFile::remove(m_log + QStringLiteral(".agent"));
        m_process.start(QStringLiteral("python3"),
                        {supportPath(QStringLiteral("geocoder_stub.py")),
                         dataPath(QStringLiteral("geo/ban-answers.csv")), m_log});
        if (m_process.waitForReadyRead(10000))
            m_port = m_process.readLine().trimmed().toInt();
    }
    ~GeocoderStub()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    GeocoderStub(const GeocoderStub &) = delete;
    GeocoderStub &operator=(const GeocoderStub &) = delete;
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/search/csv/").arg(m_port); }
    bool started() const { return m_port > 0; }
    /// The queries received, one per address, in order.
    QStringList received() const
    {
        return QString::fromUtf8(readBytes(m_log)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    /// The User-Agent of each request received.
    QStringList userAgents() const
    {
        return QString::fromUtf8(readBytes(m_log + QStringLiteral(".agent")))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    static inline int s_count = 0;
    QProcess m_process;
    QString m_log;
    int m_port = 0;
};

/// A territory of six actors with addresses (one a person, Odile Ferry; one without an
/// address) that the stand-in knows, imported from CSV by maillage-cli: TEMP/NAME.maillage.
inline QString addressTerritory(const QString &name)
{
    const QString csv = tempPath(name + QStringLiteral("-actors.csv"));
    writeBytes(csv, "name,category,is_person,address,commune\n"
                    "Quincaillerie Chanzy,company,0,12 rue Chanzy 88500 Mirecourt,Mirecourt\n"
                    "Marché couvert,institution,0,Place du Marché,Mirecourt\n"
                    "Ferme des Vignes,company,0,Lieu-dit Les Vignes,Mirecourt\n"
                    "Odile Ferry,citizen,1,3 allée des Tilleuls 88500 Mirecourt,Mirecourt\n"
                    "Atelier inconnu,company,0,99 chemin introuvable,Mirecourt\n"
                    "Sans adresse,company,0,,Épinal\n");
    const QString file = tempPath(name + QStringLiteral(".maillage"));
    QFile::remove(file);
    runCli({QStringLiteral("new"), file, QStringLiteral("--name"), name});
    const auto r = runCli({QStringLiteral("import"), file, csv});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return file;
}

} // namespace maillage::test
