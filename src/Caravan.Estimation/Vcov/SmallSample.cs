using System.Globalization;

namespace Caravan.Estimation.Vcov;

/// <summary>fixest's <c>ssc(fixef.K = …)</c>: which fixed-effect parameters K counts in (n−1)/(n−K).</summary>
public enum FixefK
{
    /// <summary>Leave every fixed effect out of K (K = the slope coefficients).</summary>
    None,

    /// <summary>Leave out the fixed effects nested in a cluster (or NW/DK panel/time) variable; fixest's default, as reghdfe and xtreg.</summary>
    Nested,

    /// <summary>Count every fixed-effect parameter (as areg, or regress with dummies).</summary>
    Full,
}

/// <summary>fixest's <c>ssc(cluster.df = …)</c>: the G/(G−1) of multiway clustering.</summary>
public enum ClusterDf
{
    /// <summary>Every term of the multiway variance takes min(G)/(min(G)−1) (fixest's default).</summary>
    Min,

    /// <summary>Each term takes its own G/(G−1) (Cameron, Gelbach &amp; Miller 2011; sandwich::vcovCL).</summary>
    Conventional,
}

/// <summary>fixest's <c>ssc(t.df = …)</c>: the degrees of freedom of t tests.</summary>
public enum TDf
{
    /// <summary>min(G) − 1 when clustered (or T − 1 for Newey–West / Driscoll–Kraay), else n − K (fixest's default).</summary>
    Min,

    /// <summary>Always n − K.</summary>
    Conventional,

    /// <summary>A given number (fixest's <c>t.df = &lt;integer&gt;</c>), <see cref="SmallSample.Fixest.TDfValue"/>.</summary>
    Fixed,
}

/// <summary>
/// The small-sample convention of a variance, applied at variance time (no refit): fixest's <c>ssc()</c> with its
/// five switches (the default: <c>ssc()</c> as fixest 0.12.1), or Stata's estimation commands. Parse the text form
/// with <see cref="Parse"/>: <c>fixest</c>, <c>stata</c>, or fixest's switches as
/// <c>adj=false,fixef.K=none,cluster.adj=false,cluster.df=conventional,t.df=conventional</c> (any subset).
/// </summary>
public abstract record SmallSample
{
    /// <summary>fixest's default <c>ssc()</c>.</summary>
    public static SmallSample Default { get; } = new Fixest();

    /// <summary>The canonical text form accepted by <see cref="Parse"/>.</summary>
    public abstract string Text { get; }

    /// <summary>What a table's variance line adds to the variance's name ("" for the default).</summary>
    public abstract string LabelSuffix { get; }

