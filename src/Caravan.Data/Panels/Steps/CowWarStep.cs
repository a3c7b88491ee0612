namespace Caravan.Data.Panels.Steps;

/// <summary>
/// COW wars, as peacesciencer's <c>add_cow_wars()</c>: inter-state wars (cow_war_inter, directed dyad-years) for dyads,
/// intra-state wars of the primary state (cow_war_intra, side A = the government) for state-years. Where a unit-year
/// has several war rows, non-onsets are dropped when the rows differ in onset, then the deadliest row is kept.
/// Onset and ongoing are 0 inside the COW war data's years (1816-2007) when there is no war; missing outside.
/// Battle deaths below 0 (-9 unknown, -8 not applicable) are missing.
/// </summary>
internal sealed class CowWarStep : PanelStep
{
    /// <summary>The years the COW war data v4 cover (the inter-state file's last war ends in 2003; 2007 as in peacesciencer).</summary>
    public const int First = 1816;

    public const int Last = 2007;

    public override string Name => "cowwars";

    public override bool InAll => false;

    public override string Title => "COW inter-state (dyads) and intra-state (state-years) wars";

    public override IReadOnlyList<string> Sources => ["cow_war_inter", "cow_war_intra"];

    public override IReadOnlyList<string> SourcesFor(PanelSpec spec) => [spec.IsDyadic ? "cow_war_inter" : "cow_war_intra"];

    public override StepResult Build(StepContext context) => context.IsDyadic ? Inter(context) : Intra(context);

    private static string Cov(string codes, string expr) => $"CASE WHEN u.year BETWEEN {First} AND {Last} AND {codes} THEN {expr} END";

    private static StepResult Inter(StepContext context)
    {
        var sql = $"""
            WITH w AS (
              SELECT *, CASE WHEN batdeath1 < 0 THEN NULL ELSE batdeath1 END AS bd1, CASE WHEN batdeath2 < 0 THEN NULL ELSE batdeath2 END AS bd2,
                min(cowinteronset) OVER k AS lo, max(cowinteronset) OVER k AS hi
              FROM cow_war_inter WINDOW k AS (PARTITION BY ccode1, ccode2, year)),
            kept AS (SELECT *, CASE WHEN bd1 IS NULL THEN bd2 WHEN bd2 IS NULL THEN bd1 ELSE bd1 + bd2 END AS deaths FROM w WHERE NOT (lo <> hi AND cowinteronset = 0)),
            pick AS (SELECT * FROM kept QUALIFY row_number() OVER (PARTITION BY ccode1, ccode2, year ORDER BY deaths DESC NULLS LAST, warnum) = 1)
            SELECT {context.KeySelect},
              {Cov("u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL", "coalesce(p.cowinteronset, 0)")} AS cowinteronset,
              {Cov("u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL", "coalesce(p.cowinterongoing, 0)")} AS cowinterongoing,
              p.warnum AS cowinter_warnum, p.sidea1 AS cowinter_sidea1, p.sidea2 AS cowinter_sidea2,
              p.initiator1 AS cowinter_initiator1, p.initiator2 AS cowinter_initiator2,
              p.outcome1 AS cowinter_outcome1, p.outcome2 AS cowinter_outcome2,
              p.bd1 AS cowinter_batdeath1, p.bd2 AS cowinter_batdeath2, p.resume AS cowinter_resume
            FROM {context.Universe} u
            LEFT JOIN pick p ON p.ccode1 = u.ccode1 AND p.ccode2 = u.ccode2 AND p.year = u.year
            """;
        var cite = context.Cite("cow_war_inter");
        const string t = "cow_war_inter";
        CodebookEntry E(string v, string d, string unit) => new(v, d, unit, t, cite);
        return new StepResult(sql,
            [
                E("cowinteronset", "1 if the two states began fighting each other in a COW inter-state war in the year (0 = no war, 1816-2007)", "0/1"),
                E("cowinterongoing", "1 if the two states fought each other in a COW inter-state war in the year (0 = no war, 1816-2007)", "0/1"),
                E("cowinter_warnum", "COW war number of the war kept for the dyad-year (unique onsets first, then the deadliest); missing = no war", "id"),
                E("cowinter_sidea1", "1 if state 1 was on side A of the war (COW side 1); missing = no war", "0/1"),
                E("cowinter_sidea2", "1 if state 2 was on side A of the war; missing = no war", "0/1"),
                E("cowinter_initiator1", "1 if state 1 initiated the war (COW initiator); missing = no war", "0/1"),
                E("cowinter_initiator2", "1 if state 2 initiated the war; missing = no war", "0/1"),
                E("cowinter_outcome1", "COW war outcome for state 1 (1 winner, 2 loser, 3 compromise/tie, 4 transformed into another war, 5 ongoing, 6 stalemate, 7 continuing conflict, 8 changed sides); missing = no war", "code"),
                E("cowinter_outcome2", "COW war outcome for state 2 (as cowinter_outcome1); missing = no war", "code"),
                E("cowinter_batdeath1", "Battle deaths of state 1 in the war (whole participation); -9 unknown recoded missing", "persons"),
                E("cowinter_batdeath2", "Battle deaths of state 2 in the war; -9 unknown recoded missing", "persons"),
                E("cowinter_resume", "1 if the war is a resumption of an earlier war (COW resume); missing = no war", "0/1"),
            ],
            Notes(context));
    }

