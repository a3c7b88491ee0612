using Caravan.Analysis.CentralAsia;
using Caravan.Analysis.Scenarios;
using Caravan.Analysis.Tests.Replication;

namespace Caravan.Analysis.Tests.Scenarios;

/// <summary>
/// The scenario simulator runs to the last year the study's covariates exist (2023), not only the estimation sample's
/// 2014: its baseline equals the study's predicted risk in every year, and the years after 2014 carry the same
/// carried-forward / assumed covariates as predicted_risk.csv (reduced study on the shipped data).
/// </summary>
public class ScenarioSimulatorYearsTests(ReplicationFixture run) : IClassFixture<ReplicationFixture>
{
    [Fact]
    public void Scenarios_reach_2023_with_the_carried_covariates_flagged_as_the_study_flags_them()
    {
        var simulator = ScenarioSimulator.From(run.Result);
        Assert.Equal(ScenarioChanges.LastCovariateYear, simulator.Years.Last);
        Assert.Equal(FocusPanel.MidLastYear, simulator.ObservedLastYear);
        var outcome = simulator.Evaluate(new ScenarioChanges { Dyad = "TKM", FromYear = 2010, TradeFactor = 0.5 });
        Assert.Equal(2023, outcome.Changes.ToYear);
        Assert.Empty(outcome.YearsWithoutData);
        Assert.Contains("carried forward", outcome.Assumption, StringComparison.Ordinal);
        var risks = run.Result.Risks.Where(r => r.Dyad.Iso3 == "TKM" && r.Scenario == "observed").ToDictionary(r => (r.Theory, r.Year));
        foreach (var t in outcome.Theories)
        {
            Assert.Equal(Enumerable.Range(2010, 14), t.Years.Select(y => y.Year));
            foreach (var y in t.Years)
            {
                var study = risks[(t.Theory, y.Year)];
                Assert.Equal(study.Mean, y.BaselineMean, 12);
                Assert.Equal(study.CarriedForward, string.Join("; ", y.Carried));
                Assert.Equal(y.Year > FocusPanel.MidLastYear, y.Carried.Contains(FocusPanel.MidAssumption));
            }
        }

        // Turkmenistan reports no trade after 2020: the Liberal model's dependence is carried from 2020 and said.
        var liberal = outcome.Theories.Single(t => t.Theory == Theories.Liberal.Specification.Name);
        Assert.Contains("dep_min carried from 2020", liberal.Years.Single(y => y.Year == 2022).Carried);
        Assert.DoesNotContain(liberal.Years.Single(y => y.Year == 2020).Carried, c => c.StartsWith("dep_min", StringComparison.Ordinal));
        // Halving trade moves the post-2014 years too (dependence there is observed or carried, never missing).
        Assert.All(liberal.Years.Where(y => y.Year > 2014), y => Assert.NotEqual(0, y.DifferenceMean));
        // Turkmenistan joining the SCO moves Copeland's expectations (the commitment signal) after 2014 too: the focus
        // panel's own SCO and IGO ties are used there, not the regional table's (which end in 2014).
        var copeland = simulator.Evaluate(new ScenarioChanges { Dyad = "TKM", FromYear = 2010, Sco = 1 }).Theories
            .Single(t => t.Theory == Theories.Copeland.Specification.Name);
        Assert.All(copeland.Years, y => Assert.True(y.DifferenceMean < 0, $"{y.Year}: {y.DifferenceMean}"));
        // A span that ends by 2014 needs no assumption.
        Assert.Equal("", simulator.Evaluate(new ScenarioChanges { Dyad = "KAZ", FromYear = 2000, ToYear = 2014 }).Assumption);
    }
}
