using System.Collections.Concurrent;
using System.Diagnostics;
using Caravan.Data.Panels.Steps;
using Caravan.Data.Store;

namespace Caravan.Data.Panels;

/// <summary>
/// Builds the step tables (CREATE TABLE side AS the step's SELECT, sorted by rid) of one panel. The steps are
/// independent of one another (each reads the universe and its sources), so on an in-memory store with more than one
/// core they run in two lanes: the store's own connection and one duplicate of it, each taking the next step in catalog
/// order. Much of a step is single-threaded in DuckDB (small joins, the append and compression of the result), so the
/// two lanes keep both cores busy. A step whose <see cref="PanelStep.Build"/> made temporary tables (only visible on the
/// store's connection: a user table, the China finance names) runs in the store's lane. A persistent store runs
/// every step on its own connection (its shipped tables are temporary views). The tables are the same either way:
/// each is one query's result, in rid order.
/// </summary>
internal static class StepTables
{
    /// <summary>One step table to build: the step's catalog position, the relation to create and its query.</summary>
    public sealed record Job(int Index, PanelStep Step, StepResult Result, string Table, bool StoreConnectionOnly);

    /// <summary>Builds every job's table; <paramref name="started"/> and <paramref name="finished"/> (elapsed per step) are
    /// called one at a time. The first failure (in catalog order) is rethrown once both lanes have stopped.</summary>
    public static void Run(CaravanStore store, IReadOnlyList<Job> jobs, Action<Job> started, Action<Job, TimeSpan> finished)
    {
        var gate = new object();
        var failures = new ConcurrentDictionary<int, Exception>();
        var mine = new ConcurrentQueue<Job>(jobs.Where(j => j.StoreConnectionOnly));
        var any = new ConcurrentQueue<Job>(jobs.Where(j => !j.StoreConnectionOnly));
        var lanes = store.StoreFile is null && Environment.ProcessorCount > 1 && any.Count > 1 ? 2 : 1;

        void Lane(Func<string, int> execute, bool storeLane)
        {
            while (failures.IsEmpty && ((storeLane && mine.TryDequeue(out var job)) || any.TryDequeue(out job)))
            {
                lock (gate)
                {
                    started(job);
                }

                var clock = Stopwatch.StartNew();
                try
                {
                    execute(CaravanStore.CreateWorkTableSql(job.Table, $"SELECT * EXCLUDE ({PanelKeys.RowId}) FROM ({job.Result.Sql}) ORDER BY {PanelKeys.RowId}"));
                }
                catch (Exception e) when (e is StoreException or PanelException)
                {
                    failures[job.Index] = e;
                    return;
                }

                lock (gate)
                {
                    finished(job, clock.Elapsed);
                }
            }
        }

        if (lanes == 1)
        {
            Lane(store.Execute, storeLane: true);
        }
        else
        {
            using var second = store.Connection.Duplicate();
            if (second.State != System.Data.ConnectionState.Open)
            {
                second.Open();
            }

            var other = Task.Run(() => Lane(sql => CaravanStore.Execute(second, sql), storeLane: false));
            try
            {
                Lane(store.Execute, storeLane: true);
            }
            finally
            {
                other.GetAwaiter().GetResult(); // never dispose the second connection while it runs
            }
        }

        if (!failures.IsEmpty)
        {
            throw failures.OrderBy(f => f.Key).First().Value;
        }
    }
}
