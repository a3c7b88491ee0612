using static Caravan.Data.Events.GdeltLayout;

namespace Caravan.Data.Events.Readers;

/// <summary>
/// Parses one GDELT 1.0 (57/58 columns, mixed within a file) or 2.0 (61 columns) event row. Known quirks handled:
/// the leading space of Actor1Code/Actor2Code in early daily files (trimmed), SOURCEURL holding a source name
/// ("BBC Monitoring") instead of a URL (kept as text), 57-column historical rows without SOURCEURL.
/// </summary>
internal static class GdeltEventParser
{
    public static EventRecord Parse(string[] f, EventFormat format, string file, int line, ActorCountryMapper countries)
    {
        var n = f.Length;
        var ok = format == EventFormat.Gdelt2 ? n == V2Columns : n is V1Columns or V1ColumnsWithUrl;
        if (!ok)
        {
            var expected = format == EventFormat.Gdelt2 ? "61" : "57 or 58";
            throw new RowRejectedException("columns", $"{n} tab-separated fields, expected {expected} for {EventFormats.Name(format)}");
        }

        var id = FieldParser.Long(f[GlobalEventId], Col(GlobalEventId, n));
        var date = FieldParser.Date8(f[SqlDate], Col(SqlDate, n));
        var addedAt = DateAdded(n);
        var added = FieldParser.Stamp(f[addedAt], Col(addedAt, n));
        var code = FieldParser.Cameo(f[EventCode], Col(EventCode, n));
        var root = FieldParser.Cameo(f[EventRootCode], Col(EventRootCode, n));
        if (root.Length != 2 || !code.StartsWith(root, StringComparison.Ordinal))
        {
            throw new RowRejectedException(Col(EventRootCode, n), $"root code '{root}' does not head event code '{code}'");
        }

        var quad = FieldParser.OptionalInt(f[QuadClass], Col(QuadClass, n));
        if (quad is not (>= 1 and <= 4))
        {
            throw new RowRejectedException(Col(QuadClass, n), $"not 1-4: '{f[QuadClass]}'");
        }

        var goldstein = FieldParser.OptionalDouble(f[GoldsteinScale], Col(GoldsteinScale, n), -10, 10);
        var isRoot = FieldParser.OptionalInt(f[IsRootEvent], Col(IsRootEvent, n)) switch
        {
            null => (bool?)null,
            0 => false,
            1 => true,
            _ => throw new RowRejectedException(Col(IsRootEvent, n), $"not 0/1: '{f[IsRootEvent]}'"),
        };
        var year = date.Year;
        var source = Actor(f, Actor1Code, Actor1Name, Actor1CountryCode, Actor1Type1Code, year, countries);
        var target = Actor(f, Actor2Code, Actor2Name, Actor2CountryCode, Actor2Type1Code, year, countries);
        var url = n > addedAt + 1 ? FieldParser.Text(f[addedAt + 1]) : null;
        return new EventRecord(
            EventFormats.Dataset(format), id, date, added, source, target, code, root, quad.Value, goldstein, isRoot,
            FieldParser.OptionalInt(f[NumMentions], Col(NumMentions, n)),
            FieldParser.OptionalInt(f[NumSources], Col(NumSources, n)),
            FieldParser.OptionalInt(f[NumArticles], Col(NumArticles, n)),
            FieldParser.OptionalDouble(f[AvgTone], Col(AvgTone, n), -100, 100),
            url, file, line);
    }

    private static EventActor Actor(string[] f, int code, int name, int country, int type1, int year, ActorCountryMapper countries)
    {
        var actor = FieldParser.Text(f[code]);
        var cc = FieldParser.Text(f[country]);
        var types = string.Join(';', new[] { f[type1], f[type1 + 1], f[type1 + 2] }.Select(t => t.Trim()).Where(t => t.Length > 0));
        var sectors = types.Length == 0 ? null : types;
        var (cow, iso3) = countries.FromCameo(cc, year);
        return new EventActor(actor, FieldParser.Text(f[name]), cc, iso3, cow, sectors, StateActors.Gdelt(actor, cc, sectors));
    }

    private static string Col(int index, int columns) => $"{Name(index, columns)} (col {index + 1})";
}
