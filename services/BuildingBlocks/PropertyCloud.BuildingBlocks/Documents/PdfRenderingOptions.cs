namespace PropertyCloud.BuildingBlocks.Documents;

/// <summary>Configuration section <c>Pdf</c>.</summary>
public sealed class PdfRenderingOptions
{
    public const string Section = "Pdf";

    /// <summary>Headless Chromium from Debian's <c>chromium</c> package; CJK text needs <c>fonts-noto-cjk</c>.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Pages rendered at the same time by one process; more wait their turn.</summary>
    public int MaxConcurrentPages { get; set; } = 2;

    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
