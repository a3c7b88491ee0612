using Caravan.Estimation;
using Caravan.Estimation.Simulation;
using Caravan.Estimation.Vcov;

namespace Caravan.Golden.Tests.Simulation;

/// <summary>
/// Average marginal effects and delta-method SEs against base R (Reference/marginal_effects.R, numeric
/// derivatives as marginaleffects::avg_slopes; variances iid = vcov(glm)·(n−1)/(n−K) and sandwich HC1).
/// Tolerances: AME 1e-6 relative, SEs 1e-5 relative (R's nested central differences carry ~1e-8).
/// </summary>
public sealed class MarginalEffectsTests
{
    private static readonly System.Text.Json.JsonElement E = Expected.Load("marginal_effects");

    private static double[] Doubles(string block, string name) =>
        [.. E.GetProperty(block).GetProperty(name).EnumerateArray().Select(v => v.GetDouble())];

    [Theory]
    [InlineData("mid_logit", "logit")]
    [InlineData("mid_probit", "probit")]
    [InlineData("pois20_poisson", "poisson")]
    public void Ame_and_delta_method_errors_match_R(string block, string model)
    {
        var (data, formula) = block.StartsWith("mid", StringComparison.Ordinal)
            ? (GoldenData.Load("mid"), "conflict ~ major + contig + power + maxdem + mindem + cubic(years)")
            : (GoldenData.Load("pois20"), "y ~ log(abs(x1) + 1) + x2 + x3 + x2:x3 + " + string.Join(" + ", Enumerable.Range(4, 17).Select(j => $"x{j}")));
        var kind = model switch { "logit" => ModelKind.Logit, "probit" => ModelKind.Probit, _ => ModelKind.Poisson };
        var fit = Fit.Model(kind, data, formula, FitOptions.Default with { Tolerance = 1e-12 });
        var vars = E.GetProperty(block).GetProperty("variables").EnumerateArray().Select(v => v.GetString()!).ToArray();
        var ame = Doubles(block, "ame");
        foreach (var (vcov, key) in new (VcovSpec, string)[] { (new VcovSpec.Iid(), "se_iid"), (new VcovSpec.Hetero(), "se_hetero") })
        {
            var effects = AverageMarginalEffects.Compute(fit.WithVcov(vcov), vars);
            var se = Doubles(block, key);
            for (var j = 0; j < vars.Length; j++)
            {
                Assert.Equal(vars[j], effects[j].Variable);
                GoldenData.Near(ame[j], effects[j].Estimate, 1e-6, $"{block} AME {vars[j]}");
                GoldenData.Near(se[j], effects[j].StdError, 1e-5, $"{block} {key} {vars[j]}");
            }
        }
    }
}
