using Caravan.Analysis.Scenarios;
using Caravan.Indicators;

namespace Caravan.Analysis.Tests.Scenarios;

/// <summary>
/// The user scenario's rewrite follows the indicator definitions (hand-computed expected values, tolerance 1e-12), its
/// validation names the field and range, and its JSON reader names line and property.
/// </summary>
public sealed class ScenarioChangesTests
{
    private static Dictionary<string, double> Row() => new(StringComparer.Ordinal)
    {
        [StudyColumns.WeakLink] = 0.02,
        [StudyColumns.DependenceGapAbs] = 0.05,
        [StudyColumns.Salience] = 0.03,
        [StudyColumns.Symmetry] = 0.9,
        [StudyColumns.Expectations] = 0.4,
        [StudyColumns.DependenceXExpectations] = 0.008,
        [StudyColumns.Sco] = 0,
        [StudyColumns.SharedIgos] = 30,
        [StudyColumns.Alliance] = 0,
        [StudyColumns.LogCapabilityRatio] = 2.0,
    };

    [Fact]
    public void Halving_trade_scales_dependence_gap_and_salience_and_pulls_symmetry_towards_one()
    {
        var d = new ScenarioChanges { TradeFactor = 0.5 }.Apply(Row());
        Assert.Equal(0.01, d[StudyColumns.WeakLink], 12);
        Assert.Equal(0.025, d[StudyColumns.DependenceGapAbs], 12);
        Assert.Equal(0.015, d[StudyColumns.Salience], 12);
        Assert.Equal(0.95, d[StudyColumns.Symmetry], 12);
        Assert.Equal(0.01 * 0.4, d[StudyColumns.DependenceXExpectations], 12); // product recomputed
        Assert.Equal(0.4, d[StudyColumns.Expectations], 12);
    }

    [Fact]
    public void Joining_the_sco_adds_a_shared_igo_and_both_commitment_signals()
    {
        var o = TradeExpectationsOptions.Default;
        var d = new ScenarioChanges { Sco = 1 }.Apply(Row());
        Assert.Equal(1, d[StudyColumns.Sco]);
        Assert.Equal(31, d[StudyColumns.SharedIgos]);
        var expected = 0.4 + (o.CommitmentEffect * o.ScoWeight) + (o.CommitmentEffect * o.IgoWeight * (Math.Tanh(31 / o.IgoScale) - Math.Tanh(30 / o.IgoScale)));
        Assert.Equal(expected, d[StudyColumns.Expectations], 12);
        Assert.Equal(0.02 * expected, d[StudyColumns.DependenceXExpectations], 12);
    }

    [Fact]
    public void Expectations_alliance_igos_and_capability_changes()
    {
        var d = new ScenarioChanges { ExpectationsShift = -0.5, Alliance = 1, SharedIgosChange = -40, CapabilityFactor = Math.E }.Apply(Row());
        var o = TradeExpectationsOptions.Default;
        Assert.Equal(0, d[StudyColumns.SharedIgos]); // floored at 0
        Assert.Equal(0.4 - 0.5 + (o.CommitmentEffect * o.IgoWeight * (0 - Math.Tanh(1))), d[StudyColumns.Expectations], 12);
        Assert.Equal(1, d[StudyColumns.Alliance]);
        Assert.Equal(3.0, d[StudyColumns.LogCapabilityRatio], 12);
        var none = new ScenarioChanges().Apply(Row());
        Assert.Equal(Row(), none);
        Assert.Equal("no change (baseline)", new ScenarioChanges().Describe());
    }

    [Theory]
    [InlineData("{\"tradeFactor\": -1}", "tradeFactor = -1 is outside the allowed range [0, 10]")]
    [InlineData("{\"expectationsShift\": 9}", "expectationsShift = 9 is outside the allowed range [-3, 3]")]
    [InlineData("{\"sco\": 2}", "sco must be 0, 1 or absent")]
    [InlineData("{\"fromYear\": 2010, \"toYear\": 2000}", "fromYear 2010 is after toYear 2000")]
    [InlineData("{\"fromYear\": 1900, \"toYear\": 2014}", "span at most 40 years")]
    [InlineData("{\"dyad\": \"Mongolia\"}", "'Mongolia' is not one of the study's dyads")]
    public void Validation_names_the_field_and_its_range(string json, string expected)
    {
        var e = Assert.Throws<StudyInputException>(() => ScenarioFile.Parse(json, "s.json").Validate());
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"dyad\": \"KAZ\",\n  \"tradeFactr\": 0.5\n}", "s.json: line 3", "$.tradeFactr")]
    [InlineData("{\"dyad\": \"KAZ\", \"sco\": \"yes\"}", "s.json: line 1", "$.sco")]
    [InlineData("{\"dyad\": ", "s.json: line 1", "")]
    public void Json_errors_name_the_source_line_and_property(string json, string where, string property)
    {
        var e = Assert.Throws<StudyInputException>(() => ScenarioFile.Parse(json, "s.json"));
        Assert.StartsWith(where, e.Message, StringComparison.Ordinal);
        Assert.Contains(property, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_round_trips_through_its_json_and_a_file()
    {
        var s = new ScenarioChanges { Dyad = "TKM", FromYear = 2000, ToYear = 2014, Sco = 1, TradeFactor = 0.5 };
        Assert.Equal(s, ScenarioFile.Parse(ScenarioFile.Write(s), "x"));
        var path = Path.Combine(Path.GetTempPath(), $"caravan-scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ScenarioFile.Write(s));
        try
        {
            Assert.Equal(s, ScenarioFile.Read(path));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Contains("does not exist", Assert.Throws<StudyInputException>(() => ScenarioFile.Read(path)).Message, StringComparison.Ordinal);
    }
}
