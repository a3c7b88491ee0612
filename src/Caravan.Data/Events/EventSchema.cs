namespace Caravan.Data.Events;

/// <summary>One column of the normalised event (or mention) schema: DuckDB and ClickHouse types and its meaning.</summary>
public sealed record EventColumn(string Name, string DuckDbType, string ClickHouseType, string Description);

/// <summary>
/// The store's normalised schema, in one place. Files are <c>events/dataset=D/year=Y/*.parquet</c> (and
/// <c>mentions/...</c>); dataset and year are the partition columns (the event's own date, not the date added).
/// </summary>
public static class EventSchema
{
    public static readonly IReadOnlyList<EventColumn> Events =
    [
        new("dataset", "VARCHAR", "String", "gdelt1, gdelt2 or icews (partition)"),
        new("year", "INTEGER", "UInt16", "year of the event date (partition)"),
        new("event_id", "BIGINT", "Int64", "GLOBALEVENTID (GDELT) or Event ID (ICEWS)"),
        new("date", "DATE", "Date", "event date: SQLDATE (GDELT) or Event Date (ICEWS)"),
        new("slot", "TIMESTAMP", "Nullable(DateTime('UTC'))", "publication slot: GDELT DATEADDED (day in 1.0, 15 minutes in 2.0); ICEWS daily files: the file's date; used for coverage and to keep the latest version of an event id"),
        .. Side("src", "source (actor 1)"),
        .. Side("tgt", "target (actor 2)"),
        new("cameo_code", "VARCHAR", "String", "CAMEO event code (leading zeros kept)"),
        new("root_code", "VARCHAR", "String", "CAMEO root code (two digits)"),
        new("quad_class", "TINYINT", "UInt8", "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (GDELT's own; ICEWS by the ICEWS root convention)"),
        new("goldstein", "DOUBLE", "Nullable(Float64)", "GDELT GoldsteinScale, or ICEWS Intensity"),
        new("goldstein_cameo", "DOUBLE", "Nullable(Float64)", "Goldstein weight of the CAMEO code by the dataset's mapping (data/cameo_goldstein.parquet: 'gdelt' for GDELT, 'icews' for ICEWS)"),
        new("is_root", "BOOLEAN", "Nullable(UInt8)", "GDELT IsRootEvent (ICEWS: missing)"),
        new("mentions", "INTEGER", "Nullable(Int32)", "GDELT NumMentions (ICEWS: missing)"),
        new("sources", "INTEGER", "Nullable(Int32)", "GDELT NumSources (ICEWS: missing)"),
        new("articles", "INTEGER", "Nullable(Int32)", "GDELT NumArticles (ICEWS: missing)"),
        new("tone", "DOUBLE", "Nullable(Float64)", "GDELT AvgTone (ICEWS: missing)"),
        new("source_url", "VARCHAR", "Nullable(String)", "GDELT SOURCEURL (a URL, or a source name such as 'BBC Monitoring'), ICEWS Publisher"),
        new("source_file", "VARCHAR", "String", "the raw file the row came from (zip members as archive!member)"),
        new("line", "INTEGER", "UInt32", "line number in that file"),
    ];

    public static readonly IReadOnlyList<EventColumn> Mentions =
    [
        new("dataset", "VARCHAR", "String", "gdelt2 (partition)"),
        new("year", "INTEGER", "UInt16", "year of the mention time (partition)"),
        new("event_id", "BIGINT", "Int64", "GLOBALEVENTID"),
        new("event_time", "TIMESTAMP", "DateTime('UTC')", "EventTimeDate (15-minute slot the event was first seen)"),
        new("mention_time", "TIMESTAMP", "DateTime('UTC')", "MentionTimeDate"),
        new("mention_type", "TINYINT", "UInt8", "MentionType (1 web, 2 citation-only, 3 core, 4 DTIC, 5 JSTOR, 6 non-textual)"),
        new("source_name", "VARCHAR", "Nullable(String)", "MentionSourceName"),
        new("identifier", "VARCHAR", "Nullable(String)", "MentionIdentifier (URL or DOI)"),
        new("sentence", "INTEGER", "Nullable(Int32)", "SentenceID"),
        new("confidence", "INTEGER", "Nullable(Int32)", "Confidence (percent)"),
        new("doc_length", "INTEGER", "Nullable(Int32)", "MentionDocLen"),
        new("doc_tone", "DOUBLE", "Nullable(Float64)", "MentionDocTone"),
        new("translated", "BOOLEAN", "UInt8", "machine-translated (MentionDocTranslationInfo not empty)"),
        new("source_file", "VARCHAR", "String", "the raw file"),
        new("line", "INTEGER", "UInt32", "line number"),
    ];

    private static IEnumerable<EventColumn> Side(string p, string who) =>
    [
        new($"{p}_actor", "VARCHAR", "Nullable(String)", $"{who}: GDELT actor code (trimmed) or ICEWS actor name"),
        new($"{p}_name", "VARCHAR", "Nullable(String)", $"{who}: actor name"),
        new($"{p}_country", "VARCHAR", "Nullable(String)", $"{who}: raw country (GDELT CAMEO country code, ICEWS country name)"),
        new($"{p}_iso3", "VARCHAR", "Nullable(String)", $"{who}: ISO3 of the COW state (missing when unmapped)"),
        new($"{p}_cow", "INTEGER", "Nullable(Int32)", $"{who}: COW code (missing when unmapped: regions, organisations, territories)"),
        new($"{p}_sectors", "VARCHAR", "Nullable(String)", $"{who}: GDELT type codes (Type1;Type2;Type3) or ICEWS sectors"),
        new($"{p}_state", "BOOLEAN", "UInt8", $"{who} is a state actor (the state, its government, military, police, judiciary, legislature)"),
    ];

    /// <summary>CREATE TABLE column list for DuckDB.</summary>
    internal static string DuckDbColumns(IReadOnlyList<EventColumn> columns) =>
        string.Join(", ", columns.Select(c => $"{c.Name} {c.DuckDbType}"));
}
