using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Archives.Contracts;

/// <summary>A lent archive document came back, was checked for completeness and the loan was closed.</summary>
public sealed record LoanReturned : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid LoanId { get; init; }
    public required Guid DocumentId { get; init; }

    /// <summary>False when items were missing on return (recorded in the loan's note).</summary>
    public required bool Complete { get; init; }
}
