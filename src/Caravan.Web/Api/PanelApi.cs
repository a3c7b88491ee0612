using System.Globalization;
using System.Text.Json;
using Caravan.Data.Exports;
using Caravan.Data.Panels;
using Caravan.Data.Store;
using Caravan.Web.Hosting;
using Caravan.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>
/// The panel builder: <c>POST /api/panel</c> builds a panel with the options of <c>caravan panel</c> (within the server's
/// budget) and writes it as CSV, Parquet and Stata .dta with a codebook; <c>GET /api/panel/{id}/{format}</c> downloads one
/// of those files. Errors are the CLI's messages.
/// </summary>
internal static class PanelApi
{
    public static readonly IReadOnlyDictionary<string, (string File, string Type)> Downloads = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["csv"] = ("panel.csv", "text/csv; charset=utf-8"),
        ["parquet"] = ("panel.parquet", "application/vnd.apache.parquet"),
        ["dta"] = ("panel.dta", "application/x-stata-dta"),
        ["codebook"] = ("panel.codebook.csv", "text/csv; charset=utf-8"),
        ["codebook-md"] = ("panel.codebook.md", "text/markdown; charset=utf-8"),
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/panel", async (HttpRequest request, PanelWorkArea area, WorkBudget budget, CancellationToken token) =>
        {
            var (text, error) = await JsonBody.Read(request, token);
            if (error is not null)
            {
                return error;
            }

            PanelForm form;
            (Caravan.Data.Panels.PanelSpec Spec, string[] Steps) plan;
            try
            {
                form = JsonSerializer.Deserialize<PanelForm>(text!, FormJson.Options) ?? new PanelForm();
                plan = form.ToSpec();
            }
            catch (JsonException e)
            {
                return ApiError.BadRequest(FormJson.Message(e));
            }
            catch (Exception e) when (e is PanelException or FormatException or ArgumentException or StoreException)
            {
                return ApiError.BadRequest(e.Message);
            }

            var (panel, failure) = await budget.Run("panel build", () => Build(area, form, plan.Spec, plan.Steps));
            if (failure is not null)
            {
                return failure;
            }

            return panel!.Error is { } message ? ApiError.BadRequest(message) : Results.Json(Shape(panel.Value!));
        }).WithSummary("Build a panel").WithDescription("Body: {\"unit\":\"dyad-year\",\"years\":\"1992-2014\",\"states\":\"CHN,KAZ\",\"with\":null,\"system\":\"cow\",\"relevant\":false,\"steps\":\"all\",\"mids\":\"gml\",\"conventions\":\"caravan\",\"keepFalseDyads\":false} (the options of caravan panel). At most 400,000 rows; one build or fit at a time; 90 s.");

        app.MapGet("/api/panel/{id}", (string id, PanelWorkArea area) =>
            area.Find(id) is { } p ? Results.Json(Shape(p)) : NotFound(id)).WithSummary("A built panel's summary, codebook and preview");

        app.MapGet("/api/panel/{id}/{format}", (string id, string format, PanelWorkArea area) =>
        {
            if (area.Find(id) is not { } p)
            {
                return NotFound(id);
            }

            if (!Downloads.TryGetValue(format, out var d) || !p.Files.TryGetValue(format, out var path))
            {
                return ApiError.Result(StatusCodes.Status404NotFound, $"error: no download '{JsonBody.Truncate(format, 20)}'; use {string.Join(", ", Downloads.Keys)}.");
            }

            return Results.File(path, d.Type, d.File);
        }).WithSummary("Download a built panel: csv | parquet | dta | codebook | codebook-md");

        FitApi.Map(app);
    }

    private static IResult NotFound(string id) => ApiError.Result(StatusCodes.Status404NotFound,
        $"error: no panel '{JsonBody.Truncate(id, 40)}' on this server (panels are kept while the server runs, the last {PanelWorkArea.Keep}); build it again.");

    private sealed record Outcome(BuiltPanel? Value, string? Error);

    private static Outcome Build(PanelWorkArea area, PanelForm form, Caravan.Data.Panels.PanelSpec spec, string[] steps)
    {
        var (id, folder) = area.Reserve();
        try
        {
            using var db = CaravanStore.Open(new StoreOptions(DataDirectory: area.DataDirectory));
            var panel = PanelBuilder.Build(db, spec, steps);
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var format in new[] { "csv", "parquet", "dta" })
            {
                var path = Path.Combine(folder, Downloads[format].File);
                PanelExporter.Write(db.Connection, panel.Table, path, panel.Codebook);
                files[format] = path;
            }

            files["codebook"] = Path.Combine(folder, Downloads["codebook"].File);
            files["codebook-md"] = Path.Combine(folder, Downloads["codebook-md"].File);
            var summary = PanelSummary.Of(db, panel);
            var frame = FrameReader.Read(files["csv"]);
            var columns = frame.Columns.Select(c => c.Name).ToArray();
            var preview = Enumerable.Range(0, Math.Min(20, frame.RowCount))
                .Select(r => (IReadOnlyList<string>)frame.Columns.Select(c => Cell(c, r)).ToArray()).ToArray();
            var built = new BuiltPanel(id, form.CommandLine(), summary, panel.Codebook, panel.Notes, files, columns, preview, DateTime.UtcNow);
            area.Add(built);
            return new Outcome(built, null);
        }
        catch (Exception e) when (e is PanelException or StoreException or ExportException or FormatException or ArgumentException or IOException or InvalidDataException)
        {
            return new Outcome(null, "error: " + e.Message);
        }
    }

    private static string Cell(Caravan.Core.Frames.Column c, int r) => c switch
    {
        Caravan.Core.Frames.NumericColumn n => double.IsNaN(n.Values[r]) ? "" : n.Values[r].ToString("R", CultureInfo.InvariantCulture),
        Caravan.Core.Frames.TextColumn t => t.Values[r] ?? "",
        _ => "",
    };

    private static object Shape(BuiltPanel p) => new
    {
        id = p.Id.ToString("N"),
        command = p.Request,
        rows = p.Summary.Rows,
        units = p.Summary.Units,
        firstYear = p.Summary.FirstYear,
        lastYear = p.Summary.LastYear,
        columns = p.Columns,
        notes = p.Notes,
        codebook = p.Codebook.Select(c => new { variable = c.Variable, description = c.Description, unit = c.Unit, source = c.Source }),
        preview = p.Preview,
        downloads = Downloads.Keys.Where(p.Files.ContainsKey).ToDictionary(k => k, k => $"/api/panel/{p.Id:N}/{k}"),
    };
}
