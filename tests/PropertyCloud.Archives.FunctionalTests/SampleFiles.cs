using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.Documents;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>Real Word and PDF files with text in them, for search.</summary>
public static class SampleFiles
{
    public static byte[] Word(params string[] paragraphs)
    {
        using var content = new MemoryStream();
        using (var word = WordprocessingDocument.Create(content, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
            main.Document.Save();
        }
        return content.ToArray();
    }

    /// <summary>A text-based PDF printed by the service's own renderer (Chromium with Noto CJK fonts).</summary>
    public static Task<byte[]> PdfAsync(ArchivesService service, string body) =>
        service.Factory.Services.GetRequiredService<IPdfRenderer>().RenderAsync(
            $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>@page {{ size: A4; margin: 15mm }}</style></head><body><p>{body}</p></body></html>");
}
