namespace Caravan.Data.Sources;

/// <summary>Foreign direct investment by partner (wiiw for Kazakhstan; UNCTAD for KAZ, KGZ, TJK).</summary>
internal static class Fdi
{
    internal static readonly SourceTable KazByPartner = SourceTable.Of("kaz_fdi_by_partner",
        "Kazakhstan inward FDI by partner: inflows and inward stock, EUR m and % of total",
        [References.Wiiw], "wiiw terms of use (re-use with attribution); repository without licence.",
        "2003-2021; partner_code ISO 3166 alpha-2 or aggregate (WORLD, EU27_2020, EU15_1995, EU28_2013); measure 'inflow' | 'inward_stock'; unit 'EUR m' | '% of total'",
        "EUR millions (convert with annual EUR/USD rates). Methodology break in 2013 (BPM6, directional principle; 2011-2012 unrevised). Flows are net and can be negative. wiiw's '.' = NULL. China: inflow 2012 = 858.1, stock 2021 = 4,831.4 EUR m.",
        "wiiw-fdi-kaz/wiiw_kaz_fdi_by_partner_2003_2021.csv (dfshapir/kazakhstan_ipe)", 6384);

    internal static readonly SourceTable UnctadByOrigin = SourceTable.Of("unctad_fdi_by_origin",
        "FDI inflows into Kazakhstan, Kyrgyzstan and Tajikistan by geographical origin (UNCTAD Table 1)",
        [References.Unctad2014], "UNCTAD terms of use (re-use with attribution); repository without licence.",
        "2001-2012; millions of US$; level 1 World ... 5 individual economy",
        "Host-reported inflows (Kazakhstan: gross inflows, not comparable with the wiiw/NBK net series). Tajikistan's table is built from partner-reported data (7 partners, all level 1). No Uzbekistan or Turkmenistan; no stocks; nothing after 2012. China: KAZ 2010 = 1,718, 2012 = 2,415.",
        "unctad-bilateral-fdi/unctad_bilateral_fdi_inflows_by_origin_kaz_kgz_tjk_2001_2012.csv (desmarais-lab/FDI_IGERT_H)", 2160);

    internal static IEnumerable<SourceTable> All => [KazByPartner, UnctadByOrigin];
}
