using System.Text.RegularExpressions;
using Caravan.Core;
using Caravan.Data.Sources;

namespace Caravan.Data.Tests.Sources;

/// <summary>The peace-science references of the catalogue agree with {peacesciencer}'s own bibliography (ps_bib).</summary>
public sealed partial class PeaceScienceCitationTests
{
    public static TheoryData<string, string> Pairs() => new()
    {
        { nameof(References.Miller2022), "peacesciencer-package" },
        { nameof(References.Singer1972), "singeretal1972cdu" },
        { nameof(References.Singer1987), "singer1987rcwd" },
        { nameof(References.Stinnett2002), "stinnettetal2002cow" },
        { nameof(References.Schvitz2022), "schvitz2022mis" },
        { nameof(References.Palmer2022), "palmeretal2021mid5" },
        { nameof(References.Gibler2016), "gibleretal2016amid" },
        { nameof(References.SarkeesWayman2010), "sarkeeswayman2010rw" },
        { nameof(References.DixonSarkees2016), "dixonsarkees2016giw" },
        { nameof(References.Gleditsch2002), "gleditschetal2002ac" },
        { nameof(References.Pettersson2019), "pettersson2019ov" },
        { nameof(References.Leeds2002), "leedsetal2002atop" },
        { nameof(References.Pevehouse2020), "pevehouseetal2020tow" },
        { nameof(References.GleditschWard1999), "gledtischward1999rlis" },
        { nameof(References.Marquez2016), "marquez2016qme" },
        { nameof(References.Pemstein2010), "pemsteinetal2010dc" },
        { nameof(References.Barbieri2009), "barbierietal2009td" },
        { nameof(References.Anders2020), "andersetal2020bbgb" },
        { nameof(References.ThompsonDreyer2012), "thompsondreyer2012hir" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Title_matches_ps_bib(string field, string bibtexKey)
    {
        var citation = (Citation)typeof(References).GetField(field, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;
        var title = (string)ShippedData.Scalar($"SELECT title FROM {{ps_bib}} WHERE bibtexkey = '{bibtexKey}'")!;
        Assert.Contains(Normalise(title), Normalise(citation.Text), StringComparison.Ordinal);
        var doi = ShippedData.Scalar($"SELECT doi FROM {{ps_bib}} WHERE bibtexkey = '{bibtexKey}'") as string;
        if (doi is not null)
        {
            Assert.Equal(doi, citation.Doi);
        }
    }

    // ps_bib titles carry BibTeX braces and ASCII hyphens; compare letters and digits only.
    private static string Normalise(string text) => NonWord().Replace(text.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), "").ToLowerInvariant();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
