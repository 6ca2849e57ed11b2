using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.Api.Apis;

public sealed record DocumentResponse(
    Guid Id, Guid EstateId, Guid FileId, string Title, DocumentCategory Category, ConfidentialityLevel Level,
    int RetentionYears, DateTimeOffset RetainUntil, string? IndexNumber, DateTimeOffset FiledAt, int CurrentVersion,
    string? LegalHoldReason, bool IsPublic,
    IReadOnlyList<DocumentVersionResponse> Versions)
{
    public static DocumentResponse From(ArchiveDocument d) =>
        new(d.Id, d.EstateId, d.FileId, d.Title, d.Category, d.Level, d.RetentionYears, d.RetainUntil, d.IndexNumber,
            d.FiledAt, d.CurrentVersion, d.LegalHoldReason, d.IsPublic, [.. d.Versions.OrderBy(v => v.Number).Select(DocumentVersionResponse.From)]);
}
