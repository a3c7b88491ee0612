-- sco_membership, aiib_membership: small curated tables made by hand (data/build/manual/*.csv), one row per
-- state and status spell, each with the founding/accession document that dates it (issue 9).
--   sco_membership  Shanghai Cooperation Organisation: status 'member' (Shanghai Five from 1996, SCO from 2001),
--                   'observer' and 'dialogue_partner', from_year..to_year (to_year NULL = ongoing, coded to today).
--                   Years are the year of the summit decision (a memorandum may follow later). Turkmenistan has
--                   no SCO status (permanent neutrality; it attends as a guest).
--   aiib_membership Asian Infrastructure Investment Bank: the year each focus state became a member (Articles of
--                   Agreement in force 25 Dec 2015; founding members that ratified later join that year).
--                   Turkmenistan is not a member. Year precision only.
-- @key sco_membership: iso3, status, from_year
-- @key aiib_membership: iso3
COPY (SELECT iso3, ccode::INTEGER AS ccode, status, from_year::INTEGER AS from_year, to_year::INTEGER AS to_year, decision, document
      FROM read_csv('{manual}/sco_membership.csv', header = true, all_varchar = true) ORDER BY iso3, from_year)
    TO '{out}/sco_membership.parquet' (FORMAT parquet, COMPRESSION zstd);
COPY (SELECT iso3, ccode::INTEGER AS ccode, from_year::INTEGER AS from_year, basis, document
      FROM read_csv('{manual}/aiib_membership.csv', header = true, all_varchar = true) ORDER BY iso3)
    TO '{out}/aiib_membership.parquet' (FORMAT parquet, COMPRESSION zstd);
