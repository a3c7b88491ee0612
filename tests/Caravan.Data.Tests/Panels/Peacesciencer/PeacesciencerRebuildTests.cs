using System.Diagnostics;
using Caravan.Data.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Tests.Panels.Peacesciencer;

/// <summary>Runs only where R with peacesciencer is installed (Rscript on PATH; R_LIBS as needed); skipped otherwise.</summary>
public sealed class PeacesciencerFactAttribute : FactAttribute
{
    public PeacesciencerFactAttribute()
    {
        if (!PeacesciencerRebuildTests.HasPeacesciencer())
        {
            Skip = "Rscript with peacesciencer not found (set R_LIBS, e.g. /opt/caravan-anchors/Rlib)";
        }
    }
}

/// <summary>
/// Rebuilds the peacesciencer panels with R (Reference/peacesciencer_panels.R) and compares Caravan's
/// <c>--conventions peacesciencer</c> panels with them in full, cell by cell. By default the politically relevant
/// panels (about a minute of R); <c>CARAVAN_PEACESCIENCER_ALL=1</c> adds the world panels (about 7 minutes of R).
/// </summary>
public sealed class PeacesciencerRebuildTests
{
    internal static bool HasPeacesciencer()
    {
        try
        {
            var (code, _) = Run("Rscript", ["-e", "quit(status = if (requireNamespace('peacesciencer', quietly = TRUE) && requireNamespace('data.table', quietly = TRUE)) 0 else 1)"], TimeSpan.FromMinutes(1));
            return code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [PeacesciencerFact]
    public void Full_panels_rebuilt_in_R_equal_Caravan_cell_by_cell()
    {
        var names = Environment.GetEnvironmentVariable("CARAVAN_PEACESCIENCER_ALL") == "1" ? PeacesciencerReference.Names : ["ndy_prd", "ndy_cow_prd"];
        var dir = Directory.CreateTempSubdirectory("caravan-ps-");
        try
        {
            using var store = CaravanStore.Open();
            var script = Path.Combine(PeacesciencerReference.Folder(store), "peacesciencer_panels.R");
            var (code, output) = Run("Rscript", [script, Path.Combine(dir.FullName, "curated"), Path.Combine(dir.FullName, "full"), .. names], TimeSpan.FromMinutes(20));
            Assert.True(code == 0, $"Rscript failed ({code}): {output}");
            var lastYear = DateTime.Now.Year - 1; // peacesciencer's mry: the last completed year
            foreach (var name in names)
            {
                var (spec, steps) = PeacesciencerReference.Panel(name, lastYear);
                var panel = PanelBuilder.Build(store, spec, steps);
                var cells = PeacesciencerReference.CompareCells(store, panel, Path.Combine(dir.FullName, "full", name + ".csv.gz"));
                Assert.True(cells.ExpectedRows == panel.RowCount && cells.MatchedRows == cells.ExpectedRows, $"{name}: Caravan {panel.RowCount} rows; {cells.Describe()}");
                Assert.True(cells.TotalMismatches == 0, $"{name}: {cells.Describe()}");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int Code, string Output) Run(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
