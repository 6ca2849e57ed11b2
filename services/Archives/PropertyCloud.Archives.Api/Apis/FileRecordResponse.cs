using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Filing;

namespace PropertyCloud.Archives.Api.Apis;

public sealed record FileRecordResponse(
    Guid Id, Guid FileId, string RecordType, DocumentCategory Category, string Title, DateTimeOffset OccurredAt,
    DateTimeOffset FiledAt, Guid SourceEventId, DateOnly? DestructionReviewOn)
{
    public static FileRecordResponse From(FileRecord r) =>
        new(r.Id, r.FileId, r.RecordType, r.Category, r.Title, r.OccurredAt, r.FiledAt, r.SourceEventId, r.DestructionReviewOn);
}
