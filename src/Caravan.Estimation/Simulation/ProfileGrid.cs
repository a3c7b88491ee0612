using System.Globalization;
using Caravan.Core.Frames;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Simulation;

/// <summary>
/// Parses covariate profiles, e.g. <c>"cinc_ratio=p25,p75; contig=1"</c>: assignments separated by ';', each
/// a variable and comma-separated values; the profiles are every combination, the first variable varying
/// slowest (cinc_ratio=p25 with contig=1, then cinc_ratio=p75 with contig=1). A value is a number, a
/// percentile of the estimation sample <c>pNN</c> (R's quantile type 7), <c>mean</c>, <c>median</c>,
/// <c>min</c>, <c>max</c>, or — for a text variable — one of its levels. Errors name the assignment.
/// </summary>
public static class ProfileGrid
{
    public static IReadOnlyList<Profile> Parse(FitResult fit, string text)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(text);
        var design = fit.Design ?? throw new EstimationException("--at: this fit carries no formula design.");
        var variables = ScenarioDesign.Variables(design.ParsedFormula);
        var axes = new List<(string Variable, List<(string Shown, double Number, string? Level)> Values)>();
        foreach (var raw in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = raw.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == raw.Length - 1)
            {
                throw new EstimationException($"--at '{raw}': expected variable=value[,value...].");
            }

            var name = raw[..eq].Trim();
            if (!variables.Contains(name) || !fit.Variance.Source.TryGet(name, out var col))
            {
                throw new EstimationException($"--at '{raw}': '{name}' is not a variable of the model ({string.Join(", ", variables)}).");
            }

            if (axes.Any(a => a.Variable == name))
            {
                throw new EstimationException($"--at: '{name}' is set twice.");
            }

            var values = raw[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => Resolve(fit, col, name, v, raw)).ToList();
            axes.Add((name, values));
        }

        if (axes.Count == 0)
        {
            throw new EstimationException("--at: no profile given, e.g. --at \"x=p25,p75; contig=1\".");
        }

        IEnumerable<List<(string Variable, (string Shown, double Number, string? Level) Value)>> combos = [[]];
        foreach (var axis in axes)
        {
            combos = combos.SelectMany(c => axis.Values.Select(v => new List<(string, (string, double, string?))>(c) { (axis.Variable, v) }));
        }

        return [.. combos.Select(c => new Profile(
            string.Join("; ", c.Select(a => $"{a.Variable} = {a.Value.Shown}")),
            c.Where(a => a.Value.Level is null).ToDictionary(a => a.Variable, a => a.Value.Number, StringComparer.Ordinal),
            c.Where(a => a.Value.Level is not null).ToDictionary(a => a.Variable, a => a.Value.Level!, StringComparer.Ordinal)))];
    }

    private static (string Shown, double Number, string? Level) Resolve(FitResult fit, Column col, string name, string token, string raw)
    {
        if (col is TextColumn txt)
        {
            var levels = fit.Variance.SampleRows.Select(r => txt.Values[r]).OfType<string>().ToHashSet(StringComparer.Ordinal);
            return levels.Contains(token)
                ? (token, double.NaN, token)
                : throw new EstimationException($"--at '{raw}': '{token}' is not a level of '{name}' in the estimation sample.");
        }

        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return (Profile.Format(number), number, null);
        }

        var sample = SampleDesign.Values(fit, name).Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(sample);
        double? p = token.ToLowerInvariant() switch
        {
            "min" => 0,
            "max" => 1,
            "median" => 0.5,
            var t when t.Length > 1 && t[0] == 'p' && double.TryParse(t[1..], NumberStyles.Float, CultureInfo.InvariantCulture, out var pct) && pct is >= 0 and <= 100 => pct / 100,
            _ => null,
        };
        if (token.Equals("mean", StringComparison.OrdinalIgnoreCase))
        {
            var m = sample.Average();
            return ($"mean ({Profile.Format(m)})", m, null);
        }

        if (p is null)
        {
            throw new EstimationException($"--at '{raw}': '{token}' is not a number, pNN, mean, median, min or max.");
        }

        var value = QuantitiesOfInterest.Quantile(sample, p.Value);
        return ($"{token} ({Profile.Format(value)})", value, null);
    }
}
