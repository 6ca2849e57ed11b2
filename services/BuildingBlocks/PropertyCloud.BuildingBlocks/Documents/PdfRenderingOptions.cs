namespace PropertyCloud.BuildingBlocks.Documents;

/// <summary>Configuration section <c>Pdf</c>.</summary>
public sealed class PdfRenderingOptions
{
    public const string Section = "Pdf";

    /// <summary>Headless Chromium from Debian's <c>chromium</c> package; CJK text needs <c>fonts-noto-cjk</c>.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>
    /// DevTools endpoint of a Chromium already running beside the service (a container sidecar, e.g.
    /// <c>ws://127.0.0.1:9222/devtools/browser/...</c> or <c>http://127.0.0.1:9222</c>); when set, nothing is launched locally.
    /// </summary>
    public string? BrowserEndpoint { get; set; }

    /// <summary>Pages rendered at the same time by one process; more wait their turn.</summary>
    public int MaxConcurrentPages { get; set; } = 2;

    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
