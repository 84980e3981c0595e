#!/usr/bin/env python3
"""Opens an exported web page (maillage-cli export … --format html) in headless Chromium,
driven through chromedriver's WebDriver HTTP protocol (standard library only), plays a fixed
scenario in the page like a reader would (typing, clicking) and prints what it saw as one
JSON object. tst_webmap checks the figures; maillage-bench webmap prints the timings.

    webmap_driver.py PAGE.html [--search ecole] [--screenshot out.png] [--places-screenshot p.png]

The scenario: load and wait for the first drawn frame; read the status line, the page's state
(window.maillage), the requests it made and the console; type the search; open the card of
the first actor found; untick the first category; choose the first tag and the first custom
field's first value; show everything again; ask for a path between the two first actors
found; open the map of places; take screenshots.
"""
import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # WebGL (sigma.js) without a GPU: Chromium's software renderer.
    "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
    "--window-size=1280,800", "--hide-scrollbars", "--lang=en-GB",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    def __init__(self, chromedriver, chromium):
        self.port = free_port()
        self.profile = tempfile.mkdtemp(prefix="maillage-webmap-")
        self.process = subprocess.Popen([chromedriver, "--port=%d" % self.port],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = "http://127.0.0.1:%d" % self.port
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium,
                                   "args": CHROMIUM_FLAGS + ["--user-data-dir=" + self.profile]},
            "goog:loggingPrefs": {"browser": "ALL"},
        }}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.loads(response.read().decode()).get("value")
        except urllib.error.HTTPError as e:
            raise RuntimeError("%s %s: %s" % (method, path, e.read().decode()[:500]))

    def s(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.session, path), body)

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        found = self.s("POST", "/elements", {"using": "css selector", "value": css})
        return [list(e.values())[0] for e in found]

    def click(self, css):
        elements = self.find(css)
        if not elements:
            raise RuntimeError("no element " + css)
        self.s("POST", "/element/%s/click" % elements[0], {})

    def type(self, css, text):
        element = self.find(css)[0]
        self.s("POST", "/element/%s/clear" % element, {})
        if text:
            self.s("POST", "/element/%s/value" % element, {"text": text})

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.s("GET", "/screenshot")))

    def console(self):
        try:
            return self.s("POST", "/se/log", {"type": "browser"}) or []
        except RuntimeError:
            return []

    def quit(self):
        try:
            self.s("DELETE", "")
        except Exception:
            pass
        self.process.terminate()
        self.process.wait(10)
        shutil.rmtree(self.profile, ignore_errors=True)


STATE = """const m = window.maillage || {};
return {ready: !!m.ready, drawnAt: m.drawnAt, shownAt: m.shownAt, timings: m.timings,
        navigation: (performance.getEntriesByType('navigation')[0] || {}).domInteractive, shown: m.shown, searchMatches: m.searchMatches,
        errors: m.errors || [], pathLength: m.pathLength,
        status: (document.getElementById('status') || {}).textContent,
        statusLive: document.getElementById('status') && document.getElementById('status').getAttribute('aria-live'),
        lang: document.documentElement.lang,
        source: (document.getElementById('source') || {}).textContent,
        card: document.getElementById('card') && !document.getElementById('card').hidden
              ? document.querySelector('#card h2').textContent : null,
        found: [...document.querySelectorAll('#search-result li')].map(e => e.textContent),
        requests: performance.getEntriesByType('resource').map(e => e.name),
        tabs: [...document.querySelectorAll('#tabs button')].map(e => e.id),
        slid: [...document.querySelectorAll('#graph canvas')].some(c => !!c.style.transform),
        shapes: m.sigma ? [...new Set(m.sigma.getGraph().mapNodes((n, a) => a.type + ':' + a.shape))].sort() : []};"""


# Counts the frames the page shows (animation frames: what a reader sees move, whether sigma
# redraws or the drawn layers slide) and the longest gap between two, from now until REPORT.
COUNT_FRAMES = """const m = window.maillage;
m.frames = {count: 0, longest: 0, last: performance.now(), start: performance.now(), on: true};
const tick = (now) => { const f = m.frames; if (!f.on) return;
  f.longest = Math.max(f.longest, now - f.last); f.last = now; ++f.count; requestAnimationFrame(tick); };
requestAnimationFrame(tick);"""
REPORT_FRAMES = """const f = window.maillage.frames, s = (performance.now() - f.start) / 1000; f.on = false;
const c = window.maillage.sigma.getCamera().getState();
return {frames: f.count, fps: f.count / s, longestMs: f.longest, seconds: s, camera: [c.x, c.y]};"""
# A point of the stage (page coordinates) with no actor under it, where a drag pans, and the
# camera's position before the drag.
STAGE_POINT = """const s = window.maillage.sigma, g = s.getGraph(), box = s.getContainer().getBoundingClientRect();
const c = s.getCamera().getState();
for (let y = 150; y < box.height - 200; y += 23)
  for (let x = 150; x < box.width - 250; x += 29) {
    let near = false;
    g.forEachNode((n) => { if (near) return; const d = s.getNodeDisplayData(n);
      if (!d || d.hidden) return; const p = s.graphToViewport(d);
      if (Math.hypot(p.x - x, p.y - y) < 14) near = true; });
    if (!near) return {x: Math.round(box.left + x), y: Math.round(box.top + y), camera: [c.x, c.y]};
  }
return {x: Math.round(box.left + box.width / 2), y: Math.round(box.top + 150), camera: [c.x, c.y]};"""


