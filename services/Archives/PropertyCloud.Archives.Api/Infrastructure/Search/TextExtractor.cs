using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace PropertyCloud.Archives.Api.Infrastructure.Search;

/// <summary>
/// Pulls the searchable text out of text-based PDFs (PdfPig) and Office Open XML files (Word, Excel, PowerPoint).
/// Scanned PDFs, images and the old binary Office formats have none; a file that cannot be read yields none rather
/// than failing the upload. Text is capped so a huge file cannot bloat the index.
/// </summary>
public static partial class TextExtractor
{
    public const int MaxCharacters = 400_000;
    private const int MaxPdfPages = 500;

    private static readonly string[] ReadableTypes =
    [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ];

    /// <summary>Whether text can come out of this content type at all (images and old binary Office files: no).</summary>
    public static bool Reads(string contentType) => ReadableTypes.Contains(contentType, StringComparer.Ordinal);

    public static string Extract(Stream content, string contentType, ILogger logger)
    {
        var (text, failure) = TryExtract(content, contentType);
        if (failure is not null)
        {
            logger.LogInformation("No text could be extracted from a {ContentType} upload: {Failure}", contentType, failure);
        }
        return text;
    }

    /// <summary>The text, or none and why the file could not be read (null when it was read, text or not).</summary>
    public static (string Text, string? Failure) TryExtract(Stream content, string contentType)
    {
        try
        {
            return (contentType switch
            {
                _ when contentType == ReadableTypes[0] => FromPdf(content),
                _ when contentType == ReadableTypes[1] => FromWord(content),
                _ when contentType == ReadableTypes[2] => FromExcel(content),
                _ when contentType == ReadableTypes[3] => FromPowerPoint(content),
                _ => "",
            }, null);
        }
        catch (Exception unreadable) when (unreadable is not OperationCanceledException and not OutOfMemoryException)
        {
            return ("", $"{unreadable.GetType().Name}: {unreadable.Message}");
        }
    }

    private static string FromPdf(Stream content)
    {
        // A file without a trailer is no well-formed PDF; lenient parsing would crawl all of it looking for objects.
        if (!HasPdfTrailer(content))
        {
            return "";
        }
        using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = false });
        var text = new Capped();
        foreach (var page in pdf.GetPages().Take(MaxPdfPages))
        {
            if (!text.Append(JoinCjk(page.Text)))
            {
                break;
            }
        }
        return text.ToString();
    }

    private static string FromWord(Stream content)
    {
        using var word = WordprocessingDocument.Open(content, isEditable: false);
        var text = new Capped();
        foreach (var paragraph in word.MainDocumentPart?.Document?.Body?.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>() ?? [])
        {
            if (!text.Append(paragraph.InnerText))
            {
                break;
            }
        }
        return text.ToString();
    }

    private static string FromExcel(Stream content)
    {
        using var excel = SpreadsheetDocument.Open(content, isEditable: false);
        var text = new Capped();
        foreach (var item in excel.WorkbookPart?.SharedStringTablePart?.SharedStringTable?.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>() ?? [])
        {
            if (!text.Append(item.InnerText))
            {
                break;
            }
        }
        return text.ToString();
    }

    private static string FromPowerPoint(Stream content)
    {
        using var slides = PresentationDocument.Open(content, isEditable: false);
        var text = new Capped();
        foreach (var slide in slides.PresentationPart?.SlideParts ?? [])
        {
            foreach (var run in slide.Slide?.Descendants<DocumentFormat.OpenXml.Drawing.Text>() ?? [])
            {
                if (!text.Append(run.Text))
                {
                    return text.ToString();
                }
            }
        }
        return text.ToString();
    }

    private static bool HasPdfTrailer(Stream content)
    {
        var tail = new byte[Math.Min(2048, content.Length)];
        content.Seek(-tail.Length, SeekOrigin.End);
        content.ReadExactly(tail);
        content.Position = 0;
        return tail.AsSpan().IndexOf("startxref"u8) >= 0;
    }

    /// <summary>PDF text comes glyph by glyph, often with spaces between Chinese characters; words are found without them.</summary>
    public static string JoinCjk(string text) => SpaceBetweenCjk().Replace(text, "");

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF00-\uFFEF])\s+(?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF00-\uFFEF])")]
    private static partial Regex SpaceBetweenCjk();

    private sealed class Capped
    {
        private readonly StringBuilder _text = new();

        /// <summary>Adds a line; false once the cap is reached.</summary>
        public bool Append(string line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                return true;
            }
            var room = MaxCharacters - _text.Length;
            _text.Append(line.Length > room ? line[..room] : line).Append('\n');
            return _text.Length < MaxCharacters;
        }

        public override string ToString() => _text.ToString();
    }
}
