using System.Globalization;
using System.Text;
using Caravan.Core.Countries;
using Caravan.Core.Panels;
using Caravan.Data.Panels.Joins;
using Caravan.Data.Store;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// A user's table joined as a step (<c>panel --join FILE_OR_TABLE[:keys]</c>). Keys: a year and one country (state-year
/// data: joined to the state, or to each side of a dyad with suffixes 1/2) or two (dyad-year data, directed or not),
/// as ISO3 / COW / G-W codes or names (resolved year-aware as <c>caravan codes</c> does). Validated before the join:
/// missing or non-integer keys, unknown countries (with the nearest matches) and duplicate keys are errors naming the
/// rows; rows in years or of states outside the panel are reported in the notes. Missing wherever the table has no row.
/// </summary>
internal sealed class UserTableStep(UserJoin join) : PanelStep
{
    public override string Name => "join " + join.DisplayName;

    public override string Title => "User data " + join.DisplayName;

    public override IReadOnlyList<string> Sources => [];

    public override StepResult Build(StepContext context)
    {
        var store = context.Store;
        var t = UserTable.Load(store, join);
        var src = t.Display;
        var (countries, year) = JoinKeyInference.Infer(src, t.Columns, join.Keys, c => store.QueryColumn<string>(
            $"SELECT DISTINCT CAST({Q(c)} AS VARCHAR) FROM {t.Table} WHERE {Q(c)} IS NOT NULL LIMIT 200"));
        var dyadic = countries.Count == 2;
        if (dyadic && !context.IsDyadic)
        {
            throw new PanelException($"--join {src}: dyad-year data (keys {countries[0].Column}, {countries[1].Column}, {year.Column}) cannot join a state-year panel; use --unit dyad-year or directed-dyad-year.");
        }

        var keyColumns = countries.Select(c => c.Column).Append(year.Column).ToArray();
        RequireKeys(store, t, keyColumns, year.Column);
        var codes = countries.Select((c, i) => Resolve(store, t, c, year.Column, i + 1)).ToArray();
        var values = t.Columns.Where(c => !keyColumns.Contains(c)).ToArray();
        if (values.Length == 0)
        {
            throw new PanelException($"--join {src}: no columns besides the keys ({string.Join(", ", keyColumns)}).");
        }

        // The normalised table: resolved codes k1 (k2), year y, the value columns.
        var normal = store.NewTempName("userjoin_keys");
        var codeSelect = string.Join(", ", codes.Select((c, i) => $"{c.Expression} AS k{i + 1}"));
        var mapJoins = string.Join(" ", codes.Select(c => c.Join));
        store.Execute($"CREATE TEMP TABLE {normal} AS SELECT t.{UserTable.RowColumn}, {codeSelect}, CAST(t.{Q(year.Column)} AS INTEGER) AS y, {string.Join(", ", values.Select(v => "t." + Q(v)))} FROM {t.Table} t {mapJoins}");
        var keyList = dyadic ? "k1, k2, y" : "k1, y";
        Duplicates(store, t, normal, keyList, keyColumns);

        var directed = dyadic && (join.Direction ?? Convert.ToInt64(store.Scalar(
            $"SELECT count(*) FROM {normal} a JOIN {normal} b ON a.k1 = b.k2 AND a.k2 = b.k1 AND a.y = b.y"), CultureInfo.InvariantCulture) > 0);
        if (dyadic && !directed && codes[0].Target != codes[1].Target)
        {
            throw new PanelException($"--join {src}: non-directed dyad data need both country keys of one kind (here {countries[0].Kind} and {countries[1].Kind}).");
        }

        var notes = Coverage(context, t, normal, codes, dyadic);
        var selects = new List<string> { context.KeySelect };
        var joins = new List<string>();
        var entries = new List<CodebookEntry>();
        var keyText = string.Join(", ", countries.Select(c => $"{c.Column} ({Describe(c.Kind)})").Append($"{year.Column} (year)"));
        var description = $"from user data {src}; keys {keyText}";
        var source = "user:" + src;
        if (!dyadic)
        {
            foreach (var s in context.Sides)
            {
                var a = "n" + (s.Length == 0 ? "0" : s);
                selects.AddRange(values.Select(v => $"{a}.{Q(v)} AS {Q(v + s)}"));
                joins.Add($"LEFT JOIN {normal} {a} ON {a}.k1 = u.{codes[0].Target}{s} AND {a}.y = u.year");
                entries.AddRange(values.Select(v => new CodebookEntry(v + s, $"{v} of {(s.Length == 0 ? "the state" : "state " + s)}, {description}; missing where the file has no row", "as supplied", source, t.Citation)));
            }
        }
        else
        {
            var on = directed
                ? $"n.k1 = u.{codes[0].Target}1 AND n.k2 = u.{codes[1].Target}2"
                : $"n.k1 = least(u.{codes[0].Target}1, u.{codes[0].Target}2) AND n.k2 = greatest(u.{codes[0].Target}1, u.{codes[0].Target}2)";
            var table = directed ? normal : $"(SELECT least(k1, k2) AS k1, greatest(k1, k2) AS k2, y, {string.Join(", ", values.Select(Q))} FROM {normal})";
            selects.AddRange(values.Select(v => $"n.{Q(v)}"));
            joins.Add($"LEFT JOIN {table} n ON {on} AND n.y = u.year");
            var how = directed ? $"directed: {countries[0].Column} = state 1, {countries[1].Column} = state 2" : "non-directed: the same value for both orders of the pair";
            entries.AddRange(values.Select(v => new CodebookEntry(v, $"{v}, {description} ({how}); missing where the file has no row", "as supplied", source, t.Citation)));
            if (directed && context.Spec.Unit == PanelUnit.DyadYear)
            {
                notes.Add($"--join {src}: directed data on a non-directed panel: joined in the direction state 1 → state 2 only (ccode1 < ccode2).");
            }
        }

        var sql = $"SELECT {string.Join(", ", selects)} FROM {context.Universe} u {string.Join(" ", joins)}";
        return new StepResult(sql, entries, notes) { ExtraSources = [source] };
    }

