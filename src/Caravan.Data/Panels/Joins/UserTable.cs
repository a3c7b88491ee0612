using System.Globalization;
using System.Security.Cryptography;
using Caravan.Data.Store;

namespace Caravan.Data.Panels.Joins;

/// <summary>
/// A user table loaded for a join: a temp table with the original columns and <c>__row</c>, the row number used in
/// messages (a CSV's row with the header as row 1, a Parquet file's or store table's record number).
/// </summary>
internal sealed record UserTable(string Table, string Display, string RowWord, int RowOffset, IReadOnlyList<string> Columns, string Citation)
{
    public const string RowColumn = "__row";

    /// <summary>Loads a file with the project's import reader (types inferred as <c>caravan import</c> does), or copies a store table.</summary>
    public static UserTable Load(CaravanStore store, UserJoin join)
    {
        var temp = store.NewTempName("userjoin");
        if (join.IsFile)
        {
            if (!File.Exists(join.Source))
            {
                throw new PanelException($"--join {join.Source}: no such file.");
            }

            var imported = store.NewTempName("userimport");
            try
            {
                TableImport.Import(store.Connection, join.Source, imported);
                store.Execute($"CREATE TEMP TABLE {temp} AS SELECT rowid AS {RowColumn}, * FROM {CaravanStore.Quote(imported)}");
            }
            catch (ImportException e)
            {
                throw new PanelException($"--join {join.Source}: {e.Message}");
            }
            finally
            {
                store.Execute($"DROP TABLE IF EXISTS {CaravanStore.Quote(imported)}"); // never left in a persistent store
            }
            var csv = Path.GetExtension(join.Source).Equals(".csv", StringComparison.OrdinalIgnoreCase);
            var citation = join.Citation ?? $"user data: {Path.GetFileName(join.Source)} sha256 {Sha256(join.Source)}";
            return new UserTable(temp, join.DisplayName, csv ? "row" : "record", csv ? 2 : 1, ColumnsOf(store, temp), citation);
        }

        if (!TableSchema.IsIdentifier(join.Source) || !store.HasTable(join.Source))
        {
            throw new PanelException($"--join {join.Source}: no such file or store table (a file needs a .csv or .parquet extension; a table comes from caravan import --store FILE, used with panel --store FILE).");
        }

        try
        {
            store.Execute($"CREATE TEMP TABLE {temp} AS SELECT rowid AS {RowColumn}, * FROM {CaravanStore.Quote(join.Source)}");
        }
        catch (StoreException)
        {
            // A view (e.g. a shipped table) has no rowid: number its records in scan order.
            store.Execute($"CREATE TEMP TABLE {temp} AS SELECT row_number() OVER () - 1 AS {RowColumn}, * FROM {CaravanStore.Quote(join.Source)}");
        }

        var cite = join.Citation ?? $"user data: store table {join.Source}{(store.StoreFile is null ? string.Empty : " in " + Path.GetFileName(store.StoreFile))}";
        return new UserTable(temp, join.DisplayName, "record", 1, ColumnsOf(store, temp), cite);
    }

    /// <summary>"rows 3, 9" for a list of __row values.</summary>
    public string Rows(IEnumerable<long> rows) =>
        $"{RowWord}{(rows.Count() == 1 ? string.Empty : "s")} {string.Join(", ", rows.Order().Take(5).Select(r => (r + RowOffset).ToString(CultureInfo.InvariantCulture)))}{(rows.Count() > 5 ? ", ..." : string.Empty)}";

    private static IReadOnlyList<string> ColumnsOf(CaravanStore store, string table) =>
        store.ColumnsOf(table).Where(c => c != RowColumn).ToArray();

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
