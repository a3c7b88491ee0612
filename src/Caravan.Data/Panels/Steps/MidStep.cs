using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>
/// Militarized interstate disputes (GML by default, COW on request): onset, ongoing, highest hostility,
/// fatality level, side A and originator flags (directional in directed panels). Within the MID data's years a
/// dyad-year without a dispute gets onset = ongoing = 0, hostility = 0, fatality = 0; outside, all missing.
/// </summary>
internal sealed class MidStep : PanelStep
{
    public override string Name => "mids";

    public override string Title => "Militarized interstate disputes";

    public override IReadOnlySet<PanelUnit> Units => DyadicUnits;

    public override IReadOnlyList<string> Sources => ["gml_mid_ddydisps", "cow_mid_ddydisps"];

    public override IReadOnlyList<string> SourcesFor(PanelSpec spec) => [MidSources.For(spec.Mids).Table];

    public override StepResult Build(StepContext context)
    {
        var (table, p, onset, ongoing, label) = MidSources.For(context.Spec.Mids);
        var (first, last) = context.YearSpan(table);
        string Cov(string expr) => $"CASE WHEN u.year BETWEEN {first} AND {last} AND u.ccode1 IS NOT NULL AND u.ccode2 IS NOT NULL THEN {expr} END";
        // Caravan: -9 (unknown) is missing, and a dyad-year without a dispute has hostility 0 and fatality 0.
        // peacesciencer: raw values (-9 kept) and missing hostility/fatality when there is no dispute.
        var ps = context.Spec.Conventions == PanelConventions.Peacesciencer;
        string Pos(string c) => ps ? $"m.{c}" : $"CASE WHEN m.{c} < 0 THEN NULL ELSE m.{c} END";
        string NoDispute(string c) => ps ? $"m.{c}" : Cov($"CASE WHEN m.dispnum IS NULL THEN 0 ELSE {Pos(c)} END");
        var sql = $"""
            SELECT {context.KeySelect},
              {Cov($"coalesce(m.{onset}, 0)")} AS {onset},
              {Cov($"coalesce(m.{ongoing}, 0)")} AS {ongoing},
              {NoDispute("hostlev")} AS {p}_hostlev,
              {NoDispute("fatality")} AS {p}_fatality,
              m.dispnum AS {p}_dispnum,
              m.sidea1 AS {p}_sidea1, m.sidea2 AS {p}_sidea2,
              m.orig1 AS {p}_orig1, m.orig2 AS {p}_orig2
            FROM {context.Universe} u
            LEFT JOIN {table} m ON m.ccode1 = u.ccode1 AND m.ccode2 = u.ccode2 AND m.year = u.year
            """;
        var cite = context.Cite(table);
        var entries = new List<CodebookEntry>
        {
            new(onset, $"1 if a new MID between the two states began in the year ({label})", "0/1", table, cite),
            new(ongoing, $"1 if a MID between the two states was ongoing in the year ({label})", "0/1", table, cite),
            new(p + "_hostlev", "Highest hostility level of the dyad's dispute in the year (1 none ... 5 war); 0 = no dispute", "0-5", table, cite),
            new(p + "_fatality", "Fatality level of the dispute (0 none, 1 1-25, ... 6 >999); 0 = no dispute; -9 recoded missing", "0-6", table, cite),
            new(p + "_dispnum", "MID number of the dispute kept for the dyad-year (peacesciencer's whittling rules); missing = no dispute", "id", table, cite),
            new(p + "_sidea1", "1 if state 1 was on side A (the side that took the first militarized action, the initiator side); missing = no dispute", "0/1", table, cite),
            new(p + "_sidea2", "1 if state 2 was on side A (initiator side); missing = no dispute", "0/1", table, cite),
            new(p + "_orig1", "1 if state 1 was an originator (involved from the first day); missing = no dispute", "0/1", table, cite),
            new(p + "_orig2", "1 if state 2 was an originator; missing = no dispute", "0/1", table, cite),
        };
        var notes = new List<string>();
        if (context.Spec.Years.First < first || context.Spec.Years.Last > last)
        {
            notes.Add($"MIDs ({label}) cover {first}-{last}; MID columns are missing outside those years.");
        }

        return new StepResult(sql, entries, notes);
    }
}
