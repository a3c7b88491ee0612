using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Security;

/// <summary>Size limits on requests, checked before any handler reads a body.</summary>
internal static class RequestLimits
{
    /// <summary>Largest request body the server reads (a scenario, panel or fit form is far smaller).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Longest query string accepted.</summary>
    public const int MaxQueryLength = 2048;

    public static async Task Apply(HttpContext context, Func<Task> next)
    {
        if (context.Request.ContentLength is > MaxBodyBytes)
        {
            await ApiError.Write(context, StatusCodes.Status413PayloadTooLarge,
                $"error: the request body is {context.Request.ContentLength} bytes; the limit is {MaxBodyBytes}.");
            return;
        }

        if (context.Request.QueryString.HasValue && context.Request.QueryString.Value!.Length > MaxQueryLength)
        {
            await ApiError.Write(context, StatusCodes.Status414UriTooLong, $"error: the query string is longer than {MaxQueryLength} characters.");
            return;
        }

        await next();
    }
}
