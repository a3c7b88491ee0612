using System.Globalization;
using Caravan.Core.Countries;
using Caravan.Core.Panels;

namespace Caravan.Data.Panels;

/// <summary>Turns user-typed states (ISO3, COW code or abbreviation, name, "gw:NNN") into codes of the panel's state system.</summary>
public static class PanelStates
{
    /// <summary>Resolves a comma-separated list; an unknown name is a <see cref="PanelException"/> listing the nearest matches.</summary>
    public static IReadOnlySet<int> Resolve(string list, StateSystem system, YearRange years)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(years);
        var codes = new HashSet<int>();
        foreach (var raw in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            codes.Add(ResolveOne(raw, system, years));
        }

        return codes.Count > 0 ? codes : throw new PanelException($"'{list}' names no state.");
    }

    private static int ResolveOne(string text, StateSystem system, YearRange years)
    {
        Country country;
        try
        {
            country = CountryCodes.Resolve(text, years.Last);
        }
        catch (UnknownCountryException e)
        {
            throw new PanelException(e.Message);
        }

        if (system == StateSystem.CorrelatesOfWar)
        {
            return country.CowCode;
        }

        // G-W code: the one holding in some requested year (latest first).
        for (var y = years.Last; y >= years.First; y--)
        {
            var gw = CountryCodes.ToGw(country.CowCode, y);
            if (gw is not null)
            {
                return gw.Value;
            }
        }

        throw new PanelException($"'{text}' ({country.Label}) has no Gleditsch-Ward code in {years.ToString()}.");
    }

    /// <summary>Formats codes for messages.</summary>
    public static string Describe(IEnumerable<int> codes) => string.Join(", ", codes.Order().Select(c => c.ToString(CultureInfo.InvariantCulture)));
}
