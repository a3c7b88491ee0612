using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Panels;
using Caravan.Data.Panels.Steps;
using Caravan.Data.Panels.Universe;
using Caravan.Data.Store;

namespace Caravan.Data.Panels;

/// <summary>
/// Builds panels in the store: the universe of units, then each add step as a keyed side table that is checked
/// (one row per panel row) and joined in one pass with DuckDB.
/// </summary>
public static class PanelBuilder
{
    /// <summary>Names of all add steps, in the order "all" applies them.</summary>
    public static IReadOnlyList<string> StepNames => StepCatalog.All.Select(s => s.Name).ToArray();

    /// <summary>Builds a panel. <paramref name="steps"/>: step names, or null/["all"] for every step that fits the unit.</summary>
    public static Panel Build(CaravanStore store, PanelSpec spec, IEnumerable<string>? steps = null, IProgress<PanelProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(spec);
        IReadOnlyList<PanelStep> chosen = [.. StepCatalog.Resolve(steps, spec.Unit), .. spec.Joins.Select(j => new UserTableStep(j))];
        if (spec.PoliticallyRelevantOnly && !spec.IsDyadic)
        {
            throw new PanelException("--relevant (politically relevant dyads) only makes sense for dyadic units; this panel is state-year.");
        }

        if (spec.States is { Count: 0 } || spec.With is { Count: 0 })
        {
            throw new PanelException("The state set is empty.");
        }

        if (spec.IsDyadic && spec.States is not null && spec.With is not null && spec.With.Except(spec.States).Order().ToArray() is { Length: > 0 } outside)
        {
            // --states keeps dyads with both sides in the set, so a --with state outside it can have no dyad at all.
            throw new PanelException(
                $"--with {UniverseBuilder.InList(outside)} is not in --states {UniverseBuilder.InList(spec.States)}: --states keeps only dyads with both sides in its set. " +
                "Add those states to --states, or drop --states to keep every dyad with one side in --with.");
        }

        var keys = PanelKeys.For(spec.Unit, spec.System);
        var universe = store.NewWorkTable("universe"); // a qualified, quoted relation
        var total = chosen.Count + 1 + (spec.PoliticallyRelevantOnly ? 1 : 0);
        var index = 1;
        var clock = Stopwatch.StartNew();
        progress?.Report(new PanelProgress(index, total, "universe", false, TimeSpan.Zero));
        var u = UniverseBuilder.Build(store, spec, universe);
        ValidateStates(store, spec, universe);
        progress?.Report(new PanelProgress(index, total, "universe", true, clock.Elapsed));

        var notes = new List<string>(u.Notes);
        var sources = new List<string>(u.Sources);
        var codebook = new List<CodebookEntry>(UniverseCodebook(spec));
        var cite = Citations.For(store);
        var context = new StepContext(store, spec, universe, keys, cite);
        var seen = new HashSet<string>(codebook.Select(c => c.Variable), StringComparer.OrdinalIgnoreCase);
        var sideTables = new List<(string Table, IReadOnlyList<string> Columns)>();
        var temps = new List<string> { universe };
        try
        {
            if (spec.PoliticallyRelevantOnly)
            {
                index++;
                clock.Restart();
                progress?.Report(new PanelProgress(index, total, "relevant", false, TimeSpan.Zero));
                PoliticallyRelevant.Filter(context);
                notes.Add("Politically relevant dyads only: contiguous (any COW type 1-5, as in force in the year) or a COW major power on either side (peacesciencer's filter_prd).");
                sources.AddRange(["cow_contdir", "cow_majors"]);
                progress?.Report(new PanelProgress(index, total, "relevant", true, clock.Elapsed));
            }

            var rows = Count(store, universe);
            // 1. Each step's query, in catalog order (a step may read its sources' coverage, or stage a small temporary
            //    table), then 2. the step tables (StepTables), then 3. the checks and the codebook, in catalog order.
            var jobs = new List<StepTables.Job>();
            foreach (var step in chosen)
            {
                index++;
                foreach (var src in step.SourcesFor(spec))
                {
                    store.RequireTable(src, $"the '{step.Name}' step");
                }

                var result = step.Build(context);
                foreach (var c in result.Columns)
                {
                    if (!seen.Add(c.Variable))
                    {
                        throw new PanelException($"Step '{step.Name}' would add column '{c.Variable}', which the panel already has.");
                    }
                }

                // The step table holds the step's columns only, sorted by rid like the universe (rid itself is not kept:
                // the positional join below needs the order, not the key).
                var side = store.NewWorkTable("step_" + step.Name.Replace('-', '_'));
                temps.Add(side);
                jobs.Add(new StepTables.Job(index, step, result, side));
            }

            StepTables.Run(
                store,
                jobs,
                j => progress?.Report(new PanelProgress(j.Index, total, j.Step.Name, false, TimeSpan.Zero)),
                (j, elapsed) => progress?.Report(new PanelProgress(j.Index, total, j.Step.Name, true, elapsed)));
            foreach (var (_, step, result, side) in jobs)
            {
                var n = Count(store, side);
                if (n != rows)
                {
                    throw new PanelException($"Step '{step.Name}' produced {n} rows for a panel of {rows}: its source ({string.Join(", ", step.SourcesFor(spec))}) has duplicate keys, e.g. {FirstDuplicate(store, result.Sql, universe, keys)}.");
                }

                sideTables.Add((side, result.Columns.Select(c => c.Variable).ToArray()));
                codebook.AddRange(result.Columns);
                notes.AddRange(result.Notes);
                sources.AddRange(step.SourcesFor(spec));
                sources.AddRange(result.ExtraSources);
            }

            // Every side table has exactly one row per universe row, sorted by rid like the universe
            // (CTAS ... ORDER BY keeps that order): a positional join (no hash tables) assembles the panel.
            var table = store.NewTempName("panel");
            var select = new List<string> { $"u.* EXCLUDE ({PanelKeys.RowId})" };
            var joins = new List<string>();
            for (var i = 0; i < sideTables.Count; i++)
            {
                var alias = "s" + i.ToString(CultureInfo.InvariantCulture);
                select.AddRange(sideTables[i].Columns.Select(c => $"{alias}.{CaravanStore.Quote(c)}"));
                joins.Add($"POSITIONAL JOIN {sideTables[i].Table} {alias}");
            }

            var assembled = $"SELECT {string.Join(", ", select)} FROM {universe} u {string.Join(" ", joins)}";
            if (store.StoreFile is null)
            {
                // In memory: a view over the side tables (no second copy of the data); they live as long as the store.
                store.Execute($"CREATE OR REPLACE TEMP VIEW {CaravanStore.Quote(table)} AS {assembled}");
            }
            else
            {
                // Persistent store: materialise the panel as a temporary table (spilled to disk if need be); the
                // user's store keeps only the user's tables.
                store.Execute($"CREATE OR REPLACE TEMP TABLE {CaravanStore.Quote(table)} AS {assembled}");
                foreach (var t in temps)
                {
                    store.Execute($"DROP TABLE IF EXISTS {t}");
                }
            }

            temps.Clear();
            return new Panel(spec, table, keys, codebook, notes.Distinct().ToArray(), sources.Distinct().ToArray(), chosen.Select(s => s.Name).ToArray(), rows);
        }
        catch
        {
            foreach (var t in temps)
            {
                store.Execute($"DROP TABLE IF EXISTS {t}");
            }

            throw;
        }
    }

