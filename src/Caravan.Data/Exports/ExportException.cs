namespace Caravan.Data.Exports;

/// <summary>An export that cannot be written as asked (unknown format, undocumented column, invalid Stata name, ...).
/// Nothing is left at the target path when this is thrown.</summary>
public sealed class ExportException(string message, Exception? inner = null) : Exception(message, inner);
