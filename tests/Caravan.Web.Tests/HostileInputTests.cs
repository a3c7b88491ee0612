using System.Net;
using System.Text;

namespace Caravan.Web.Tests;

/// <summary>Hostile input: every answer is a clear 4xx (never a 500, never a file outside the server's own), and the server keeps answering.</summary>
[Collection(WebCollection.Name)]
public sealed class HostileInputTests(WebFixture web)
{
    private async Task<(HttpStatusCode, string)> Post(string path, string body, string type = "application/json")
    {
        var r = await web.Client.PostAsync(path, new StringContent(body, Encoding.UTF8, type));
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    private async Task StillAnswers()
    {
        var r = await web.Client.GetAsync("/api/status");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Theory]
    [InlineData("/api/scenario")]
    [InlineData("/api/panel")]
    [InlineData("/api/fit")]
    public async Task Oversized_bodies_are_refused(string path)
    {
        var (s, body) = await Post(path, "{\"dyad\":\"" + new string('A', 200_000) + "\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, s);
        Assert.Contains("limit", body, StringComparison.Ordinal);
        await StillAnswers();
    }

    [Theory]
    [InlineData("{\"dyad\": \"KAZ\",", "line 1")]
    [InlineData("[1,2,3]", "could not be converted")]
    [InlineData("{\"dyad\":{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{}}}}}}}}}}", "$.dyad")]
    [InlineData("not json at all", "line 1")]
    [InlineData("{\"fromYear\": 1e400}", "fromYear")]
    public async Task Malformed_json_is_a_clear_400(string body, string expected)
    {
        foreach (var path in new[] { "/api/scenario", "/api/panel", "/api/fit" })
        {
            var (s, text) = await Post(path, body);
            Assert.True(s == HttpStatusCode.BadRequest, $"{path}: {(int)s} {text}");
            Assert.Contains("error:", text, StringComparison.Ordinal);
            if (path == "/api/scenario")
            {
                Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        await StillAnswers();
    }

    [Fact]
    public async Task Wrong_content_type_and_empty_body_are_refused()
    {
        var (s1, _) = await Post("/api/scenario", "dyad=KAZ", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, s1);
        var (s2, t2) = await Post("/api/scenario", "");
        Assert.Equal(HttpStatusCode.BadRequest, s2);
        Assert.Contains("empty", t2, StringComparison.Ordinal);
        await StillAnswers();
    }

    [Theory]
    [InlineData("y ~ " + "log(" + "log(log(log(log(log(log(log(x)))))))" + ")", "nests parentheses")]
    [InlineData("y ~ a*b*c*d*e*f*g*h*i*j", "interactions")]
    [InlineData("y ~ x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + x10 + x11 + x12 + x13 + x14 + x15 + x16 + x17 + x18 + x19 + x20 + x21 + x22 + x23 + x24 + x25 + x26 + x27 + x28 + x29 + x30 + x31 + x32 + x33 + x34 + x35 + x36 + x37 + x38 + x39 + x40 + x41 + x42", "operators")]
    [InlineData("", "empty")]
    public async Task Formula_bombs_are_refused_before_parsing(string formula, string expected)
    {
        var (s, text) = await Post("/api/fit", $"{{\"panel\":\"x\",\"model\":\"ols\",\"formula\":\"{formula}\"}}");
        Assert.Equal(HttpStatusCode.BadRequest, s);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        var (s2, t2) = await Post("/api/fit", $"{{\"panel\":\"x\",\"model\":\"ols\",\"formula\":\"y ~ {new string('x', 500)}\"}}");
        Assert.Equal(HttpStatusCode.BadRequest, s2);
        Assert.Contains("at most 400", t2, StringComparison.Ordinal);
        await StillAnswers();
    }

    [Theory]
    [InlineData("/assets/../../../../etc/passwd")]
    [InlineData("/assets/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/assets/%2e%2e/%2e%2e/Caravan.Web.dll")]
    [InlineData("/assets/app/../../../appsettings.json")]
    [InlineData("/api/tables/..%2F..%2Fetc%2Fpasswd/csv")]
    [InlineData("/api/panel/..%2F..%2F/csv")]
    [InlineData("/dyad/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/Caravan.Web.dll")]
    [InlineData("/caravan.runtimeconfig.json")]
    public async Task Path_traversal_reaches_no_file(string path)
    {
        var r = await web.Client.GetAsync(path);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True((int)r.StatusCode is 400 or 404, $"{path}: {(int)r.StatusCode}");
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("runtimeOptions", text, StringComparison.Ordinal);
        await StillAnswers();
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("KAZ';DROP TABLE x;--")]
    public async Task Script_injection_in_names_is_escaped_or_refused(string name)
    {
        var page = await web.Client.GetAsync("/dyad/" + Uri.EscapeDataString(name));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var api = await web.Client.GetAsync("/api/dyads/" + Uri.EscapeDataString(name));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.StartsWith("application/json", api.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var (s, _) = await Post("/api/scenario", $"{{\"dyad\":{System.Text.Json.JsonSerializer.Serialize(name)}}}");
        Assert.Equal(HttpStatusCode.BadRequest, s);
        var (s2, t2) = await Post("/api/panel", $"{{\"states\":{System.Text.Json.JsonSerializer.Serialize("CHN," + name)}}}");
        Assert.Equal(HttpStatusCode.BadRequest, s2);
        Assert.DoesNotContain("<script>", t2, StringComparison.Ordinal); // JSON-escaped, and rendered with textContent by the page
        await StillAnswers();
    }

    [Theory]
    [InlineData("/api/scenario?dyad=KAZ&from=abc")]
    [InlineData("/api/scenario?dyad=KAZ&from=1000&to=3000")]
    [InlineData("/api/scenario?dyad=KAZ&from=2014&to=1992")]
    [InlineData("/api/scenario?dyad=KAZ&expectations=NaN")]
    [InlineData("/api/scenario?dyad=KAZ&capability=-1")]
    [InlineData("/api/scenario?dyad=KAZ&sco=7")]
    [InlineData("/api/scenario?dyad=KAZ&igos=99999999999")]
    [InlineData("/api/theories/verdicts?majority=0")]
    [InlineData("/api/theories/verdicts?minEffect=Infinity")]
    [InlineData("/api/map?indicator=%3Cscript%3E")]
    public async Task Out_of_range_query_values_are_named(string path)
    {
        var r = await web.Client.GetAsync(path);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)r.StatusCode} {text}");
        Assert.Contains("error:", text, StringComparison.Ordinal);
        await StillAnswers();
    }

    [Fact]
    public async Task A_huge_query_string_is_refused()
    {
        var r = await web.Client.GetAsync("/api/scenario?dyad=" + new string('K', 5000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, r.StatusCode);
        await StillAnswers();
    }
}
