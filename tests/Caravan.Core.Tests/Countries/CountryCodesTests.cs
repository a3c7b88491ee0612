using Caravan.Core.Countries;

namespace Caravan.Core.Tests.Countries;

public class CountryCodesTests
{
    // COW, G-W, ISO3 and IMF DOTS names of the focus states as listed in the raw data's SOURCES.md.
    public static TheoryData<int, string, string, string, string, string> Focus => new()
    {
        { 710, "CHN", "CHN", "China", "China, P.R.: Mainland", "People's Republic of China" },
        { 705, "KZK", "KAZ", "Kazakhstan", "Kazakhstan, Rep. of", "Republic of Kazakhstan" },
        { 704, "UZB", "UZB", "Uzbekistan", "Uzbekistan, Rep. of", "Republic of Uzbekistan" },
        { 703, "KYR", "KGZ", "Kyrgyzstan", "Kyrgyz Rep.", "Kyrgyz Republic" },
        { 702, "TAJ", "TJK", "Tajikistan", "Tajikistan, Rep. of", "Tadzhikistan" },
        { 701, "TKM", "TKM", "Turkmenistan", "Turkmenistan", "Turkmenia" },
    };

    [Theory]
    [MemberData(nameof(Focus))]
    public void Focus_states_resolve_from_every_code(int cow, string abbrev, string iso3, string name, string imf, string variant)
    {
        Assert.Equal(cow, CountryCodes.Resolve(iso3).CowCode);
        Assert.Equal(cow, CountryCodes.Resolve(iso3.ToLowerInvariant()).CowCode);
        Assert.Equal(cow, CountryCodes.Resolve(cow.ToString(System.Globalization.CultureInfo.InvariantCulture)).CowCode);
        Assert.Equal(cow, CountryCodes.Resolve($"gw:{cow}").CowCode);
        Assert.Equal(cow, CountryCodes.Resolve(abbrev).CowCode);
        Assert.Equal(cow, CountryCodes.Resolve(name).CowCode);
        Assert.Equal(cow, CountryCodes.Resolve(name.ToUpperInvariant()).CowCode);
        Assert.Equal(cow, CountryCodes.Resolve(imf).CowCode);
        Assert.Equal(cow, CountryCodes.Resolve(variant).CowCode);
        Assert.Equal(cow, CountryCodes.FromImfName(imf));
        Assert.Equal(cow, CountryCodes.FromIso3(iso3, 2010));
        Assert.Equal(cow, CountryCodes.FromCowAbbrev(abbrev));
        Assert.Equal(cow, CountryCodes.ToGw(cow, 2010));
        Assert.Equal(cow, CountryCodes.ToCow(cow, 2010));
        Assert.Equal(iso3, CountryCodes.ToIso3(cow, 2010));

        var c = CountryCodes.Resolve(name, 2010);
        Assert.Equal((cow, abbrev, iso3, (int?)cow, imf), (c.CowCode, c.CowAbbrev, c.Iso3, c.GwCode, c.ImfName));
    }

    [Fact]
    public void Central_Asian_states_have_no_codes_before_independence()
    {
        Assert.Null(CountryCodes.ToGw(705, 1985));
        Assert.Null(CountryCodes.ToIso3(705, 1985));
        Assert.Null(CountryCodes.FromIso3("KAZ", 1985));
        Assert.Equal("KAZ", CountryCodes.ToIso3(705, 1991));
        Assert.Contains(CountryCodes.Get(705).Membership, m => m.First == 1991);
    }

    [Theory]
    [InlineData("Kirghizia", 703)]
    [InlineData("Kirgizstan", 703)]
    [InlineData("  kyrgyz   REPUBLIC ", 703)]
    [InlineData("Côte d'Ivoire", 437)]
    [InlineData("Ivory Coast", 437)]
    [InlineData("Curaçao", null)]
    [InlineData("Türkiye", 640)]
    [InlineData("São Tomé and Príncipe", 403)]
    [InlineData("Korea, Rep.", 732)]
    [InlineData("Korea, People's Republic of", 731)]
    [InlineData("Congo, Dem. Rep.", 490)]
    [InlineData("Congo, Rep.", 484)]
    [InlineData("Burma", 775)]
    [InlineData("Antigua & Barbuda", 58)]
    [InlineData("Bosnia", 346)] // AEI's host names
    [InlineData("Sao Tome", 403)]
    [InlineData("Trinidad-Tobago", 52)]
    public void Name_variants(string name, int? cow)
    {
        Assert.Equal(cow, CountryCodes.TryResolve(name, null, out var c) ? c!.CowCode : null);
    }

