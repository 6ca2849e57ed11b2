using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

/// <summary>Repair orders at each step of their loop, for tests.</summary>
internal static class Orders
{
    public static readonly DateTimeOffset Monday9 = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    public static RepairOrder WaterEmergency(DateTimeOffset? at = null) => RepairOrder.Open(Guid.NewGuid(),
        new RepairIntake(RepairChannel.Phone, RepairCategory.Plumbing, RepairUrgency.Emergency,
            new RepairLocation(Guid.NewGuid(), null, null), "水管爆裂", "desk-1", "前台"),
        SlaDefaults.For(RepairCategory.Plumbing, RepairUrgency.Emergency), BusinessCalendar.Default(Guid.NewGuid()), at ?? Monday9);

    public static RepairOrder Accepted()
    {
        var order = WaterEmergency();
        order.Dispatch("w1", "王师傅", "前台", Monday9.AddMinutes(1));
        order.Accept(Monday9.AddMinutes(2));
        return order;
    }

    public static RepairOrder Completed()
    {
        var order = Accepted();
        order.ArriveOnSite(Monday9.AddMinutes(4));
        order.Complete(new RepairCompletion("换阀门", [new MaterialUsed("阀门", 2, "个", 12.25m)], 30, 50m), Monday9.AddMinutes(60));
        return order;
    }
}
