using Caravan.Estimation.Numerics;

namespace Caravan.Estimation.Tests.Numerics;

/// <summary>Reference values from R: qnorm, pnorm, qt, pt.</summary>
public class DistributionsTests
{
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.995, 2.5758293035489)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(1e-10, -6.361340902404056)]
    public void Normal_quantile(double p, double q) => Assert.Equal(q, Distributions.NormalQuantile(p), 12);

    [Theory]
    [InlineData(1.96, 0.04999579029644086)]
    [InlineData(0.3, 0.7641771556220947)]
    [InlineData(8, 1.244192114854357e-15)]
    public void Normal_two_sided_p(double z, double p) => Assert.True(Math.Abs(Distributions.NormalTwoSidedP(z) - p) <= 1e-12 * Math.Max(p, 1e-3));

    [Theory]
    [InlineData(0.975, 10, 2.228138851986274)]
    [InlineData(0.975, 3, 3.182446305284263)]
    [InlineData(0.95, 199, 1.652546746166562)]
    public void T_quantile(double p, double df, double q) => Assert.Equal(q, Distributions.StudentTQuantile(p, df), 10);

    [Theory]
    [InlineData(2.0, 10, 0.07338803477074039)]
    [InlineData(-13.2, 14, 2.726870762190895e-09)]
    public void T_two_sided_p(double t, double df, double p) => Assert.True(Math.Abs(Distributions.StudentTTwoSidedP(t, df) - p) <= 1e-6 * p);
}
