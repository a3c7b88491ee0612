using Caravan.Core.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Panels.Universe;

/// <summary>
/// State-system membership by year from the COW (cow_states) or G-W (gw_states) list. A state is a member in
/// year t when any of its spells covers part of t. Spells still open at the end of the list (COW: 2016, G-W: 2017)
/// are carried forward to the last requested year, as peacesciencer's create_stateyears(mry = TRUE) does.
/// </summary>
internal static class StateMembership
{
    /// <summary>First year the state lists cover.</summary>
    public const int FirstYear = 1816;

    public static string SourceTable(StateSystem system) =>
        system == StateSystem.CorrelatesOfWar ? "cow_states" : "gw_states";

    /// <summary>The last year the list itself covers (before any carrying forward).</summary>
    public static int ListEndYear(CaravanStore store, StateSystem system) => Convert.ToInt32(
        store.Scalar(system == StateSystem.CorrelatesOfWar
            ? "SELECT max(endyear) FROM cow_states"
            : "SELECT max(year(CAST(enddate AS DATE))) FROM gw_states"),
        System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>SQL giving (code, year) rows, one per member state and year in [first, last].</summary>
    public static string Sql(StateSystem system, int first, int last, int listEnd)
    {
        var spells = system == StateSystem.CorrelatesOfWar
            ? "SELECT ccode AS code, styear AS sy, endyear AS ey FROM cow_states"
            : "SELECT gwcode AS code, year(CAST(startdate AS DATE)) AS sy, year(CAST(enddate AS DATE)) AS ey FROM gw_states";
        return $"""
            SELECT DISTINCT code, year FROM (
              SELECT code, unnest(range(greatest(sy, {first}), least(CASE WHEN ey >= {listEnd} THEN greatest(ey, {last}) ELSE ey END, {last}) + 1)) AS year
              FROM ({spells}) s
              WHERE sy <= {last})
            """;
    }
}
