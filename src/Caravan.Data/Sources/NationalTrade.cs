namespace Caravan.Data.Sources;

/// <summary>Bilateral trade from the Central Asian national statistical offices and WITS HS-4 detail.</summary>
internal static class NationalTrade
{
    internal static readonly SourceTable CaNationalTrade = SourceTable.Of("ca_national_trade",
        "Goods trade by partner reported by Kazakhstan (BNS), Kyrgyzstan (NSC) and Uzbekistan (Statistics Agency): reporter x partner x year x flow",
        [References.KazBns, References.KgzNsc, References.UzbStat],
        "Official statistics, re-use with attribution to the statistical office; files collected by github.com/mary-lev/eu-export-sanctions (README: CC BY 4.0).",
        "KAZ 2018-2023, KGZ 1994-2023, UZB 2010-2023; thousand US$, reporter side; flow 'export' | 'import'",
        "Kazakhstan 2019-2022 appear in two workbooks: the later (revised) figure is kept. preliminary = true for KAZ 2023 (first release) and KGZ imports 2023. partner_iso3 is NULL for aggregates and unspecified partners (partner_kind). Not comparable one-to-one with IMF DOTS or China's customs (Kyrgyz imports from China are far below China-reported exports). Uzbekistan's 'Other countries' is large (mostly non-monetary gold) and there is no total row. Kyrgyzstan 2021: the source's Total exceeds its listed partners (exports: 1.65 of 2.75 bn US$). No Tajikistan or Turkmenistan; no 2024. KAZ exports to China 2023 = 14,666,158 kUS$.",
        "ca-national-trade/kaz_bns_trade_by_country_2018_2023.csv, kgz_nsc_{exports,imports}_by_country_1994_2023.csv, uzb_stat_{exports,imports}_by_country_2010_2023_sdmx{1105,1176}.csv; ISO3 maps in data/build/manual/", 19846);

    internal static readonly SourceTable KazChnHs4 = SourceTable.Of("kaz_chn_hs4",
        "Kazakhstan-reported goods trade with China by HS-4 product (HS 2012)",
        [References.Wits], "WITS / UN Comtrade terms of use (re-use with attribution); repository without licence.",
        "2015-2024; thousand US$; flow 'export' (KAZ -> CHN) | 'import' (CHN -> KAZ); hs4 as 4-character text",
        "2020-2022 are INCOMPLETE (complete = false: only 130-154 export and ~560 import lines; imports sum to 1.96/2.42/3.58 bn US$ against BNS totals of 6.38/8.23/11.14 bn). Use HS-4 sums only for 2015-2019 and 2023-2024 and prefer ca_national_trade totals where they overlap.",
        "wits-kaz-chn/kazakhstan_{exports_to,imports_from}_china_hs4_2015_2024_wits.csv (AkshatSharma03/KazPaper-data-analysis)", 11368);

    internal static IEnumerable<SourceTable> All => [CaNationalTrade, KazChnHs4];
}
