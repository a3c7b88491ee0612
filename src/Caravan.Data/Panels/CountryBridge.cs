using System.Globalization;
using Caravan.Data.Store;

namespace Caravan.Data.Panels;

/// <summary>
/// Adds an iso3 column to a state-year table (columns ccode, year) from the year-aware COW→ISO3 conversion of
/// Caravan.Core.Countries, so that ISO3-keyed sources (World Bank, IMF DOTS, ICEWS, GDELT, national statistics) can join.
/// </summary>
internal static class CountryBridge
{
    public const string Source = "Caravan.Core.Countries (COW/G-W/ISO3 crosswalk)";

    public static void AddIso3(CaravanStore store, string stateYears)
    {
        var t = CaravanStore.Quote(stateYears);
        var pairs = new List<(int Code, int Year)>();
        store.Query($"SELECT DISTINCT ccode, year FROM {t} WHERE ccode IS NOT NULL",
            r => pairs.Add((Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture))));
        var map = store.NewTempName("iso3map");
        store.Execute($"CREATE TEMP TABLE {CaravanStore.Quote(map)} (ccode INTEGER, year INTEGER, iso3 VARCHAR)");
        using (var appender = store.Connection.CreateAppender(map))
        {
            foreach (var (code, year) in pairs)
            {
                var iso3 = Caravan.Core.Countries.CountryCodes.ToIso3(code, year);
                if (iso3 is not null)
                {
                    appender.CreateRow().AppendValue(code).AppendValue(year).AppendValue(iso3).EndRow();
                }
            }
        }

        store.Execute($"CREATE OR REPLACE TEMP TABLE {t} AS SELECT s.*, m.iso3 FROM {t} s LEFT JOIN {CaravanStore.Quote(map)} m ON m.ccode = s.ccode AND m.year = s.year");
        store.Execute($"DROP TABLE {CaravanStore.Quote(map)}");
    }
}