    private static string Q(string identifier) => CaravanStore.Quote(identifier);

    private static string Describe(KeyKind kind) => kind switch
    {
        KeyKind.Iso3 => "ISO3",
        KeyKind.Cow => "COW code",
        KeyKind.Gw => "G-W code",
        KeyKind.Name => "country name",
        _ => "year",
    };

    /// <summary>Keys must be present, and the year a whole number.</summary>
    private static void RequireKeys(CaravanStore store, UserTable t, string[] keys, string year)
    {
        foreach (var k in keys)
        {
            var rows = store.QueryColumn<long>($"SELECT {UserTable.RowColumn} FROM {t.Table} WHERE {Q(k)} IS NULL ORDER BY 1 LIMIT 6");
            if (rows.Count > 0)
            {
                throw new PanelException($"--join {t.Display}: key column {k} is empty in {t.Rows(rows)}.");
            }
        }

        var bad = new List<(long Row, string Value)>();
        store.Query($"SELECT {UserTable.RowColumn}, CAST({Q(year)} AS VARCHAR) FROM {t.Table} WHERE TRY_CAST({Q(year)} AS INTEGER) IS NULL OR TRY_CAST({Q(year)} AS DOUBLE) <> TRY_CAST({Q(year)} AS INTEGER) ORDER BY 1 LIMIT 6",
            r => bad.Add((r.GetInt64(0), r.GetString(1))));
        if (bad.Count > 0)
        {
            throw new PanelException($"--join {t.Display}: year column {year} is not a whole number in {t.Rows(bad.Select(b => b.Row))} (e.g. '{bad[0].Value}').");
        }
    }

    /// <summary>How a country key becomes a panel code: a SQL expression over t (and a join to a mapping table), and the universe column it matches.</summary>
    private sealed record Code(string Expression, string Join, string Target);