    [Fact]
    public void Russia_and_the_USSR_are_365_with_year_aware_ISO3()
    {
        Assert.Equal("RUS", CountryCodes.ToIso3(365, 1900));
        Assert.Equal("SUN", CountryCodes.ToIso3(365, 1970));
        Assert.Equal("SUN", CountryCodes.ToIso3(365, 1991));
        Assert.Equal("RUS", CountryCodes.ToIso3(365, 1992));
        Assert.Equal(365, CountryCodes.FromIso3("SUN", 1970));
        Assert.Null(CountryCodes.FromIso3("SUN", 2000));
        Assert.Equal(365, CountryCodes.Resolve("Soviet Union").CowCode);
        Assert.Equal(365, CountryCodes.Resolve("USSR").CowCode);
        Assert.Equal(365, CountryCodes.FromImfName("USSR"));
        Assert.Equal(365, CountryCodes.FromImfName("Russian Federation"));
        Assert.Equal("SUN", CountryCodes.Resolve("Russia", 1980).Iso3);
        Assert.Equal("RUS", CountryCodes.Resolve("Russia").Iso3);
        Assert.Equal("USSR", CountryCodes.Resolve("Russia", 1980).ImfName);
        Assert.Equal("Russian Federation", CountryCodes.Resolve("Russia", 2000).ImfName);
        Assert.Equal("Russian Federation", CountryCodes.Get(365).ImfName);
    }

    [Fact]
    public void Serbia_and_Yugoslavia_are_345()
    {
        Assert.Equal("YUG", CountryCodes.ToIso3(345, 1990));
        Assert.Equal("YUG", CountryCodes.ToIso3(345, 2005));
        Assert.Equal("SRB", CountryCodes.ToIso3(345, 2006));
        Assert.Equal(345, CountryCodes.ToGw(345, 1990));
        Assert.Equal(340, CountryCodes.ToGw(345, 2010));   // G-W codes Serbia 340 from 2006
        Assert.Equal(340, CountryCodes.ToGw(345, 1900));   // and 1878-1915
        Assert.Equal(345, CountryCodes.ToCow(340, 2010));
        Assert.Equal(345, CountryCodes.FromIso3("YUG", 1995));
        Assert.Equal(345, CountryCodes.FromIso3("SRB", 2010));
        Assert.Equal(345, CountryCodes.Resolve("Serbia").CowCode);
        Assert.Equal(345, CountryCodes.Resolve("Serbia and Montenegro").CowCode);
        Assert.Equal(345, CountryCodes.FromImfName("Serbia, Rep. of"));
        Assert.Equal(345, CountryCodes.FromImfName("Yugoslavia"));
        Assert.Equal(347, CountryCodes.Resolve("Kosovo").CowCode);
    }

    [Fact]
    public void Germany_255_260_265()
    {
        // COW: 255 Germany 1816-1945 and from 1990; 260 German Federal Republic 1955-1990; 265 GDR 1954-1990.
        // G-W: 260 is West Germany from 1949 and unified Germany after 1990.
        Assert.Equal(255, CountryCodes.ToGw(255, 1900));
        Assert.Equal(260, CountryCodes.ToGw(255, 2000));
        Assert.Equal(260, CountryCodes.ToGw(260, 1970));
        Assert.Equal(265, CountryCodes.ToGw(265, 1970));
        Assert.Equal(255, CountryCodes.ToCow(260, 2000));
        Assert.Equal(260, CountryCodes.ToCow(260, 1970));
        Assert.Null(CountryCodes.ToCow(260, 1950));         // West Germany joins the COW system in 1955
        Assert.Null(CountryCodes.ToGw(255, 1970));          // no COW 255 between 1945 and 1990
        Assert.Equal(260, CountryCodes.FromIso3("DEU", 1970));
        Assert.Equal(255, CountryCodes.FromIso3("DEU", 2000));
        Assert.Equal(255, CountryCodes.FromIso3("DEU", 1930));
        Assert.Equal("DDR", CountryCodes.ToIso3(265, 1980));
        Assert.Equal(265, CountryCodes.FromImfName("Eastern Germany"));
        Assert.Equal(260, CountryCodes.FromImfName("Germany", 1980));
        Assert.Equal(255, CountryCodes.FromImfName("Germany", 2000));
        Assert.Equal(260, CountryCodes.Resolve("Germany", 1970).CowCode);
        Assert.Equal(255, CountryCodes.Resolve("Germany", 2000).CowCode);
        Assert.Equal(255, CountryCodes.Resolve("Germany").CowCode);
        Assert.Equal(255, CountryCodes.Resolve("Prussia").CowCode);
        Assert.Equal(260, CountryCodes.Resolve("West Germany").CowCode);
        Assert.Equal(265, CountryCodes.Resolve("East Germany").CowCode);
        Assert.Equal(260, CountryCodes.Resolve("German Federal Republic", 1950).CowCode);
    }

