namespace Caravan.Data.Events.Engines;

/// <summary>Where the ClickHouse shards are: the HTTP URLs of tools/clickhouse/cluster.sh, or $CARAVAN_CLICKHOUSE.</summary>
public static class ClickHouseSettings
{
    /// <summary>The shards started by tools/clickhouse/cluster.sh (HTTP ports); the first is the initiator.</summary>
    public const string DefaultUrl = "http://127.0.0.1:18123,http://127.0.0.1:18124";

    /// <summary>Environment variable overriding <see cref="DefaultUrl"/>.</summary>
    public const string UrlVariable = "CARAVAN_CLICKHOUSE";

    public static string ConfiguredUrl => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } v ? v : DefaultUrl;
}
