using FluentValidation;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>A month, "YYYY-MM": the period to bill, or to close.</summary>
public sealed record PeriodRequest(string Period);

public sealed record BillRunResponse(Guid Id, Guid EstateId, string Period, int BillCount, decimal Total, DateTimeOffset RunAt)
{
    public static BillRunResponse From(BillRun r) => new(r.Id, r.EstateId, r.Period, r.BillCount, r.Total, r.RunAt);
}

internal sealed class PeriodRequestValidator : AbstractValidator<PeriodRequest>
{
    public PeriodRequestValidator() => RuleFor(r => r.Period).IsBillingPeriod();
}
