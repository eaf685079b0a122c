#!/usr/bin/env python3
"""Lists the skipped tests of TRX result files with their reasons, one line each, and exits 1 when any of them is a
PostgreSQL or browser test: CI installs both, so there such a test must run."""
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
must_run = []
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    for result in root.iterfind(".//t:Results/t:UnitTestResult", NS):
        if result.get("outcome") != "NotExecuted":
            continue
        name = result.get("testName", "?")
        reason = " ".join(
            (node.text or "").strip()
            for node in result.iterfind(".//t:Output//*", NS)
            if (node.text or "").strip()
        ) or "(no reason given)"
        print(f"skipped: {name}: {reason}")
        if "PostgreSQL" in reason or "Chromium" in reason or "BrowserTests" in name:
            must_run.append(name)
if must_run:
    print(f"{len(must_run)} PostgreSQL or browser test(s) skipped although this run installs both.")
    sys.exit(1)
