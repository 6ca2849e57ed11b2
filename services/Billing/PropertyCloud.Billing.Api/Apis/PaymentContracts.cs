using FluentValidation;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>A payment; the client makes up <see cref="IdempotencyKey"/> once and sends it again on every retry.</summary>
public sealed record PaymentRequest(string IdempotencyKey, PaymentMethod Method, decimal Amount);

/// <summary>A refund; with <see cref="IdempotencyKey"/> (unique per estate) a retried request refunds once.</summary>
public sealed record RefundRequest(decimal Amount, string? IdempotencyKey = null);

public sealed record AllocationResponse(Guid BillId, string Period, decimal Amount, decimal RefundedAmount);

public sealed record PaymentResponse(Guid Id, Guid EstateId, Guid UnitId, string IdempotencyKey, PaymentMethod Method, decimal Amount,
    decimal RefundedAmount, long ReceiptNumber, string? ProviderReference, DateTimeOffset ReceivedAt, IReadOnlyList<AllocationResponse> Allocations)
{
    public static PaymentResponse From(Payment p) => new(p.Id, p.EstateId, p.UnitId, p.IdempotencyKey, p.Method, p.Amount, p.RefundedAmount,
        p.ReceiptNumber, p.ProviderReference, p.ReceivedAt,
        [.. p.Allocations.OrderBy(a => a.Period, StringComparer.Ordinal).Select(a => new AllocationResponse(a.BillId, a.Period, a.Amount, a.RefundedAmount))]);
}

internal sealed class PaymentRequestValidator : AbstractValidator<PaymentRequest>
{
    public PaymentRequestValidator()
    {
        RuleFor(r => r.IdempotencyKey).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Method).IsInEnum();
        RuleFor(r => r.Amount).GreaterThan(0).LessThan(10_000_000).IsMoney();
    }
}

internal sealed class RefundRequestValidator : AbstractValidator<RefundRequest>
{
    public RefundRequestValidator()
    {
        RuleFor(r => r.Amount).GreaterThan(0).LessThan(10_000_000).IsMoney();
        RuleFor(r => r.IdempotencyKey).MaximumLength(100);
    }
}

/// <summary>An owner's or tenant's online payment; the app makes up <see cref="IdempotencyKey"/> once per payment.</summary>
public sealed record OnlinePaymentRequest(string IdempotencyKey, decimal Amount);

internal sealed class OnlinePaymentRequestValidator : AbstractValidator<OnlinePaymentRequest>
{
    public OnlinePaymentRequestValidator()
    {
        RuleFor(r => r.IdempotencyKey).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Amount).GreaterThan(0).LessThan(10_000_000).IsMoney();
    }
}
