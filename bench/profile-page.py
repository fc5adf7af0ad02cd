#!/usr/bin/env python3
"""Profiles a page in headless Chromium through the DevTools protocol over a pipe (no network,
no extra Python package): starts the V8 sampling profiler, loads the page, waits until the page
sets `data-drawn-ms` on <body> (map.html does after its first draw), optionally runs a
JavaScript snippet (e.g. a filter change) under the profiler, and prints the functions with the
most self time and with the most time including their callees, with their script line, and the page's own phase timings when it has them.

--phases only loads the page and prints its phase timings, with no profiler running.

Usage: profile-page.py PAGE.html [--eval JS] [--top N] [--phases]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


class Pipe:
    """Chromium's --remote-debugging-pipe: JSON messages ended by a NUL byte, on fds 3 (to the
    browser) and 4 (from it)."""

    def __init__(self, page_url):
        self.profile = tempfile.mkdtemp()
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        browser = next(shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n))
        flags = ["--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={self.profile}", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--proxy-server=127.0.0.1:9",
                 "--window-size=1300,760", "--remote-debugging-pipe", "about:blank"]

        def fds():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.process = subprocess.Popen([browser, *flags], pass_fds=(3, 4), preexec_fn=fds,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.url = page_url

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self):
        try:
            self.send("Browser.close")
        except (RuntimeError, OSError):
            pass
        self.process.wait(timeout=30)
        shutil.rmtree(self.profile, ignore_errors=True)


def evaluate(pipe, session, expression):
    result = pipe.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
    return result.get("result", {}).get("value")


def self_times(profile):
    """Self time per function (name, url:line), from the samples' time deltas."""
    nodes = {n["id"]: n for n in profile["nodes"]}
    totals = {}
    for node_id, delta in zip(profile["samples"], profile["timeDeltas"]):
        frame = nodes[node_id]["callFrame"]
        key = (frame["functionName"] or "(anonymous)", os.path.basename(frame["url"]), frame["lineNumber"] + 1)
        totals[key] = totals.get(key, 0) + delta / 1000
    return sorted(totals.items(), key=lambda item: -item[1])


def total_times(profile):
    """Time per function including what it calls (each function counted once per sample)."""
    nodes = {n["id"]: n for n in profile["nodes"]}
    parent = {c: n["id"] for n in profile["nodes"] for c in n.get("children", [])}
    totals = {}
    for node_id, delta in zip(profile["samples"], profile["timeDeltas"]):
        seen = set()
        while node_id is not None:
            frame = nodes[node_id]["callFrame"]
            key = (frame["functionName"] or "(anonymous)", os.path.basename(frame["url"]), frame["lineNumber"] + 1)
            if key not in seen:
                seen.add(key)
                totals[key] = totals.get(key, 0) + delta / 1000
            node_id = parent.get(node_id)
    return sorted(totals.items(), key=lambda item: -item[1])


def main():
    page = os.path.abspath(sys.argv[1])
    snippet = sys.argv[sys.argv.index("--eval") + 1] if "--eval" in sys.argv else None
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 25
    profiling = "--phases" not in sys.argv
    pipe = Pipe("file://" + page)
    try:
        target = pipe.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = pipe.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        pipe.send("Profiler.enable", session=session)
        pipe.send("Profiler.setSamplingInterval", {"interval": 200}, session)
        pipe.send("Runtime.enable", session=session)
        if snippet is None and profiling:
            pipe.send("Profiler.start", session=session)
        pipe.send("Page.navigate", {"url": "file://" + page}, session)
        deadline = time.monotonic() + 300
        while not evaluate(pipe, session, "document.body && document.body.getAttribute('data-drawn-ms')"):
            if time.monotonic() > deadline:
                sys.exit("profile-page: the page never drew")
            time.sleep(0.1)
        if snippet is not None:
            if profiling:
                pipe.send("Profiler.start", session=session)
            print("eval:", evaluate(pipe, session, snippet))
        profile = pipe.send("Profiler.stop", session=session)["profile"] if profiling else None
        phases = evaluate(pipe, session, "window.incidentmap && JSON.stringify(window.incidentmap.phases || null)")
        if phases:
            print("page phases (ms):", phases)
    finally:
        pipe.close()
    if profile is None:
        return
    rows = self_times(profile)
    whole = sum(ms for _, ms in rows)
    print(f"sampled {whole:.0f} ms; self time by function:")
    for (name, script, line), ms in rows[:top]:
        print(f"  {ms:8.1f} ms {100 * ms / whole:5.1f} %  {name}  {script}:{line}")
    print("total time (with callees) by function:")
    for (name, script, line), ms in total_times(profile)[:top]:
        print(f"  {ms:8.1f} ms {100 * ms / whole:5.1f} %  {name}  {script}:{line}")


if __name__ == "__main__":
    main()