    /// <summary>
    /// fixest's <c>ssc(adj, fixef.K, cluster.adj, cluster.df, t.df)</c> (<c>fixef.force_exact</c> is not offered).
    /// <paramref name="Adj"/>: (n−1)/(n−K) on every variance; <paramref name="ClusterAdj"/>: G/(G−1) on clustered
    /// variances, n/(n−1) on hetero, T/(T−1) on Newey–West and Driscoll–Kraay. <paramref name="TDfValue"/>: the t
    /// degrees of freedom of every variance when <paramref name="TDf"/> is <see cref="TDf.Fixed"/>.
    /// </summary>
    public sealed record Fixest(
        bool Adj = true,
        FixefK FixefK = FixefK.Nested,
        bool ClusterAdj = true,
        ClusterDf ClusterDf = ClusterDf.Min,
        TDf TDf = TDf.Min,
        int TDfValue = 0) : SmallSample
    {
        public bool IsDefault => this == (Fixest)Default;

        public override string Text => IsDefault ? "fixest" : Switches(",", "=", v => v);

        public override string LabelSuffix => IsDefault ? string.Empty : $", fixest ssc({Switches(", ", " = ", v => v)})";

        private string Switches(string sep, string eq, Func<string, string> quote)
        {
            var parts = new List<string>();
            if (!Adj)
            {
                parts.Add($"adj{eq}false");
            }

            if (FixefK != FixefK.Nested)
            {
                parts.Add($"fixef.K{eq}{quote(FixefK.ToString().ToLowerInvariant())}");
            }

            if (!ClusterAdj)
            {
                parts.Add($"cluster.adj{eq}false");
            }

            if (ClusterDf != ClusterDf.Min)
            {
                parts.Add($"cluster.df{eq}conventional");
            }

            if (TDf == TDf.Conventional)
            {
                parts.Add($"t.df{eq}conventional");
            }
            else if (TDf == TDf.Fixed)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"t.df{eq}{TDfValue}"));
            }

            return string.Join(sep, parts);
        }
    }

    /// <summary>
    /// Stata's estimation commands. OLS (regress, reghdfe): iid σ̂² = RSS/(n−K); <c>vce(robust)</c> n/(n−K);
    /// <c>vce(cluster)</c> G/(G−1)·(n−1)/(n−K), K without the fixed effects nested in the cluster (reghdfe, xtreg).
    /// logit, probit, poisson: iid the inverse Hessian (no factor); <c>vce(robust)</c> n/(n−1); <c>vce(cluster)</c> G/(G−1).
    /// Two-way: each term its own G/(G−1) (Cameron, Gelbach &amp; Miller 2011). t tests with n−K, or G−1 when clustered.
    /// Newey–West and Driscoll–Kraay are not defined under this convention (Stata's newey/xtscc are not reproduced).
    /// </summary>
    public sealed record Stata : SmallSample
    {
        public override string Text => "stata";

        public override string LabelSuffix => ", Stata";
    }

    public static SmallSample Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        switch (t.ToLowerInvariant())
        {
            case "" or "fixest" or "default":
                return Default;
            case "stata":
                return new Stata();
        }

        var f = (Fixest)Default;
        foreach (var part in t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                throw Bad(text, $"'{part}' is not key=value");
            }

            var key = part[..eq].Trim().ToLowerInvariant();
            var value = part[(eq + 1)..].Trim().Trim('"', '\'').ToLowerInvariant();
            f = key switch
            {
                "adj" => f with { Adj = Bool(value, part, text) },
                "fixef.k" => f with
                {
                    FixefK = value switch
                    {
                        "none" => FixefK.None,
                        "nested" => FixefK.Nested,
                        "full" => FixefK.Full,
                        _ => throw Bad(text, $"fixef.K must be none, nested or full, not '{value}'"),
                    },
                },
                "cluster.adj" => f with { ClusterAdj = Bool(value, part, text) },
                "cluster.df" => f with { ClusterDf = Conventional(value, "cluster.df", text) ? ClusterDf.Conventional : ClusterDf.Min },
                "t.df" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var df)
                    ? df > 0 ? f with { TDf = TDf.Fixed, TDfValue = df } : throw Bad(text, $"t.df must be min, conventional or a positive integer, not '{value}'")
                    : f with { TDf = Conventional(value, "t.df", text) ? TDf.Conventional : TDf.Min, TDfValue = 0 },
                _ => throw Bad(text, $"unknown switch '{key}' (fixest's ssc() has adj, fixef.K, cluster.adj, cluster.df, t.df)"),
            };
        }

        return f;
    }

    private static bool Bool(string value, string part, string text) => value switch
    {
        "true" or "t" or "1" or "yes" => true,
        "false" or "f" or "0" or "no" => false,
        _ => throw Bad(text, $"'{part}' needs true or false"),
    };

    private static bool Conventional(string value, string key, string text) => value switch
    {
        "min" => false,
        "conventional" => true,
        _ => throw Bad(text, $"{key} must be min or conventional, not '{value}'"),
    };

    private static EstimationException Bad(string text, string why) => new(string.Create(CultureInfo.InvariantCulture,
        $"Small-sample convention '{text}': {why}. Use fixest, stata, or fixest's ssc() switches, e.g. adj=false,fixef.K=none,cluster.adj=false,cluster.df=conventional,t.df=conventional (or t.df=30)."));
}
