using FluentValidation;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Takes the deposit named by a charge item of kind Deposit, at that item's amount.</summary>
public sealed record DepositRequest(Guid ChargeItemId, PaymentMethod Method);

public sealed record DepositResponse(Guid Id, Guid UnitId, Guid ChargeItemId, string Name, PaymentMethod Method, decimal Amount,
    DateTimeOffset HeldAt, DateTimeOffset? RefundedAt)
{
    public static DepositResponse From(Deposit d) => new(d.Id, d.UnitId, d.ChargeItemId, d.Name, d.Method, d.Amount, d.HeldAt, d.RefundedAt);
}

internal sealed class DepositRequestValidator : AbstractValidator<DepositRequest>
{
    public DepositRequestValidator()
    {
        RuleFor(r => r.ChargeItemId).NotEmpty();
        RuleFor(r => r.Method).IsInEnum().NotEqual(PaymentMethod.Online);
    }
}
