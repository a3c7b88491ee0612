namespace Caravan.Core.Panels;

/// <summary>
/// A pair of states by COW code. Directed dyads keep the order given (Cow1 = side A, e.g. the exporter);
/// undirected dyads are normalised to Cow1 &lt; Cow2, the peacesciencer/COW convention.
/// </summary>
public readonly record struct Dyad(int Cow1, int Cow2)
{
    /// <summary>The undirected dyad of two different states, ordered so that Cow1 &lt; Cow2.</summary>
    /// <exception cref="ArgumentException">Both codes are the same state.</exception>
    public static Dyad Undirected(int a, int b) =>
        a == b ? throw new ArgumentException($"A dyad needs two different states; got {a} twice.")
        : a < b ? new Dyad(a, b) : new Dyad(b, a);

    /// <summary>The same pair in the other direction.</summary>
    public Dyad Reversed => new(Cow2, Cow1);

    /// <summary>This pair as an undirected dyad (Cow1 &lt; Cow2).</summary>
    public Dyad AsUndirected => Undirected(Cow1, Cow2);

    /// <summary>True when the dyad involves the state.</summary>
    public bool Contains(int cow) => Cow1 == cow || Cow2 == cow;

    public override string ToString() => $"{Cow1}-{Cow2}";
}
