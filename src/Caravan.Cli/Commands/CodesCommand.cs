using System.CommandLine;
using System.Globalization;
using Caravan.Core.Countries;

namespace Caravan.Cli.Commands;

/// <summary><c>caravan codes KAZ</c>, <c>caravan codes "Kyrgyz Republic" --year 1995</c>: every code of a country.</summary>
internal static class CodesCommand
{
    public const int UnknownCountryExitCode = 2;

    internal static Command Create()
    {
        var country = new Argument<string>("country")
        {
            Description = "Name (any common variant), ISO3, COW code or abbreviation, IMF DOTS name, or gw:NNN / iso3:XXX / cow:XXX.",
        };
        var year = new Option<int?>("--year") { Description = "Show the codes that hold in this year (e.g. Russia 1980 = SUN)." };
        var command = new Command("codes", "Show a country's COW, Gleditsch-Ward, ISO3 and IMF codes.");
        command.Arguments.Add(country);
        command.Options.Add(year);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var c = CountryCodes.Resolve(parse.GetValue(country)!, parse.GetValue(year));
                Print(output, c);
                return 0;
            }
            catch (UnknownCountryException e)
            {
                error.WriteLine(e.Message);
                return UnknownCountryExitCode;
            }
        });
        return command;
    }

    private static void Print(TextWriter o, Country c)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(c.Year is null ? c.Name : string.Create(inv, $"{c.Name} (codes in {c.Year})"));
        o.WriteLine(string.Create(inv, $"  COW code        {c.CowCode}"));
        o.WriteLine($"  COW abbrev      {c.CowAbbrev}");
        o.WriteLine($"  G-W code        {(c.GwCode is { } gw ? gw.ToString(inv) : "-")}");
        o.WriteLine($"  ISO3            {c.Iso3 ?? "-"}");
        o.WriteLine($"  IMF DOTS name   {c.ImfName ?? "-"}");
        o.WriteLine($"  COW membership  {string.Join(", ", c.Membership.Select(m => m.Last == 9999 ? $"{m.First.ToString(inv)}-" : m.ToString()))}");
        if (c.Year is { } y && !c.IsMemberIn(y))
        {
            o.WriteLine(string.Create(inv, $"  note: not a member of the COW state system in {y}"));
        }
    }
}