    private static StepResult Intra(StepContext context)
    {
        // peacesciencer writes -9 for missing deaths after whittling; Caravan leaves them missing.
        var ps = context.Spec.Conventions == PanelConventions.Peacesciencer;
        string Deaths(string c) => ps ? $"CASE WHEN p.warnum IS NULL THEN NULL ELSE coalesce(p.{c}, -9) END" : $"p.{c}";
        var sql = $"""
            WITH h AS (SELECT *, ccodea AS ccode FROM cow_war_intra WHERE primary_state = 1),
            nums AS (SELECT ccode, year, string_agg(warnum::VARCHAR, '; ' ORDER BY warnum) AS warnums FROM h GROUP BY ALL),
            w AS (
              SELECT *, CASE WHEN sideadeaths < 0 THEN NULL ELSE sideadeaths END AS da, CASE WHEN sidebdeaths < 0 THEN NULL ELSE sidebdeaths END AS db,
                min(cowintraonset) OVER k AS lo, max(cowintraonset) OVER k AS hi
              FROM h WINDOW k AS (PARTITION BY ccode, year)),
            kept AS (SELECT *, CASE WHEN da IS NULL THEN db WHEN db IS NULL THEN da ELSE da + db END AS deaths FROM w WHERE NOT (lo <> hi AND cowintraonset = 0)),
            pick AS (SELECT kept.* EXCLUDE (sideadeaths, sidebdeaths), da AS sideadeaths, db AS sidebdeaths, nums.warnums FROM kept JOIN nums USING (ccode, year)
                     QUALIFY row_number() OVER (PARTITION BY ccode, year ORDER BY deaths DESC NULLS LAST, warnum) = 1)
            SELECT {context.KeySelect},
              {Cov("u.ccode IS NOT NULL", "coalesce(p.cowintraonset, 0)")} AS cowintraonset,
              {Cov("u.ccode IS NOT NULL", "coalesce(p.cowintraongoing, 0)")} AS cowintraongoing,
              p.warnum AS cowintra_warnum, p.warname AS cowintra_warname, p.wartype AS cowintra_wartype,
              p.intnl AS cowintra_intnl, p.outcome AS cowintra_outcome,
              {Deaths("sideadeaths")} AS cowintra_sideadeaths, {Deaths("sidebdeaths")} AS cowintra_sidebdeaths,
              p.warnums AS cowintra_warnums
            FROM {context.Universe} u
            LEFT JOIN pick p ON p.ccode = u.ccode AND p.year = u.year
            """;
        var cite = context.Cite("cow_war_intra");
        const string t = "cow_war_intra";
        CodebookEntry E(string v, string d, string unit) => new(v, d, unit, t, cite);
        return new StepResult(sql,
            [
                E("cowintraonset", "1 if an intra-state war began in the year with the state as the primary government side (0 = none, 1816-2007)", "0/1"),
                E("cowintraongoing", "1 if the state was the primary government side of an ongoing intra-state war in the year (0 = none, 1816-2007)", "0/1"),
                E("cowintra_warnum", "COW war number of the war kept for the state-year (unique onsets first, then the deadliest); missing = no war", "id"),
                E("cowintra_warname", "Name of that war", "text"),
                E("cowintra_wartype", "Type of that war: central control or local issues", "text"),
                E("cowintra_intnl", "1 if the war was internationalised (an outside state intervened)", "0/1"),
                E("cowintra_outcome", "COW intra-state war outcome (1 side A wins, 2 side B wins, 3 compromise, 4 transformed, 5 ongoing at the end of 2014, 6 stalemate, 7 conflict continues at below war level)", "code"),
                E("cowintra_sideadeaths", ps ? "Battle deaths of side A (the government); -9 = unknown (peacesciencer)" : "Battle deaths of side A (the government); unknown (-9) is missing", "persons"),
                E("cowintra_sidebdeaths", ps ? "Battle deaths of side B; -9 = unknown (peacesciencer)" : "Battle deaths of side B; unknown (-9) is missing", "persons"),
                E("cowintra_warnums", "All COW intra-state war numbers with the state as primary government side in the year ('; '-separated, one per war row)", "text"),
            ],
            Notes(context));
    }

    private static string[] Notes(StepContext context) =>
        context.Spec.Years.Last > Last ? [$"COW wars (v4) cover {First}-{Last}: war onset/ongoing are missing after {Last}."] : [];
}
