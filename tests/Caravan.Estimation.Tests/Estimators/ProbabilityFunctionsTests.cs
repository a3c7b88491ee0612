using Caravan.Estimation.Estimators;

namespace Caravan.Estimation.Tests.Estimators;

/// <summary>Distribution functions used by the Firth / relogit inference, against R 4.x (values printed with digits = 17).</summary>
public sealed class ProbabilityFunctionsTests
{
    [Theory]
    [InlineData(0.975, 1.9599639845400536)]
    [InlineData(1e-10, -6.3613409024040557)]
    public void Normal_quantile_matches_R_qnorm(double p, double expected) =>
        Assert.Equal(expected, ProbabilityFunctions.NormalQuantile(p), 1e-13);

    [Theory]
    [InlineData(3.84, 1, 5.0043521248705224e-02)]
    [InlineData(10, 6, 1.2465201948308116e-01)]
    [InlineData(0.001, 1, 9.7477287936996038e-01)]
    [InlineData(200, 6, 1.8976107553682281e-40)]
    public void Chi_square_upper_tail_matches_R_pchisq(double x, double df, double expected)
    {
        var actual = ProbabilityFunctions.ChiSquareUpperTail(x, df);
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"pchisq({x}, {df}): expected {expected:R}, got {actual:R}");
    }

    [Fact]
    public void Normal_cdf_tail_matches_R_pnorm() =>
        Assert.Equal(1.3498980316300946e-03, ProbabilityFunctions.NormalCdf(-3), 1e-15);
}
