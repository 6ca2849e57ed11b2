namespace PropertyCloud.Archives.Api.Domain.Audit;

/// <summary>Where the audit chain first breaks and why: missing, previous_hash_mismatch or altered.</summary>
public sealed record ChainBreak(long Sequence, string Reason, string Description);
