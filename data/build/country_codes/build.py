#!/usr/bin/env python3
"""Build the country-code crosswalk shipped in src/Caravan.Core/Countries/.

Python 3 standard library only. Usage (from the repository root):

    python3 data/build/country_codes/build.py [RAW_DIR]

RAW_DIR defaults to /work/shared/data/raw. Writes
    src/Caravan.Core/Countries/country_codes.csv
    src/Caravan.Core/Countries/country_names.csv
See README.md in this folder for provenance and for every hand override.
"""
import csv
import os
import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
RAW = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/raw"
OUT = os.path.join(REPO, "src", "Caravan.Core", "Countries")
OPEN = 9999          # "still holds": the last year of the raw panel (2025) is treated as open-ended
PANEL_LAST = 2025


def read(rel):
    with open(os.path.join(RAW, rel), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def key(s):
    """Same normalisation as Caravan.Core.Countries.NameKey: fold accents, lower case, alphanumerics only."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = s.replace("&", " and ")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


# ---------------------------------------------------------------- COW states (membership periods)
cow_rows = read("peacesciencer/cow_states.csv")
states = OrderedDict()   # ccode -> dict(abbrev, name, periods)
for r in cow_rows:
    c = int(r["ccode"])
    s = states.setdefault(c, {"abbrev": r["stateabb"], "name": r["statenme"], "periods": []})
    assert s["abbrev"] == r["stateabb"], f"COW {c} has two abbreviations"
    end = int(r["endyear"])
    s["periods"].append((int(r["styear"]), OPEN if end >= 2016 else end))

# ---------------------------------------------------------------- ISO3
# Automatic: COW name -> ISO3 through World Bank (datasets-gdp), OWID and IMF DOTS names.
iso_by_name = {}
for r in read("datasets-gdp/gdp.csv"):
    iso_by_name.setdefault(key(r["Country Name"]), r["Country Code"])
for f in ("owid-wdi/gdp-worldbank-constant-usd.csv", "owid-wdi/trade-as-share-of-gdp.csv"):
    for r in read(f):
        if r["Code"] and not r["Code"].startswith("OWID"):
            iso_by_name.setdefault(key(r["Entity"]), r["Code"])
dots = read("imf-dots/dots_country_lookup.csv")
for r in dots:
    if r["iso3"]:
        iso_by_name.setdefault(key(r["imf_name"]), r["iso3"])

# Hand ISO3 for COW names that do not match a World Bank/OWID/IMF name (README: "ISO3 by hand").
ISO_HAND = {
    2: "USA", 260: "DEU", 265: "DDR", 315: "CSK", 316: "CZE", 343: "MKD", 437: "CIV",
    490: "COD", 572: "SWZ", 678: "YEM", 680: "YMD", 713: "TWN", 731: "PRK", 987: "FSM",
}
# COW states with no ISO 3166 code (historic entities); listed so the choice is explicit.
ISO_NONE = {240, 245, 267, 269, 271, 273, 275, 280, 300, 327, 329, 332, 335, 337, 511, 730, 817}
# States whose ISO3 changes with the entity the COW code denotes (README: "year-aware ISO3").
ISO_SPANS = {
    365: [(1816, 1921, "RUS"), (1922, 1991, "SUN"), (1992, OPEN, "RUS")],
    345: [(1878, 1917, "SRB"), (1918, 2005, "YUG"), (2006, OPEN, "SRB")],
    255: [(1816, 1945, "DEU"), (1990, OPEN, "DEU")],
    260: [(1946, 1990, "DEU")],
    265: [(1949, 1990, "DDR")],
    678: [(1926, 1990, "YEM")],
    679: [(1990, OPEN, "YEM")],
    680: [(1967, 1990, "YMD")],
}

iso_spans = {}
for c, s in states.items():
    if c in ISO_SPANS:
        iso_spans[c] = ISO_SPANS[c]
        continue
    if c in ISO_NONE:
        continue
    iso = ISO_HAND.get(c) or iso_by_name.get(key(s["name"]))
    if iso is None:
        sys.exit(f"COW {c} {s['name']}: no ISO3 found; add it to ISO_HAND or ISO_NONE")
    first = min(p[0] for p in s["periods"])
    last = max(p[1] for p in s["periods"])
    iso_spans[c] = [(first, last, iso)]

# ---------------------------------------------------------------- G-W codes, year by year (isard cw_gw_panel)
panel = read("isard/cw_gw_panel.csv")
gw_by_cow_year = {}
gw_names = {int(r["gwcode"]): r["statename"] for r in read("peacesciencer/gw_states.csv")}
for r in panel:
    if r["ccode"] and r["gwcode"]:
        gw_by_cow_year[(int(r["ccode"]), int(r["year"]))] = int(r["gwcode"])

# ---------------------------------------------------------------- country_codes.csv: runs of (gw, iso3) per COW code
code_rows = []
for c, s in states.items():
    first = min(min(p[0] for p in s["periods"]), min((a for a, _, _ in iso_spans.get(c, [])), default=9999))
    runs = []
    for y in range(first, PANEL_LAST + 1):
        gw = gw_by_cow_year.get((c, y))
        iso = next((i for a, b, i in iso_spans.get(c, []) if a <= y <= b), None)
        if gw is None and iso is None:
            continue
        if runs and runs[-1]["gw"] == gw and runs[-1]["iso"] == iso and runs[-1]["to"] == y - 1:
            runs[-1]["to"] = y
        else:
            runs.append({"from": y, "to": y, "gw": gw, "iso": iso})
    # transition years: a year where two ISO3 spans touch (e.g. 1990 for 678/679) is kept as in the spans
    for run in runs:
        if run["to"] == PANEL_LAST:
            still = any(p[1] == OPEN for p in s["periods"]) or any(b == OPEN for _, b, _ in iso_spans.get(c, []))
            if still:
                run["to"] = OPEN
    periods = ";".join(f"{a}-{b}" for a, b in s["periods"])
    for run in runs:
        code_rows.append([c, s["abbrev"], s["name"], periods, run["from"], run["to"],
                          run["gw"] if run["gw"] is not None else "", run["iso"] or ""])

# ---------------------------------------------------------------- names
names = []   # (name, ccode, from, to, source)


def add(name, c, a="", b="", source="hand"):
    names.append([name.strip(), c, a, b, source])


for c, s in states.items():
    add(s["name"], c, source="cow")
for r in read("isard/cw_system.csv"):
    add(r["cw_name"], int(r["ccode"]), source="cow")

# G-W names through the year-by-year panel (a G-W state may be two COW states over time)
gw_runs = defaultdict(list)   # (gw_name, ccode) -> years
for r in panel:
    if r["ccode"] and r["gwcode"]:
        gw_runs[(gw_names.get(int(r["gwcode"]), r["gw_name"]), int(r["ccode"]))].append(int(r["year"]))
for (n, c), years in gw_runs.items():
    if n:
        add(n, c, min(years), OPEN if max(years) == PANEL_LAST else max(years), "gw")

# Names from ISO3-keyed tables (World Bank, OWID, IMF DOTS): one row per COW span carrying that ISO3
cow_spans_by_iso = defaultdict(list)
for c, spans in iso_spans.items():
    for a, b, iso in spans:
        cow_spans_by_iso[iso].append((c, a, b))


def add_iso_name(name, iso, source):
    spans = cow_spans_by_iso.get(iso, [])
    for c, a, b in spans:
        add(name, c, a, b, source)


wb = {(r["Country Name"], r["Country Code"]) for r in read("datasets-gdp/gdp.csv")}
for n, iso in sorted(wb):
    add_iso_name(n, iso, "wb")
owid = set()
for f in ("owid-wdi/gdp-worldbank-constant-usd.csv", "owid-wdi/trade-as-share-of-gdp.csv"):
    owid |= {(r["Entity"], r["Code"]) for r in read(f) if r["Code"] and not r["Code"].startswith("OWID")}
for n, iso in sorted(owid):
    add_iso_name(n, iso, "owid")

# IMF DOTS names: through their ISO3, plus the historic entities the lookup leaves blank
IMF_HAND = {
    "USSR": [(365, 1922, 1991)],
    "Yugoslavia": [(345, 1918, 2005)],
    "Serbia and Montenegro": [(345, 1992, 2006)],
    "Czechoslovakia": [(315, "", "")],
    "Eastern Germany": [(265, "", "")],
    "Yemen Arab Rep.": [(678, "", "")],
    "Yemen, People's Dem. Rep. of": [(680, "", "")],
}
for r in dots:
    if r["is_aggregate"] == "1":
        continue
    n = r["imf_name"]
    if n in IMF_HAND:
        for c, a, b in IMF_HAND[n]:
            add(n, c, a, b, "imf")
    elif r["iso3"]:
        add_iso_name(n, r["iso3"], "imf")

# Hand variants (each justified in README.md)
with open(os.path.join(HERE, "hand_names.csv"), newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        add(r["name"], int(r["ccode"]), r["from_year"], r["to_year"], "hand")

# A name key naming several COW codes must carry year spans on every row; fill bare rows with the
# COW code's whole span (first year of membership .. last year / open).
whole = {c: (min(p[0] for p in s["periods"]), max(p[1] for p in s["periods"])) for c, s in states.items()}
codes_by_key = defaultdict(set)
for n, c, a, b, src in names:
    codes_by_key[key(n)].add(c)
out_names, seen = [], set()
for n, c, a, b, src in names:
    if not key(n):
        continue
    if len(codes_by_key[key(n)]) > 1:
        if a == "":
            a, b = whole[c]
    elif src not in ("imf", "hand"):
        a, b = "", ""   # one state only: the name holds in every year (IMF and hand spans are kept:
                        # they pick the IMF name of a year, e.g. USSR vs Russian Federation)
    row = (n, c, a, b, src)
    dedupe = (key(n), c, a, b, src)
    if dedupe in seen:
        continue
    seen.add(dedupe)
    out_names.append(list(row))

# every COW code has an ISO3-less or ISO3 row and is reachable by its own name
assert all(c in {r[1] for r in out_names} for c in states)

# ---------------------------------------------------------------- non-state economies (territories, dependencies)
# Names and ISO3 codes that data sets use but that are not COW states, so that a lookup can say so
# instead of guessing a state: OWID/World Bank entities whose ISO3 no COW state carries, and IMF DOTS
# economies (not aggregates) that map to no COW state.
state_iso = {iso for spans in iso_spans.values() for _, _, iso in spans}
state_keys = {key(r[0]) for r in out_names}
non_states = {}
owid_isos = {i for _, i in owid}   # OWID lists countries and territories only (aggregates are OWID_*)
for n, iso in sorted(owid | wb):
    if iso not in state_iso and iso in owid_isos:
        non_states.setdefault(key(n), (n, iso))
for r in dots:
    if r["is_aggregate"] == "0" and key(r["imf_name"]) not in state_keys:
        non_states.setdefault(key(r["imf_name"]), (r["imf_name"], r["iso3"]))
with open(os.path.join(OUT, "non_states.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["name", "iso3"])
    w.writerows(sorted(non_states.values(), key=lambda r: (r[1] or "ZZZ", r[0])))

with open(os.path.join(OUT, "country_codes.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["cow_code", "cow_abbrev", "cow_name", "membership", "from_year", "to_year", "gw_code", "iso3"])
    w.writerows(code_rows)
with open(os.path.join(OUT, "country_names.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["name", "cow_code", "from_year", "to_year", "source"])
    w.writerows(sorted(out_names, key=lambda r: (r[1], r[4], r[0], str(r[2]))))
print(f"{len(states)} COW states, {len(code_rows)} code periods, {len(out_names)} names, {len(non_states)} non-state names")

# Self-check against the older crosswalk in {peacesciencer} (cow_gw_years.csv, 1816-2020): every state-year
# with both codes must get the same G-W code from the periods written above.
lookup = defaultdict(list)
for row in code_rows:
    lookup[row[0]].append(row)
checked = mismatched = 0
for r in read("peacesciencer/cow_gw_years.csv"):
    if r["ccode"] and r["gwcode"]:
        c, y = int(r["ccode"]), int(r["year"])
        got = next((row[6] for row in lookup[c] if row[4] <= y <= row[5]), "")
        checked += 1
        if got != int(r["gwcode"]):
            mismatched += 1
            print(f"  G-W mismatch with peacesciencer: COW {c} in {y}: {got} vs {r['gwcode']}")
print(f"peacesciencer cow_gw_years: {checked} COW/G-W state-years checked, {mismatched} mismatches")

