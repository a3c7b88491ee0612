using Caravan.Data.Panels.Steps;
using Caravan.Data.Store;

namespace Caravan.Data.Panels;

/// <summary>
/// Filters a dyadic universe to politically relevant dyads (peacesciencer's filter_prd): any direct contiguity
/// (COW types 1-5, as in force in the year) or a COW major power on either side.
/// </summary>
internal static class PoliticallyRelevant
{
    /// <summary>
    /// The filter. peacesciencer's filter_prd keeps conttype >= 1, or conttype = 0 with a major power: a dyad-year with
    /// missing contiguity (after the COW data end in 2016, under its conventions) is dropped even with a major power;
    /// SQL's three-valued logic gives the same. Caravan keeps every dyad-year with a major power.
    /// </summary>
    private static string Condition(PanelConventions conventions) => conventions == PanelConventions.Peacesciencer
        ? "c.conttype >= 1 OR (c.conttype = 0 AND (m.cowmaj1 = 1 OR m.cowmaj2 = 1))"
        : "coalesce(c.conttype, 0) >= 1 OR m.cowmaj1 = 1 OR m.cowmaj2 = 1";

    public static void Filter(StepContext context)
    {
        context.RequireDyadic("relevant");
        var contiguity = new ContiguityStep().Build(context).Sql;
        var majors = new MajorPowerStep().Build(context).Sql;
        context.Store.CreateWorkTable(context.Universe, $"""
            SELECT u.* FROM {context.Universe} u
            JOIN ({contiguity}) c ON c.rid = u.rid
            JOIN ({majors}) m ON m.rid = u.rid
            WHERE {Condition(context.Spec.Conventions)}
            ORDER BY u.rid
            """);
        if (Convert.ToInt64(context.Store.Scalar($"SELECT count(*) FROM {context.Universe}"), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            throw new PanelException("No politically relevant dyads remain (none contiguous, no major power).");
        }
    }
}
