using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>
/// PDF, images and office files only. The extension, the declared content type and the file's own leading bytes
/// must all agree, so a renamed executable is refused even when its name and header lie.
/// </summary>
public static class DocumentFormats
{
    public const int HeaderLength = 8;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private const string OctetStream = "application/octet-stream";

    public static readonly IReadOnlyList<DocumentFormat> All =
    [
        new("PDF", [".pdf"], ["application/pdf"], ["%PDF-"u8.ToArray()]),
        new("JPEG", [".jpg", ".jpeg"], ["image/jpeg"], [[0xFF, 0xD8, 0xFF]]),
        new("PNG", [".png"], ["image/png"], [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]]),
        new("TIFF", [".tif", ".tiff"], ["image/tiff"], [[0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A]]),
        new("Word", [".docx"], ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", OctetStream], [Zip]),
        new("Excel", [".xlsx"], ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", OctetStream], [Zip]),
        new("PowerPoint", [".pptx"], ["application/vnd.openxmlformats-officedocument.presentationml.presentation", OctetStream], [Zip]),
        new("Word 97", [".doc"], ["application/msword", OctetStream], [Ole]),
        new("Excel 97", [".xls"], ["application/vnd.ms-excel", OctetStream], [Ole]),
        new("PowerPoint 97", [".ppt"], ["application/vnd.ms-powerpoint", OctetStream], [Ole]),
    ];

    private static readonly string AcceptedExtensions = string.Join(", ", All.SelectMany(f => f.Extensions));

    /// <summary>The format of an upload, or a 422 naming field "file" saying what is accepted.</summary>
    public static DocumentFormat Recognise(string fileName, string? contentType, ReadOnlySpan<byte> header)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var format = All.FirstOrDefault(f => f.Extensions.Contains(extension))
            ?? throw Refused("document.type_not_accepted",
                new($"不接受此文件类型（{extension}），仅接受：{AcceptedExtensions}", $"Files of type '{extension}' are not accepted; accepted: {AcceptedExtensions}"));
        var declared = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (!format.ContentTypes.Contains(declared))
        {
            throw Refused("document.content_type_mismatch",
                new($"内容类型 {declared} 与 {format.Name} 文件不符", $"Content type '{declared}' does not match a {format.Name} file"));
        }
        if (!format.StartsWithSignature(header))
        {
            throw Refused("document.content_mismatch",
                new($"文件内容不是 {format.Name} 格式", $"The file's content is not {format.Name}"));
        }
        return format;
    }

    private static DomainException Refused(string code, LocalizedText text) => new(code, text, "file");
}
