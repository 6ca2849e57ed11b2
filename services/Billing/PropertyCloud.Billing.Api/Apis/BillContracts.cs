using FluentValidation;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>A bill line: a charge item's (<see cref="ChargeItemId"/>) or a chargeable repair's (<see cref="RepairOrderId"/>).</summary>
public sealed record BillLineResponse(Guid? ChargeItemId, ChargeKind Kind, string Description, decimal Quantity, decimal Amount, Guid? RepairOrderId = null);

public sealed record BillResponse(Guid Id, Guid EstateId, Guid UnitId, string Period, decimal Amount, decimal AdjustedAmount,
    decimal PaidAmount, decimal Outstanding, BillStatus Status, DateOnly DueDate, IReadOnlyList<BillLineResponse> Lines, decimal LateFeeCharged,
    string? Unit = null)
{
    /// <param name="unit">The unit as people name it (<see cref="BillableUnit.Label"/>), when the caller looked it up.</param>
    public static BillResponse From(Bill b, BillableUnit? unit = null) => new(b.Id, b.EstateId, b.UnitId, b.Period, b.Amount, b.AdjustedAmount, b.PaidAmount,
        b.Outstanding, b.Status, b.DueDate, [.. b.Lines.Select(l => new BillLineResponse(l.ChargeItemId, l.Kind, l.Description, l.Quantity, l.Amount, l.RepairOrderId))], b.LateFeeCharged,
        unit?.Label);
}

/// <summary>Positive: an extra charge; negative: a credit note.</summary>
public sealed record AdjustmentRequest(decimal Amount, string Reason);

internal sealed class AdjustmentRequestValidator : AbstractValidator<AdjustmentRequest>
{
    public AdjustmentRequestValidator()
    {
        RuleFor(r => r.Amount).NotEqual(0).InclusiveBetween(-1_000_000, 1_000_000).IsMoney();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
    }
}
