using Caravan.Core;

namespace Caravan.Data.Sources;

/// <summary>Hand-curated institutional membership after the COW IGO data end (2014): the SCO and the AIIB.</summary>
internal static class Institutions
{
    internal static readonly Citation ScoDeclarations = new("SCODeclarations",
        "Shanghai Cooperation Organisation: Declaration on the Establishment of the SCO (Shanghai, 15 Jun 2001); Heads of State Council declarations of Tashkent (2004), Astana (2005), Yekaterinburg (2009), Beijing (2012), Ufa (2015), Astana (9 Jun 2017), Dushanbe (2021), Samarkand (2022), New Delhi (4 Jul 2023) and Astana (4 Jul 2024). sectsco.org.");

    internal static readonly Citation AiibArticles = new("AIIBArticles",
        "Asian Infrastructure Investment Bank, Articles of Agreement (signed Beijing, 29 Jun 2015; in force 25 Dec 2015), Schedule A; AIIB, Members and Prospective Members of the Bank. aiib.org.");

    internal static readonly SourceTable Sco = SourceTable.Of("sco_membership",
        "SCO status spells per state (member, observer, dialogue partner) with the document that dates each",
        [ScoDeclarations],
        "Facts from public treaty and summit documents; curated by Caravan (CC0).",
        "1996-today; iso3, ccode, status, from_year, to_year (NULL = ongoing), decision, document",
        "Decision years (memoranda may follow). Turkmenistan has no status. India, Pakistan members 2017, Iran 2023, Belarus 2024.",
        "hand-made: data/build/manual/sco_membership.csv", 32);

    internal static readonly SourceTable Aiib = SourceTable.Of("aiib_membership",
        "AIIB membership year of China, Russia and the Central Asian states",
        [AiibArticles],
        "Facts from the AIIB Articles of Agreement and ratification records; curated by Caravan (CC0).",
        "2015-today; iso3, ccode, from_year, basis, document",
        "Year precision only; Turkmenistan is not a member.",
        "hand-made: data/build/manual/aiib_membership.csv", 6);

    internal static IEnumerable<SourceTable> All => [Sco, Aiib];
}
