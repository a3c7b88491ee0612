using Caravan.Core.Panels;

namespace Caravan.Data.Panels;

/// <summary>
/// The words of <c>caravan panel</c>'s options (--unit, --system, --mids, --conventions) and their errors, in one
/// place for every façade (CLI, web form). A bad value is a <see cref="PanelException"/> naming the option and the
/// accepted words; the echoed value is cut at 30 characters.
/// </summary>
public static class PanelOptions
{
    public static PanelUnit Unit(string? text) => (text ?? "").ToLowerInvariant() switch
    {
        "state-year" or "stateyear" => PanelUnit.StateYear,
        "dyad-year" or "dyadyear" => PanelUnit.DyadYear,
        "directed-dyad-year" or "directed" => PanelUnit.DirectedDyadYear,
        _ => throw new PanelException($"--unit '{Echo(text)}': use state-year, dyad-year or directed-dyad-year."),
    };

    public static StateSystem System(string? text) => (text ?? "").ToLowerInvariant() switch
    {
        "cow" => StateSystem.CorrelatesOfWar,
        "gw" => StateSystem.GleditschWard,
        _ => throw new PanelException($"--system '{Echo(text)}': use cow or gw."),
    };

    public static MidSource Mids(string? text) => (text ?? "").ToLowerInvariant() switch
    {
        "gml" => MidSource.Gml,
        "cow" => MidSource.CorrelatesOfWar,
        _ => throw new PanelException($"--mids '{Echo(text)}': use gml or cow."),
    };

    public static PanelConventions Conventions(string? text) => (text ?? "").ToLowerInvariant() switch
    {
        "caravan" => PanelConventions.Caravan,
        "peacesciencer" => PanelConventions.Peacesciencer,
        _ => throw new PanelException($"--conventions '{Echo(text)}': use caravan or peacesciencer."),
    };

    private static string Echo(string? text) => text is null ? "" : text.Length <= 30 ? text : text[..30] + "…";
}
