using System.Text;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Security;

/// <summary>Reads a request body as UTF-8 text up to <see cref="RequestLimits.MaxBodyBytes"/>, whatever the client claimed its length is.</summary>
internal static class JsonBody
{
    public static async Task<(string? Text, IResult? Error)> Read(HttpRequest request, CancellationToken token)
    {
        if (request.ContentType is { } ct && !ct.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ApiError.Result(StatusCodes.Status415UnsupportedMediaType, $"error: send the body as application/json (got {Truncate(ct)})."));
        }

        var buffer = new byte[RequestLimits.MaxBodyBytes + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await request.Body.ReadAsync(buffer.AsMemory(read, buffer.Length - read), token);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        if (read > RequestLimits.MaxBodyBytes)
        {
            return (null, ApiError.Result(StatusCodes.Status413PayloadTooLarge, $"error: the request body is larger than {RequestLimits.MaxBodyBytes} bytes."));
        }

        if (read == 0)
        {
            return (null, ApiError.BadRequest("error: the request body is empty; send a JSON object."));
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(buffer, 0, read), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, ApiError.BadRequest("error: the request body is not valid UTF-8."));
        }
    }

    public static string Truncate(string s, int max = 60) => s.Length <= max ? s : s[..max] + "…";
}
