using FluentValidation;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Puts a parking item (quantity = spaces) or a one-off item (quantity = units of it) on a unit.</summary>
public sealed record UnitChargeRequest(Guid ChargeItemId, decimal Quantity);

public sealed record UnitChargeResponse(Guid Id, Guid UnitId, Guid ChargeItemId, decimal Quantity, bool Recurring, Guid? BilledInRunId)
{
    public static UnitChargeResponse From(UnitCharge c) => new(c.Id, c.UnitId, c.ChargeItemId, c.Quantity, c.Recurring, c.BilledInRunId);
}

internal sealed class UnitChargeRequestValidator : AbstractValidator<UnitChargeRequest>
{
    public UnitChargeRequestValidator()
    {
        RuleFor(r => r.ChargeItemId).NotEmpty();
        RuleFor(r => r.Quantity).GreaterThan(0).LessThan(10_000).PrecisionScale(10, 2, ignoreTrailingZeros: true);
    }
}
