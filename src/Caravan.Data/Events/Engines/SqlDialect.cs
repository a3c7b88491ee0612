namespace Caravan.Data.Events.Engines;

/// <summary>The few places where DuckDB and ClickHouse 18.16 SQL differ; everything else is written once.</summary>
internal abstract class SqlDialect
{
    public abstract string Month(string date);

    public abstract string Year(string date);

    public abstract string SlotDate(string slot);

    public abstract string IsTrue(string column);

    public abstract string RootOrMissing(string column);

    /// <summary>Keeps one row per <paramref name="key"/>: the first by <paramref name="order"/> (a complete SELECT over <paramref name="from"/>).</summary>
    public abstract string FirstPer(string columns, string from, string key, string order);

    public abstract string Double(string expression);

    public abstract string Int(string expression);

    public sealed class DuckDb : SqlDialect
    {
        public override string Month(string date) => $"month({date})";

        public override string Year(string date) => $"year({date})";

        public override string SlotDate(string slot) => $"CAST({slot} AS DATE)";

        public override string IsTrue(string column) => column;

        public override string RootOrMissing(string column) => $"coalesce({column}, true)";

        public override string FirstPer(string columns, string from, string key, string order) =>
            $"SELECT {columns} FROM {from} QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY {order}) = 1";

        public override string Double(string expression) => $"CAST({expression} AS DOUBLE)";

        public override string Int(string expression) => $"CAST({expression} AS BIGINT)";
    }

    public sealed class ClickHouse : SqlDialect
    {
        public override string Month(string date) => $"toMonth({date})";

        public override string Year(string date) => $"toYear({date})";

        public override string SlotDate(string slot) => $"toDate({slot})";

        public override string IsTrue(string column) => $"{column} = 1";

        public override string RootOrMissing(string column) => $"ifNull({column}, 1) = 1";

        public override string FirstPer(string columns, string from, string key, string order) =>
            $"SELECT {columns} FROM {from} ORDER BY {key}, {order} LIMIT 1 BY {key}";

        public override string Double(string expression) => $"toFloat64({expression})";

        public override string Int(string expression) => $"toInt64({expression})";
    }
}
