namespace Caravan.Data.Sources;

/// <summary>Thrown when the shipped data folder (the one holding SOURCES.md) cannot be found.</summary>
public sealed class DataDirectoryNotFoundException(string message) : Exception(message);
