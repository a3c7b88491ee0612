using static Caravan.Data.Events.GdeltLayout;

namespace Caravan.Data.Events.Readers;

/// <summary>Parses one GDELT 2.0 mentions row (16 columns).</summary>
internal static class GdeltMentionParser
{
    public static MentionRecord Parse(string[] f, string file, int line)
    {
        if (f.Length != MentionColumns)
        {
            throw new RowRejectedException("columns", $"{f.Length} tab-separated fields, expected {MentionColumns} for gdelt2-mentions");
        }

        var type = FieldParser.OptionalInt(f[MentionType], "MentionType (col 4)");
        return new MentionRecord(
            FieldParser.Long(f[MentionEventId], "GLOBALEVENTID (col 1)"),
            FieldParser.Stamp(f[MentionEventTime], "EventTimeDate (col 2)"),
            FieldParser.Stamp(f[MentionTime], "MentionTimeDate (col 3)"),
            type ?? throw new RowRejectedException("MentionType (col 4)", "empty"),
            FieldParser.Text(f[MentionSourceName]),
            FieldParser.Text(f[MentionIdentifier]),
            FieldParser.OptionalInt(f[MentionSentence], "SentenceID (col 7)"),
            FieldParser.OptionalInt(f[MentionConfidence], "Confidence (col 12)"),
            FieldParser.OptionalInt(f[MentionDocLength], "MentionDocLen (col 13)"),
            FieldParser.OptionalDouble(f[MentionDocTone], "MentionDocTone (col 14)", -100, 100),
            f[MentionTranslation].Trim().Length > 0,
            file,
            line);
    }
}
