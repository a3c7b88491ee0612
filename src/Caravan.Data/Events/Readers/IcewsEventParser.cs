using Caravan.Data.Events;
using static Caravan.Data.Events.IcewsLayout;

namespace Caravan.Data.Events.Readers;

/// <summary>
/// Parses one ICEWS .tab row (20 columns). Goldstein = the file's Intensity (ICEWS's CAMEO-based score); the quad
/// class comes from the CAMEO root by the ICEWS convention (<see cref="QuadClasses.Icews"/>). ICEWS has no
/// mention/source/article counts or tone (left missing).
/// </summary>
internal static class IcewsEventParser
{
    public static EventRecord Parse(string[] f, string file, int line, DateTime? fileSlot, ActorCountryMapper countries)
    {
        if (f.Length != Columns)
        {
            throw new RowRejectedException("columns", $"{f.Length} tab-separated fields, expected {Columns} for icews");
        }

        var id = FieldParser.Long(f[EventId], Col(EventId));
        var date = FieldParser.IsoDate(f[EventDate], Col(EventDate));
        var code = FieldParser.Cameo(f[CameoCode], Col(CameoCode));
        var intensity = FieldParser.OptionalDouble(f[Intensity], Col(Intensity), -10, 10);
        var year = date.Year;
        var source = Actor(f[SourceName], f[SourceSectors], f[SourceCountry], year, countries);
        var target = Actor(f[TargetName], f[TargetSectors], f[TargetCountry], year, countries);
        var root = code[..2];
        return new EventRecord(
            "icews", id, date, fileSlot, source, target, code, root, QuadClasses.Icews(root), intensity, null,
            null, null, null, null, FieldParser.Text(f[Publisher]), file, line);
    }

    private static EventActor Actor(string name, string sectors, string country, int year, ActorCountryMapper countries)
    {
        var n = FieldParser.Text(name);
        var c = FieldParser.Text(country);
        var s = FieldParser.Text(sectors);
        var (cow, iso3) = countries.FromIcewsName(c, year);
        return new EventActor(n, n, c, iso3, cow, s, StateActors.Icews(n, c, s));
    }

    private static string Col(int index) => $"{Header[index]} (col {index + 1})";
}
