#pragma once

// A stand-in for a map tile server on 127.0.0.1, run by the test itself on a thread of its
// own (so that a test blocked on a child process, maillage-cli, is still answered). Never the
// internet. Paths:
//   /tiles/Z/X/Y.png    200, a 256×256 PNG filled with tileColour()
//   /missing/Z/X/Y.png  404
//   /garbage/Z/X/Y.png  200, not an image
//   /slow/Z/X/Y.png     no answer (the connection is held open: a time-out)
#include <QBuffer>
#include <QImage>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

namespace maillage::test {

class TileServer : public QThread
{
public:
    TileServer()
    {
        start();
        m_ready.acquire();
    }
    ~TileServer() override
    {
        quit();
        wait();
    }
    static QColor tileColour() { return QColor(0xc8, 0x28, 0xa0); }
    quint16 port() const { return m_port; }
    /// An URL template for the view or `maillage-cli render --tiles`.
    QString urlTemplate(const QString &kind = QStringLiteral("tiles")) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/{z}/{x}/{y}.png").arg(m_port).arg(kind);
    }
    int requests() const { return m_requests; }
    QByteArray lastUserAgent() const
    {
        QMutexLocker lock(&m_mutex);
        return m_userAgent;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        QByteArray png;
        {
            QImage img(256, 256, QImage::Format_RGB32);
            img.fill(tileColour());
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            img.save(&buffer, "PNG");
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, png] {
                    QByteArray &buffered = m_partial[socket];
                    buffered += socket->readAll();
                    while (true) {
                        const qsizetype end = buffered.indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray head = buffered.left(end);
                        buffered.remove(0, end + 4);
                        answer(socket, head, png);
                    }
                });
            }
        });
        m_ready.release();
        exec();
    }

private:
    void answer(QTcpSocket *socket, const QByteArray &head, const QByteArray &png)
    {
        ++m_requests;
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray path = lines.value(0).split(' ').value(1);
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("user-agent:")) {
                QMutexLocker lock(&m_mutex);
                m_userAgent = line.mid(11).trimmed();
            }
        const auto reply = [socket](const QByteArray &status, const QByteArray &type,
                                    const QByteArray &body) {
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nCache-Control: max-age=86400\r\n\r\n" + body);
        };
        if (path.startsWith("/tiles/"))
            reply("200 OK", "image/png", png);
        else if (path.startsWith("/garbage/"))
            reply("200 OK", "image/png", "this is not a PNG");
        else if (path.startsWith("/slow/"))
            return;  // never answered
        else
            reply("404 Not Found", "text/plain", "no such tile");
    }
    QSemaphore m_ready;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_requests{0};
    mutable QMutex m_mutex;
    QByteArray m_userAgent;
    QHash<QTcpSocket *, QByteArray> m_partial;
};

} // namespace maillage::test
