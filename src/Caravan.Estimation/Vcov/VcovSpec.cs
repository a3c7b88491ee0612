using System.Globalization;

namespace Caravan.Estimation.Vcov;

/// <summary>The HC flavour of a heteroskedasticity-robust variance.</summary>
public enum HeteroKind
{
    /// <summary>White's estimator, no small-sample factor.</summary>
    HC0,

    /// <summary>HC0 × n/(n−K) (fixest's "hetero" and Stata's "robust").</summary>
    HC1,
}

/// <summary>
/// How the variance of the coefficients is computed. Parse the CLI/text form with <see cref="Parse"/>:
/// <c>iid</c>, <c>hetero</c> (HC1), <c>hc0</c>, <c>hc1</c>, <c>cluster:VAR</c>, <c>twoway:VAR1+VAR2</c>, where each VAR may be
/// a combination <c>a^b</c> (one cluster per observed pair, as fixest's <c>cluster = ~a^b</c>)
/// (<c>twoway-conventional:VAR1+VAR2</c>), <c>nw:LAG</c>, <c>dk:LAG</c> (<c>nw</c>/<c>dk</c> alone: fixest's default, ⌊T^¼⌋ on panels, ⌊bwNeweyWest⌋ for a time series).
/// </summary>
public abstract record VcovSpec
{
    /// <summary>A short label for tables, e.g. "Clustered (Origin)", with the convention when it is not fixest's default ("Clustered (dyad), Stata").</summary>
    public string Label => BaseLabel + Ssc.LabelSuffix;

    /// <summary>The small-sample convention (default: fixest's <c>ssc()</c>); applied when the variance is computed, without refitting.</summary>
    public SmallSample Ssc { get; init; } = SmallSample.Default;

    /// <summary>The variance's name without the convention.</summary>
    protected abstract string BaseLabel { get; }

    /// <summary>The canonical text form accepted by <see cref="Parse"/>.</summary>
    public abstract string Text { get; }

    public sealed record Iid : VcovSpec
    {
        protected override string BaseLabel => "IID";

        public override string Text => "iid";
    }

    public sealed record Hetero(HeteroKind Kind = HeteroKind.HC1) : VcovSpec
    {
        protected override string BaseLabel => Kind == HeteroKind.HC1 ? "Heteroskedasticity-robust" : "Heteroskedasticity-robust (HC0)";

        public override string Text => Kind == HeteroKind.HC1 ? "hetero" : "hc0";
    }

    public sealed record Cluster(string Variable) : VcovSpec
    {
        protected override string BaseLabel => $"Clustered ({Variable})";

        public override string Text => $"cluster:{Variable}";
    }

    /// <summary>Two-way clustering (Cameron–Gelbach–Miller). By default all three terms use min(G1, G2) as fixest; <paramref name="Conventional"/> uses each term's own G.</summary>
    public sealed record TwoWay(string Variable1, string Variable2, bool Conventional = false) : VcovSpec
    {
        protected override string BaseLabel => $"Two-way ({Variable1} & {Variable2})";

        public override string Text => $"{(Conventional ? "twoway-conventional" : "twoway")}:{Variable1}+{Variable2}";
    }

    /// <summary>Newey–West (Bartlett kernel) for panels or time series; needs a time variable (and a panel id for panels).</summary>
    public sealed record NeweyWest(int? Lag = null) : VcovSpec
    {
        protected override string BaseLabel => Lag is { } l ? $"Newey-West (L={l})" : "Newey-West (L=floor(T^1/4))";

        public override string Text => Lag is { } l ? $"nw:{l}" : "nw";
    }

    /// <summary>Driscoll–Kraay: Newey–West on the time-aggregated scores; needs a time variable.</summary>
    public sealed record DriscollKraay(int? Lag = null) : VcovSpec
    {
        protected override string BaseLabel => Lag is { } l ? $"Driscoll-Kraay (L={l})" : "Driscoll-Kraay (L=floor(T^1/4))";

        public override string Text => Lag is { } l ? $"dk:{l}" : "dk";
    }

    public static VcovSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        var head = (colon < 0 ? t : t[..colon]).Trim().ToLowerInvariant();
        var arg = colon < 0 ? null : t[(colon + 1)..].Trim();
        switch (head)
        {
            case "iid" or "standard" when arg is null:
                return new Iid();
            case "hetero" or "robust" or "hc1" or "white" when arg is null:
                return new Hetero(HeteroKind.HC1);
            case "hc0" when arg is null:
                return new Hetero(HeteroKind.HC0);
            case "cluster" or "cl" when !string.IsNullOrEmpty(arg):
                if (arg.Contains('+', StringComparison.Ordinal))
                {
                    var p = SplitTwo(arg, text);
                    return new TwoWay(p.A, p.B);
                }

                return new Cluster(arg);
            case "twoway" or "tw" when !string.IsNullOrEmpty(arg):
                {
                    var p = SplitTwo(arg, text);
                    return new TwoWay(p.A, p.B);
                }

            case "twoway-conventional" when !string.IsNullOrEmpty(arg):
                {
                    var p = SplitTwo(arg, text);
                    return new TwoWay(p.A, p.B, Conventional: true);
                }

            case "nw" or "newey-west" or "neweywest":
                return new NeweyWest(ParseLag(arg, text));
            case "dk" or "driscoll-kraay" or "driscollkraay":
                return new DriscollKraay(ParseLag(arg, text));
            default:
                throw new EstimationException(
                    $"Unknown variance '{text}'. Use iid, hetero, hc0, cluster:VAR, twoway:VAR1+VAR2, nw:LAG or dk:LAG.");
        }
    }

    private static (string A, string B) SplitTwo(string arg, string text)
    {
        var parts = arg.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            throw new EstimationException($"Variance '{text}': two-way clustering needs exactly two variables, as twoway:VAR1+VAR2.");
        }

        return (parts[0], parts[1]);
    }

    private static int? ParseLag(string? arg, string text)
    {
        if (string.IsNullOrEmpty(arg))
        {
            return null;
        }

        if (!int.TryParse(arg, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lag) || lag < 0)
        {
            throw new EstimationException($"Variance '{text}': the lag must be a non-negative integer.");
        }

        return lag;
    }
}
