namespace Caravan.Data.Panels;

/// <summary>A built panel: a table in the store plus everything needed to describe and cite it.</summary>
/// <param name="Spec">What was asked for.</param>
/// <param name="Table">The store relation holding the panel, sorted by its keys: a view over the step tables in an
/// in-memory store, a table in a persistent store.</param>
/// <param name="Keys">The key columns (unique together).</param>
/// <param name="Codebook">One entry per column, in column order.</param>
/// <param name="Notes">Plain-words notes: carried-forward membership, coverage limits, conventions.</param>
/// <param name="SourceTables">The shipped tables the panel was built from.</param>
/// <param name="Steps">The add steps applied, in order.</param>
/// <param name="RowCount">Number of rows.</param>
public sealed record Panel(
    PanelSpec Spec,
    string Table,
    IReadOnlyList<string> Keys,
    IReadOnlyList<CodebookEntry> Codebook,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> SourceTables,
    IReadOnlyList<string> Steps,
    long RowCount);
