-- Prelude: prepended by tools/Caravan.DataBuild to every NN_<table>.sql script (and to --query).
-- Placeholders: {raw} = the raw folder (../shared/data/raw), {out} = where the script writes its
-- parquet file(s) (a temp folder; the tool renames the files into data/ after the key checks),
-- {manual} = data/build/manual (hand-made inputs).
--
-- raw_csv(path): read a raw CSV with the header, sniffing the WHOLE file (sample_size = -1) so a
-- late non-integer value cannot be truncated, and typing whole numbers as INTEGER where they fit
-- (BIGINT otherwise), decimals as DOUBLE and ISO dates as DATE. Empty cells are NULL (never 0).
CREATE MACRO raw_csv(p) AS TABLE
    SELECT * FROM read_csv(p, header = true, sample_size = -1,
                           auto_type_candidates = ['INTEGER', 'BIGINT', 'DOUBLE', 'DATE', 'VARCHAR']);
