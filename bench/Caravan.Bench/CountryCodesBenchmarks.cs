using BenchmarkDotNet.Attributes;
using Caravan.Core.Countries;

namespace Caravan.Bench;

/// <summary>Country-code lookups: by ISO3, by name variant with a year, year-aware G-W conversion, and the
/// suggestion search an unknown name triggers.</summary>
[SimpleJob(warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
[MedianColumn]
public class CountryCodesBenchmarks
{
    [Benchmark]
    public int ResolveIso3() => CountryCodes.Resolve("KAZ").CowCode;

    [Benchmark]
    public int ResolveNameWithYear() => CountryCodes.Resolve("Kyrgyz Republic", 1995).CowCode;

    [Benchmark]
    public int? ToGw() => CountryCodes.ToGw(255, 2000);

    [Benchmark]
    public int Suggest() => CountryCodes.Suggest("Kazakstan").Count;
}
