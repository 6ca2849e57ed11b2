using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.BuildingBlocks.Tests.Outbox;

/// <summary>An integration event left out of the relay's known types, so publishing it fails.</summary>
public sealed record ParcelReturned : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
}
