using Caravan.Core.Panels;
using Caravan.Data.Panels;

namespace Caravan.Data.Tests.Panels.Peacesciencer;

/// <summary>
/// Every example of issue 7 on the real shipped data, under both conventions. The peacesciencer values are those
/// peacesciencer 1.2.9 gives (Reference/peacesciencer_panels.R, full panels; also in the curated expected files);
/// the Caravan values follow the documented defaults (docs/panel-conventions.md).
/// </summary>
[Collection("store")]
public sealed class ConventionExampleTests(StoreFixture fixture)
{
    private static readonly HashSet<int> Examples = [2, 20, 40, 41, 95, 100, 101, 200, 210, 211, 220, 225, 255, 325, 390, 651, 663, 705, 710, 740];

    private double? Value(Panel panel, string column, int c1, int c2, int year)
    {
        var v = fixture.Store.Scalar($"SELECT {column} FROM {panel.Table} WHERE ccode1 = {c1} AND ccode2 = {c2} AND year = {year}");
        return v is null or DBNull ? null : Convert.ToDouble(v);
    }

    private bool Has(Panel panel, int c1, int c2, int year) =>
        Convert.ToInt64(fixture.Store.Scalar($"SELECT count(*) FROM {panel.Table} WHERE ccode1 = {c1} AND ccode2 = {c2} AND year = {year}")) == 1;

