using System.CommandLine;
using System.Globalization;
using Caravan.Data.Store;
using DuckDB.NET.Data;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan import FILE --name TABLE --store FILE.duckdb [--schema SPEC] [--replace]</c>.</summary>
internal static class ImportCommand
{
    public const int InvalidInputExitCode = 2;

    internal static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A .csv (UTF-8, header row) or .parquet file." };
        var name = new Option<string>("--name") { Description = "Name of the table to create.", Required = true };
        var store = new Option<FileInfo>("--store") { Description = "Persistent store file (DuckDB), created if missing.", Required = true };
        var schema = new Option<string?>("--schema")
        {
            Description = "Columns and checks, e.g. \"reporter:text:key,partner:text:key,year:int:key,value_musd:double:nonneg\" " +
                          "(types int, double, text, bool; flags key, optional, nonneg), or @file with that text. Default: infer types.",
        };
        var replace = new Option<bool>("--replace") { Description = "Replace an existing table of that name (atomically)." };

        var command = new Command("import", "Import your own table (CSV or Parquet) into a store, validated: all rows land or none.");
        command.Arguments.Add(file);
        command.Options.Add(name);
        command.Options.Add(store);
        command.Options.Add(schema);
        command.Options.Add(replace);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var storePath = parse.GetValue(store)!.FullName;
            try
            {
                var spec = parse.GetValue(schema);
                var tableSchema = spec is null ? null : TableSchema.Parse(spec.StartsWith('@') ? ReadSchemaFile(spec[1..]) : spec);
                if (StoreFiles.Problem(storePath) is { } problem)
                {
                    error.WriteLine(problem);
                    return InvalidInputExitCode;
                }

                var newStore = !File.Exists(storePath);
                using var connection = new DuckDBConnection(StoreFiles.ConnectionString(storePath));
                try
                {
                    connection.Open();
                }
                catch (DuckDBException e) when (StoreFiles.IsLockConflict(e))
                {
                    error.WriteLine(StoreFiles.InUse(storePath));
                    return InvalidInputExitCode;
                }

                try
                {
                    var result = TableImport.Import(connection, parse.GetValue(file)!.FullName, parse.GetValue(name)!, tableSchema, parse.GetValue(replace));
                    output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{(result.Replaced ? "Replaced" : "Created")} table {result.Table} in {storePath}: {result.Rows:N0} rows."));
                    foreach (var c in result.Schema.Columns)
                    {
                        var flags = new List<string>();
                        if (result.Schema.Key.Contains(c.Name))
                        {
                            flags.Add("key");
                        }

                        flags.Add(c.Required ? "required" : "optional");
                        if (c.NonNegative)
                        {
                            flags.Add(">= 0");
                        }

                        output.WriteLine($"  {c.Name,-24} {c.Type.ToString().ToLowerInvariant(),-8} {string.Join(", ", flags)}");
                    }

                    return 0;
                }
                catch (Exception e) when (e is ImportException or IOException or UnauthorizedAccessException or DuckDBException)
                {
                    error.WriteLine(e.Message);
                    error.WriteLine("Nothing was imported.");
                    // A store this run created is removed while this process still holds its lock, so another
                    // process's store of the same name (created after ours is unlinked) is never touched.
                    RemoveIfCreated(storePath, newStore);
                    return InvalidInputExitCode;
                }
            }
            catch (Exception e) when (e is ImportException or FormatException or IOException or UnauthorizedAccessException or DuckDBException)
            {
                error.WriteLine(e.Message);
                return InvalidInputExitCode;
            }
        });
        return command;
    }

    /// <summary>The text of --schema @FILE (a path, read as such; a folder or missing file is a plain error).</summary>
    private static string ReadSchemaFile(string path)
    {
        if (InputFiles.Problem(path) is { } problem)
        {
            throw new FormatException($"--schema @{path}: the schema file {problem}.");
        }

        return File.ReadAllText(path);
    }

    /// <summary>A failed import into a store that did not exist before leaves no empty store file behind.</summary>
    private static void RemoveIfCreated(string storePath, bool created)
    {
        if (!created)
        {
            return;
        }

        foreach (var f in new[] { storePath, storePath + ".wal" })
        {
            try
            {
                if (File.Exists(f))
                {
                    File.Delete(f);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
