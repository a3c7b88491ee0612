using System.Globalization;
using Caravan.Core.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Panels;

/// <summary>
/// Adds ISO3 columns (iso3 / iso3_1, iso3_2) to a universe from the year-aware COW→ISO3 conversion of
/// Caravan.Core.Countries, so that ISO3-keyed sources (World Bank, IMF DOTS, ICEWS, GDELT, national statistics) can join.
/// </summary>
internal static class CountryBridge
{
    public const string Source = "Caravan.Core.Countries (COW/G-W/ISO3 crosswalk)";

    public static void AddIso3(CaravanStore store, PanelSpec spec, string universe)
    {
        var u = CaravanStore.Quote(universe);
        var pairs = new List<(int Code, int Year)>();
        var codeColumns = spec.IsDyadic ? new[] { "ccode1", "ccode2" } : ["ccode"];
        store.Query($"SELECT DISTINCT code, year FROM ({string.Join(" UNION ", codeColumns.Select(c => $"SELECT {c} AS code, year FROM {u}"))}) WHERE code IS NOT NULL",
            r => pairs.Add((Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture))));
        var map = store.NewTempName("iso3map");
        store.Execute($"CREATE TEMP TABLE {CaravanStore.Quote(map)} (ccode INTEGER, year INTEGER, iso3 VARCHAR)");
        using (var appender = store.Connection.CreateAppender(map))
        {
            foreach (var (code, year) in pairs)
            {
                var iso3 = ToIso3(code, year);
                if (iso3 is null)
                {
                    continue;
                }

                var row = appender.CreateRow();
                row.AppendValue(code).AppendValue(year).AppendValue(iso3).EndRow();
            }
        }

        var sides = spec.IsDyadic ? new[] { "1", "2" } : [string.Empty];
        var select = string.Join(", ", sides.Select(s => $"m{(s.Length == 0 ? "0" : s)}.iso3 AS iso3{(s.Length == 0 ? string.Empty : "_" + s)}"));
        var joins = string.Join(" ", sides.Select(s => $"LEFT JOIN {CaravanStore.Quote(map)} m{(s.Length == 0 ? "0" : s)} ON m{(s.Length == 0 ? "0" : s)}.ccode = u.ccode{s} AND m{(s.Length == 0 ? "0" : s)}.year = u.year"));
        store.Execute($"CREATE OR REPLACE TEMP TABLE {u} AS SELECT u.*, {select} FROM {u} u {joins}");
        store.Execute($"DROP TABLE {CaravanStore.Quote(map)}");
    }

    private static string? ToIso3(int cow, int year) => Caravan.Core.Countries.CountryCodes.ToIso3(cow, year);
}
