namespace Caravan.Indicators;

/// <summary>ICEWS event counts in the four CAMEO quad classes for one directed dyad-year (or a sum of them).</summary>
public sealed record IcewsQuadCounts(double VerbalCooperation, double MaterialCooperation, double VerbalConflict, double MaterialConflict)
{
    public double Total => VerbalCooperation + MaterialCooperation + VerbalConflict + MaterialConflict;

    public static IcewsQuadCounts operator +(IcewsQuadCounts a, IcewsQuadCounts b) => new(
        a.VerbalCooperation + b.VerbalCooperation, a.MaterialCooperation + b.MaterialCooperation,
        a.VerbalConflict + b.VerbalConflict, a.MaterialConflict + b.MaterialConflict);

    public static IcewsQuadCounts Zero { get; } = new(0, 0, 0, 0);
}
