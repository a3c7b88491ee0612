using Caravan.Core.Frames;
using Caravan.Data.Panels;
using Caravan.Indicators;

namespace Caravan.Analysis.World;

/// <summary>Derives the study variables from the panel builder's columns and adds the indicators.</summary>
public static class StudyVariables
{
    public sealed record Result(Frame Frame, IReadOnlyList<string> Notes);

    /// <summary>The panel columns this derivation reads.</summary>
    public static IReadOnlyList<string> Inputs { get; } =
    [
        "ccode1", "ccode2", "year", "conttype", "capdist", "cowmaj1", "cowmaj2", "cinc1", "cinc2", "v2x_polyarchy_min",
        "atop_any", "dyadigos", "sco_both", "cowmidonset", "cowmidongoing", "cowmidspell", "flow1", "flow2",
        "gdp1", "gdp2", "total_trade1", "total_trade2",
    ];

    public static IReadOnlyList<CodebookEntry> Codebook { get; } =
    [
        new(StudyColumns.Dyad, "Dyad id = 1000·ccode1 + ccode2 (cluster variable)", "id", "derived", "derived"),
        new(StudyColumns.MidOnset, "MID onset (cowmidonset); years of an ongoing MID that began earlier are missing (dropped), as in Oneal & Russett", "0/1", "cow_mid_ddydisps", "Palmer et al. (2022)"),
        new(StudyColumns.PeaceYears, "Peace-years (cowmidspell)", "years", "derived", "Beck, Katz & Tucker (1998)"),
        new(StudyColumns.PeaceYears2, "peace-years² / 100", "years²/100", "derived", "Carter & Signorino (2010)"),
        new(StudyColumns.PeaceYears3, "peace-years³ / 1000", "years³/1000", "derived", "Carter & Signorino (2010)"),
        new(StudyColumns.Contiguity, "1 if contiguous by land (COW type 1)", "0/1", "cow_contdir", "Stinnett et al. (2002)"),
        new(StudyColumns.LogDistance, "ln(1 + capital-to-capital distance in km)", "log km", "cow_capitals", "derived"),
        new(StudyColumns.MajorPower, "1 if either state is a COW major power", "0/1", "cow_majors", "COW (2017)"),
        new(StudyColumns.Alliance, "1 if the two share any ATOP alliance", "0/1", "atop_alliance", "Leeds et al. (2002)"),
        new(StudyColumns.DemocracyMin, "Weak-link democracy: lower V-Dem polyarchy of the two", "0-1", "democracy", "Coppedge et al."),
        new(StudyColumns.SharedIgos, "Shared full IGO memberships", "count", "cow_igo_ndy", "Pevehouse et al. (2020)"),
        new(StudyColumns.Sco, "1 if both are full SCO members (Shanghai Five from 1996)", "0/1", "igo_memberships", "Pevehouse et al. (2020)"),
        new("trade", "Bilateral trade = flow1 + flow2 (COW v4, imports each way)", "US$ millions, current", "cow_trade_ndy", "Barbieri, Keshk & Pollins (2009)"),
        new(StudyColumns.DependenceXExpectations, "dep_min × texp (Copeland's key term)", "fraction × log points", "derived", "Copeland (2015)"),
    ];

