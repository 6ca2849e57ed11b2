using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Billing.Api.Demo;

/// <summary>
/// The demo estates' charge items (demo mode only, first start only). Their units arrive from Residents'
/// UnitRegistered events, so a bill run on a demo estate bills the demo register.
/// </summary>
internal sealed class DemoChargeItemsSeeder(TimeProvider clock) : IDatabaseSeeder<BillingDb>
{
    private static readonly PriceTier[] ResidentialWater = [new(22m, 2.90m), new(30m, 3.85m), new(null, 6.70m)];
    private static readonly PriceTier[] ResidentialElectricity = [new(230m, 0.538m), new(400m, 0.588m), new(null, 0.838m)];

    public async Task SeedAsync(BillingDb db, CancellationToken cancellationToken)
    {
        if (await db.ChargeItems.AnyAsync(i => DemoEstates.All.Contains(i.EstateId), cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        foreach (var (estateId, managementRate) in new[] { (DemoEstates.EmeraldLake, 2.80m), (DemoEstates.GoldenOsmanthus, 2.20m) })
        {
            db.ChargeItems.AddRange(
                ChargeItem.Define(estateId, "物业管理费", ChargeKind.ManagementFee, managementRate, null, now),
                ChargeItem.Define(estateId, "水费", ChargeKind.Water, 2.90m, ResidentialWater, now),
                ChargeItem.Define(estateId, "电费", ChargeKind.Electricity, 0.538m, ResidentialElectricity, now),
                ChargeItem.Define(estateId, "地下车位租金", ChargeKind.Parking, 150m, null, now),
                ChargeItem.Define(estateId, "车位管理费", ChargeKind.ParkingManagementFee, 60m, null, now),
                ChargeItem.Define(estateId, "装修押金", ChargeKind.Deposit, 3000m, null, now),
                ChargeItem.Define(estateId, "门禁卡押金", ChargeKind.Deposit, 50m, null, now));
        }
        db.ChargeItems.AddRange(
            ChargeItem.Define(DemoEstates.Riverside, "写字楼物业管理费", ChargeKind.ManagementFee, 12.50m, null, now),
            ChargeItem.Define(DemoEstates.Riverside, "水费", ChargeKind.Water, 5.20m, null, now),
            ChargeItem.Define(DemoEstates.Riverside, "电费", ChargeKind.Electricity, 1.05m, null, now),
            ChargeItem.Define(DemoEstates.Riverside, "装修押金", ChargeKind.Deposit, 20000m, null, now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
