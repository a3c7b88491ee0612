namespace Caravan.Indicators;

/// <summary>One undirected dyad-year of event-based net cooperation.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Source">ICEWS or GDELT; NaN values mark years neither covers (2015–2017).</param>
/// <param name="Net">Cooperation − conflict (ICEWS: event counts, both directions; GDELT: sum of daily edge scores).</param>
/// <param name="NetVerbal">ICEWS verbal cooperation − verbal conflict (NaN for GDELT).</param>
/// <param name="NetMaterial">ICEWS material cooperation − material conflict (NaN for GDELT).</param>
/// <param name="Normalised">Net per 1,000 units of the two states' total event volume with all partners.</param>
/// <param name="Coverage">Share of the year's days the source covers (1 for ICEWS; GDELT days present / days in the year).</param>
public sealed record NetCooperationValue(
    int Year, EventSource? Source, double Net, double NetVerbal, double NetMaterial, double Normalised, double Coverage);
