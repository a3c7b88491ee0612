namespace Caravan.Data.Sources;

/// <summary>Small peace-science extras: rivalries, territorial threat, leader transitions, and peacesciencer's metadata.</summary>
internal static class Extras
{
    private const string Licence = "Redistributed in {peacesciencer} (GPL-2); cite the original data set.";

    internal static readonly SourceTable TdRivalries = SourceTable.Of("td_rivalries",
        "Thompson & Dreyer strategic rivalries (one row per rivalry)",
        [References.ThompsonDreyer2012, References.Miller2022], Licence,
        "1494-2010; ccode1, ccode2, styear, endyear, region, rivalry types", "No China-Central Asia rivalry.",
        "peacesciencer/td_rivalries.csv", 197);

    internal static readonly SourceTable TssRivalries = SourceTable.Of("tss_rivalries",
        "Thompson, Sakuwa & Suhas strategic rivalries with type flags (one row per rivalry)",
        [References.Thompson2022, References.Miller2022], Licence,
        "1494-2020; positional, spatial, ideological, interventionary 0/1 flags", "Empty flags are NULL. No China-Central Asia rivalry.",
        "peacesciencer/tss_rivalries.csv", 264);

    internal static readonly SourceTable TerrThreat = SourceTable.Of("terrthreat",
        "Latent external territorial threat by COW state-year (posterior mean, SD, 90% interval)",
        [References.MillerTerritorialThreat, References.Miller2022], Licence,
        "1816-2010", "Model-based estimates; m_* columns are an alternative model (NULL where not computed).",
        "peacesciencer/terrthreat.csv", 14781);

    internal static readonly SourceTable Archigos = SourceTable.Of("archigossums",
        "Archigos 4.1 leader transitions by G-W state-year",
        [References.Goemans2009, References.Miller2022], Licence,
        "1870-2015; leadertransition, irregular (0/1), n_leaders", "G-W codes.",
        "peacesciencer/archigossums.csv", 14407);

    internal static readonly SourceTable PsBib = SourceTable.Of("ps_bib",
        "{peacesciencer}'s bibliography (BibTeX fields)",
        [References.Miller2022], "R package {peacesciencer} (GPL-2).",
        "47 entries", "Source of the peace-science citations in this catalogue.",
        "peacesciencer/ps_bib.csv", 47);

    internal static readonly SourceTable PsDataVersion = SourceTable.Of("ps_data_version",
        "Data set versions used by {peacesciencer}",
        [References.Miller2022], "R package {peacesciencer} (GPL-2).",
        "32 entries", "Describes the package's own copies; some shipped tables are newer (e.g. NMC v7.0, MID 5.0).",
        "peacesciencer/ps_data_version.csv", 32);

    internal static IEnumerable<SourceTable> All => [TdRivalries, TssRivalries, TerrThreat, Archigos, PsBib, PsDataVersion];
}
