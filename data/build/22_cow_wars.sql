-- cow_war_inter, cow_war_intra: COW Inter-State War v4.0 (directed dyad-years, 1823-2003) and
-- Intra-State War v4.1 (war-side-years, 1818-2008); Sarkees & Wayman (2010), via {peacesciencer}.
-- Raw: peacesciencer/cow_war_inter.csv (1,932 rows), peacesciencer/cow_war_intra.csv (1,361 rows).
-- Rules: values unchanged; battle deaths as DOUBLE; COW code -9 (unknown deaths) and -8 (not
-- applicable, e.g. ccodeb of a non-state side) kept as published: treat as missing.
-- No unique key is declared: the inter-state table has a few repeated (warnum, dyad, year) rows
-- where peacesciencer records separate participation spells, as published.
COPY (
    SELECT warnum, ccode1, ccode2, year, cowinterongoing, cowinteronset, sidea1, sidea2, initiator1, initiator2,
           outcome1, outcome2, batdeath1::DOUBLE AS batdeath1, batdeath2::DOUBLE AS batdeath2, resume
    FROM raw_csv('{raw}/peacesciencer/cow_war_inter.csv')
    ORDER BY warnum, ccode1, ccode2, year
) TO '{out}/cow_war_inter.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (
    SELECT warnum, warname, wartype, year, cowintraonset, cowintraongoing, resume_combat, primary_state,
           ccodea, sidea, ccodeb, sideb, intnl, outcome,
           sideadeaths::DOUBLE AS sideadeaths, sidebdeaths::DOUBLE AS sidebdeaths, ongo2007
    FROM raw_csv('{raw}/peacesciencer/cow_war_intra.csv')
    ORDER BY warnum, year, ccodea, ccodeb
) TO '{out}/cow_war_intra.parquet' (FORMAT parquet, COMPRESSION zstd);
