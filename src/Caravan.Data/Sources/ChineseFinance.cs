namespace Caravan.Data.Sources;

/// <summary>Chinese development finance (AidData GCDF 3.0) and investment (AEI China Global Investment Tracker).</summary>
internal static class ChineseFinance
{
    private const string AidLicence = "AidData GCDF 3.0: free to use with citation; aggregates from R packages under MIT licence.";

    internal static readonly SourceTable GcdfCow = SourceTable.Of("aiddata_gcdf_cow",
        "Chinese development finance commitments by recipient COW state-year and flow class",
        [References.Custer2023, References.OdaData], AidLicence,
        "2000-2021; constant 2021 US$ (units, not millions); oof = other official flows, oda = ODA-like, vof = vague official finance; *_adj = AidData's adjusted amount",
        "Only recipient-years with at least one project appear: absent = no recorded commitment (0). Projects 'Recommended For Aggregates' only.",
        "aiddata-gcdf/cow_gcdf_state_year.csv (milesdwilliams15/odadata)", 2458);

    internal static readonly SourceTable GcdfGw = SourceTable.Of("aiddata_gcdf_gw",
        "Chinese development finance commitments by recipient G-W state-year and flow class",
        [References.Custer2023, References.OdaData], AidLicence,
        "2000-2021; constant 2021 US$", "As aiddata_gcdf_cow, by G-W code.",
        "aiddata-gcdf/gw_gcdf_state_year.csv (milesdwilliams15/odadata)", 2271);

    internal static readonly SourceTable CountryTotals = SourceTable.Of("aiddata_country_totals",
        "Total Chinese development finance commitments 2000-2021 per recipient (cross-section)",
        [References.Custer2023, References.AidDataViz], AidLicence,
        "145 recipients; total_commitments_bn in constant 2021 US$ billions; weighted_interest_rate in %; gdp_usd_bn and population_mn from IMF WEO (2021)",
        "KAZ 64.1 bn, UZB 18.2, TKM 12.3, TJK 6.3, KGZ 4.1.",
        "aiddata-gcdf/gcdf_country_commitments_2000_2021.csv (Teal-Insights/aiddataviz)", 145);

    internal static readonly SourceTable AeiCgit = SourceTable.Of("aei_cgit",
        "China Global Investment Tracker, Dataset 1: Chinese outward investments of US$ 100 m or more",
        [References.AeiCgit], "Published by AEI for free download with attribution (licence not stated).",
        "2005-2021; value_musd in US$ millions; one row per transaction",
        "Only transactions >= US$ 100 m; construction contracts (Dataset 2) and troubled transactions excluded. AEI's 'West Asia' region contains the Central Asian states (94 rows: KAZ 49, UZB 23, KGZ 9, TJK 8, TKM 5). share_size is text as published.",
        "aei-cgit/China-Global-Investment-Tracker-2021-Fall-dataset1-investments.csv (QMSS-G5063-2022 repository)", 3752);

    internal static IEnumerable<SourceTable> All => [GcdfCow, GcdfGw, CountryTotals, AeiCgit];
}
