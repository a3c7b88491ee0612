namespace Caravan.Core.Countries;

/// <summary>A country name or code that matches no state; the message lists the nearest matches.</summary>
public class UnknownCountryException : ArgumentException
{
    public UnknownCountryException(string text, IReadOnlyList<Country> suggestions)
        : base(Compose(text, suggestions))
    {
        Text = text;
        Suggestions = suggestions;
    }

    protected UnknownCountryException(string text, string message, IReadOnlyList<Country> suggestions)
        : base(message)
    {
        Text = text;
        Suggestions = suggestions;
    }

    /// <summary>The text that was looked up.</summary>
    public string Text { get; }

    /// <summary>The nearest states, best first (may be empty).</summary>
    public IReadOnlyList<Country> Suggestions { get; }

    private static string Compose(string text, IReadOnlyList<Country> suggestions) =>
        suggestions.Count == 0
            ? $"Unknown country '{text}'. Give an English name, ISO3 code, COW code or abbreviation, G-W code (gw:NNN) or IMF DOTS name."
            : $"Unknown country '{text}'. Did you mean: {string.Join(", ", suggestions.Select(s => s.Label))}?";
}
