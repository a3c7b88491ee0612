namespace Caravan.Data.Panels;

/// <summary>A user-facing error while building a panel (wrong unit for a step, unknown state, years outside coverage, duplicate keys).</summary>
public sealed class PanelException(string message) : Exception(message);
