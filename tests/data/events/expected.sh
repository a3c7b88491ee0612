#!/usr/bin/env bash
# Independent counts over the shipped raw samples (awk on the raw text, no Caravan code), written to expected.csv.
# The tests in tests/Caravan.Data.Tests/Events compare the event store and the aggregates against these numbers (exact
# for counts; 1e-9 absolute for sums, which awk prints with %.6f). Run from this folder: ./expected.sh
set -euo pipefail
cd "$(dirname "$0")"
out=expected.csv.tmp
echo "name,value" > "$out"
put() { echo "$1,$2" >> "$out"; }

# --- GDELT 1.0, complete daily file 2013-04-01 (58 columns, no header).
g() { unzip -p 20130401.export.CSV.zip 20130401.export.CSV; }
put gdelt1_20130401_rows "$(g | wc -l)"
put gdelt1_20130401_actor2code_leading_space "$(g | awk -F'\t' 'substr($16,1,1)==" "' | wc -l)"
put gdelt1_20130401_sourceurl_not_url "$(g | awk -F'\t' '$58 !~ /^https?:\/\//' | wc -l)"
# China-Kazakhstan by Actor1CountryCode (col 8) / Actor2CountryCode (col 18), either direction.
g | awk -F'\t' '
  function st(code, cc, t1, t2, t3,   c) { gsub(/ /, "", code); if (cc == "") return 0; if (code == cc) return 1;
    return (t1 ~ /^(GOV|MIL|COP|JUD|LEG|SPY)$/) || (t2 ~ /^(GOV|MIL|COP|JUD|LEG|SPY)$/) || (t3 ~ /^(GOV|MIL|COP|JUD|LEG|SPY)$/) }
  ($8=="CHN" && $18=="KAZ") || ($8=="KAZ" && $18=="CHN") {
    n++; if ($8=="CHN") ck++; else kc++; q[$30]++; gs += $31; m += $32;
    if (st($6,$8,$13,$14,$15) && st($16,$18,$23,$24,$25)) s++ }
  END { printf "gdelt1_20130401_chn_kaz,%d\ngdelt1_20130401_chn_to_kaz,%d\ngdelt1_20130401_kaz_to_chn,%d\n", n, ck, kc;
        printf "gdelt1_20130401_chn_kaz_q1,%d\ngdelt1_20130401_chn_kaz_q4,%d\n", q[1], q[4];
        printf "gdelt1_20130401_chn_kaz_goldstein_sum,%.6f\ngdelt1_20130401_chn_kaz_mentions,%d\n", gs, m;
        printf "gdelt1_20130401_chn_kaz_state_actors,%d\n", s }' >> "$out"

# --- GDELT 1.0 excerpt with mixed 57/58-column rows; its 2013-04-01 rows repeat event ids of the daily file.
put gdelt1_events1_rows "$(zcat aamend-events1.csv.gz | wc -l)"
put gdelt1_events1_57cols "$(zcat aamend-events1.csv.gz | awk -F'\t' 'NF==57' | wc -l)"
put gdelt1_reed_rows "$(zcat reed9999-events.csv.gz | wc -l)"
put gdelt1_reed_57cols "$(zcat reed9999-events.csv.gz | awk -F'\t' 'NF==57' | wc -l)"
put gdelt1_daily_plus_events1_distinct_ids "$( (g; zcat aamend-events1.csv.gz) | cut -f1 | sort -u | wc -l)"

# --- GDELT 2.0 exports and mentions.
put gdelt2_20190121220000_rows "$(unzip -p 20190121220000.export.CSV.zip | wc -l)"
put gdelt2_20250207143000_rows "$(zcat 20250207143000.export.CSV.gz | wc -l)"
put gdelt2_20250207143000_chn_ca "$(zcat 20250207143000.export.CSV.gz | awk -F'\t' '($8=="CHN" && $18 ~ /^(KAZ|KGZ|TJK|TKM|UZB)$/) || ($18=="CHN" && $8 ~ /^(KAZ|KGZ|TJK|TKM|UZB)$/)' | wc -l)"
put gdelt2_mentions_rows "$(zcat aamend-mentions.csv.gz | wc -l)"

# --- ICEWS daily files 2018-10-04..2018-11-30 (20 columns, header line).
i() { unzip -p icews-2018-daily.zip | awk -F'\t' '$1 != "Event ID"'; }
put icews_2018_rows "$(i | wc -l)"
put icews_2018_files "$(unzip -Z1 icews-2018-daily.zip | wc -l)"
i | awk -F'\t' '
  ($5=="China" && $11=="Tajikistan") || ($5=="Tajikistan" && $11=="China") {
    n++; if ($5=="China") ct++; else tc++; gs += $8; ids[$1] = 1 }
  END { d = 0; for (k in ids) d++;
        printf "icews_2018_chn_tjk,%d\nicews_2018_chn_to_tjk,%d\nicews_2018_tjk_to_chn,%d\n", n, ct, tc;
        printf "icews_2018_chn_tjk_distinct_ids,%d\nicews_2018_chn_tjk_intensity_sum,%.6f\n", d, gs }' >> "$out"
put icews_2018_chn_tjk_2018_10 "$(i | awk -F'\t' '(($5=="China" && $11=="Tajikistan") || ($5=="Tajikistan" && $11=="China")) && substr($2,1,7)=="2018-10"' | wc -l)"
mv "$out" expected.csv
cat expected.csv
