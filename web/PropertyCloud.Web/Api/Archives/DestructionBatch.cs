namespace PropertyCloud.Web.Api.Archives;

/// <summary>
/// A destruction batch (销毁清册): proposed, approved by another person, destroyed by one and witnessed by a second; the
/// *Name fields are the signatories' display names (their id on batches from before names were kept).
/// </summary>
public sealed record DestructionBatch(Guid Id, Guid EstateId, IReadOnlyList<Guid> DocumentIds, string Status, string ProposedBy,
    DateTimeOffset ProposedAt, string? ApprovedBy, string? ActedBy, string? WitnessedBy, DateTimeOffset? DestroyedAt,
    int DocumentCount = 0, string? ProposedByName = null, string? ApprovedByName = null, DateTimeOffset? ApprovedAt = null,
    string? ActedByName = null, DateTimeOffset? ActedAt = null, string? WitnessedByName = null);

/// <summary>The documents proposed for destruction.</summary>
public sealed record DestructionBatchRequest(IReadOnlyList<Guid> DocumentIds);
