using Caravan.Data.Store;

namespace Caravan.Data.Tests.Panels;

/// <summary>One store over the shipped data for all panel tests (DuckDB connections are not thread-safe: tests in this collection run serially).</summary>
public sealed class StoreFixture : IDisposable
{
    public CaravanStore Store { get; } = CaravanStore.Open();

    public void Dispose() => Store.Dispose();
}

[CollectionDefinition("store")]
public sealed class StoreCollection : ICollectionFixture<StoreFixture>;