    public static Result Derive(Frame f)
    {
        foreach (var c in Inputs)
        {
            if (!f.Contains(c))
            {
                throw new StudyInputException($"The world panel lacks column '{c}' needed by the study; rebuild it with the steps {string.Join(", ", WorldPanel.Steps)} and the shipped tables wb_gdp and cow_trade_sy.");
            }
        }

        var n = f.RowCount;
        double[] V(string name) => f.Numeric(name).Values;
        double[] c1 = V("ccode1"), c2 = V("ccode2"), cont = V("conttype"), dist = V("capdist"), m1 = V("cowmaj1"), m2 = V("cowmaj2");
        double[] onset = V("cowmidonset"), ongoing = V("cowmidongoing"), spell = V("cowmidspell"), f1 = V("flow1"), f2 = V("flow2");
        double[] tot1 = (double[])V("total_trade1").Clone(), tot2 = (double[])V("total_trade2").Clone();
        var dyad = new double[n];
        var mid = new double[n];
        var py2 = new double[n];
        var py3 = new double[n];
        var contig = new double[n];
        var lnDist = new double[n];
        var major = new double[n];
        var trade = new double[n];
        var prd = new double[n];
        var inconsistent = 0;
        for (var r = 0; r < n; r++)
        {
            dyad[r] = (1000 * c1[r]) + c2[r];
            mid[r] = onset[r] == 0 && ongoing[r] == 1 ? double.NaN : onset[r];
            py2[r] = spell[r] * spell[r] / 100;
            py3[r] = spell[r] * spell[r] * spell[r] / 1000;
            contig[r] = double.IsNaN(cont[r]) ? double.NaN : cont[r] == 1 ? 1 : 0;
            lnDist[r] = dist[r] >= 0 ? Math.Log(1 + dist[r]) : double.NaN;
            major[r] = double.IsNaN(m1[r]) || double.IsNaN(m2[r]) ? double.NaN : Math.Max(m1[r], m2[r]);
            prd[r] = cont[r] > 0 || major[r] == 1 ? 1 : 0;
            trade[r] = f1[r] + f2[r];
            if (trade[r] > tot1[r] || trade[r] > tot2[r])
            {
                inconsistent++;
                tot1[r] = double.NaN;
                tot2[r] = double.NaN;
            }
        }

        var frame = f
            .With(new NumericColumn(StudyColumns.Dyad, dyad))
            .With(new NumericColumn(StudyColumns.MidOnset, mid))
            .With(new NumericColumn(StudyColumns.PeaceYears, spell))
            .With(new NumericColumn(StudyColumns.PeaceYears2, py2))
            .With(new NumericColumn(StudyColumns.PeaceYears3, py3))
            .With(new NumericColumn(StudyColumns.Contiguity, contig))
            .With(new NumericColumn(StudyColumns.LogDistance, lnDist))
            .With(new NumericColumn(StudyColumns.MajorPower, major))
            .With(new NumericColumn(StudyColumns.Alliance, V("atop_any")))
            .With(new NumericColumn(StudyColumns.DemocracyMin, V("v2x_polyarchy_min")))
            .With(new NumericColumn(StudyColumns.SharedIgos, V("dyadigos")))
            .With(new NumericColumn(StudyColumns.Sco, V("sco_both")))
            .With(new NumericColumn("trade", trade))
            .With(new NumericColumn("total_trade1", tot1))
            .With(new NumericColumn("total_trade2", tot2))
            .With(new NumericColumn(Samples.RelevantColumn, prd));
        frame = TradeDependence.AddColumns(frame, "trade", "gdp1", "gdp2");
        frame = SalienceSymmetry.AddColumns(frame, "trade", "total_trade1", "total_trade2");
        frame = PowerAsymmetry.AddColumns(frame, "cinc1", "cinc2", "gdp1", "gdp2");
        frame = TradeExpectations.AddColumns(frame, StudyColumns.Dyad, StudyColumns.Year, StudyColumns.WeakLink,
            StudyColumns.Sco, StudyColumns.SharedIgos, TradeExpectationsOptions.Default);
        var dep = frame.Numeric(StudyColumns.WeakLink).Values;
        var texp = frame.Numeric(StudyColumns.Expectations).Values;
        frame = frame.With(new NumericColumn(StudyColumns.DependenceXExpectations, dep.Select((d, i) => d * texp[i]).ToArray()));
        var notes = new List<string>
        {
            "MID onset: dyad-years in which a MID that began in an earlier year is still ongoing are dropped (missing), so the models estimate the onset of new disputes.",
            "Politically relevant dyads: contiguous (any COW type) or a major power on either side.",
        };
        if (inconsistent > 0)
        {
            notes.Add($"{inconsistent:N0} dyad-years where COW dyadic trade exceeds a state's COW national total trade: their trade shares (salience/symmetry) are set missing rather than capped.");
        }

        return new Result(frame, notes);
    }
}
