using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.UnitTests;

public sealed class RepairChargeTests
{
    [Fact]
    public void Issue_WithAChargeableRepair_AddsItAsAnOneOffLineOfItsOwn()
    {
        var unit = Given.Unit(100m);
        var repair = RepairCharge.Request(Guid.NewGuid(), Given.Estate, unit.Id, 86.555m, "维修费：更换水龙头", Given.Now);

        var bill = Bill.Issue(Guid.NewGuid(), unit, new BillingPeriod(2026, 6), [Given.Item(ChargeKind.ManagementFee, 2m)],
            new Dictionary<MeterKind, decimal>(), Given.Now, repairCharges: [repair]);

        var line = Assert.Single(bill!.Lines, l => l.RepairOrderId == repair.RepairOrderId);
        Assert.Equal((ChargeKind.OneOff, 86.56m, "维修费：更换水龙头", (Guid?)null), (line.Kind, line.Amount, line.Description, line.ChargeItemId));
        Assert.Equal(286.56m, bill.Amount);
    }

    [Fact]
    public void Request_WithALongDescription_CutsItToTheLineLength() =>
        Assert.Equal(BillLine.DescriptionLength,
            RepairCharge.Request(Guid.NewGuid(), Given.Estate, null, 10m, new string('修', 300), Given.Now).Description.Length);
}
