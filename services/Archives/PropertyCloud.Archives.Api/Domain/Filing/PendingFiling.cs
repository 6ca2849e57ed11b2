using PropertyCloud.Archives.Api.Domain.Documents;

namespace PropertyCloud.Archives.Api.Domain.Filing;

/// <summary>A record that arrived before its unit's file was opened; it is filed when the unit is registered.</summary>
public sealed class PendingFiling
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid SourceEventId { get; private set; }
    public string RecordType { get; private set; } = "";
    public DocumentCategory Category { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }
    public string Details { get; private set; } = "";
    public DateOnly? DestructionReviewOn { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }

    private PendingFiling() { }

    public static PendingFiling Hold(FilingRequest request, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EstateId = request.EstateId,
        UnitId = request.UnitId,
        SourceEventId = request.SourceEventId,
        RecordType = request.RecordType,
        Category = request.Category,
        Title = request.Title,
        OccurredAt = request.OccurredAt,
        Details = request.Details,
        DestructionReviewOn = request.DestructionReviewOn,
        ReceivedAt = now,
    };

    public FilingRequest ToRequest() => new(SourceEventId, RecordType, EstateId, UnitId, Category, Title, OccurredAt, Details, DestructionReviewOn);
}
