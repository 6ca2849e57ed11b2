using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PropertyCloud.BuildingBlocks.Documents;
using UglyToad.PdfPig;

namespace PropertyCloud.BuildingBlocks.Tests;

public sealed class PdfRendererTests : IAsyncLifetime
{
    private IHost host = null!;

    private IPdfRenderer Renderer => host.Services.GetRequiredService<IPdfRenderer>();

    public Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddPdfRendering();
        host = builder.Build();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncDisposable)host.Services.GetRequiredService<IPdfRenderer>()).DisposeAsync();
        host.Dispose();
    }

    [Fact]
    public async Task Render_ChinesePage_PdfCarriesTheChineseTextAndFigures()
    {
        const string html = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>@page { size: A4; margin: 15mm }</style></head>
            <body><h1>业主满意度调查报告</h1><p>综合满意度 82.5 分</p></body></html>
            """;

        var pdf = await Renderer.RenderAsync(html);

        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(page => page.Text));
        Assert.Contains("满意度调查报告", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("82.5", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_LongTable_SpillsOntoSeveralPages()
    {
        var rows = string.Concat(Enumerable.Range(1, 150).Select(i => $"<tr><td>{i}号楼</td><td>{i * 3}</td></tr>"));
        var html = $"<html><body><table>{rows}</table></body></html>";

        var pdf = await Renderer.RenderAsync(html);

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 1, $"{document.NumberOfPages} page(s)");
    }

    [Fact]
    public async Task Render_PageReferencingTheNetwork_FetchesNothingAndStillPrints()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var html = $"<html><body><img src=\"http://127.0.0.1:{port}/track.png\"><p>打印</p></body></html>";

        var pdf = await Renderer.RenderAsync(html);

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.False(listener.Pending(), "the renderer connected to a URL in the page");
    }

    [Fact]
    public async Task Render_SeveralAtOnce_AllComplete()
    {
        var renders = Enumerable.Range(1, 5).Select(i => Renderer.RenderAsync($"<p>第{i}页</p>"));

        var pdfs = await Task.WhenAll(renders);

        Assert.All(pdfs, pdf => Assert.True(pdf.Length > 500));
    }
}
