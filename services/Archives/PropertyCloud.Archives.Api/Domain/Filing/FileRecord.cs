using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.Api.Domain.Filing;

/// <summary>A record filed automatically into a customer file from another system's event (000 篇6: 自动流转至档案系统).</summary>
public sealed class FileRecord
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid FileId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid SourceEventId { get; private set; }
    public string RecordType { get; private set; } = "";
    public DocumentCategory Category { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }
    public string Details { get; private set; } = "";
    public DateOnly? DestructionReviewOn { get; private set; }
    public DateTimeOffset FiledAt { get; private set; }

    private FileRecord() { }

    public static FileRecord FileInto(CustomerFile file, FilingRequest request, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = file.EstateId,
        FileId = file.Id,
        UnitId = file.UnitId,
        SourceEventId = request.SourceEventId,
        RecordType = request.RecordType,
        Category = request.Category,
        Title = request.Title,
        OccurredAt = request.OccurredAt,
        Details = request.Details,
        DestructionReviewOn = request.DestructionReviewOn,
        FiledAt = now,
    };
}
