using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain;

/// <summary>
/// A charge item put on one unit: parking spaces (rent or management fee, charged every month per space) or a one-off fee
/// (charged on the unit's next bill, once). Parking by hand is for spaces Residents does not register; see <see cref="Bill.Issue"/>.
/// </summary>
public sealed class UnitCharge
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid ChargeItemId { get; private set; }
    public decimal Quantity { get; private set; }
    public bool Recurring { get; private set; }

    /// <summary>The bill run that charged a one-off fee; null while it waits for the next run.</summary>
    public Guid? BilledInRunId { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    private UnitCharge() { }

    public static UnitCharge Assign(BillableUnit unit, ChargeItem item, decimal quantity, DateTimeOffset now)
    {
        if (!(Bill.ParkingChargedByHand(item.Kind) || item.Kind == ChargeKind.OneOff) || !item.Active)
        {
            throw new DomainException("unit_charge.not_parking_or_one_off",
                new("只能为房间添加有效的车位租金、车位管理费或一次性收费项目", "Only an active parking rent, parking management fee or one-off charge item can be put on a unit"),
                "chargeItemId");
        }
        return new UnitCharge
        {
            Id = Guid.CreateVersion7(),
            EstateId = unit.EstateId,
            UnitId = unit.Id,
            ChargeItemId = item.Id,
            Quantity = quantity,
            Recurring = Bill.ParkingChargedByHand(item.Kind),
            AddedAt = now,
        };
    }
}
