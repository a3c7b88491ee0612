using System.Runtime.Intrinsics;
using Caravan.Estimation.Estimators;

namespace Caravan.Estimation.Tests.Estimators;

/// <summary>The vector exp/log of the logit passes against Math.Exp / Math.Log: within 4 ulp (relative 1e-15) on a dense grid.</summary>
public sealed class LogisticVectorMathTests
{
    [Fact]
    public void Exp_of_non_positive_arguments_is_within_a_few_ulp_of_Math_Exp()
    {
        var worst = 0.0;
        for (var i = 0; i < 200_000; i += 4)
        {
            var xs = Enumerable.Range(i, 4).Select(j => -j * 0.0035 - (j % 7) * 1e-9).ToArray();
            var e = LogisticVectorMath.ExpNonPositive(Vector256.Create(xs));
            for (var l = 0; l < 4; l++)
            {
                var want = Math.Exp(xs[l]);
                if (xs[l] >= -700)
                {
                    worst = Math.Max(worst, Math.Abs(e[l] - want) / want);
                }
            }
        }

        Assert.True(worst < 1e-15, $"max relative error {worst:E3}");
        Assert.Equal(1.0, LogisticVectorMath.ExpNonPositive(Vector256<double>.Zero)[0]);
        Assert.True(LogisticVectorMath.ExpNonPositive(Vector256.Create(-1e6))[0] is > 0 and < 1e-300);
    }

    [Fact]
    public void Log1p_on_the_unit_interval_is_within_a_few_ulp_of_Math_Log()
    {
        var worst = 0.0;
        for (var i = 0; i <= 100_000; i++)
        {
            var e = i == 0 ? 1e-300 : i / 100_000.0 * Math.Pow(10, -(i % 9));
            var got = LogisticVectorMath.Log1pUnit(Vector256.Create(e))[0];
            // Math.Log(1 + e) loses digits for small e (1 + e is rounded); Goldberg's correction restores them.
            var u = 1 + e;
            var want = u == 1 ? e : Math.Log(u) * e / (u - 1);
            worst = Math.Max(worst, Math.Abs(got - want) / want);
        }

        Assert.True(worst < 1e-15, $"max relative error {worst:E3}");
        Assert.Equal(0.0, LogisticVectorMath.Log1pUnit(Vector256<double>.Zero)[0]);
    }
}
