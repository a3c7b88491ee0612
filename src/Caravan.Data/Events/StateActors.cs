namespace Caravan.Data.Events;

/// <summary>
/// The "state actor" convention (one place): an actor is a state actor when it is the country itself (GDELT actor
/// code equal to its country code, e.g. "CHN"; ICEWS actor name equal to its country, e.g. "China") or when one of
/// its types/sectors is government, military, police, judiciary, legislature or intelligence
/// (GDELT type codes GOV, MIL, COP, JUD, LEG, SPY; ICEWS sectors containing Government, Executive, Military, Police,
/// Judicial, Legislative, Cabinet or Ministry).
/// </summary>
internal static class StateActors
{
    private static readonly HashSet<string> GdeltTypes = new(StringComparer.Ordinal) { "GOV", "MIL", "COP", "JUD", "LEG", "SPY" };

    private static readonly string[] IcewsSectorWords = ["Government", "Executive", "Military", "Police", "Judicial", "Legislative", "Cabinet", "Ministry"];

    public static bool Gdelt(string? actorCode, string? countryCode, string? sectors)
    {
        if (countryCode is null)
        {
            return false;
        }

        if (actorCode is not null && string.Equals(actorCode, countryCode, StringComparison.Ordinal))
        {
            return true;
        }

        if (sectors is null)
        {
            return false;
        }

        foreach (var t in sectors.Split(';'))
        {
            if (GdeltTypes.Contains(t))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Icews(string? name, string? country, string? sectors)
    {
        if (country is null)
        {
            return false;
        }

        if (name is not null && string.Equals(name, country, StringComparison.Ordinal))
        {
            return true;
        }

        return sectors is not null && IcewsSectorWords.Any(w => sectors.Contains(w, StringComparison.Ordinal));
    }
}