    private static Code Resolve(CaravanStore store, UserTable t, KeyColumn key, string year, int side)
    {
        var col = Q(key.Column);
        if (key.Kind is KeyKind.Cow or KeyKind.Gw)
        {
            var cow = key.Kind == KeyKind.Cow;
            var list = cow ? "SELECT ccode FROM cow_states" : "SELECT gwcode FROM gw_states";
            var bad = new Dictionary<string, List<long>>();
            store.Query($"SELECT CAST({col} AS VARCHAR), {UserTable.RowColumn} FROM {t.Table} WHERE TRY_CAST({col} AS INTEGER) IS NULL OR TRY_CAST({col} AS INTEGER) NOT IN ({list}) ORDER BY 2",
                r => (bad.TryGetValue(r.GetString(0), out var l) ? l : bad[r.GetString(0)] = []).Add(r.GetInt64(1)));
            if (bad.Count > 0)
            {
                throw new PanelException($"--join {t.Display}: column {key.Column} holds {(cow ? "COW" : "G-W")} state codes, but " +
                    string.Join("; ", bad.Take(5).Select(b => $"'{b.Key}' ({t.Rows(b.Value)}) is none")) + (bad.Count > 5 ? $"; and {bad.Count - 5} more" : string.Empty) +
                    $". Give the kind if the column holds something else, e.g. {key.Column}=iso3.");
            }

            return new Code($"CAST(t.{col} AS INTEGER)", string.Empty, cow ? "ccode" : "gwcode");
        }

        // ISO3 and names: resolved per (value, year) as caravan codes does, to COW codes.
        var pairs = new List<(string Value, int Year)>();
        store.Query($"SELECT DISTINCT CAST({col} AS VARCHAR), CAST({Q(year)} AS INTEGER) FROM {t.Table}", r => pairs.Add((r.GetString(0), r.GetInt32(1))));
        var map = new List<(string Value, int Year, int Code)>();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (value, y) in pairs)
        {
            int? code;
            try
            {
                code = key.Kind == KeyKind.Iso3 && CountryCodes.FromIso3(value.Trim(), y) is { } c ? c
                    : CountryCodes.TryResolve(value.Trim(), y, out var country) ? country!.CowCode : null;
            }
            catch (AmbiguousCountryException e)
            {
                throw new PanelException($"--join {t.Display}, column {key.Column}: {e.Message}");
            }

            if (code is null)
            {
                unknown.Add(value);
            }
            else
            {
                map.Add((value, y, code.Value));
            }
        }

        if (unknown.Count > 0)
        {
            var parts = unknown.Take(5).Select(u =>
            {
                var rows = store.QueryColumn<long>($"SELECT {UserTable.RowColumn} FROM {t.Table} WHERE CAST({col} AS VARCHAR) = {CaravanStore.Literal(u)} ORDER BY 1 LIMIT 6");
                var near = CountryCodes.Suggest(u, 3);
                return $"'{u}' ({t.Rows(rows)}){(near.Count == 0 ? string.Empty : ": did you mean " + string.Join(", ", near.Select(n => n.Label)) + "?")}";
            });
            throw new PanelException($"--join {t.Display}: unknown {(key.Kind == KeyKind.Iso3 ? "ISO3 code" : "country")}(s) in column {key.Column}: {string.Join("; ", parts)}" +
                (unknown.Count > 5 ? $"; and {unknown.Count - 5} more" : string.Empty) + ". Fix or drop those rows (caravan codes NAME shows what a name resolves to).");
        }

        var mapTable = store.NewTempName("userjoin_map");
        store.Execute($"CREATE TEMP TABLE {mapTable} (v VARCHAR, y INTEGER, code INTEGER)");
        foreach (var chunk in map.Chunk(1000))
        {
            var sb = new StringBuilder($"INSERT INTO {mapTable} VALUES ");
            sb.AppendJoin(", ", chunk.Select(m => $"({CaravanStore.Literal(m.Value)}, {m.Year.ToString(CultureInfo.InvariantCulture)}, {m.Code.ToString(CultureInfo.InvariantCulture)})"));
            store.Execute(sb.ToString());
        }

