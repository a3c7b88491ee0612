using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Security;

/// <summary>The one shape of an API error: <c>{"error": "error: …"}</c>, the message the CLI would print.</summary>
internal static class ApiError
{
    /// <summary>The default encoder escapes &lt;, &gt;, &amp; and quotes, so an echoed name is inert even if someone renders it as HTML.</summary>
    private static readonly JsonSerializerOptions Safe = new(JsonSerializerDefaults.Web);

    public static IResult Result(int status, string message) =>
        Results.Json(new { error = message.StartsWith("error:", StringComparison.Ordinal) ? message : "error: " + message }, Safe, statusCode: status);

    public static IResult BadRequest(string message) => Result(StatusCodes.Status400BadRequest, message);

    public static async Task Write(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { error = message }));
    }
}
