using Caravan.Data.Panels.Steps;
using Caravan.Data.Store;

namespace Caravan.Data.Panels;

/// <summary>
/// Filters a dyadic universe to politically relevant dyads (peacesciencer's filter_prd): any direct contiguity
/// (COW types 1-5, as in force in the year) or a COW major power on either side.
/// </summary>
internal static class PoliticallyRelevant
{
    public static void Filter(StepContext context)
    {
        context.RequireDyadic("relevant");
        var contiguity = new ContiguityStep().Build(context).Sql;
        var majors = new MajorPowerStep().Build(context).Sql;
        context.Store.Execute($"""
            CREATE OR REPLACE TEMP TABLE {context.Universe} AS
            SELECT u.* FROM {context.Universe} u
            JOIN ({contiguity}) c ON c.rid = u.rid
            JOIN ({majors}) m ON m.rid = u.rid
            WHERE coalesce(c.conttype, 0) >= 1 OR m.cowmaj1 = 1 OR m.cowmaj2 = 1
            ORDER BY u.rid
            """);
        if (Convert.ToInt64(context.Store.Scalar($"SELECT count(*) FROM {context.Universe}"), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            throw new PanelException("No politically relevant dyads remain (none contiguous, no major power).");
        }
    }
}
