using System.Globalization;
using Caravan.Core.Panels;
using Caravan.Data.Store;

namespace Caravan.Data.Panels.Steps;

/// <summary>What a step sees: the store, the spec, the universe table (alias u in step SQL) and helpers.</summary>
internal sealed class StepContext(CaravanStore store, PanelSpec spec, string universe, IReadOnlyList<string> keys, Func<string, string> cite)
{
    public CaravanStore Store { get; } = store;

    public PanelSpec Spec { get; } = spec;

    /// <summary>The universe table (a qualified, quoted relation), columns ccode1, ccode2, gwcode1, gwcode2, year (or ccode, gwcode, year), plus iso3 columns.</summary>
    public string Universe { get; } = universe;

    public IReadOnlyList<string> Keys { get; } = keys;

    public bool IsDyadic => Spec.IsDyadic;

    /// <summary>The universe's row id: every step returns it ("u.rid") and the builder joins on it.</summary>
    public string KeySelect => "u." + PanelKeys.RowId;

    /// <summary>Column suffixes for the sides: ["1","2"] for dyads, [""] for state-years.</summary>
    public IReadOnlyList<string> Sides => IsDyadic ? ["1", "2"] : [string.Empty];

    /// <summary>The citation text for a shipped table.</summary>
    public string Cite(string table) => cite(table);

    /// <summary>Citations of several tables, joined.</summary>
    public string Cite(params string[] tables) => string.Join(" ", tables.Select(cite).Distinct());

    /// <summary>The year span of a source table ("SELECT min(year), max(year) ..."), for coverage rules.</summary>
    public (int First, int Last) YearSpan(string table, string yearExpr = "year", string? where = null)
    {
        int first = 0, last = 0;
        Store.Query($"SELECT min({yearExpr}), max({yearExpr}) FROM {table}{(where is null ? string.Empty : " WHERE " + where)}", r =>
        {
            first = Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture);
            last = Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture);
        });
        return (first, last);
    }

    /// <summary>Builds a step over a monadic (state-year) source keyed by code column <paramref name="codeColumn"/> ("ccode" or "gwcode")
    /// and year: for dyads the values are added for each side with suffix 1/2, for state-years without suffix.</summary>
    public string MonadicSql(string sourceSql, string codeColumn, IReadOnlyList<(string Source, string Target)> columns, string? extraSelect = null)
    {
        var select = new List<string> { KeySelect };
        var joins = new List<string>();
        foreach (var side in Sides)
        {
            var alias = "s" + (side.Length == 0 ? "0" : side);
            select.AddRange(columns.Select(c => $"{alias}.{c.Source} AS {c.Target}{side}"));
            joins.Add($"LEFT JOIN src {alias} ON {alias}.code = u.{codeColumn}{side} AND {alias}.year = u.year");
        }

        if (extraSelect is not null)
        {
            select.Add(extraSelect);
        }

        return $"""
            WITH src AS (SELECT {codeColumn} AS code, year, {string.Join(", ", columns.Select(c => c.Source))} FROM ({sourceSql}))
            SELECT {string.Join(", ", select)} FROM {Universe} u {string.Join(" ", joins)}
            """;
    }

    /// <summary>
    /// Evaluates a step only on the universe rows matching <paramref name="where"/> (a condition on u) and gives every
    /// other row missing values: <paramref name="body"/> is the step's query over the CTE <c>sub</c> (the matching rows,
    /// to be aliased u) returning rid and <paramref name="columns"/>; <paramref name="ctes"/> are its other CTEs ("a AS (...), ...").
    /// Only for steps whose columns are missing wherever the condition fails (e.g. data only for dyads with China).
    /// </summary>
    public string OnlyWhere(string where, string ctes, string body, IEnumerable<string> columns) => $"""
        WITH sub AS (SELECT * FROM {Universe} u WHERE {where}),
        {(ctes.Length == 0 ? string.Empty : ctes + ",")}
        x AS ({body})
        SELECT {KeySelect}, {string.Join(", ", columns.Select(c => "x." + c))}
        FROM {Universe} u LEFT JOIN x ON x.{PanelKeys.RowId} = u.{PanelKeys.RowId}
        """;

    /// <summary>Throws a clear error when the step's unit is not supported.</summary>
    public void RequireDyadic(string step)
    {
        if (!IsDyadic)
        {
            throw new PanelException($"Step '{step}' needs a dyadic panel (dyad-year or directed-dyad-year); this panel is {PanelKeys.UnitName(Spec.Unit)}.");
        }
    }

    public static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
