using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Archives.Contracts;

/// <summary>A destruction batch was carried out by one person and witnessed by another; its documents are destroyed.</summary>
public sealed record DocumentsDestroyed : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid BatchId { get; init; }
    public required IReadOnlyList<Guid> DocumentIds { get; init; }
}
