using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace PropertyCloud.BuildingBlocks.Documents;

/// <summary>
/// One headless Chromium per process, started on the first render and restarted if it dies. Pages run with
/// JavaScript off and every network request refused: a report's HTML carries user-entered text, and printing
/// must never fetch anything on its behalf.
/// </summary>
internal sealed partial class ChromiumPdfRenderer(IOptions<PdfRenderingOptions> options, ILogger<ChromiumPdfRenderer> logger)
    : IPdfRenderer, IAsyncDisposable
{
    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none", "--no-first-run"];

    private readonly PdfRenderingOptions settings = options.Value;
    private readonly SemaphoreSlim launchLock = new(1, 1);
    private readonly SemaphoreSlim pages = new(options.Value.MaxConcurrentPages, options.Value.MaxConcurrentPages);
    private IBrowser? browser;

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        await pages.WaitAsync(cancellationToken);
        try
        {
            var running = await GetBrowserAsync(cancellationToken);
            await using var page = await running.NewPageAsync();
            page.DefaultTimeout = (int)settings.RenderTimeout.TotalMilliseconds;
            await page.SetJavaScriptEnabledAsync(false);
            await page.SetRequestInterceptionAsync(true);
            page.Request += async (_, e) =>
            {
                if (IsInline(e.Request.Url)) await e.Request.ContinueAsync();
                else await e.Request.AbortAsync();
            };
            await page.SetContentAsync(html);
            return await page.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.A4,
                PrintBackground = true,
                PreferCSSPageSize = true,
            });
        }
        finally
        {
            pages.Release();
        }
    }

    private static bool IsInline(string url) =>
        url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal);

    private async Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        if (browser is { IsClosed: false }) return browser;
        await launchLock.WaitAsync(cancellationToken);
        try
        {
            if (browser is { IsClosed: false }) return browser;
            if (browser is not null) LogRestart(logger);
            if (settings.BrowserEndpoint is { Length: > 0 } endpoint)
            {
                browser = await ConnectAsync(endpoint);
                return browser;
            }

            if (!File.Exists(settings.ChromiumPath))
            {
                throw new InvalidOperationException(
                    $"PDF rendering needs Chromium at {settings.ChromiumPath} (Debian: apt-get install chromium fonts-noto-cjk; or set Pdf:ChromiumPath).");
            }

            browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = settings.ChromiumPath,
                Headless = true,
                Args = ChromiumArguments,
            });
            return browser;
        }
        finally
        {
            launchLock.Release();
        }
    }

    private static Task<IBrowser> ConnectAsync(string endpoint) =>
        Puppeteer.ConnectAsync(endpoint.StartsWith("ws", StringComparison.OrdinalIgnoreCase)
            ? new ConnectOptions { BrowserWSEndpoint = endpoint }
            : new ConnectOptions { BrowserURL = endpoint });

    public async ValueTask DisposeAsync()
    {
        // A sidecar's Chromium outlives this process: leave it running.
        if (settings.BrowserEndpoint is { Length: > 0 }) browser?.Disconnect();
        else if (browser is not null) await browser.DisposeAsync();
        launchLock.Dispose();
        pages.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Headless Chromium for PDF rendering had stopped; starting a new one")]
    private static partial void LogRestart(ILogger logger);
}
