namespace Caravan.Data.Store;

/// <summary>A user-facing error about the data store (missing table, bad query, unreadable file).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
