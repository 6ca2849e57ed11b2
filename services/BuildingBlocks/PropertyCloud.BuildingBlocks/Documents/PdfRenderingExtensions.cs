using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PropertyCloud.BuildingBlocks.Documents;

public static class PdfRenderingExtensions
{
    /// <summary>Registers <see cref="IPdfRenderer"/> (headless Chromium, configured by the <c>Pdf</c> section).</summary>
    public static IHostApplicationBuilder AddPdfRendering(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PdfRenderingOptions>().BindConfiguration(PdfRenderingOptions.Section);
        builder.Services.AddSingleton<IPdfRenderer, ChromiumPdfRenderer>();
        return builder;
    }
}
