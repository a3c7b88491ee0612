using System.Globalization;
using Caravan.Estimation.Simulation;

namespace Caravan.Reporting.Tables;

/// <summary>
/// Grids of quantities of interest: simulated predictions, first differences and risk ratios by profile,
/// and average marginal effects with delta-method errors. CSV cells keep full precision ("R"); the other
/// formats round to <c>digits</c>.
/// </summary>
public static class QuantityTables
{
    public static Grid Profiles(ProfileSimulationResult r, TableFormat format, int digits = 4)
    {
        ArgumentNullException.ThrowIfNull(r);
        var level = (r.Options.Level * 100).ToString("0.##", CultureInfo.InvariantCulture);
        string[] header = ["profile", "quantity", "point", "mean", "sd", $"lower_{level}", $"upper_{level}"];
        var rows = new List<IReadOnlyList<string>>();
        for (var k = 0; k < r.Profiles.Count; k++)
        {
            var p = r.Profiles[k];
            var name = $"{k + 1}: {p.Profile.Label}";
            rows.Add(Row(name, "E(Y)", p.PointEstimate, p.ExpectedValue, format, digits));
            if (p.FirstDifference is { } fd)
            {
                rows.Add(Row(name, "FD vs 1", p.PointEstimate - r.Profiles[0].PointEstimate, fd, format, digits));
            }

            if (p.RiskRatio is { } rr)
            {
                rows.Add(Row(name, "RR vs 1", p.PointEstimate / r.Profiles[0].PointEstimate, rr, format, digits));
            }
        }

        var held = r.Options.Others switch
        {
            HoldAt.Observed => "at their observed values (average over the estimation sample)",
            var h => $"at their {h.ToString().ToLowerInvariant()} (text: mode)",
        };
        string[] notes =
        [
            $"King-Tomz-Wittenberg simulation: {r.Options.Draws} draws of b from N(b_hat, V), seed {r.Options.Seed}; {level}% percentile intervals; 'point' is F(x'b_hat).",
            $"Variables a profile does not set are held {held}. First differences and risk ratios are against profile 1.",
        ];
        return new Grid(header, rows, notes);
    }

    public static Grid MarginalEffects(IReadOnlyList<MarginalEffect> effects, string vcovLabel, TableFormat format, int digits = 4)
    {
        ArgumentNullException.ThrowIfNull(effects);
        string[] header = ["term", "contrast", "estimate", "std_error", "z", "p_value", "conf_low", "conf_high"];
        var rows = effects.Select(e => (IReadOnlyList<string>)[
            e.Variable, e.Contrast,
            Num(e.Estimate, format, digits), Num(e.StdError, format, digits), Num(e.Statistic, format, 2),
            Num(e.PValue, format, digits), Num(e.ConfLow, format, digits), Num(e.ConfHigh, format, digits)]).ToArray();
        string[] notes =
        [
            "Average marginal effects on the response scale (as marginaleffects::avg_slopes / Stata margins, dydx()); factors: average contrast to the reference level.",
            $"Delta-method standard errors from the model's variance ({vcovLabel}).",
        ];
        return new Grid(header, rows, notes);
    }

    /// <summary>Descriptive statistics, one row per variable (and group).</summary>
    public static Grid Descriptive(IReadOnlyList<Caravan.Estimation.Descriptive.VariableSummary> rows, string? by, TableFormat format, int digits = 3)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var header = new List<string> { "variable" };
        if (by is not null)
        {
            header.Add(by);
        }

        header.AddRange(["N", "mean", "sd", "min", "p25", "median", "p75", "max", "missing"]);
        var grid = rows.Select(r =>
        {
            var cells = new List<string> { r.Variable };
            if (by is not null)
            {
                cells.Add(r.Group ?? string.Empty);
            }

            cells.Add(r.N.ToString(format == TableFormat.Csv ? "D" : "N0", CultureInfo.InvariantCulture));
            if (r.Levels is { } levels)
            {
                cells.AddRange([$"text, {levels} levels", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty]);
            }
            else
            {
                cells.AddRange(new[] { r.Mean, r.StdDev, r.Min, r.P25, r.Median, r.P75, r.Max }.Select(v => double.IsNaN(v) ? string.Empty : Num(v, format, digits)));
            }

            cells.Add(format == TableFormat.Csv ? r.MissingShare.ToString("R", CultureInfo.InvariantCulture) : (r.MissingShare * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%");
            return (IReadOnlyList<string>)cells;
        }).ToArray();
        return new Grid(header, grid, ["sd: n - 1 denominator; quantiles: R type 7 (as summary()); missing: share of rows."]);
    }

    private static IReadOnlyList<string> Row(string profile, string quantity, double point, QuantityOfInterest q, TableFormat format, int digits) =>
        [profile, quantity, Num(point, format, digits), Num(q.Mean, format, digits), Num(q.StdDev, format, digits), Num(q.Lower, format, digits), Num(q.Upper, format, digits)];

    private static string Num(double v, TableFormat format, int digits) =>
        format == TableFormat.Csv ? v.ToString("R", CultureInfo.InvariantCulture)
        : Math.Abs(v) is > 0 and < 1e-3 ? v.ToString("G" + Math.Max(digits, 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : TableModelBuilder.Num(v, digits);
}
