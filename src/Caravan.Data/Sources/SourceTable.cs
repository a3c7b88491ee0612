using Caravan.Core;

namespace Caravan.Data.Sources;

/// <summary>
/// One curated table shipped in data/ as a parquet file, with its provenance. The build script
/// <c>data/build/NN_*.sql</c> that writes <see cref="FileName"/> is the exact recipe; data/SOURCES.md
/// describes every table in prose.
/// </summary>
/// <param name="Name">Table name, e.g. "imf_dots" (lower snake case; the file is Name + ".parquet").</param>
/// <param name="FileName">File name inside the data folder, e.g. "imf_dots.parquet".</param>
/// <param name="Title">One-line description of what a row is.</param>
/// <param name="Citations">References to cite when the table is used.</param>
/// <param name="Licence">Licence or terms of re-use.</param>
/// <param name="Coverage">Years, units of observation and units of measure.</param>
/// <param name="Caveats">What a user must know before using the numbers.</param>
/// <param name="Origin">The raw file(s) and upstream repository the table was curated from.</param>
/// <param name="Rows">Number of rows in the shipped file (checked by the tests).</param>
public sealed record SourceTable(
    string Name,
    string FileName,
    string Title,
    IReadOnlyList<Citation> Citations,
    string Licence,
    string Coverage,
    string Caveats,
    string Origin,
    long Rows)
{
    /// <summary>Full path of the table's parquet file inside <paramref name="dataDirectory"/>.</summary>
    public string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    /// <summary>Creates a table whose file name is <paramref name="name"/> + ".parquet".</summary>
    internal static SourceTable Of(
        string name, string title, IReadOnlyList<Citation> citations, string licence, string coverage,
        string caveats, string origin, long rows) =>
        new(name, name + ".parquet", title, citations, licence, coverage, caveats, origin, rows);
}
