using Caravan.Analysis.Theories;
using Caravan.Analysis.World;
using Caravan.Core.Frames;
using Caravan.Core.Panels;
using Caravan.Data.Store;

namespace Caravan.Analysis.CentralAsia;

/// <summary>
/// The focus dyads' model covariates from 1992 to the last year whose covariates exist, for predicted risk after the
/// world panel ends (2014). Built with the same panel steps and derivations as the world panel (<see cref="WorldPanel"/>),
/// then extended: trade dependence and its asymmetry after 2014 from the focus trade series (IMF DOTS and the national
/// statistics, mirror-checked); SCO co-membership from the curated <c>sco_membership</c> table (to today); peace-years
/// after 2014 under the explicit, labelled assumption that no MID began after 2014 (COW MID 5.0 ends there; UCDP records no
/// armed conflict between these states to 2024). Every other covariate missing in a year is carried forward from the
/// dyad's last observed year and named in <see cref="Carried"/>.
/// </summary>
/// <param name="Frame">One row per focus dyad-year (ccode1 &lt; ccode2), the study columns.</param>
/// <param name="Carried">Per (dyad id, year): the covariates carried forward (or assumed) in that row, in words; absent = all observed.</param>
/// <param name="LastYear">The last year of the rows.</param>
/// <param name="CarriedCovariates">Per (dyad id, year): the same as <paramref name="Carried"/>, one entry per covariate.</param>
public sealed record FocusPanel(Frame Frame, IReadOnlyDictionary<(double Dyad, int Year), string> Carried, int LastYear, IReadOnlyList<FocusDyad>? Dyads = null,
    IReadOnlyDictionary<(double Dyad, int Year), IReadOnlyList<CarriedCovariate>>? CarriedCovariates = null)
{
    /// <summary>The assumption that extends peace-years after 2014, as printed on charts and in predicted_risk.csv.</summary>
    public const string MidAssumption = "peace_years assumed: no MID recorded after 2014";

    /// <summary>The last year of COW MID 5.0 (and of the world panel).</summary>
    public const int MidLastYear = 2014;

    public static FocusPanel Build(CaravanStore store, IReadOnlyList<DyadYearTrade> trade, int lastYear, IProgress<string>? progress = null, StudyRegion? region = null)
    {
        var dyadList = (region ?? StudyRegion.Default).Dyads;
        var with = new HashSet<int> { dyadList[0].FocusCcode };
        var panel = WorldPanel.Build(store, new YearRange(1992, lastYear), progress, relevantOnly: false, with: with);
        var f = panel.Frame;
        var ids = dyadList.Select(d => (double)d.DyadId).ToHashSet();
        var dyad = f.Numeric(StudyColumns.Dyad).Values;
        var year0 = f.Numeric(StudyColumns.Year).Values;
        var keep = Enumerable.Range(0, f.RowCount).Where(r => ids.Contains(dyad[r])).OrderBy(r => dyad[r]).ThenBy(r => year0[r]).ToArray();
        f = Samples.Subset(f, keep);
        var n = f.RowCount;
        dyad = f.Numeric(StudyColumns.Dyad).Values;
        var year = f.Numeric(StudyColumns.Year).Values;
        var columns = f.Columns.OfType<NumericColumn>().ToDictionary(c => c.Name, c => (double[])c.Values.Clone(), StringComparer.Ordinal);
        var notes = Enumerable.Range(0, n).Select(_ => new List<CarriedCovariate>()).ToArray();

        // Trade dependence after the COW trade data (2014): the focus series (DOTS / national statistics, mirror-checked).
        var byKey = trade.ToDictionary(t => ((double)t.Dyad.DyadId, t.Year));
        var sco = ScoMembership.Load(store);
        for (var r = 0; r < n; r++)
        {
            var y = (int)year[r];
            var d = dyadList.First(x => x.DyadId == dyad[r]);
            if (y > MidLastYear && byKey.TryGetValue((dyad[r], y), out var t) && double.IsFinite(t.DependencePartner) && double.IsFinite(t.DependenceChina))
            {
                Set(StudyColumns.WeakLink, Math.Min(t.DependenceChina, t.DependencePartner));
                Set(StudyColumns.DependenceGapAbs, Math.Abs(t.DependencePartner - t.DependenceChina));
            }

            if (y > MidLastYear)
            {
                Set(StudyColumns.Sco, sco.BothMembers(d.Ccode, d.FocusCcode, y) ? 1 : 0);
            }

            void Set(string c, double v)
            {
                if (columns.TryGetValue(c, out var a))
                {
                    a[r] = v;
                }
            }
        }

        // Carry forward every model covariate still missing after 2014; peace-years under the labelled assumption.
        var modelColumns = TheoryCatalog.All.SelectMany(t => t.RequiredColumns(StudyColumns.Controls).Concat(t.Regressors(StudyColumns.Controls)))
            .Concat([StudyColumns.PeaceYears, Indicators.TradeExpectations.Trend]).Distinct().Where(columns.ContainsKey)
            .Where(c => c != StudyColumns.DependenceXExpectations) // recomputed below from its (observed or carried) factors
            .ToArray();
        var last = 0;
        for (var r = 0; r < n; r++)
        {
            var y = (int)year[r];
            if (r > 0 && dyad[r] == dyad[r - 1] && y > MidLastYear)
            {
                foreach (var c in modelColumns)
                {
                    var a = columns[c];
                    if (double.IsFinite(a[r]) || !double.IsFinite(a[r - 1]))
                    {
                        continue;
                    }

                    if (c == StudyColumns.PeaceYears)
                    {
                        a[r] = a[r - 1] + 1;
                        notes[r].Add(new CarriedCovariate(c, null));
                    }
                    else
                    {
                        a[r] = a[r - 1];
                        notes[r].Add(new CarriedCovariate(c, LastObserved(r, c)));
                    }
                }
            }

            last = Math.Max(last, y);
        }

        int LastObserved(int r, string c)
        {
            // The year of the dyad's last row whose value was observed (not itself carried).
            var k = r - 1;
            while (k > 0 && dyad[k - 1] == dyad[r] && notes[k].Any(x => x.Variable == c && !x.Assumed))
            {
                k--;
            }

            return (int)year[k];
        }

        var py = columns[StudyColumns.PeaceYears];
        columns[StudyColumns.PeaceYears2] = py.Select(t => t * t / 100).ToArray();
        columns[StudyColumns.PeaceYears3] = py.Select(t => t * t * t / 1000).ToArray();
        var dep = columns[StudyColumns.WeakLink];
        var texp = columns[StudyColumns.Expectations];
        columns[StudyColumns.DependenceXExpectations] = dep.Select((v, i) => v * texp[i]).ToArray();
        var frame = new Frame(f.Columns.Select<Column, Column>(c => c is NumericColumn nc ? new NumericColumn(nc.Name, columns[nc.Name]) : c));
        var structured = Enumerable.Range(0, n).Where(r => notes[r].Count > 0)
            .ToDictionary(r => (dyad[r], (int)year[r]), r => (IReadOnlyList<CarriedCovariate>)notes[r].ToArray());
        var carried = structured.ToDictionary(kv => kv.Key, kv => string.Join("; ", kv.Value.Select(c => c.Note)));
        return new FocusPanel(frame, carried, last, dyadList, structured);
    }
}
