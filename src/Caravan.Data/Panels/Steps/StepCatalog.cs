using Caravan.Core.Panels;

namespace Caravan.Data.Panels.Steps;

/// <summary>All add steps, in the order "all" applies them, and name resolution.</summary>
internal static class StepCatalog
{
    public static readonly IReadOnlyList<PanelStep> All =
    [
        new ContiguityStep(),
        new CapitalDistanceStep(),
        new MinimumDistanceStep(),
        new MajorPowerStep(),
        new NmcStep(),
        new DemocracyStep(),
        new AllianceStep(),
        new IgoStep(),
        new MidStep(),
        new PeaceYearsStep(),
        new UcdpStep(),
        new CowTradeStep(),
        new DotsTradeStep(),
        new GdpPopulationStep(),
        new EventsStep(),
        new ChinaFinanceStep(),
        new PipelinesStep(),
        new CowWarStep(),
        new ParticipationStep(),
        new UcdpOnsetsStep(),
        new LeaderStep(),
        new RivalryStep(),
        new TdRivalryStep(),
        new TerritorialThreatStep(),
        new SdpStep(),
        new UdsStep(),
        new IgoCountStep(),
        new CountryNameStep(),
    ];

    /// <summary>Group names accepted on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["trade"] = ["cowtrade", "dots"],
        ["distance"] = ["capdist", "mindist"],
        ["conflict"] = ["mids", "peaceyears", "ucdp"],
        ["peace-years"] = ["peaceyears"],
        ["cinc"] = ["nmc"],
        ["atop"] = ["alliances"],
        ["sco"] = ["igos"],
        ["wars"] = ["cowwars"],
        ["archigos"] = ["leaders"],
        ["strategic-rivalries"] = ["rivalries"],
    };

    /// <summary>Resolves step names ("all" = every default step fitting the unit, "every" = every step fitting it, including
    /// the opt-in ones; both combine with named steps); a named step that does not fit the unit is an error.</summary>
    public static IReadOnlyList<PanelStep> Resolve(IEnumerable<string>? names, PanelUnit unit)
    {
        var list = names?.Select(n => n.Trim()).Where(n => n.Length > 0).ToList() ?? ["all"];
        if (list.Count == 0)
        {
            list = ["all"];
        }

        if (list.Any(n => n.Equals("none", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        var chosen = new List<PanelStep>();
        foreach (var name in list.SelectMany(n => Aliases.TryGetValue(n, out var expanded) ? expanded : [n]))
        {
            if (name.Equals("all", StringComparison.OrdinalIgnoreCase) || name.Equals("every", StringComparison.OrdinalIgnoreCase))
            {
                var every = name.Equals("every", StringComparison.OrdinalIgnoreCase);
                chosen.AddRange(All.Where(s => s.Units.Contains(unit) && (every || s.InAll) && !chosen.Contains(s)));
                continue;
            }

            var step = All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw new PanelException($"Unknown step '{name}'. Steps: {string.Join(", ", All.Select(s => s.Name))}; groups: {string.Join(", ", Aliases.Keys)} (or all, every, none).");
            if (!step.Units.Contains(unit))
            {
                throw new PanelException($"Step '{step.Name}' ({step.Title}) applies to {string.Join(" and ", step.Units.Select(PanelKeys.UnitName))} panels, not to a {PanelKeys.UnitName(unit)} panel.");
            }

            if (!chosen.Contains(step))
            {
                chosen.Add(step);
            }
        }

        // Keep the catalog order so dependent columns come out in a stable order.
        return All.Where(chosen.Contains).ToArray();
    }
}
