using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Archives.Contracts;

/// <summary>A loan (借阅) of an archive document was approved at the document's level and registered as out.</summary>
public sealed record LoanApproved : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid LoanId { get; init; }
    public required Guid DocumentId { get; init; }

    /// <summary>The document's confidentiality level: "A", "B" or "C".</summary>
    public required string Level { get; init; }

    /// <summary>The borrower's user id (subject of their token).</summary>
    public required string BorrowerId { get; init; }

    /// <summary>When the item must be back.</summary>
    public required DateTimeOffset DueAt { get; init; }
}
