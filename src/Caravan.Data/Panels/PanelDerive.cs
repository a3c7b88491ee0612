using System.Text.RegularExpressions;
using Caravan.Core.Expressions;
using LagKeys = Caravan.Core.Expressions.PanelKeys;
using Caravan.Core.Frames;
using Caravan.Data.Store;

namespace Caravan.Data.Panels;

/// <summary>One <c>panel --derive name=expr</c>: a new column computed with the one expression grammar.</summary>
public sealed record Derivation(string Name, string Expression)
{
    /// <summary>Parses "name=expr" (the first '=' that is not part of ==, &lt;=, &gt;= or !=).</summary>
    public static Derivation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eq = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && (i + 1 >= text.Length || text[i + 1] != '=') && (i == 0 || text[i - 1] is not ('=' or '<' or '>' or '!')))
            {
                eq = i;
                break;
            }
        }

        if (eq <= 0)
        {
            throw new PanelException($"--derive '{text}': write name=expression, e.g. --derive \"lcinc=log(cinc1/cinc2)\".");
        }

        var name = text[..eq].Trim();
        if (!Regex.IsMatch(name, "^[A-Za-z_][A-Za-z0-9_]{0,31}$"))
        {
            throw new PanelException($"--derive '{text}': '{name}' is not a valid column name (1-32 letters, digits or _, not starting with a digit; Stata's rule).");
        }

        var expression = text[(eq + 1)..].Trim();
        try
        {
            ExpressionParser.Parse(expression); // syntax errors before any panel is built
        }
        catch (ExpressionException e)
        {
            throw new PanelException(e.Describe($"--derive {name}", expression));
        }

        return new Derivation(name, expression);
    }
}

/// <summary>
/// Adds derived columns to a built panel (in order, so a later one may use an earlier one). Each is
/// evaluated over the panel's rows with the panel's keys for lags (<c>l(x, 1)</c> is the previous year of the
/// same state or dyad), stored beside the panel (a positional join, no copy of the other columns) and
/// documented in the codebook with its expression and the sources of the columns it reads.
/// </summary>
public static class PanelDerive
{
    public static Panel Apply(CaravanStore store, Panel panel, IReadOnlyList<Derivation> derivations)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(derivations);
        if (derivations.Count == 0)
        {
            return panel;
        }

        var parsed = new List<(Derivation D, Expr E)>();
        var existing = new HashSet<string>(panel.Codebook.Select(c => c.Variable), StringComparer.OrdinalIgnoreCase);
        foreach (var d in derivations)
        {
            if (!existing.Add(d.Name))
            {
                throw new PanelException($"--derive {d.Name}: the panel already has a column '{d.Name}' (names are compared ignoring case, as Stata does); choose another name.");
            }

            try
            {
                parsed.Add((d, ExpressionParser.Parse(d.Expression)));
            }
            catch (ExpressionException e)
            {
                throw new PanelException(e.Describe($"--derive {d.Name}", d.Expression));
            }
        }

        // Read only the columns the expressions and the lag keys need.
        var panelColumns = panel.Codebook.Select(c => c.Variable).ToHashSet(StringComparer.Ordinal);
        var needed = parsed.SelectMany(p => ExpressionEvaluator.Variables(p.E)).Concat(panel.Keys)
            .Where(panelColumns.Contains).Distinct(StringComparer.Ordinal).ToList();
        var frame = store.ReadFrame($"SELECT {string.Join(", ", needed.Select(CaravanStore.Quote))} FROM {CaravanStore.Quote(panel.Table)}");
        var keys = LagKeys.Infer(frame);
        var derived = new List<(string Name, ExprValues Values)>();
        var codebook = panel.Codebook.ToList();
        foreach (var (d, e) in parsed)
        {
            ExprValues values;
            try
            {
                values = new ExpressionEvaluator(frame, keys).Evaluate(e);
            }
            catch (ExpressionException x)
            {
                throw new PanelException(x.Describe($"--derive {d.Name}", d.Expression));
            }

            frame = frame.With(values.Kind == ValueKind.Text ? new TextColumn(d.Name, values.Texts!) : new NumericColumn(d.Name, values.Numbers!));
            derived.Add((d.Name, values));
            var reads = ExpressionEvaluator.Variables(e).Distinct(StringComparer.Ordinal).ToList();
            var sources = reads.Select(r => codebook.FirstOrDefault(c => c.Variable == r)?.Source).Where(s => !string.IsNullOrEmpty(s)).Distinct().ToList();
            codebook.Add(new CodebookEntry(
                d.Name,
                $"Derived: {d.Name} = {e}" + (ExpressionEvaluator.UsesLags(e) && keys is not null ? $" (lags within {keys})" : string.Empty),
                values.Kind switch { ValueKind.Logical => "TRUE=1/FALSE=0", ValueKind.Text => "text", _ => "as the expression" },
                sources.Count > 0 ? "derived from " + string.Join(", ", sources) : "derived",
                $"derived (panel --derive): {d.Name} = {e}"));
        }

        var side = store.NewTempName("derived");
        var defs = derived.Select(x => $"{CaravanStore.Quote(x.Name)} {(x.Values.Kind == ValueKind.Text ? "VARCHAR" : x.Values.Kind == ValueKind.Logical ? "TINYINT" : "DOUBLE")}");
        store.Execute($"CREATE TEMP TABLE {CaravanStore.Quote(side)} ({string.Join(", ", defs)})");
        using (var appender = store.Connection.CreateAppender(side))
        {
            for (var i = 0; i < frame.RowCount; i++)
            {
                var row = appender.CreateRow();
                foreach (var (_, v) in derived)
                {
                    if (v.IsMissing(i) || (v.Numbers is { } n && double.IsInfinity(n[i])))
                    {
                        row.AppendNullValue();
                    }
                    else if (v.Kind == ValueKind.Text)
                    {
                        row.AppendValue(v.Texts![i]);
                    }
                    else if (v.Kind == ValueKind.Logical)
                    {
                        row.AppendValue((sbyte)v.Numbers![i]);
                    }
                    else
                    {
                        row.AppendValue(v.Numbers![i]);
                    }
                }

                row.EndRow();
            }
        }

        var table = store.NewTempName("panel");
        var sql = $"SELECT p.*, d.* FROM {CaravanStore.Quote(panel.Table)} p POSITIONAL JOIN {CaravanStore.Quote(side)} d";
        store.Execute(store.StoreFile is null
            ? $"CREATE OR REPLACE TEMP VIEW {CaravanStore.Quote(table)} AS {sql}"
            : $"CREATE OR REPLACE TABLE {CaravanStore.Quote(table)} AS {sql}");
        var notes = panel.Notes.ToList();
        if (derived.Count > 0 && derived.Any(x => x.Values.Numbers is { } n && n.Any(double.IsInfinity)))
        {
            notes.Add("Derived columns: infinite values (e.g. log(0)) are stored as missing.");
        }

        return panel with { Table = table, Codebook = codebook, Notes = notes };
    }
}
