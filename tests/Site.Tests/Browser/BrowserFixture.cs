using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// One headless Chromium for every browser test, driven by Playwright. The browser is
/// Debian's (installed by <c>tools/setup.sh</c>) or <c>SITE_CHROMIUM</c>; Playwright's own
/// downloads are never used. Without a browser the tests fail with a clear message on CI
/// (<c>CI=true</c>) and are skipped elsewhere (see <see cref="BrowserFactAttribute"/>).
/// Each test takes its own context, so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("SITE_CHROMIUM") ?? "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why no browser can run here, or null when one can.</summary>
    public static string? MissingBrowserReason =>
        File.Exists(ExecutablePath)
            ? null
            : $"Chromium not found at {ExecutablePath}: run `bash tools/setup.sh` (installs Debian's chromium) or set SITE_CHROMIUM to a Chromium binary";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(MissingBrowserReason ?? "the browser did not start");

    public async Task InitializeAsync()
    {
        if (MissingBrowserReason is { } reason)
        {
            if (IsCi)
            {
                throw new InvalidOperationException(reason);
            }

            return; // every test of the collection is skipped by BrowserFact
        }

        // Web-first assertions (Expect(...).ToHave...) retry until this bound; Playwright's default is 5 s.
        Assertions.SetDefaultExpectTimeout(WaitTimeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
            Timeout = 60_000, // a cold first start of Chromium on a new machine
        });
    }

    /// <summary>
    /// How long any wait of a browser test may take before it fails: a bound for a test that went wrong,
    /// never a pace. Generous, because a busy machine (other test assemblies, other clones' suites) delays
    /// pages by seconds; see <see cref="PageWaits"/> for what tests wait for.
    /// </summary>
    public const int WaitTimeout = 30_000;

    /// <summary>A fresh page in its own context (<paramref name="options"/>, English by default), with bounded default waits.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.Locale ??= "en-US";
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(WaitTimeout);
        context.SetDefaultNavigationTimeout(WaitTimeout);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>The collection sharing one <see cref="BrowserFixture"/>: put <c>[Collection(BrowserCollection.Name)]</c> on browser test classes.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>A fact that needs Chromium: skipped when it is missing, except on CI where the fixture fails instead.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserFixture.MissingBrowserReason is { } reason && !BrowserFixture.IsCi)
        {
            Skip = reason;
        }
    }
}