        var alias = "m" + side.ToString(CultureInfo.InvariantCulture);
        return new Code($"{alias}.code", $"JOIN {mapTable} {alias} ON {alias}.v = CAST(t.{col} AS VARCHAR) AND {alias}.y = CAST(t.{Q(year)} AS INTEGER)", "ccode");
    }

    private static void Duplicates(CaravanStore store, UserTable t, string normal, string keys, string[] keyColumns)
    {
        var found = new List<string>();
        var total = Convert.ToInt64(store.Scalar($"SELECT count(*) FROM (SELECT {keys} FROM {normal} GROUP BY ALL HAVING count(*) > 1)"), CultureInfo.InvariantCulture);
        if (total == 0)
        {
            return;
        }

        store.Query($"SELECT {keys}, list({UserTable.RowColumn} ORDER BY {UserTable.RowColumn}) FROM {normal} GROUP BY ALL HAVING count(*) > 1 ORDER BY min({UserTable.RowColumn}) LIMIT 5", r =>
        {
            var rows = ((System.Collections.IEnumerable)r.GetValue(r.FieldCount - 1)).Cast<object>().Select(o => Convert.ToInt64(o, CultureInfo.InvariantCulture));
            var values = new List<string>();
            for (var i = 0; i < r.FieldCount - 1; i++)
            {
                values.Add(Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!);
            }

            found.Add($"({string.Join(", ", values)}) in {t.Rows(rows)}");
        });
        throw new PanelException($"--join {t.Display}: {total} duplicate key(s) on {string.Join(", ", keyColumns)} (as resolved to state codes): {string.Join("; ", found)}. " +
            "One row per key is needed (aggregate the rows, or give more keys).");
    }

    /// <summary>Notes on rows the panel does not use: years outside it, states not in it.</summary>
    private static List<string> Coverage(StepContext context, UserTable t, string normal, IReadOnlyList<Code> codes, bool dyadic)
    {
        var notes = new List<string>();
        var (first, last) = (context.Spec.Years.First, context.Spec.Years.Last);
        long outside = 0;
        int? lo = null, hi = null;
        context.Store.Query($"SELECT count(*), min(y), max(y) FROM {normal} WHERE y NOT BETWEEN {first} AND {last}", r =>
        {
            outside = r.GetInt64(0);
            lo = r.IsDBNull(1) ? null : r.GetInt32(1);
            hi = r.IsDBNull(2) ? null : r.GetInt32(2);
        });
        if (outside > 0)
        {
            notes.Add($"--join {t.Display}: {outside} row(s) in years outside the panel's {first}-{last} (file years {lo}-{hi}) are not used.");
        }

        var states = string.Join(" UNION ", Enumerable.Range(0, codes.Count).SelectMany(i => context.Sides.Select(s => $"SELECT u.{codes[i].Target}{s} AS code, u.year FROM {context.Universe} u")).Distinct());
        var notIn = new List<string>();
        var k = dyadic ? new[] { "k1", "k2" } : ["k1"];
        long missingStates = 0;
        context.Store.Query($"""
            WITH p AS ({states}), c AS ({string.Join(" UNION ", k.Select(x => $"SELECT {x} AS code, y FROM {normal}"))})
            SELECT count(DISTINCT code), list(DISTINCT code ORDER BY code)[1:8] FROM c WHERE y BETWEEN {first} AND {last} AND code NOT IN (SELECT code FROM p WHERE code IS NOT NULL)
            """, r =>
        {
            missingStates = r.GetInt64(0);
            if (!r.IsDBNull(1))
            {
                notIn.AddRange(((System.Collections.IEnumerable)r.GetValue(1)).Cast<object>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture)!));
            }
        });
        if (missingStates > 0)
        {
            notes.Add($"--join {t.Display}: {missingStates} state(s) of the file are in no panel row in the panel's years (codes {string.Join(", ", notIn)}{(missingStates > notIn.Count ? ", ..." : string.Empty)}): not a system member then, or outside --states/--with.");
        }

        return notes;
    }
}
