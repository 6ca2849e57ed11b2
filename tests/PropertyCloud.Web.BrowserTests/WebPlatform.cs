using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Testing;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>
/// The whole platform started by the real app host (demo data, databases and a virtual host of its own) and one
/// headless Debian Chromium, shared by all browser tests. Each test gets a fresh browser context (its own cookies).
/// </summary>
public sealed class WebPlatform : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = "Demo@12345";

    private static readonly string[] Services = ["identity", "residents", "archives", "billing", "repairs", "surveys", "quality", "partners"];
    private readonly TestDatabase[] _databases = [.. Services.Select(service => new TestDatabase(service))];

    /// <summary>The console's own database: its data-protection keys, shared by its replicas.</summary>
    public TestDatabase WebDatabase { get; } = new("web");
    private TestVirtualHost? _virtualHost;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public DistributedApplication? App { get; private set; }

    /// <summary>The gateway's address, as a browser would type it.</summary>
    public Uri Gateway { get; private set; } = null!;

    /// <summary>Where screenshots of failed tests go (tests/PropertyCloud.Web.BrowserTests/TestResults/screenshots).</summary>
    public static string ScreenshotDirectory { get; } =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    public async Task InitializeAsync()
    {
        // WEB_TESTS_GATEWAY=http://localhost:8080 runs the tests against a platform already up in demo mode (./run.sh).
        if (Environment.GetEnvironmentVariable("WEB_TESTS_GATEWAY") is { Length: > 0 } running)
        {
            Gateway = new Uri(running);
        }
        else
        {
            await StartPlatformAsync();
        }

        // The machine is shared with builds: an assertion waits as long as an action does, not Playwright's 5 s.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    private async Task StartPlatformAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.PropertyCloud_AppHost>(
        [
            "InfraMode=local",
            "DemoData:Enabled=true",
            "DemoData:Estates=3",
            // A fixed port: Identity must know the console's sign-in address before the gateway starts.
            $"Gateway:Port={FreePort()}",
            // One browser signs in as many users in a row from one address; the default limit would slow it down.
            "Gateway:PermitsPerSecond=1000",
            "Gateway:Burst=2000",
            $"ConnectionStrings:rabbitmq={_virtualHost!.ConnectionString()}",
            .. Services.Select((service, i) => $"ConnectionStrings:{service}db={_databases[i].ConnectionString}"),
            $"ConnectionStrings:webdb={WebDatabase.ConnectionString}",
        ]);
        // The testing builder moves every port by default; the gateway's must stay where Identity expects it.
        builder.Configuration["DcpPublisher:RandomizePorts"] = "false";
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        var app = await builder.BuildAsync();
        App = app;
        // About half a minute on a quiet machine; generous because the machine is shared with builds (other suites'
        // builds and platforms can push the load past 50 on two cores, and a start then takes several minutes).
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(12));
        try
        {
            await app.StartAsync(startup.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The platform did not become healthy: " + ResourceStates(app));
        }
        Gateway = app.GetEndpoint("gateway", "http");
    }

    private static string ResourceStates(DistributedApplication app) => string.Join("; ", app.Services.GetRequiredService<DistributedApplicationModel>().Resources
        .Select(r => app.ResourceNotifications.TryGetCurrentState(r.Name, out var e)
            ? $"{r.Name}={e.Snapshot.State?.Text}/{e.Snapshot.HealthStatus}"
            : $"{r.Name}=?"));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Signs in as the demo user of <paramref name="role"/> through Identity's login page, runs <paramref name="test"/>
    /// on the console and, if it fails, saves a screenshot named after <paramref name="testName"/> before rethrowing.
    /// </summary>
    public async Task AsAsync(string role, string testName, Func<IPage, Task> test, ViewportSize? viewport = null)
    {
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Gateway.ToString(),
            Locale = "zh-CN",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        try
        {
            await SignInAsync(page, role);
            await test(page);
        }
        catch (Exception failure)
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            var file = Path.Combine(ScreenshotDirectory, $"{testName}-{role}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            throw new Xunit.Sdk.XunitException($"{failure.Message}{Environment.NewLine}At {page.Url}, screenshot: {file}{Environment.NewLine}{failure}");
        }
    }

    private async Task SignInAsync(IPage page, string role)
    {
        await page.GotoAsync("/");
        await page.Locator("#UserName").FillAsync(role);
        await page.Locator("#Password").FillAsync(DemoPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        await WaitUntilInteractiveAsync(page);
        // Identity's login pages must answer on the gateway's address too, or the browser ends up on Identity's own port.
        if (!new Uri(page.Url).Authority.Equals(Gateway.Authority, StringComparison.OrdinalIgnoreCase))
        {
            throw new Xunit.Sdk.XunitException($"After signing in the browser is at {page.Url}, not on the gateway {Gateway}.");
        }
    }

    /// <summary>Works in the estate named <paramref name="name"/>, choosing it in the app bar if another is in use.</summary>
    public static async Task ChooseEstateAsync(IPage page, string name)
    {
        // MudSelect puts data-test on its input: the estate in use is the input's value, not its text.
        var picker = page.Locator("[data-test=estate-picker]");
        const string current = "e => (e.value ?? e.textContent) || ''";
        if (await picker.CountAsync() == 0 || (await picker.EvaluateAsync<string>(current)).Contains(name, StringComparison.Ordinal))
        {
            return;
        }
        await picker.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = name }).ClickAsync();
        await Assertions.Expect(picker).ToHaveValueAsync(name);
    }

    /// <summary>An owner's or a maintenance worker's phone.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>Fails if the page is wider than the screen, so that the user would have to scroll sideways.</summary>
    public static async Task AssertFitsWidthAsync(IPage page, string what)
    {
        var (content, screen) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), page.ViewportSize!.Width);
        Assert.True(content <= screen, $"{what} is {content} px wide on a {screen} px screen");
    }

    /// <summary>
    /// The input (or textarea) of the MudBlazor field marked data-test=<paramref name="test"/>: some fields put the
    /// attribute on the input itself, others on their outer element.
    /// </summary>
    public static ILocator Field(IPage page, string test, string tag = "input") => page.Locator($"{tag}[data-test={test}], [data-test={test}] {tag}").First;

    /// <inheritdoc cref="Field(IPage, string, string)"/>
    public static ILocator Field(ILocator scope, string test, string tag = "input") => scope.Locator($"{tag}[data-test={test}], [data-test={test}] {tag}").First;

    /// <summary>Waits until the page's Blazor circuit is up, so that clicks reach the server.</summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("[data-test=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
        if (_virtualHost is not null)
        {
            await _virtualHost.DisposeAsync();
        }
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
        await WebDatabase.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebPlatformCollection : ICollectionFixture<WebPlatform>
{
    public const string Name = "web platform";
}
