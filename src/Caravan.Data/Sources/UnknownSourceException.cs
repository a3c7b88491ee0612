namespace Caravan.Data.Sources;

/// <summary>Thrown by <see cref="SourceCatalog.Find"/> for a table name that is not catalogued.</summary>
public sealed class UnknownSourceException(string message) : Exception(message);
