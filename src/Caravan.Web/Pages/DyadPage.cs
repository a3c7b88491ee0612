using System.Text;
using Caravan.Analysis.CentralAsia;
using static Caravan.Web.Pages.Layout;

namespace Caravan.Web.Pages;

/// <summary>Dyad view: trade by both reporters with the mirror gap, dependence per side, finance, ties, events, predicted risk; milestones on every chart.</summary>
internal static class DyadPage
{
    private static readonly (string Id, string Title)[] Charts =
    [
        ("trade", "Trade with China as each side reports it (US$ m)"),
        ("mirror", "Mirror gap: (China-reported − partner-reported) / mean"),
        ("dependence", "Dependence: bilateral trade / GDP, each side"),
        ("finance", "Chinese development finance and investment / GDP"),
        ("ties", "Institutional ties: SCO co-membership and shared IGOs"),
        ("events", "Net cooperation (ICEWS 2002–2014, GDELT 2018–2024)"),
        ("risk", "Predicted annual Pr(MID onset), each theory, 95% simulation intervals"),
    ];

    public static string Render(FocusDyad d)
    {
        var sb = new StringBuilder();
        sb.Append("<h1 id=\"dyadTitle\" data-dyad=\"").Append(d.Iso3).Append("\">China – ").Append(H(d.Name)).Append("</h1><nav class=\"tabs\">");
        foreach (var other in FocusDyad.All)
        {
            sb.Append("<a href=\"/dyad/").Append(other.Iso3).Append('"').Append(other == d ? " aria-current=\"page\"" : "").Append('>').Append(H(other.Name)).Append("</a>");
        }

        sb.Append("</nav>").Append(Computing().Replace("id=\"computing\"", "id=\"computing\" hidden", StringComparison.Ordinal));
        sb.Append("<p class=\"small\">Dashed vertical lines: milestones (SCO, BRI, pipelines). Each chart downloads as SVG, PNG or its data as CSV. <a href=\"/scenario?dyad=").Append(d.Iso3).Append("\">Simulate a scenario for this dyad</a>.</p>");
        foreach (var (id, title) in Charts)
        {
            sb.Append("<section class=\"chart\" id=\"section-").Append(id).Append("\"><h2>").Append(H(title)).Append("</h2><div class=\"chartbox\" id=\"chart-").Append(id)
                .Append("\"></div><div class=\"downloads\"><button type=\"button\" data-download=\"svg\" data-chart=\"").Append(id).Append("\">SVG</button><button type=\"button\" data-download=\"png\" data-chart=\"")
                .Append(id).Append("\">PNG</button><button type=\"button\" data-download=\"csv\" data-chart=\"").Append(id).Append("\">CSV</button></div></section>");
        }

        sb.Append("<section><h2>Milestones</h2><ul id=\"milestones\"></ul></section>");
        return Page("dyad", $"China – {d.Name}", sb.ToString(), "app/dyad.js");
    }
}
