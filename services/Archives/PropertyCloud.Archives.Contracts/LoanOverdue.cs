using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Archives.Contracts;

/// <summary>An archive loan passed its due time without being returned (raised once per loan).</summary>
public sealed record LoanOverdue : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid LoanId { get; init; }
    public required Guid DocumentId { get; init; }

    /// <summary>The borrower's user id (subject of their token), to remind.</summary>
    public required string BorrowerId { get; init; }
    public required DateTimeOffset DueAt { get; init; }
}
