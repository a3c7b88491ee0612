namespace Caravan.Data.Events;

/// <summary>A raw row that was not ingested: where it is and what is wrong with it.</summary>
/// <param name="File">Input file (zip members as "archive.zip!member").</param>
/// <param name="Line">1-based line number in the file.</param>
/// <param name="Column">The offending column ("EventCode (col 27)"), or "columns" for a wrong field count.</param>
/// <param name="Problem">What is wrong, with the value found.</param>
public sealed record MalformedRow(string File, int Line, string Column, string Problem)
{
    public override string ToString() => $"{File}:{Line}: {Column}: {Problem}";
}
