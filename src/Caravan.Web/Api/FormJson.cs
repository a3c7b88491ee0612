using System.Text.Json;
using System.Text.Json.Serialization;

namespace Caravan.Web.Api;

/// <summary>How the forms' JSON bodies are read: camelCase, unknown properties refused, shallow; errors name line and property.</summary>
internal static class FormJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 4,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Message(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "";
        var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (property {e.Path})";
        return $"error: request body:{where}{path}: {e.Message.Split(" Path:", 2)[0]}";
    }
}
