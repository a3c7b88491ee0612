namespace Caravan.Data.Panels.Steps;

/// <summary>
/// COW IGOs (v3): shared full IGO memberships (cow_igo_ndy) and Shanghai Cooperation Organisation membership
/// (igo_memberships, ioname 'SCO', status 1 = full member). Missing outside the IGO data's years.
/// </summary>
internal sealed class IgoStep : PanelStep
{
    public const string Sco = "SCO";

    public override string Name => "igos";

    public override string Title => "Shared IGOs and SCO membership";

    public override IReadOnlyList<string> Sources => ["cow_igo_ndy", "igo_memberships"];

    public override StepResult Build(StepContext context)
    {
        var (first, last) = context.YearSpan("igo_memberships");
        var scoFound = Convert.ToInt64(context.Store.Scalar($"SELECT count(*) FROM igo_memberships WHERE ioname = '{Sco}'"), System.Globalization.CultureInfo.InvariantCulture);
        if (scoFound == 0)
        {
            throw new PanelException($"igo_memberships has no rows with ioname = '{Sco}' (the Shanghai Cooperation Organisation); cannot code SCO membership.");
        }

        string Cov(string side, string expr) => $"CASE WHEN u.year BETWEEN {first} AND {last} AND u.ccode{side} IS NOT NULL THEN {expr} END";
        var sco = $"SELECT ccode, year, max(CASE WHEN status = 1 THEN 1 ELSE 0 END) AS member FROM igo_memberships WHERE ioname = '{Sco}' GROUP BY ALL";
        var cite = context.Cite("igo_memberships");
        var notes = context.Spec.Years.Last > last ? new[] { $"COW IGO data end in {last}: shared IGOs and SCO membership are missing after {last}." } : [];
        if (!context.IsDyadic)
        {
            var sqlMonadic = $"""
                WITH sco AS ({sco}),
                n AS (SELECT ccode, year, count(*) FILTER (WHERE status = 1) AS k FROM igo_memberships GROUP BY ALL)
                SELECT {context.KeySelect}, {Cov(string.Empty, "coalesce(n.k, 0)")} AS igo_full, {Cov(string.Empty, "coalesce(s.member, 0)")} AS sco_member
                FROM {context.Universe} u
                LEFT JOIN n ON n.ccode = u.ccode AND n.year = u.year
                LEFT JOIN sco s ON s.ccode = u.ccode AND s.year = u.year
                """;
            return new StepResult(sqlMonadic,
                [
                    new("igo_full", "Number of IGOs in which the state is a full member", "count", "igo_memberships", cite),
                    new("sco_member", "1 if the state is a full member of the Shanghai Cooperation Organisation (COW IGO 'SCO'; Shanghai Five from 1996)", "0/1", "igo_memberships", cite),
                ], notes);
        }

        var (nf, nl) = context.YearSpan("cow_igo_ndy");
        var sql = $"""
            WITH sco AS ({sco})
            SELECT {context.KeySelect},
              CASE WHEN u.year BETWEEN {nf} AND {nl} AND u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL THEN coalesce(g.dyadigos, 0) END AS dyadigos,
              {Cov("1", "coalesce(s1.member, 0)")} AS sco1,
              {Cov("2", "coalesce(s2.member, 0)")} AS sco2,
              CASE WHEN u.year BETWEEN {first} AND {last} AND u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL THEN (CASE WHEN coalesce(s1.member, 0) = 1 AND coalesce(s2.member, 0) = 1 THEN 1 ELSE 0 END) END AS sco_both
            FROM {context.Universe} u
            LEFT JOIN cow_igo_ndy g ON g.ccode1 = least(u.ccode1, u.ccode2) AND g.ccode2 = greatest(u.ccode1, u.ccode2) AND g.year = u.year
            LEFT JOIN sco s1 ON s1.ccode = u.ccode1 AND s1.year = u.year
            LEFT JOIN sco s2 ON s2.ccode = u.ccode2 AND s2.year = u.year
            """;
        return new StepResult(sql,
            [
                new("dyadigos", "Number of IGOs in which both states are full members", "count", "cow_igo_ndy", context.Cite("cow_igo_ndy")),
                new("sco1", "1 if state 1 is a full SCO member (Shanghai Five from 1996)", "0/1", "igo_memberships", cite),
                new("sco2", "1 if state 2 is a full SCO member", "0/1", "igo_memberships", cite),
                new("sco_both", "1 if both states are full SCO members in the year (SCO co-membership)", "0/1", "igo_memberships", cite),
            ], notes);
    }
}
