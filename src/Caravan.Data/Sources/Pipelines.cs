namespace Caravan.Data.Sources;

/// <summary>Global Energy Monitor pipelines touching Central Asia.</summary>
internal static class Pipelines
{
    internal static readonly SourceTable Gem = SourceTable.Of("gem_pipelines",
        "Gas and oil pipeline units touching Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan or Uzbekistan",
        [References.GemGas, References.GemOil], "Global Energy Monitor: CC BY 4.0.",
        "21 units (7 gas, 14 oil); start_year = first year of operation (planned year if unbuilt); capacity in bcm/y (gas) or bbl/d (oil, where given)",
        "Map extracts of 2024; only pipelines. Line D of the Central Asia-China gas pipeline is under construction (start_year 2022 is the planned year). Geometries dropped.",
        "gem-pipelines/gem_asia_gas_tracker_2024-05_centralasia.csv, gem_goit_oil_pipelines_2024-06_centralasia.csv (GlobalEnergyMonitor map repositories)", 21);

    internal static IEnumerable<SourceTable> All => [Gem];
}
