namespace PropertyCloud.Web.Api.Archives;

/// <summary>A destruction batch (销毁清册): proposed, approved by another person, destroyed by one and witnessed by a second.</summary>
public sealed record DestructionBatch(Guid Id, Guid EstateId, IReadOnlyList<Guid> DocumentIds, string Status, string ProposedBy,
    DateTimeOffset ProposedAt, string? ApprovedBy, string? ActedBy, string? WitnessedBy, DateTimeOffset? DestroyedAt);

/// <summary>The documents proposed for destruction.</summary>
public sealed record DestructionBatchRequest(IReadOnlyList<Guid> DocumentIds);
