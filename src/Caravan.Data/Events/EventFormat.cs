namespace Caravan.Data.Events;

/// <summary>The raw layouts <c>caravan events ingest</c> reads (all tab-separated).</summary>
public enum EventFormat
{
    /// <summary>GDELT 1.0 events: 57 columns (historical back-files, no SOURCEURL) or 58 (daily files from 2013-04-01); no header.</summary>
    Gdelt1,

    /// <summary>GDELT 2.0 15-minute event exports (61 columns, no header; also the translingual stream).</summary>
    Gdelt2,

    /// <summary>GDELT 2.0 mentions (16 columns, no header).</summary>
    Gdelt2Mentions,

    /// <summary>ICEWS yearly or daily .tab files (20 columns, one header line starting "Event ID").</summary>
    Icews,
}

/// <summary>Names of the formats on the command line and in the store (the <c>dataset=</c> partition).</summary>
public static class EventFormats
{
    /// <summary>The dataset name written to the store for events of this format ("gdelt1", "gdelt2", "icews").</summary>
    public static string Dataset(EventFormat format) => format switch
    {
        EventFormat.Gdelt1 => "gdelt1",
        EventFormat.Gdelt2 or EventFormat.Gdelt2Mentions => "gdelt2",
        _ => "icews",
    };

    /// <summary>The command-line name ("gdelt1", "gdelt2", "gdelt2-mentions", "icews").</summary>
    public static string Name(EventFormat format) => format switch
    {
        EventFormat.Gdelt2Mentions => "gdelt2-mentions",
        _ => Dataset(format),
    };

    /// <summary>Parses a command-line name; throws <see cref="EventDataException"/> listing the valid names.</summary>
    public static EventFormat Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "gdelt1" or "gdelt1.0" or "gdelt-1" => EventFormat.Gdelt1,
        "gdelt2" or "gdelt2.0" or "gdelt-2" => EventFormat.Gdelt2,
        "gdelt2-mentions" or "mentions" => EventFormat.Gdelt2Mentions,
        "icews" => EventFormat.Icews,
        _ => throw new EventDataException($"Unknown event format '{text}'; use gdelt1, gdelt2, gdelt2-mentions or icews."),
    };

    /// <summary>
    /// Detects the format from the first line: the ICEWS header ("Event ID", 20 columns), else the column count
    /// (57/58 = GDELT 1.0, 61 = GDELT 2.0, 16 = GDELT 2.0 mentions). Null when none fits.
    /// </summary>
    public static EventFormat? Detect(string firstLine)
    {
        ArgumentNullException.ThrowIfNull(firstLine);
        var columns = 1 + firstLine.AsSpan().Count('\t');
        if (firstLine.StartsWith("Event ID\t", StringComparison.Ordinal) && columns == IcewsLayout.Columns)
        {
            return EventFormat.Icews;
        }

        return columns switch
        {
            GdeltLayout.V1Columns or GdeltLayout.V1ColumnsWithUrl => EventFormat.Gdelt1,
            GdeltLayout.V2Columns => EventFormat.Gdelt2,
            GdeltLayout.MentionColumns => EventFormat.Gdelt2Mentions,
            _ => null,
        };
    }
}
