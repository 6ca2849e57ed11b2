using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>
/// The complainant got a first response to a complaint. Raised once per complaint: a response after a reopening is not
/// a first response.
/// </summary>
public sealed record ComplaintResponded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid ComplaintId { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required DateTimeOffset RespondedAt { get; init; }
}
