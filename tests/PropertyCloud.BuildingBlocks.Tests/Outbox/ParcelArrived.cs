using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.BuildingBlocks.Tests.Outbox;

/// <summary>An integration event the relay under test knows how to publish.</summary>
public sealed record ParcelArrived : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required int Number { get; init; }
}
