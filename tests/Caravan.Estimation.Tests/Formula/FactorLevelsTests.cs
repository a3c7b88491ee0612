using System.Globalization;
using Caravan.Estimation.Formula;

namespace Caravan.Estimation.Tests.Formula;

/// <summary>
/// Level labels of numeric factors / fixed effects: whole numbers go through the integer formatter (the fast
/// path), everything else through "R"; the text must be exactly what "R" prints for every value (exact match).
/// </summary>
public class FactorLevelsTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    [InlineData(1992.0)]
    [InlineData(999_999_999_999_999.0)]
    [InlineData(-999_999_999_999_999.0)]
    [InlineData(1e15)]
    [InlineData(9007199254740993.0)]
    [InlineData(1e300)]
    [InlineData(0.5)]
    [InlineData(-2.25)]
    [InlineData(1e-7)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void KeyIsTheRoundTripText(double v) =>
        Assert.Equal(v.ToString("R", CultureInfo.InvariantCulture), FactorLevels.Key(v));

    [Fact]
    public void NegativeZeroKeepsItsSign() => Assert.Equal("-0", FactorLevels.Key(-0.0));

    [Fact]
    public void KeyIsTheRoundTripTextForRandomWholeAndFractionalNumbers()
    {
        var rng = new Random(8);
        for (var i = 0; i < 20_000; i++)
        {
            var scale = Math.Pow(10, rng.Next(0, 17));
            var whole = Math.Floor((rng.NextDouble() - 0.5) * scale);
            Assert.Equal(whole.ToString("R", CultureInfo.InvariantCulture), FactorLevels.Key(whole));
            var frac = whole + rng.NextDouble();
            Assert.Equal(frac.ToString("R", CultureInfo.InvariantCulture), FactorLevels.Key(frac));
        }
    }
}
