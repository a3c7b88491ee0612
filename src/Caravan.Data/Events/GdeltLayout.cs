namespace Caravan.Data.Events;

/// <summary>Column positions (0-based) of the GDELT 1.0 and 2.0 event and mention files (GDELT codebooks).</summary>
internal static class GdeltLayout
{
    public const int V1Columns = 57;
    public const int V1ColumnsWithUrl = 58;
    public const int V2Columns = 61;
    public const int MentionColumns = 16;

    public const int GlobalEventId = 0;
    public const int SqlDate = 1;
    public const int Actor1Code = 5;
    public const int Actor1Name = 6;
    public const int Actor1CountryCode = 7;
    public const int Actor1Type1Code = 12;
    public const int Actor2Code = 15;
    public const int Actor2Name = 16;
    public const int Actor2CountryCode = 17;
    public const int Actor2Type1Code = 22;
    public const int IsRootEvent = 25;
    public const int EventCode = 26;
    public const int EventRootCode = 28;
    public const int QuadClass = 29;
    public const int GoldsteinScale = 30;
    public const int NumMentions = 31;
    public const int NumSources = 32;
    public const int NumArticles = 33;
    public const int AvgTone = 34;

    /// <summary>DATEADDED: column 56 in 1.0 (YYYYMMDD), 59 in 2.0 (YYYYMMDDHHMMSS); SOURCEURL follows it.</summary>
    public static int DateAdded(int columns) => columns == V2Columns ? 59 : 56;

    /// <summary>Names of the columns the reader validates, for error messages (1-based numbers are added by the reader).</summary>
    public static string Name(int index, int columns) => index switch
    {
        GlobalEventId => "GLOBALEVENTID",
        SqlDate => "SQLDATE",
        Actor1Code => "Actor1Code",
        Actor1CountryCode => "Actor1CountryCode",
        Actor2Code => "Actor2Code",
        Actor2CountryCode => "Actor2CountryCode",
        IsRootEvent => "IsRootEvent",
        EventCode => "EventCode",
        EventRootCode => "EventRootCode",
        QuadClass => "QuadClass",
        GoldsteinScale => "GoldsteinScale",
        NumMentions => "NumMentions",
        NumSources => "NumSources",
        NumArticles => "NumArticles",
        AvgTone => "AvgTone",
        _ when index == DateAdded(columns) => "DATEADDED",
        _ => $"column {index + 1}",
    };

    // Mentions (GDELT 2.0 mentions table).
    public const int MentionEventId = 0;
    public const int MentionEventTime = 1;
    public const int MentionTime = 2;
    public const int MentionType = 3;
    public const int MentionSourceName = 4;
    public const int MentionIdentifier = 5;
    public const int MentionSentence = 6;
    public const int MentionConfidence = 11;
    public const int MentionDocLength = 12;
    public const int MentionDocTone = 13;
    public const int MentionTranslation = 14;
}
