#!/usr/bin/env python3
"""A stand-in for the Base Adresse Nationale's batch geocoder (POST /search/csv/), for the tests.

Usage: geocoder_stub.py ANSWERS.csv LOG
Listens on 127.0.0.1 (a free port, printed on the first line of stdout), reads the uploaded
CSV (`data` part; the columns named by the `columns` parts make the query, as the real
service does), and answers in the real service's CSV: the columns sent, then latitude,
longitude, result_label, result_score, ..., result_status. A query not in ANSWERS.csv
(whose `q` column holds the queries) gets empty results and result_status "not-found".
Every query received is appended to LOG, one a line; each request's User-Agent to LOG.agent.
Used by the tests through tests/support/geocoderstub.h.
"""
import csv
import io
import sys
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, HTTPServer

answers_path, log_path = sys.argv[1], sys.argv[2]
with open(answers_path, newline='', encoding='utf-8') as f:
    reader = csv.DictReader(f)
    result_columns = [c for c in reader.fieldnames if c != 'q']
    answers = {row['q']: row for row in reader}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        if self.path.rstrip('/') != '/search/csv':
            self.send_error(404)
            return
        with open(log_path + '.agent', 'a', encoding='utf-8') as agent:
            agent.write(self.headers.get('User-Agent', '') + '\n')
        length = int(self.headers.get('Content-Length', 0))
        body = self.rfile.read(length)
        message = BytesParser(policy=HTTP).parsebytes(
            b'Content-Type: ' + self.headers['Content-Type'].encode() + b'\r\n\r\n' + body)
        data, columns = None, []
        for part in message.iter_parts():
            name = part.get_param('name', header='content-disposition')
            payload = part.get_payload(decode=True)
            if name == 'data':
                data = payload.decode('utf-8')
            elif name == 'columns':
                columns.append(payload.decode('utf-8').strip())
        if data is None:
            self.send_error(400, 'missing data')
            return
        rows = list(csv.DictReader(io.StringIO(data)))
        header = list(rows[0].keys()) if rows else []
        out = io.StringIO()
        w = csv.writer(out, lineterminator='\n')
        w.writerow(header + result_columns)
        with open(log_path, 'a', encoding='utf-8') as log:
            for row in rows:
                q = ' '.join(row[c] for c in (columns or header) if row.get(c))
                log.write(q + '\n')
                answer = answers.get(q)
                if answer:
                    w.writerow([row[c] for c in header] + [answer[c] for c in result_columns])
                else:
                    w.writerow([row[c] for c in header] +
                               ['' if c != 'result_status' else 'not-found' for c in result_columns])
        payload = out.getvalue().encode('utf-8')
        self.send_response(200)
        self.send_header('Content-Type', 'text/csv; charset=utf-8')
        self.send_header('Content-Length', str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


server = HTTPServer(('127.0.0.1', 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
