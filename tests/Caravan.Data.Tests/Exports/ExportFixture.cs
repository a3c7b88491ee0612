using Caravan.Data.Panels;
using DuckDB.NET.Data;

namespace Caravan.Data.Tests.Exports;

/// <summary>A small DuckDB table with NULLs, UTF-8 text, integers, doubles and a date, and its codebook.</summary>
internal static class ExportFixture
{
    public static readonly CodebookEntry[] Codebook =
    [
        new("ccode", "COW country code", "code", "cow_states", "Correlates of War Project. 2017. State System Membership List, v2016."),
        new("name", "Country name in the local script", "text", "hand", "test fixture"),
        new("year", "Calendar year", "year", "hand", "test fixture"),
        new("value_musd", "Exports to China, US$ millions (current); a deliberately long description that is longer than eighty characters", "US$ millions", "imf_dots", "International Monetary Fund. Direction of Trade Statistics."),
        new("big", "A large integer", "count", "hand", "test fixture"),
        new("since", "A date", "date", "hand", "test fixture"),
    ];

    public static DuckDBConnection Open()
    {
        var c = new DuckDBConnection("DataSource=:memory:");
        c.Open();
        Exec(c, """
            CREATE TABLE t (ccode INTEGER, name VARCHAR, year SMALLINT, value_musd DOUBLE, big BIGINT, since DATE);
            INSERT INTO t VALUES
              (705, 'Қазақстан', 1992, 222.5, 9007199254740992, DATE '1991-12-16'),
              (703, 'Kyrgyzstan, "Kyrgyz Rep."', 2020, NULL, -1, NULL),
              (710, NULL, 2010, -0.125, NULL, DATE '1960-01-01'),
              (NULL, '', NULL, 1e300, 0, DATE '1959-12-31');
            """);
        return c;
    }

    public static void Exec(DuckDBConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static List<object?[]> Query(DuckDBConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
