using System.Text;
using Caravan.Reporting.Output;
using Caravan.Web.Hosting;
using Caravan.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>The study's CSV tables (the files <c>caravan analyze</c> writes), as JSON cells or as the CSV itself.</summary>
internal static class TablesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/tables", (StudyHost host) => StudyGate.With(host, v => Results.Json(v.Tables.Keys.Order(StringComparer.Ordinal))))
            .WithSummary("Names of the study's tables");
        app.MapGet("/api/tables/{name}", (string name, StudyHost host) => StudyGate.With(host, v => Find(v, name) is { } t
            ? StudyGate.Cached(v, "table:" + t.Name, () => new { name = t.Name, file = t.FileName, header = t.Header, rows = t.Rows.Select(r => r.Select(CsvTable.Format)) })
            : Unknown(v, name)))
            .WithSummary("One study table as JSON").WithDescription("Cells are the CSV's text exactly (numbers in round-trip precision, missing values empty).");
        app.MapGet("/api/tables/{name}/csv", (string name, StudyHost host) => StudyGate.With(host, v => Find(v, name) is { } t
            ? Results.File(v.Cached("csv:" + t.Name, () => Encoding.UTF8.GetBytes(t.ToCsv())), "text/csv; charset=utf-8", t.FileName)
            : Unknown(v, name)))
            .WithSummary("One study table as CSV (the same bytes as caravan analyze writes)");
    }

    private static CsvTable? Find(StudyView v, string name) => v.Tables.GetValueOrDefault(name);

    private static IResult Unknown(StudyView v, string name) => ApiError.Result(StatusCodes.Status404NotFound,
        $"error: no table '{JsonBody.Truncate(name, 40)}'. Tables: {string.Join(", ", v.Tables.Keys.Order(StringComparer.Ordinal))}.");
}