    private Panel Build(PanelConventions conventions, bool relevant = false, MidSource mids = MidSource.Gml, params string[] steps) =>
        PanelBuilder.Build(fixture.Store, new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1816, 2025))
        {
            States = Examples,
            Conventions = conventions,
            PoliticallyRelevantOnly = relevant,
            Mids = mids,
        }, steps);

    [Theory]
    [InlineData(PanelConventions.Peacesciencer)]
    [InlineData(PanelConventions.Caravan)]
    public void Peace_years_carry_across_a_temporary_exit(PanelConventions conventions)
    {
        // A full panel: both conventions count the dyad-years of the whole history (identical to peacesciencer's world panel).
        var p = Build(conventions, steps: ["mids", "peaceyears"]);
        Assert.Equal(125, Value(p, "gmlmidspell", 2, 210, 1945)); // USA–Netherlands: Netherlands out 1941-44 (was 0)
        Assert.Equal(124, Value(p, "gmlmidspell", 2, 210, 1940));
        Assert.Equal(127, Value(p, "gmlmidspell", 220, 225, 1944)); // France–Switzerland: France out 1943 (was 0)
        Assert.Equal(128, Value(p, "gmlmidspell", 220, 225, 1945));
        Assert.Equal(4, Value(p, "gmlmidspell", 40, 255, 1990)); // Cuba–Germany: Germany re-enters 1990 (was 0)
        Assert.Equal(5, Value(p, "gmlmidspell", 40, 255, 1991));
        Assert.Equal(0, Value(p, "gmlmidspell", 2, 255, 1990)); // USA–Germany: a MID ongoing in 1945, the previous dyad-year
        Assert.Equal(1, Value(p, "gmlmidspell", 2, 255, 1991));
        Assert.Equal(57, Value(p, "gmlmidspell", 2, 101, 1898));
        Assert.Null(Value(p, "gmlmidspell", 2, 101, 2011)); // GML ends in 2010
    }

    [Fact]
    public void Peacesciencer_peace_years_count_the_rows_of_a_relevant_panel()
    {
        var p = Build(PanelConventions.Peacesciencer, relevant: true, steps: ["mids", "peaceyears"]);
        Assert.Equal(0, Value(p, "gmlmidspell", 2, 101, 1898)); // USA–Venezuela: relevant from 1898 (USA a major power)
        Assert.Equal(1, Value(p, "gmlmidspell", 2, 101, 1899));
        var cow = Build(PanelConventions.Peacesciencer, relevant: true, mids: MidSource.CorrelatesOfWar, steps: ["mids", "peaceyears"]);
        Assert.Equal(43, Value(cow, "cowmidspell", 2, 210, 1945)); // USA–Netherlands: 43 relevant dyad-years 1898-1940
    }

    [Fact]
    public void Caravan_peace_years_do_not_depend_on_the_relevant_filter_or_the_years()
    {
        var p = Build(PanelConventions.Caravan, relevant: true, steps: ["mids", "peaceyears"]);
        Assert.Equal(57, Value(p, "gmlmidspell", 2, 101, 1898));
        var late = PanelBuilder.Build(fixture.Store, new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1945, 1950)) { States = new HashSet<int> { 2, 210 } }, ["peaceyears"]);
        Assert.Equal(125, Value(late, "gmlmidspell", 2, 210, 1945));
        var lateps = PanelBuilder.Build(fixture.Store, new PanelSpec(PanelUnit.DyadYear, StateSystem.CorrelatesOfWar, new YearRange(1945, 1950)) { States = new HashSet<int> { 2, 210 }, Conventions = PanelConventions.Peacesciencer }, ["peaceyears"]);
        Assert.Equal(0, Value(lateps, "gmlmidspell", 2, 210, 1945)); // peacesciencer: the panel's first row is left-censored
    }

    [Theory]
    [InlineData(PanelConventions.Peacesciencer)]
    [InlineData(PanelConventions.Caravan)]
    public void Non_directed_alliances_take_both_directions(PanelConventions conventions)
    {
        var p = Build(conventions, steps: ["alliances"]);
        foreach (var (c1, c2, year, expected) in new[] { (211, 220, 1831, 0), (211, 220, 1832, 1), (211, 220, 1833, 1), (211, 220, 1834, 0), (211, 325, 1924, 0), (211, 325, 1925, 1), (211, 325, 1927, 1) })
        {
            Assert.Equal(expected, Value(p, "atop_defense", c1, c2, year));
            Assert.Equal(expected, Value(p, "atop_any", c1, c2, year));
        }
    }

    [Theory]
    [InlineData(PanelConventions.Peacesciencer, 4)]
    [InlineData(PanelConventions.Caravan, 1)]
    public void Contiguity_ignores_ended_records_and_switches_the_two_type_rule(PanelConventions conventions, int germanyDenmark1865)
    {
        var p = Build(conventions, steps: ["contiguity"]);
        Assert.Equal(3, Value(p, "conttype", 200, 220, 1940)); // UK–France: 3 to June, type-0 record from July (was 0)
        Assert.Equal(0, Value(p, "conttype", 200, 220, 1941));
        Assert.Equal(1, Value(p, "conttype", 220, 255, 1940)); // France–Germany (was 0)
        Assert.Equal(4, Value(p, "conttype", 710, 740, 1895)); // China–Japan: 4 to April (was 0)
        Assert.Equal(0, Value(p, "conttype", 710, 740, 1896));
        Assert.Equal(2, Value(p, "conttype", 651, 663, 1967)); // Egypt–Jordan: 2 to June (was 0)
        Assert.Equal(0, Value(p, "conttype", 651, 663, 1968));
        Assert.Equal(0, Value(p, "conttype", 95, 100, 1903)); // Colombia–Panama: COW records only a type-0 spell 1903-11 to 1919
        Assert.Equal(1, Value(p, "conttype", 95, 100, 1920));
        Assert.Equal(germanyDenmark1865, Value(p, "conttype", 255, 390, 1865)); // Germany–Denmark: 4 to August, then 1
        Assert.Equal(1, Value(p, "conttype", 255, 390, 1866));
        // After the COW data (2016): Caravan carries the relationship forward, peacesciencer leaves it missing.
        Assert.Equal(conventions == PanelConventions.Caravan ? 1 : null, Value(p, "conttype", 705, 710, 2017));
        Assert.Equal(1, Value(p, "conttype", 705, 710, 2016));
    }

    [Theory]
    [InlineData(PanelConventions.Peacesciencer)]
    [InlineData(PanelConventions.Caravan)]
    public void Relevant_dyads_follow_contiguity(PanelConventions conventions)
    {
        var p = Build(conventions, relevant: true, steps: ["contiguity", "majors"]);
        Assert.True(Has(p, 651, 663, 1967)); // Egypt–Jordan stays relevant in 1967 (was dropped)
        Assert.False(Has(p, 651, 663, 1968));
        Assert.False(Has(p, 95, 100, 1903)); // Colombia–Panama: not contiguous for COW until 1920, no major power
        Assert.True(Has(p, 95, 100, 1920));
        // filter_prd drops dyad-years with missing contiguity even with a major power (after 2016); Caravan keeps them.
        Assert.Equal(conventions == PanelConventions.Caravan, Has(p, 2, 101, 2020));
        Assert.True(Has(p, 2, 101, 2016));
    }

    [Theory]
    [InlineData(PanelConventions.Peacesciencer, 734.869416838245, 3266.50287445276, 3637.31341401424, null)]
    [InlineData(PanelConventions.Caravan, 734.048127459057, 3633.24835591377, 3633.24835591377, 3633.24835591377)]
    public void Capital_distance_rules(PanelConventions conventions, double usaCanada, double chinaKazakhstan1998, double chinaKazakhstan1999, double? chinaKazakhstan2025)
    {
        var p = Build(conventions, steps: ["capdist"]);
        Assert.Equal(usaCanada, Value(p, "capdist", 2, 20, 1920)!.Value, 1e-9 * usaCanada);
        // Almaty -> Astana on 6 May 1998: peacesciencer takes the 1 January capital, Caravan the 1 July one.
        Assert.Equal(chinaKazakhstan1998, Value(p, "capdist", 705, 710, 1998)!.Value, 1e-6);
        Assert.Equal(chinaKazakhstan1999, Value(p, "capdist", 705, 710, 1999)!.Value, 1e-6);
        // The capitals data end in 2024: Caravan carries them forward.
        var late = Value(p, "capdist", 705, 710, 2025);
        if (chinaKazakhstan2025 is null)
        {
            Assert.Null(late);
        }
        else
        {
            Assert.Equal(chinaKazakhstan2025.Value, late!.Value, 1e-6);
        }
    }
}
