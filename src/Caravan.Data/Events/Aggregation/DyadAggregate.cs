namespace Caravan.Data.Events.Aggregation;

/// <summary>
/// One dyad-period of one dataset: counts by quad class and sums as the engine returned them, and the derived
/// measures computed here only. <see cref="SlotsPresent"/>/<see cref="SlotsPossible"/> give the coverage: a period
/// with no slot present has unknown (missing) counts, never zero.
/// </summary>
public sealed record DyadAggregate(
    string Dataset,
    int Ccode1,
    int Ccode2,
    string? Iso3Of1,
    string? Iso3Of2,
    int Year,
    int? Month,
    DateOnly? Date,
    long Events,
    long VerbalCooperation,
    long MaterialCooperation,
    long VerbalConflict,
    long MaterialConflict,
    double GoldsteinSum,
    long GoldsteinCount,
    double GoldsteinCameoSum,
    long GoldsteinCameoCount,
    long? Mentions,
    long? Sources,
    long? Articles,
    double ToneSum,
    long ToneCount,
    long? SlotsPresent,
    long SlotsPossible)
{
    public double? GoldsteinMean => GoldsteinCount > 0 ? GoldsteinSum / GoldsteinCount : null;

    public double? GoldsteinCameoMean => GoldsteinCameoCount > 0 ? GoldsteinCameoSum / GoldsteinCameoCount : null;

    public double? ToneMean => ToneCount > 0 ? ToneSum / ToneCount : null;

    /// <summary>(cooperation − conflict) / events, in [−1, 1]; missing without events.</summary>
    public double? NetCooperation => Events > 0 ? (double)(VerbalCooperation + MaterialCooperation - VerbalConflict - MaterialConflict) / Events : null;

    /// <summary>(material cooperation − material conflict) / events.</summary>
    public double? NetMaterialCooperation => Events > 0 ? (double)(MaterialCooperation - MaterialConflict) / Events : null;

    /// <summary>Share of the period's slots (days for GDELT 1.0 and ICEWS daily files, 15-minute slots for GDELT 2.0) present in the store.</summary>
    public double? Coverage => SlotsPresent is { } p && SlotsPossible > 0 ? (double)p / SlotsPossible : null;
}
