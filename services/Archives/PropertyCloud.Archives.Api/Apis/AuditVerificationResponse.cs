using PropertyCloud.Archives.Api.Domain.Audit;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Intact when every entry links to the one before and still matches its hash; otherwise the first break.</summary>
public sealed record AuditVerificationResponse(bool Intact, long EntriesChecked, ChainBreak? FirstBreak);
