using Caravan.Core.Frames;
using Caravan.Estimation.Formula;
using Caravan.Estimation.Results;

namespace Caravan.Estimation.Vcov;

/// <summary>Integer group codes (0..Groups−1) of a cluster variable over the estimation sample.</summary>
internal sealed record ClusterCodes(int[] Codes, int Groups)
{
    /// <summary>The variable's name (as given, e.g. "ccode1^ccode2"), for fixest's by-name nesting rule; null when unnamed.</summary>
    public string? Name { get; init; }

    public static ClusterCodes For(FitResult fit, string variable) => Unnamed(fit, variable) with { Name = variable };

    private static ClusterCodes Unnamed(FitResult fit, string variable)
    {
        // A fixed effect of the model: its codes are already dense over the sample.
        foreach (var fe in fit.FixedEffects)
        {
            if (fe.Name == variable && fe.Codes.Length == fit.Nobs)
            {
                return new ClusterCodes(fe.Codes, fe.Levels);
            }
        }

        // A combination, as fixest's cluster = ~ccode1^ccode2: one cluster per observed pair of values.
        var parts = variable.Split('^', StringSplitOptions.TrimEntries);
        if (parts.Length > 1)
        {
            if (parts.Any(string.IsNullOrEmpty))
            {
                throw new EstimationException($"Cluster '{variable}': combine variables as a^b (e.g. cluster:ccode1^ccode2).");
            }

            return parts.Skip(1).Aggregate(For(fit, parts[0]), (acc, v) => Intersect(acc, For(fit, v)));
        }

        var ctx = fit.Variance;
        var col = ColumnLookup.Find(ctx.Source, variable, "cluster variable");
        var rows = ctx.SampleRows;
        var codes = new int[rows.Length];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var numMap = new Dictionary<double, int>();
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            int code;
            switch (col)
            {
                case NumericColumn nc:
                    {
                        var v = nc.Values[r];
                        if (double.IsNaN(v))
                        {
                            throw MissingError(variable, r);
                        }

                        if (!numMap.TryGetValue(v, out code))
                        {
                            code = numMap.Count;
                            numMap[v] = code;
                        }

                        break;
                    }

                case TextColumn tc:
                    {
                        var v = tc.Values[r] ?? throw MissingError(variable, r);
                        if (!map.TryGetValue(v, out code))
                        {
                            code = map.Count;
                            map[v] = code;
                        }

                        break;
                    }

                default:
                    throw new EstimationException($"Cluster variable '{variable}' has an unsupported column type.");
            }

            codes[i] = code;
        }

        return new ClusterCodes(codes, map.Count + numMap.Count);
    }

    private static EstimationException MissingError(string variable, int row) =>
        new($"Cluster variable '{variable}' is missing at row {row + 1} of the estimation sample's source; " +
            "add it to the model (e.g. as a fixed effect) or drop those rows first.");

    public static ClusterCodes Intersect(ClusterCodes a, ClusterCodes b)
    {
        var codes = new int[a.Codes.Length];
        var map = new Dictionary<long, int>();
        for (var i = 0; i < codes.Length; i++)
        {
            var key = ((long)a.Codes[i] * b.Groups) + b.Codes[i];
            if (!map.TryGetValue(key, out var c))
            {
                c = map.Count;
                map[key] = c;
            }

            codes[i] = c;
        }

        return new ClusterCodes(codes, map.Count);
    }

    /// <summary>True when every fixed-effect level lies within a single cluster.</summary>
    public static bool IsNested(int[] feCodes, int feLevels, int[] clusterCodes)
    {
        var owner = new int[feLevels];
        Array.Fill(owner, -1);
        for (var i = 0; i < feCodes.Length; i++)
        {
            ref var o = ref owner[feCodes[i]];
            if (o < 0)
            {
                o = clusterCodes[i];
            }
            else if (o != clusterCodes[i])
            {
                return false;
            }
        }

        return true;
    }
}
