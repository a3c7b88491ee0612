using System.Globalization;
using Caravan.Data.Store;

namespace Caravan.Data.Panels;

/// <summary>A short description of a built panel: rows, units (states or dyads), years, columns.</summary>
public sealed record PanelSummary(long Rows, long Units, int FirstYear, int LastYear, int Columns)
{
    public static PanelSummary Of(CaravanStore store, Panel panel)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(panel);
        var unitKeys = string.Join(", ", panel.Keys.Where(k => k != "year"));
        long units = 0;
        int first = 0, last = 0;
        store.Query($"SELECT count(DISTINCT ({unitKeys})), min(year), max(year) FROM {CaravanStore.Quote(panel.Table)}", r =>
        {
            units = Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture);
            first = Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture);
            last = Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture);
        });
        return new PanelSummary(panel.RowCount, units, first, last, panel.Codebook.Count);
    }
}
