using Caravan.Core.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Panels.Universe;

/// <summary>
/// Builds the universe of a panel (state-years, dyad-years or directed dyad-years) as a temp table carrying
/// both COW and G-W codes (the other system's code via cow_gw_years; null where a state has none).
/// </summary>
internal static class UniverseBuilder
{
    public sealed record Result(string Table, long Rows, IReadOnlyList<string> Notes, IReadOnlyList<string> Sources);

    /// <param name="table">The relation to create (qualified and quoted, from <see cref="CaravanStore.NewWorkTable"/>).</param>
    public static Result Build(CaravanStore store, PanelSpec spec, string table)
    {
        var notes = new List<string>();
        var sources = new List<string> { StateMembership.SourceTable(spec.System), "cow_gw_years" };
        store.RequireTable(StateMembership.SourceTable(spec.System), "the state-system universe");
        store.RequireTable("cow_gw_years", "the COW/G-W code crosswalk");

        var listEnd = StateMembership.ListEndYear(store, spec.System);
        var lastAllowed = DateTime.UtcNow.Year - 1;
        if (spec.Years.First < StateMembership.FirstYear || spec.Years.Last > lastAllowed)
        {
            throw new PanelException(
                $"Years {spec.Years} are outside the state-system coverage: the {PanelKeys.SystemName(spec.System)} list starts in {StateMembership.FirstYear}, " +
                $"ends in {listEnd}, and membership can be carried forward at most to {lastAllowed} (the last completed year).");
        }

        if (spec.Years.Last > listEnd)
        {
            notes.Add($"The {PanelKeys.SystemName(spec.System)} state list ends in {listEnd}; states still members then are carried forward to {spec.Years.Last} (as peacesciencer's mry = TRUE). States created or dissolved after {listEnd} are not reflected.");
        }

        var cow = spec.System == StateSystem.CorrelatesOfWar;
        var own = cow ? "ccode" : "gwcode";
        var other = cow ? "gwcode" : "ccode";
        var cwEnd = Convert.ToInt32(store.Scalar("SELECT max(year) FROM cow_gw_years"), System.Globalization.CultureInfo.InvariantCulture);
        var membership = StateMembership.Sql(spec.System, spec.Years.First, spec.Years.Last, listEnd);
        var stateYears = $"""
            SELECT m.code AS {own}, cw.other AS {other}, m.year
            FROM ({membership}) m
            LEFT JOIN (SELECT {own} AS code, year, any_value({other}) AS other FROM cow_gw_years WHERE {own} IS NOT NULL GROUP BY ALL) cw
              ON cw.code = m.code AND cw.year = least(m.year, {cwEnd})
            """;

        var sy = store.NewTempName("stateyears");
        store.Execute($"CREATE OR REPLACE TEMP TABLE {CaravanStore.Quote(sy)} AS {stateYears}");
        // The row id packs the codes and the year into one integer (see below); it is unique and in key order only for
        // codes 0-99999 (state lists use 2-990).
        var outOfRange = Convert.ToInt64(store.Scalar($"SELECT count(*) FROM {CaravanStore.Quote(sy)} WHERE {own} < 0 OR {own} >= 100000 OR year < 0 OR year >= 10000"), System.Globalization.CultureInfo.InvariantCulture);
        if (outOfRange > 0)
        {
            throw new PanelException($"The {PanelKeys.SystemName(spec.System)} state list has {outOfRange} state-years with a code outside 0-99999; the panel builder cannot key them.");
        }

        if (spec.IsDyadic)
        {
            // The dyad identifier packs the two codes as 1000 × smaller + larger: it needs codes below 1000 (state lists use 2-990).
            var tooLarge = Convert.ToInt64(store.Scalar($"SELECT count(*) FROM {CaravanStore.Quote(sy)} WHERE {own} >= {DyadId.Factor}"), System.Globalization.CultureInfo.InvariantCulture);
            if (tooLarge > 0)
            {
                throw new PanelException($"The {PanelKeys.SystemName(spec.System)} state list has {tooLarge} state-years with a code of {DyadId.Factor} or more; the dyad identifier ({DyadId.Column} = {DyadId.Factor} × smaller code + larger code) cannot hold them.");
            }
        }

        CountryBridge.AddIso3(store, sy);
        sources.Add(CountryBridge.Source);

        string sql;
        if (spec.Unit == PanelUnit.StateYear)
        {
            if (spec.With is not null)
            {
                throw new PanelException("--with keeps dyads with one side in a set; it needs a dyadic unit (dyad-year or directed-dyad-year). Use --states for state-years.");
            }

            var filter = spec.States is null ? string.Empty : $"WHERE {own} IN ({InList(spec.States)})";
            sql = $"SELECT {own}::BIGINT * 10000 + year AS {PanelKeys.RowId}, ccode, gwcode, year, iso3 FROM {CaravanStore.Quote(sy)} {filter}";
        }
        else
        {
            var conditions = new List<string> { spec.Unit == PanelUnit.DyadYear ? $"a.{own} < b.{own}" : $"a.{own} <> b.{own}" };
            if (spec.States is not null)
            {
                conditions.Add($"a.{own} IN ({InList(spec.States)}) AND b.{own} IN ({InList(spec.States)})");
            }

            if (spec.With is not null)
            {
                conditions.Add($"(a.{own} IN ({InList(spec.With)}) OR b.{own} IN ({InList(spec.With)}))");
            }

            var falseJoin = string.Empty;
            if (cow && spec.DropFalseDyads)
            {
                store.RequireTable("false_cow_dyads", "dropping false COW dyad-years");
                sources.Add("false_cow_dyads");
                // One integer key per undirected dyad-year (codes < 100000, years < 10000): a cheap probe of the short list.
                falseJoin = "LEFT JOIN (SELECT DISTINCT (least(ccode1, ccode2)::BIGINT * 100000 + greatest(ccode1, ccode2)) * 10000 + year AS k FROM false_cow_dyads) f ON f.k = (least(a.ccode, b.ccode)::BIGINT * 100000 + greatest(a.ccode, b.ccode)) * 10000 + a.year";
                conditions.Add("f.k IS NULL");
            }

            sql = $"""
                SELECT (a.{own}::BIGINT * 100000 + b.{own}) * 10000 + a.year AS {PanelKeys.RowId}, a.ccode AS ccode1, b.ccode AS ccode2, a.gwcode AS gwcode1, b.gwcode AS gwcode2, a.year, a.iso3 AS iso3_1, b.iso3 AS iso3_2,
                       {DyadId.Sql($"a.{own}", $"b.{own}")} AS {DyadId.Column}
                FROM {CaravanStore.Quote(sy)} a
                JOIN {CaravanStore.Quote(sy)} b ON a.year = b.year
                {falseJoin}
                WHERE {string.Join(" AND ", conditions)}
                """;
        }

        // rid = the key packed into one integer (own code(s), then year; codes < 100000), increasing in the key order
        // the universe is stored in: the step tables, sorted by rid, line up with it positionally.
        store.CreateWorkTable(table, $"{sql} ORDER BY {PanelKeys.RowId}");
        store.Execute($"DROP TABLE {CaravanStore.Quote(sy)}");
        var rows = Convert.ToInt64(store.Scalar($"SELECT count(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture);
        if (rows == 0)
        {
            throw new PanelException($"The {PanelKeys.UnitName(spec.Unit)} universe is empty for years {spec.Years}{(spec.States is null ? string.Empty : " and states " + InList(spec.States))}: no member states (check the years and the state codes).");
        }

        return new Result(table, rows, notes, sources);
    }

    public static string InList(IEnumerable<int> codes) => string.Join(", ", codes.Order());
}
