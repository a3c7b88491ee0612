using Microsoft.Playwright;

namespace Caravan.Web.Tests;

/// <summary>A browser test: skipped (cleanly) when Debian's chromium is not installed (.ci/run installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserFixture.Executable))
        {
            Skip = $"chromium not found at {BrowserFixture.Executable} (apt-get install chromium, or set CARAVAN_CHROMIUM); browser tests skipped.";
        }
    }
}

/// <summary>Headless Debian chromium driven by Playwright (its own browser download does not work offline, so ExecutablePath is set).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static string Executable => Environment.GetEnvironmentVariable("CARAVAN_CHROMIUM") ?? "/usr/bin/chromium";

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