    [Fact]
    public void Vietnam_and_Yemen()
    {
        Assert.Equal(816, CountryCodes.Resolve("Vietnam").CowCode);
        Assert.Equal(816, CountryCodes.Resolve("VNM").CowCode);
        Assert.Equal(817, CountryCodes.Resolve("South Vietnam").CowCode);
        Assert.Equal(817, CountryCodes.Resolve("RVN").CowCode);
        Assert.Null(CountryCodes.ToIso3(817, 1970));
        Assert.Equal(678, CountryCodes.FromIso3("YEM", 1985));
        Assert.Equal(679, CountryCodes.FromIso3("YEM", 1995));
        Assert.Equal(679, CountryCodes.FromIso3("YEM", 1990));   // transition year: the state at year end
        Assert.Equal(680, CountryCodes.FromIso3("YMD", 1980));
        Assert.Equal(678, CountryCodes.ToGw(679, 2000));         // G-W keeps 678 for unified Yemen
        Assert.Equal(679, CountryCodes.ToCow(678, 2000));
        Assert.Equal(678, CountryCodes.ToCow(678, 1980));
        Assert.Equal(678, CountryCodes.Resolve("Yemen", 1980).CowCode);
        Assert.Equal(679, CountryCodes.Resolve("Yemen").CowCode);
        Assert.Equal(680, CountryCodes.Resolve("South Yemen").CowCode);
        Assert.Equal(680, CountryCodes.FromImfName("Yemen, People's Dem. Rep. of"));
        Assert.Equal(678, CountryCodes.FromImfName("Yemen Arab Rep."));
        Assert.Equal(679, CountryCodes.FromImfName("Yemen, Rep. of", 2000));
    }

    [Fact]
    public void Small_states_with_different_COW_and_GW_codes()
    {
        Assert.Equal(970, CountryCodes.ToGw(946, 2010));      // Kiribati
        Assert.Equal(971, CountryCodes.ToGw(970, 2010));      // Nauru
        Assert.Equal(946, CountryCodes.ToCow(970, 2010));
        Assert.Equal(970, CountryCodes.Resolve("970").CowCode);   // bare digits are COW codes: Nauru
        Assert.Equal(946, CountryCodes.Resolve("gw:970").CowCode); // Kiribati
        Assert.Equal(947, CountryCodes.Resolve("973").CowCode);   // no COW 973: read as G-W (Tuvalu)
    }

    [Fact]
    public void Every_COW_state_has_a_unique_code_and_abbreviation()
    {
        var all = CountryCodes.All;
        Assert.Equal(217, all.Count); // COW State System Membership v2016
        Assert.Equal(all.Count, all.Select(c => c.CowCode).Distinct().Count());
        Assert.Equal(all.Count, all.Select(c => c.CowAbbrev).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var c in all)
        {
            Assert.Equal(c.CowCode, CountryCodes.Resolve($"cow:{c.CowCode}").CowCode);
            Assert.Equal(c.CowCode, CountryCodes.Resolve($"cow:{c.CowAbbrev}").CowCode);
            Assert.Equal(c.CowCode, CountryCodes.Resolve(c.Name, c.Membership[0].First).CowCode);
        }

        // current ISO3 codes name one state each
        var current = all.Where(c => c.Membership[^1].Last == 9999 && c.Iso3 is not null).ToList();
        Assert.Equal(current.Count, current.Select(c => c.Iso3).Distinct().Count());
        Assert.True(current.Count > 190);
    }

    [Fact]
    public void In_every_year_an_ISO3_code_names_one_member_state()
    {
        // 1816-2025: among the states that are COW members in a year, no ISO3 code is used twice, except in
        // the years of unification (1990: COW 255 and 260 are both DEU, 678 and 679 both YEM).
        var clashes = new List<string>();
        for (var year = 1816; year <= 2025; year++)
        {
            var members = CountryCodes.All.Where(c => c.IsMemberIn(year)).ToList();
            foreach (var g in members.Select(c => (c.CowCode, Iso3: CountryCodes.ToIso3(c.CowCode, year))).Where(x => x.Iso3 is not null).GroupBy(x => x.Iso3))
            {
                if (g.Count() > 1)
                {
                    clashes.Add($"{year} {g.Key}: {string.Join("/", g.Select(x => x.CowCode))}");
                }
            }
        }

        Assert.Equal(["1990 DEU: 255/260", "1990 YEM: 678/679"], clashes);
    }

