using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A complaint was closed after its feedback and call back.</summary>
public sealed record ComplaintClosed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid ComplaintId { get; init; }

    /// <summary>The complainant's unit, when known.</summary>
    public Guid? UnitId { get; init; }

    public required string Category { get; init; }
    public required bool IsMajor { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Minutes from receipt to resolution, as written on the feedback form.</summary>
    public required int HandlingMinutes { get; init; }

    /// <summary>satisfied, basically_satisfied or dissatisfied: the complainant's opinion of the result.</summary>
    public required string ComplainantOpinion { get; init; }
}
