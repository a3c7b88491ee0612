using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// State-year conflict participation. MIDs (the chosen MID data): 1 if the state was in a dispute ongoing / begun in the
/// year, and the same for disputes in which it was an originator on side A (peacesciencer's "sidea-orig" initiation);
/// inter-state wars (cow_war_inter): 1 if the state fought / began a war; UCDP/PRIO armed conflict as peacesciencer's
/// <c>add_ucdp_acd()</c>: the state as primary side A (gwno_a) of a conflict of any type, onset = the first year of that
/// state's conflict in UCDP, highest intensity and the conflict ids. 0 inside each source's years, missing outside
/// (<c>--conventions peacesciencer</c>: MID columns 0 in every year, as peacesciencer's state-year MIDs).
/// </summary>
internal sealed class ParticipationStep : PanelStep
{
    public override string Name => "participation";

    public override bool InAll => false;

    public override string Title => "State-year conflict participation (MIDs, wars, UCDP)";

    public override IReadOnlySet<PanelUnit> Units => new HashSet<PanelUnit> { PanelUnit.StateYear };

    public override IReadOnlyList<string> Sources => ["gml_mid_ddydisps", "cow_mid_ddydisps", "cow_war_inter", "ucdp_acd"];

    public override IReadOnlyList<string> SourcesFor(PanelSpec spec) => [MidSources.For(spec.Mids).Table, "cow_war_inter", "ucdp_acd"];

    public override StepResult Build(StepContext context)
    {
        var (table, _, onset, ongoing, label) = MidSources.For(context.Spec.Mids);
        var (mf, ml) = context.YearSpan(table);
        var (uf, ul) = context.YearSpan("ucdp_acd");
        var ps = context.Spec.Conventions == PanelConventions.Peacesciencer;
        string Mid(string expr) => ps ? $"coalesce({expr}, 0)" : $"CASE WHEN u.year BETWEEN {mf} AND {ml} AND u.ccode IS NOT NULL THEN coalesce({expr}, 0) END";
        string War(string expr) => $"CASE WHEN u.year BETWEEN {CowWarStep.First} AND {CowWarStep.Last} AND u.ccode IS NOT NULL THEN coalesce({expr}, 0) END";
        string Ucdp(string expr) => $"CASE WHEN u.year BETWEEN {uf} AND {ul} AND u.gwcode IS NOT NULL THEN coalesce({expr}, 0) END";
        var sql = $"""
            WITH sides AS (
              SELECT ccode1 AS ccode, year, {onset} AS onset, CASE WHEN sidea1 = 1 AND orig1 = 1 THEN 1 ELSE 0 END AS init FROM {table}
              UNION ALL SELECT ccode2, year, {onset}, CASE WHEN sidea2 = 1 AND orig2 = 1 THEN 1 ELSE 0 END FROM {table}),
            mid AS (SELECT ccode, year, 1 AS ongoing, max(onset) AS onset, max(init) AS ongoing_init, max(CASE WHEN init = 1 AND onset = 1 THEN 1 ELSE 0 END) AS onset_init FROM sides GROUP BY ALL),
            war AS (SELECT ccode1 AS ccode, year, max(cowinterongoing) AS ongoing, max(cowinteronset) AS onset FROM cow_war_inter GROUP BY ALL),
            cy AS (SELECT DISTINCT conflict_id, gwno_a, year, intensity_level FROM ucdp_acd WHERE gwno_a IS NOT NULL),
            firsts AS (SELECT *, CASE WHEN year = min(year) OVER (PARTITION BY conflict_id, gwno_a) THEN 1 ELSE 0 END AS onset FROM cy),
            ucdp AS (SELECT gwno_a AS gwcode, year, max(onset) AS onset, max(intensity_level) AS intensity,
                       string_agg(conflict_id::VARCHAR, '; ' ORDER BY conflict_id) AS ids FROM firsts GROUP BY ALL)
            SELECT {context.KeySelect},
              {Mid("m.ongoing")} AS {ongoing}, {Mid("m.onset")} AS {onset},
              {Mid("m.ongoing_init")} AS {ongoing}_init, {Mid("m.onset_init")} AS {onset}_init,
              {War("w.ongoing")} AS cowinterongoing, {War("w.onset")} AS cowinteronset,
              {Ucdp("CASE WHEN c.gwcode IS NULL THEN 0 ELSE 1 END")} AS ucdpongoing, {Ucdp("c.onset")} AS ucdponset,
              c.intensity AS ucdp_maxintensity, c.ids AS ucdp_conflict_ids
            FROM {context.Universe} u
            LEFT JOIN mid m ON m.ccode = u.ccode AND m.year = u.year
            LEFT JOIN war w ON w.ccode = u.ccode AND w.year = u.year
            LEFT JOIN ucdp c ON c.gwcode = u.gwcode AND c.year = u.year
            """;
        var mc = context.Cite(table);
        var wc = context.Cite("cow_war_inter");
        var uc = context.Cite("ucdp_acd");
        var notes = new List<string>();
        if (!ps && (context.Spec.Years.First < mf || context.Spec.Years.Last > ml))
        {
            notes.Add($"State-year MID participation ({label}) covers {mf}-{ml}: missing outside.");
        }

        if (context.Spec.Years.Last > CowWarStep.Last)
        {
            notes.Add($"State-year inter-state war participation covers {CowWarStep.First}-{CowWarStep.Last}: missing after {CowWarStep.Last}.");
        }

        return new StepResult(sql,
            [
                new(ongoing, $"1 if the state was in a MID ongoing in the year ({label}; from the dyadic dispute-years)", "0/1", table, mc),
                new(onset, $"1 if the state was in a MID that began in the year ({label})", "0/1", table, mc),
                new(ongoing + "_init", "1 if the state was an originator on side A (initiator) of a MID ongoing in the year", "0/1", table, mc),
                new(onset + "_init", "1 if the state was an originator on side A of a MID that began in the year", "0/1", table, mc),
                new("cowinterongoing", "1 if the state fought in a COW inter-state war in the year (0 = none, 1816-2007)", "0/1", "cow_war_inter", wc),
                new("cowinteronset", "1 if the state began fighting in a COW inter-state war in the year (its first year in the war)", "0/1", "cow_war_inter", wc),
                new("ucdpongoing", "1 if the state was the primary side A (gwno_a, usually the government) of a UCDP/PRIO armed conflict of any type active in the year (0 = none, 1946 on)", "0/1", "ucdp_acd", uc),
                new("ucdponset", "1 if the year is the first year of such a conflict for the state in UCDP (peacesciencer's add_ucdp_acd rule)", "0/1", "ucdp_acd", uc),
                new("ucdp_maxintensity", "Highest UCDP intensity of those conflicts in the year: 1 minor (25-999 deaths), 2 war (1000+); missing = none", "1-2", "ucdp_acd", uc),
                new("ucdp_conflict_ids", "UCDP conflict ids of those conflicts ('; '-separated)", "text", "ucdp_acd", uc),
            ], notes);
    }
}