    [Fact]
    public void Every_member_state_year_has_an_ISO3_except_historic_states()
    {
        // COW codes without any ISO 3166 code: German and Italian states before unification, Austria-Hungary,
        // Zanzibar, Korea 1887-1905 and the Republic of Vietnam (see data/build/country_codes/README.md).
        int[] noIso = [240, 245, 267, 269, 271, 273, 275, 280, 300, 327, 329, 332, 335, 337, 511, 730, 817];
        var missing = new SortedSet<int>();
        foreach (var c in CountryCodes.All)
        {
            foreach (var m in c.Membership)
            {
                for (var y = m.First; y <= Math.Min(m.Last, 2025); y++)
                {
                    if (CountryCodes.ToIso3(c.CowCode, y) is null)
                    {
                        missing.Add(c.CowCode);
                    }
                }
            }
        }

        Assert.Equal(noIso, missing);
    }

    [Fact]
    public void Unknown_name_lists_nearest_matches()
    {
        var e = Assert.Throws<UnknownCountryException>(() => CountryCodes.Resolve("Kazakstan"));
        Assert.StartsWith("Unknown country 'Kazakstan'. Did you mean: Kazakhstan (KAZ, 705)", e.Message);
        Assert.Equal(705, e.Suggestions[0].CowCode);

        e = Assert.Throws<UnknownCountryException>(() => CountryCodes.Resolve("Kyrgystan"));
        Assert.Equal(703, e.Suggestions[0].CowCode);

        e = Assert.Throws<UnknownCountryException>(() => CountryCodes.Resolve("Republic of Tajikstan"));
        Assert.Equal(702, e.Suggestions[0].CowCode);

        e = Assert.Throws<UnknownCountryException>(() => CountryCodes.Resolve("Xqzzy"));
        Assert.Empty(e.Suggestions);
        Assert.Contains("Unknown country 'Xqzzy'", e.Message);

        Assert.Throws<UnknownCountryException>(() => CountryCodes.Resolve("999"));
        Assert.Throws<UnknownCountryException>(() => CountryCodes.Resolve("gw:999"));
        Assert.Null(CountryCodes.FromImfName("China, P.R.: Hong Kong"));
        Assert.Null(CountryCodes.FromImfName("World"));
    }

    [Theory]
    [InlineData("Hong Kong", "'Hong Kong' is Hong Kong (HKG), which is not a state of the COW state system")]
    [InlineData("China, P.R.: Hong Kong", "(HKG), which is not a state")]
    [InlineData("HKG", "'HKG' is Hong Kong SAR, China (HKG), which is not a state")]
    [InlineData("iso3:pri", "Puerto Rico (PRI), which is not a state")]
    [InlineData("Belgium-Luxembourg", "'Belgium-Luxembourg' is Belgium-Luxembourg, which is not a state")]
    public void Territories_are_named_as_not_states(string text, string message)
    {
        var e = Assert.Throws<NotAStateException>(() => CountryCodes.Resolve(text));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void MAC_is_Macao_in_ISO3_and_Macedonia_in_COW()
    {
        var e = Assert.Throws<AmbiguousCountryException>(() => CountryCodes.Resolve("MAC"));
        Assert.Equal("Ambiguous country code 'MAC': it is the ISO3 code of Macao SAR, China (not a COW state) but the COW abbreviation of Macedonia (MKD, 343). Write 'iso3:MAC' or 'cow:MAC', or the country name.", e.Message);
        Assert.Equal(343, CountryCodes.Resolve("cow:MAC").CowCode);
        Assert.Throws<NotAStateException>(() => CountryCodes.Resolve("iso3:MAC"));
    }

    [Theory]
    [InlineData("AUS", 900, 305)]   // ISO3 Australia, COW Austria
    [InlineData("CZE", 316, 315)]   // ISO3 Czech Republic, COW Czechoslovakia
    [InlineData("SLV", 92, 349)]    // ISO3 El Salvador, COW Slovenia
    [InlineData("MNG", 712, 341)]   // ISO3 Mongolia, COW Montenegro
    public void Codes_that_are_ISO3_of_one_state_and_COW_of_another_are_ambiguous(string code, int iso, int cow)
    {
        var e = Assert.Throws<AmbiguousCountryException>(() => CountryCodes.Resolve(code));
        Assert.Contains($"'iso3:{code}'", e.Message);
        Assert.Equal(iso, CountryCodes.Resolve($"iso3:{code}").CowCode);
        Assert.Equal(cow, CountryCodes.Resolve($"cow:{code}").CowCode);
    }

    [Fact]
    public void Name_keys_fold_accents_case_and_punctuation()
    {
        Assert.Equal("cote d ivoire", NameKey.Of("Côte d’Ivoire"));
        Assert.Equal("china p r mainland", NameKey.Of("China, P.R.: Mainland"));
        Assert.Equal("antigua and barbuda", NameKey.Of("Antigua & Barbuda"));
        Assert.Equal("қазақстан", NameKey.Of("Қазақстан"));
    }
}
