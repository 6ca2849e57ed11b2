using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>A document found by search; <see cref="Snippet"/> only for level C documents.</summary>
public sealed record SearchHit(Guid DocumentId, Guid FileId, string Title, DocumentCategory Category, ConfidentialityLevel Level,
    string? IndexNumber, DateTimeOffset FiledAt, string? Snippet)
{
    public static SearchHit From(ArchiveDocument d, string? snippet) => new(d.Id, d.FileId, d.Title, d.Category, d.Level, d.IndexNumber, d.FiledAt, snippet);
}
