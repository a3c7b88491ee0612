using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Caravan.Data.Events.Engines;

/// <summary>
/// A minimal ClickHouse HTTP client (the interface every version speaks, 18.16 included): statements, inserts of
/// TabSeparated bodies and TabSeparatedWithNamesAndTypes results turned into typed values.
/// </summary>
internal sealed class ClickHouseHttp(string url) : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromMinutes(30) };

    public string Url { get; } = url.TrimEnd('/');

    public bool Ping()
    {
        try
        {
            using var r = http.GetAsync(Url + "/ping").GetAwaiter().GetResult();
            return r.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    public string Execute(string sql, string? settings = null)
    {
        using var content = new StringContent(sql, Encoding.UTF8);
        return Send(Url + "/" + (settings is null ? string.Empty : "?" + settings), content, sql);
    }

    /// <summary>INSERT ... FORMAT TabSeparated with the body streamed from <paramref name="body"/>.</summary>
    public void Insert(string table, Stream body, string settings)
    {
        using var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/tab-separated-values");
        var query = Uri.EscapeDataString($"INSERT INTO {table} FORMAT TabSeparated");
        Send($"{Url}/?query={query}&{settings}", content, $"INSERT INTO {table}");
    }

    public EngineResult Query(string sql)
    {
        var text = Execute(sql + "\nFORMAT TabSeparatedWithNamesAndTypes");
        var lines = text.Split('\n');
        if (lines.Length < 2)
        {
            throw new EventDataException($"ClickHouse at {Url}: unexpected answer to a query: '{Short(text)}'.");
        }

        var names = lines[0].Split('\t').Select(Unescape).ToList();
        var types = lines[1].Split('\t').Select(Unescape).ToList();
        var rows = new List<object?[]>();
        foreach (var line in lines.Skip(2))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            var row = new object?[names.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = f[i] == "\\N" ? null : Convert(Unescape(f[i]), types[i]);
            }

            rows.Add(row);
        }

        return new EngineResult(names, rows);
    }

    /// <summary>TabSeparated escaping of one value (null = \N).</summary>
    public static string Escape(string? value)
    {
        if (value is null)
        {
            return "\\N";
        }

        if (value.AsSpan().IndexOfAny("\\\t\n\r") < 0)
        {
            return value;
        }

        return value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        var b = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
                b.Append(s[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', '0' => '\0', _ => s[i] });
            }
            else
            {
                b.Append(s[i]);
            }
        }

        return b.ToString();
    }

    private static object? Convert(string v, string type)
    {
        var t = type.StartsWith("Nullable(", StringComparison.Ordinal) ? type[9..^1] : type;
        if (t.StartsWith("Int", StringComparison.Ordinal) || t.StartsWith("UInt", StringComparison.Ordinal))
        {
            return long.Parse(v, CultureInfo.InvariantCulture);
        }

        if (t.StartsWith("Float", StringComparison.Ordinal))
        {
            return v switch
            {
                "nan" or "-nan" => double.NaN,
                "inf" or "+inf" => double.PositiveInfinity,
                "-inf" => double.NegativeInfinity,
                _ => double.Parse(v, CultureInfo.InvariantCulture),
            };
        }

        if (t == "Date")
        {
            return DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return v;
    }

    private string Send(string address, HttpContent content, string what)
    {
        try
        {
            using var response = http.PostAsync(address, content).GetAwaiter().GetResult();
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                throw new EventDataException($"ClickHouse at {Url} refused {Short(what)}: {Short(body)}");
            }

            return body;
        }
        catch (HttpRequestException e)
        {
            throw new EventDataException($"Cannot reach ClickHouse at {Url} ({e.Message}); start the shards with tools/clickhouse/cluster.sh start.", e);
        }
    }

    private static string Short(string s) => s.Length <= 800 ? s : s[..800] + " ...";

    public void Dispose() => http.Dispose();
}
