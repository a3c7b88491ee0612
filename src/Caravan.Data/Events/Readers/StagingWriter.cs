using DuckDB.NET.Data;

namespace Caravan.Data.Events.Readers;

/// <summary>Appends parsed rows to the in-memory DuckDB staging tables <c>ev</c> and <c>mn</c> (columns of <see cref="EventSchema"/>, goldstein_cameo filled later).</summary>
internal sealed class StagingWriter : IDisposable
{
    private readonly DuckDBAppender events;
    private readonly DuckDBAppender mentions;

    public StagingWriter(DuckDBConnection connection)
    {
        Execute(connection, $"CREATE TABLE ev ({EventSchema.DuckDbColumns(EventSchema.Events)})");
        Execute(connection, $"CREATE TABLE mn ({EventSchema.DuckDbColumns(EventSchema.Mentions)})");
        events = connection.CreateAppender("ev");
        mentions = connection.CreateAppender("mn");
    }

    public long Events { get; private set; }

    public long Mentions { get; private set; }

    public void Add(in EventRecord e)
    {
        var row = events.CreateRow();
        row.AppendValue(e.Dataset).AppendValue(e.Date.Year).AppendValue(e.EventId).AppendValue(e.Date).AppendValue(e.Slot);
        Side(row, e.Source);
        Side(row, e.Target);
        row.AppendValue(e.CameoCode).AppendValue(e.RootCode).AppendValue((sbyte)e.QuadClass).AppendValue(e.Goldstein).AppendNullValue()
            .AppendValue(e.IsRoot).AppendValue(e.Mentions).AppendValue(e.Sources).AppendValue(e.Articles).AppendValue(e.Tone)
            .AppendValue(e.SourceUrl).AppendValue(e.SourceFile).AppendValue(e.Line);
        row.EndRow();
        Events++;
    }

    public void Add(in MentionRecord m)
    {
        var row = mentions.CreateRow();
        row.AppendValue("gdelt2").AppendValue(m.MentionTime.Year).AppendValue(m.EventId).AppendValue(m.EventTime).AppendValue(m.MentionTime)
            .AppendValue((sbyte)m.MentionType).AppendValue(m.SourceName).AppendValue(m.Identifier).AppendValue(m.Sentence)
            .AppendValue(m.Confidence).AppendValue(m.DocLength).AppendValue(m.DocTone).AppendValue(m.Translated)
            .AppendValue(m.SourceFile).AppendValue(m.Line);
        row.EndRow();
        Mentions++;
    }

    private static void Side(IDuckDBAppenderRow row, in EventActor a) =>
        row.AppendValue(a.Actor).AppendValue(a.Name).AppendValue(a.Country).AppendValue(a.Iso3).AppendValue(a.Cow).AppendValue(a.Sectors).AppendValue(a.IsState);

    /// <summary>Flushes and closes the appenders (before the tables are queried).</summary>
    public void Dispose()
    {
        events.Dispose();
        mentions.Dispose();
    }

    private static void Execute(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
