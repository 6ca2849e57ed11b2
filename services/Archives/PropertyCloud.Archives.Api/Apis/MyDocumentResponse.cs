using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>An archive document as its owner sees it: no index number, retention, holds or who uploaded it.</summary>
public sealed record MyDocumentResponse(
    Guid Id, string Title, DocumentCategory Category, Guid? UnitId, DateTimeOffset FiledAt, string FileName, string ContentType, long Length)
{
    public static MyDocumentResponse From(ArchiveDocument d, Guid? unitId)
    {
        var current = d.Versions.First(v => v.Number == d.CurrentVersion);
        return new(d.Id, d.Title, d.Category, unitId, d.FiledAt, current.FileName, current.ContentType, current.Length);
    }
}
