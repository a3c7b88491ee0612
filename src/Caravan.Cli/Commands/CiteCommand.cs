using System.CommandLine;
using Caravan.Data.Panels;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan cite</c>: print the citations of the shipped tables a panel used (or of named tables).</summary>
internal static class CiteCommand
{
    internal static Command Create()
    {
        var panel = new Option<string?>("--panel") { Description = "A panel's codebook (<name>.codebook.csv) or the panel file itself" };
        var tables = new Option<string?>("--tables") { Description = "Comma-separated table names, e.g. imf_dots,cow_nmc" };
        var command = new Command("cite", "Print the citations of the data tables a panel used.");
        command.Options.Add(panel);
        command.Options.Add(tables);
        command.SetAction(parse =>
        {
            try
            {
                var p = parse.GetValue(panel);
                var t = parse.GetValue(tables);
                if ((p is null) == (t is null))
                {
                    throw new PanelException("Give either --panel FILE.codebook.csv or --tables a,b.");
                }

                var codebook = p is null ? null : p.EndsWith(".codebook.csv", StringComparison.OrdinalIgnoreCase) ? p : Path.ChangeExtension(p, null) + ".codebook.csv";
                var cited = codebook is not null
                    ? PanelCitations.FromCodebook(codebook)
                    : new CodebookCitations(PanelCitations.FromNames(t!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), []);
                foreach (var table in cited.Shipped)
                {
                    Console.WriteLine($"{table.Name}: {table.Title}");
                    foreach (var c in table.Citations)
                    {
                        Console.WriteLine($"  {c}");
                    }
                }

                foreach (var (source, citation) in cited.User)
                {
                    Console.WriteLine($"{source}: user data joined with panel --join");
                    Console.WriteLine($"  {citation}");
                }

                return 0;
            }
            catch (PanelException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