    private static void ValidateStates(CaravanStore store, PanelSpec spec, string universe)
    {
        var code = spec.System == StateSystem.CorrelatesOfWar ? "ccode" : "gwcode";
        var present = spec.IsDyadic
            ? store.QueryColumn<int>($"SELECT {code}1 FROM {universe} UNION SELECT {code}2 FROM {universe}").ToHashSet()
            : store.QueryColumn<int>($"SELECT DISTINCT {code} FROM {universe}").ToHashSet();
        foreach (var set in new[] { spec.States, spec.With })
        {
            if (set is null)
            {
                continue;
            }

            var absent = set.Where(c => !present.Contains(c)).Order().ToArray();
            if (absent.Length > 0)
            {
                throw new PanelException(
                    $"No {PanelKeys.SystemName(spec.System)} member state with code {string.Join(", ", absent)} in {spec.Years} " +
                    $"(not a system member in those years{(spec.States is not null && set == spec.States ? ", or no partner in the set" : string.Empty)}).");
            }
        }
    }

    private static IEnumerable<CodebookEntry> UniverseCodebook(PanelSpec spec)
    {
        var system = PanelKeys.SystemName(spec.System);
        const string cowCite = "Correlates of War Project. 2017. State System Membership List, v2016.";
        const string gwCite = "Gleditsch, Kristian S. and Michael D. Ward. 1999. A revised list of independent states since the Congress of Vienna. International Interactions 25(4): 393-413.";
        var own = spec.System == StateSystem.CorrelatesOfWar ? cowCite : gwCite;
        foreach (var side in spec.IsDyadic ? new[] { "1", "2" } : [string.Empty])
        {
            var who = side.Length == 0 ? "the state" : $"state {side}";
            yield return new("ccode" + side, $"COW state code of {who}", "code", "cow_states / cow_gw_years", cowCite);
            yield return new("gwcode" + side, $"Gleditsch-Ward state code of {who}", "code", "gw_states / cow_gw_years", gwCite);
        }

        yield return new("year", $"Calendar year ({system} system membership in the year)", "year", spec.System == StateSystem.CorrelatesOfWar ? "cow_states" : "gw_states", own);
        foreach (var side in spec.IsDyadic ? new[] { "1", "2" } : [string.Empty])
        {
            yield return new(side.Length == 0 ? "iso3" : "iso3_" + side, $"ISO 3166-1 alpha-3 code of {(side.Length == 0 ? "the state" : "state " + side)} in the year (for joining WB/IMF/event data)", "code", CountryBridge.Source, "derived");
        }

        if (spec.IsDyadic)
        {
            yield return DyadId.Entry(spec.System);
        }
    }

    /// <summary>Rows of a relation (a qualified, quoted name).</summary>
    private static long Count(CaravanStore store, string relation) =>
        Convert.ToInt64(store.Scalar($"SELECT count(*) FROM {relation}"), CultureInfo.InvariantCulture);

    /// <summary>The keys of the first universe row the step's query returns more than once (re-running the query: error path only).</summary>
    private static string FirstDuplicate(CaravanStore store, string stepSql, string universe, IReadOnlyList<string> keys)
    {
        var k = string.Join(", ", keys.Select(x => "u." + x));
        var found = "(none found)";
        store.Query($"SELECT {k} FROM {universe} u WHERE u.rid IN (SELECT rid FROM ({stepSql}) GROUP BY rid HAVING count(*) > 1) LIMIT 1", r =>
            found = string.Join(", ", keys.Select((name, i) => $"{name}={r.GetValue(i)}")));
        return found;
    }
}
