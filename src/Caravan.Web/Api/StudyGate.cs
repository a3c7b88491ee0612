using System.Text.Json;
using Caravan.Analysis;
using Caravan.Web.Hosting;
using Caravan.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>Runs an endpoint on the computed study; while it is computing the answer is 503 with the progress, after a failure 500 with the error.</summary>
internal static class StudyGate
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static IResult With(StudyHost host, Func<StudyView, IResult> handler)
    {
        switch (host.State)
        {
            case StudyState.Ready:
                try
                {
                    return handler(host.View!);
                }
                catch (StudyInputException e)
                {
                    return ApiError.BadRequest(e.Message);
                }

            case StudyState.Failed:
                return ApiError.Result(StatusCodes.Status500InternalServerError, host.Error!);
            default:
                return Results.Json(new { error = "error: the study is still being computed; try again in a few seconds (GET /api/status shows its progress).", state = "computing" },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>A JSON response computed once per key and served from memory afterwards.</summary>
    public static IResult Cached(StudyView view, string key, Func<object> make) =>
        Results.Bytes(view.Cached(key, () => JsonSerializer.SerializeToUtf8Bytes(make(), Json)), "application/json; charset=utf-8");

    /// <summary>A finite number, or null (JSON has no NaN).</summary>
    public static double? N(double x) => double.IsFinite(x) ? x : null;
}
