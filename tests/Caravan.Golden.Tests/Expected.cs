using System.Text.Json;

namespace Caravan.Golden.Tests;

/// <summary>Reads Expected/*.json (written by the R scripts in Reference/).</summary>
internal static class Expected
{
    public static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Expected", name + ".json"))).RootElement;

    public static double Num(this JsonElement e, string path)
    {
        foreach (var p in path.Split('.'))
        {
            e = e.GetProperty(p);
        }

        return e.GetDouble();
    }
}
