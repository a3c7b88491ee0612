namespace Caravan.Data.Panels;

/// <summary>One variable of a panel or table: what it is, its unit, and where it came from.</summary>
/// <param name="Variable">Column name.</param>
/// <param name="Description">Plain-words description, including any coding rule.</param>
/// <param name="Unit">Unit of measure ("US$ millions, current", "count", "0/1", "km", ...).</param>
/// <param name="Source">The shipped table(s) it was built from, e.g. "imf_dots".</param>
/// <param name="Citation">The citation text of the source (or "derived" with the formula).</param>
public sealed record CodebookEntry(string Variable, string Description, string Unit, string Source, string Citation);
