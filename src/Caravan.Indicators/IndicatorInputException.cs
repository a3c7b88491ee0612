namespace Caravan.Indicators;

/// <summary>An indicator was asked for on input that cannot support it (a missing column, a negative trade flow, ...).
/// The message names the offending column/value and how to obtain what is missing.</summary>
public sealed class IndicatorInputException(string message) : Exception(message);
