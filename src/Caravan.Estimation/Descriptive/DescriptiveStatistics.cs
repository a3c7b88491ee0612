using Caravan.Core.Frames;
using Caravan.Estimation.Simulation;

namespace Caravan.Estimation.Descriptive;

/// <summary>Summary of one variable (in one group): counts, moments and R type-7 quantiles of the non-missing values.</summary>
/// <param name="Group">The group's value, or null without grouping.</param>
/// <param name="Rows">Rows in the group.</param>
/// <param name="N">Non-missing values.</param>
/// <param name="MissingShare">Share of rows missing (0–1).</param>
/// <param name="Levels">Distinct values of a text variable (null for numeric).</param>
public sealed record VariableSummary(
    string Variable, string? Group, int Rows, int N, double MissingShare,
    double Mean, double StdDev, double Min, double P25, double Median, double P75, double Max, int? Levels);

/// <summary>
/// Descriptive statistics of a frame (`caravan describe`): for each variable N, mean, SD (n − 1), min, the
/// 25th/50th/75th percentiles (R's quantile type 7, as summary()), max and the share missing; optionally by
/// the values of a grouping column (missing group = "NA"). Text variables report N, missing share and the
/// number of distinct levels.
/// </summary>
public static class DescriptiveStatistics
{
    public static IReadOnlyList<VariableSummary> Describe(Frame frame, IReadOnlyList<string>? variables = null, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var names = variables is { Count: > 0 } ? variables : frame.Columns.Select(c => c.Name).Where(n => n != by).ToArray();
        foreach (var n in names.Append(by).OfType<string>())
        {
            if (!frame.Contains(n))
            {
                throw new EstimationException($"describe: no column '{n}' in the data (columns: {string.Join(", ", frame.Columns.Select(c => c.Name).Take(30))}{(frame.Columns.Count > 30 ? ", ..." : string.Empty)}).");
            }
        }

        var groups = by is null
            ? [(Key: (string?)null, Rows: Enumerable.Range(0, frame.RowCount).ToArray())]
            : GroupRows(frame[by]);
        var result = new List<VariableSummary>();
        foreach (var name in names)
        {
            foreach (var (key, rows) in groups)
            {
                result.Add(Summarise(frame[name], key, rows));
            }
        }

        return result;
    }

    private static List<(string? Key, int[] Rows)> GroupRows(Column by)
    {
        string Key(int i) => by switch
        {
            NumericColumn n => double.IsNaN(n.Values[i]) ? "NA" : n.Values[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            TextColumn t => t.Values[i] ?? "NA",
            _ => "?",
        };

        var order = Enumerable.Range(0, by.Length).GroupBy(Key).Select(g => (Key: (string?)g.Key, Rows: g.ToArray()));
        return by is NumericColumn nc
            ? [.. order.OrderBy(g => g.Key == "NA" ? double.PositiveInfinity : double.Parse(g.Key!, System.Globalization.CultureInfo.InvariantCulture))]
            : [.. order.OrderBy(g => g.Key == "NA" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)];
    }

    private static VariableSummary Summarise(Column col, string? group, int[] rows)
    {
        if (col is TextColumn t)
        {
            var present = rows.Select(r => t.Values[r]).OfType<string>().ToArray();
            return new VariableSummary(col.Name, group, rows.Length, present.Length, Share(rows.Length - present.Length, rows.Length),
                double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, present.Distinct(StringComparer.Ordinal).Count());
        }

        var values = col is NumericColumn n ? rows.Select(r => n.Values[r]).Where(v => !double.IsNaN(v)).ToArray() : [];
        Array.Sort(values);
        var count = values.Length;
        var mean = count == 0 ? double.NaN : values.Average();
        var sd = count < 2 ? double.NaN : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (count - 1));
        double Q(double p) => count == 0 ? double.NaN : QuantitiesOfInterest.Quantile(values, p);
        return new VariableSummary(col.Name, group, rows.Length, count, Share(rows.Length - count, rows.Length),
            mean, sd, Q(0), Q(0.25), Q(0.5), Q(0.75), Q(1), null);
    }

    private static double Share(int missing, int rows) => rows == 0 ? double.NaN : (double)missing / rows;
}
