using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Infrastructure;

/// <summary>The run of a period, and whether this call created it (false: it had already run).</summary>
public sealed record BillRunOutcome(BillRun Run, bool Created);
