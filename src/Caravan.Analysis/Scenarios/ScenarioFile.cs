using System.Text.Json;
using System.Text.Json.Serialization;

namespace Caravan.Analysis.Scenarios;

/// <summary>
/// Reads a <see cref="ScenarioChanges"/> from JSON (the file of <c>caravan scenario --file s.json</c> and the body of the
/// web API), e.g. <c>{"dyad": "TKM", "fromYear": 2000, "toYear": 2014, "sco": 1}</c>. Property names are camelCase and
/// case-insensitive; an unknown property, a wrong type or malformed JSON is an error naming the source, line and property.
/// </summary>
public static class ScenarioFile
{
    public const int MaxBytes = 16 * 1024;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 8,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static ScenarioChanges Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new StudyInputException($"Scenario file {path} does not exist.");
        }

        if (info.Length > MaxBytes)
        {
            throw new StudyInputException($"Scenario file {path} is {info.Length} bytes; a scenario is at most {MaxBytes} bytes.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses JSON text; <paramref name="source"/> names it in errors (a file path, or "request body").</summary>
    public static ScenarioChanges Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxBytes)
        {
            throw new StudyInputException($"{source}: {json.Length} characters; a scenario is at most {MaxBytes}.");
        }

        try
        {
            return JsonSerializer.Deserialize<ScenarioChanges>(json, Json)
                ?? throw new StudyInputException($"{source}: expected a JSON object with the scenario, got null.");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "";
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (property {e.Path})";
            var what = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? $"not a scenario field; the fields are {string.Join(", ", Fields)}."
                : e.Message.Split(" Path:", 2)[0];
            throw new StudyInputException($"{source}:{where}{path}: {what}");
        }
    }

    /// <summary>The JSON field names of a scenario.</summary>
    public static IReadOnlyList<string> Fields { get; } = typeof(ScenarioChanges).GetProperties()
        .Where(p => p.CanWrite).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToArray();

    public static string Write(ScenarioChanges changes) => JsonSerializer.Serialize(changes, Json);
}
