"""Checks that pandas reads a .dta written by Caravan's PanelExporter (caravan_golden.dta by default)
with the values of ExportFixture. Usage (from this folder): /usr/bin/python3 check_dta.py [file.dta]"""
import math
import sys

import pandas as pd

f = sys.argv[1] if len(sys.argv) > 1 else "caravan_golden.dta"
d = pd.read_stata(f)
r = pd.io.stata.StataReader(f)
labels = r.variable_labels()
r.close()
print(d)
assert list(d.columns) == ["ccode", "name", "year", "value_musd", "big", "since"]
assert len(d) == 4
assert d.ccode.tolist()[:3] == [703.0, 705.0, 710.0] and math.isnan(d.ccode[3])
assert d.name.tolist() == ['Kyrgyzstan, "Kyrgyz Rep."', "Қазақстан", "", ""]
assert math.isnan(d.value_musd[0]) and d.value_musd.tolist()[1:] == [222.5, -0.125, 1e300]
assert d.big[0] == -1 and d.big[1] == 9007199254740992 and math.isnan(d.big[2])
assert pd.isna(d.since[0]) and str(d.since[1].date()) == "1991-12-16" and str(d.since[3].date()) == "1959-12-31"
assert labels["ccode"] == "COW country code" and len(labels["value_musd"]) == 80
print("pandas", pd.__version__, "reads", f, ": OK")

if len(sys.argv) == 1:
    s = pd.read_stata("strl_golden.dta")
    assert s.name.tolist() == ['Kyrgyzstan, "Kyrgyz Rep."', "Қ" * 1500, "", ""]
    assert s.ccode.tolist()[:3] == [703.0, 705.0, 710.0] and math.isnan(s.ccode[3])
    print("pandas reads strl_golden.dta : OK")
