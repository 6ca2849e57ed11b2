namespace PropertyCloud.BuildingBlocks.Documents;

/// <summary>
/// Turns a self-contained printable HTML page (inline CSS, no scripts, no external resources) into a PDF, so
/// every report exists once as HTML and is printed from the same markup.
/// </summary>
public interface IPdfRenderer
{
    /// <summary>Renders <paramref name="html"/> to PDF bytes; the page size comes from the page's CSS (<c>@page</c>), A4 otherwise.</summary>
    Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default);
}
