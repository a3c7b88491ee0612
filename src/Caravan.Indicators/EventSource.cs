namespace Caravan.Indicators;

/// <summary>Which event data set a net-cooperation value comes from; they are on different scales and never pooled.</summary>
public enum EventSource
{
    /// <summary>ICEWS quad-class counts, directed dyad-year, 2002–2014 (Boschee et al. 2015).</summary>
    Icews,

    /// <summary>GDELT 2.0 daily Goldstein-type edge scores, undirected, 2018-01-01 to 2024-02-23 (Leetaru &amp; Schrodt 2013).</summary>
    Gdelt,
}