def pan(driver):
    """Drags the network from a point with no actor, for about 2 s (40 moves of 50 ms: right
    and down, then back left), as a reader pans: the frames shown while the button is down
    (frames/s, longest gap), then how long the map takes to be drawn again after the release,
    and the camera before and after."""
    # A browser without a graphics card draws the first frame long after sigma has sent it:
    # wait until ten frames in a row come within 50 ms (the page is drawn and idle).
    settled = driver.s("POST", "/execute/async", {"script": """const done = arguments[arguments.length - 1];
const t0 = performance.now(); let last = t0, calm = 0;
const tick = (now) => { calm = now - last < 50 ? calm + 1 : 0; last = now;
  if (calm >= 10 || now - t0 > 25000) done(Math.round(now)); else requestAnimationFrame(tick); };
requestAnimationFrame(tick);""", "args": []})
    start = driver.js(STAGE_POINT)
    x0, y0 = start["x"], start["y"]
    moves = [{"type": "pointerMove", "duration": 0, "x": x0, "y": y0, "origin": "viewport"},
             {"type": "pointerDown", "button": 0}]
    for k in range(40):
        moves.append({"type": "pointerMove", "duration": 50, "x": x0 + (k % 20) * 10 - (k // 20) * 200,
                      "y": y0 + k * 5, "origin": "viewport"})

    def perform(actions):
        driver.s("POST", "/actions", {"actions": [{"type": "pointer", "id": "mouse",
                                                   "parameters": {"pointerType": "mouse"},
                                                   "actions": actions}]})
    driver.js(COUNT_FRAMES)
    perform(moves)
    out = driver.js(REPORT_FRAMES)
    # The release: the map is drawn again where the drag left it.
    driver.js("""const m = window.maillage; m.settle = {start: performance.now(), done: null};
m.sigma.once('afterRender', () => { m.settle.done = performance.now(); });""")
    perform([{"type": "pointerUp", "button": 0}])
    end = time.time() + 60
    settle = None
    while time.time() < end:
        settle = driver.js("const s = window.maillage.settle; return s.done === null ? null : s.done - s.start;")
        if settle is not None:
            break
        time.sleep(0.05)
    camera = driver.js("const c = window.maillage.sigma.getCamera().getState(); return [c.x, c.y];")
    out.update({"start": [x0, y0], "cameraBefore": start["camera"], "camera": camera,
                "settleMs": settle, "idleAt": settled})
    return out


def wait(driver, condition, timeout):
    end = time.time() + timeout
    while time.time() < end:
        state = driver.js(STATE)
        if condition(state):
            return state
        time.sleep(0.05)
    return driver.js(STATE)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("page")
    parser.add_argument("--search", default="ecole")
    parser.add_argument("--screenshot")
    parser.add_argument("--places-screenshot")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--load-only", action="store_true", help="stop after the first frame")
    parser.add_argument("--pan", action="store_true",
                        help="drag the network for 2 s and measure the frames drawn")
    args = parser.parse_args()

    driver = WebDriver(args.chromedriver, args.chromium)
    out = {}
    try:
        url = "file://" + os.path.abspath(args.page)
        started = time.time()
        driver.s("POST", "/url", {"url": url})
        out["loaded"] = wait(driver, lambda s: s["ready"] and s["shownAt"] is not None, args.timeout)
        out["wallMs"] = round((time.time() - started) * 1000)
        if args.pan:
            out["pan"] = pan(driver)
        if not args.load_only:
            driver.type("#search", args.search)
            out["search"] = driver.js(STATE)
            if driver.find("#search-result a.actor"):
                driver.click("#search-result a.actor")
                out["card"] = driver.js(STATE)
            driver.type("#search", "")
            driver.click("#filter-categories input")
            out["categoryOff"] = driver.js(STATE)
            driver.click("#filter-reset")
            out["reset"] = driver.js(STATE)
            if driver.find("#filter-tag"):
                driver.js("const s = document.getElementById('filter-tag'); s.selectedIndex = 1;"
                          "s.dispatchEvent(new Event('change'));")
                out["tag"] = driver.js(STATE)
                driver.click("#filter-reset")
            if driver.find("#filter-field"):
                driver.js("const s = document.getElementById('filter-field'); s.selectedIndex = 1;"
                          "s.dispatchEvent(new Event('change'));"
                          "const v = document.getElementById('filter-value'); v.selectedIndex = 1;"
                          "v.dispatchEvent(new Event('change'));")
                out["field"] = driver.js(STATE)
                driver.click("#filter-reset")
            first = out.get("search", {}).get("found", [])
            if len(first) >= 2:
                driver.type("#path-from", first[0])
                driver.type("#path-to", first[1])
                driver.click("#path-show")
                out["path"] = driver.js(STATE)
                out["pathNote"] = driver.js("return document.getElementById('path-note').textContent;")
            if driver.find("#tab-places"):
                driver.click("#tab-places")
                time.sleep(0.5)
                out["places"] = driver.js(STATE)
                out["placesMarkers"] = driver.js(
                    "return document.querySelectorAll('#places canvas, #places path').length;")
                if args.places_screenshot:
                    driver.screenshot(args.places_screenshot)
                driver.click("#tab-network")
        if args.screenshot:
            driver.type("#search", "")
            driver.screenshot(args.screenshot)
        out["console"] = driver.console()
        out["final"] = driver.js(STATE)
    finally:
        driver.quit()
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main()
