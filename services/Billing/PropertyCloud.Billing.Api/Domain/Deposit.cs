using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain;

/// <summary>A deposit (押金) taken for a unit: a liability held until refunded, never income.</summary>
public sealed class Deposit
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid ChargeItemId { get; private set; }
    public string Name { get; private set; } = "";
    public PaymentMethod Method { get; private set; }
    public decimal Amount { get; private set; }
    public DateTimeOffset HeldAt { get; private set; }
    public DateTimeOffset? RefundedAt { get; private set; }

    private Deposit() { }

    public static Deposit Hold(BillableUnit unit, ChargeItem item, PaymentMethod method, DateTimeOffset now)
    {
        if (item.Kind != ChargeKind.Deposit || !item.Active)
        {
            throw new DomainException("deposit.not_a_deposit_item",
                new("该收费项目不是有效的押金项目", "The charge item is not an active deposit"), "chargeItemId");
        }
        return new Deposit
        {
            Id = Guid.CreateVersion7(),
            EstateId = unit.EstateId,
            UnitId = unit.Id,
            ChargeItemId = item.Id,
            Name = item.Name,
            Method = method,
            Amount = item.Rate,
            HeldAt = now,
        };
    }

    public void Refund(DateTimeOffset now)
    {
        if (RefundedAt is not null)
        {
            throw new ConflictException("deposit.already_refunded", new("押金已退还", "The deposit was already refunded"));
        }
        RefundedAt = now;
    }
}
