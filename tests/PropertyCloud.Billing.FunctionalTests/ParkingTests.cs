using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class ParkingTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private ParkingSpaceAssigned Assigned(Guid unit, string code, DateOnly starts, string tenure = "Rented") => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _desk.EstateId, AssignmentId = Guid.NewGuid(),
        ParkingSpaceId = Guid.NewGuid(), SpaceCode = code, UnitId = unit, Tenure = tenure, StartsOn = starts,
    };

    private async Task HoldAsync(params ParkingSpaceAssigned[] spaces)
    {
        foreach (var space in spaces)
        {
            await service.PublishEventAsync(space);
        }
        var ids = spaces.Select(s => s.AssignmentId).ToList();
        await Eventually.TrueAsync(async () => await _desk.InDbAsync(db =>
            db.ParkingAssignments.CountAsync(p => ids.Contains(p.Id) && p.SpaceCode != "")) == spaces.Length,
            because: "billing should have consumed the parking events");
    }

    private ParkingSpaceReleased Released(ParkingSpaceAssigned assigned, DateOnly on) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _desk.EstateId, AssignmentId = assigned.AssignmentId,
        ParkingSpaceId = assigned.ParkingSpaceId, UnitId = assigned.UnitId, ReleasedOn = on,
    };

    [Fact]
    public async Task BillRun_WithDuplicatedAndOutOfOrderParkingEvents_ChargesEachSpaceOnceProratedByDays()
    {
        await _desk.ChargeItemAsync("车位租赁费", ChargeKind.Parking, 300m);
        var unit = await _desk.UnitAsync();
        var whole = Assigned(unit, "B1-001", new(2026, 1, 1));
        var part = Assigned(unit, "B1-002", new(2026, 3, 10));
        var gone = Assigned(unit, "B1-003", new(2026, 1, 1));

        await service.PublishEventAsync(whole);
        await service.PublishEventAsync(whole); // delivered twice
        await service.PublishEventAsync(part);
        await service.PublishEventAsync(Released(gone, new(2026, 3, 16))); // the release overtakes its assignment
        await service.PublishEventAsync(gone);
        await Eventually.TrueAsync(async () => await _desk.InDbAsync(db =>
            db.ParkingAssignments.CountAsync(p => p.UnitId == unit && p.SpaceCode != "" && (p.SpaceCode != "B1-003" || p.ReleasedOn != null))) == 3,
            because: "billing should have consumed the parking events");
        Assert.Equal(HttpStatusCode.Created, (await _desk.RunBillsAsync("2026-03")).StatusCode);

        var lines = Assert.Single(await _desk.BillsAsync(unit)).Lines.OrderBy(l => l.Description).ToList();
        // B1-001 whole month; B1-002 from the 10th: 300 × 22 ÷ 31 = 212.90; B1-003 until the 15th: 300 × 15 ÷ 31 = 145.16
        Assert.Equal([300.00m, 212.90m, 145.16m], lines.Select(l => l.Amount));
        Assert.All(lines, l => Assert.Equal(ChargeKind.Parking, l.Kind));
    }

    [Fact]
    public async Task BillRun_AfterTheSpaceWasReleasedTheMonthBefore_ChargesNoParking()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        await _desk.ChargeItemAsync("车位租赁费", ChargeKind.Parking, 300m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        var space = Assigned(unit, "B1-009", new(2026, 1, 1));
        await service.PublishEventAsync(space);
        await service.PublishEventAsync(Released(space, new(2026, 2, 1)));
        await Eventually.TrueAsync(async () => await _desk.InDbAsync(db =>
            db.ParkingAssignments.AnyAsync(p => p.Id == space.AssignmentId && p.SpaceCode != "" && p.ReleasedOn != null)));

        await _desk.RunBillsAsync("2026-03");

        Assert.Equal([ChargeKind.ManagementFee], Assert.Single(await _desk.BillsAsync(unit)).Lines.Select(l => l.Kind));
    }

    [Fact]
    public async Task BillRun_ForASoldAndARentedSpace_ChargesTheManagementFeeForOneAndRentForTheOther()
    {
        var rent = await _desk.ChargeItemAsync("车位租金", ChargeKind.Parking, 300m);
        var fee = await _desk.ChargeItemAsync("车位管理费", ChargeKind.ParkingManagementFee, 60m);
        var unit = await _desk.UnitAsync();
        await HoldAsync(Assigned(unit, "B1-010", new(2025, 1, 1), tenure: "Sold"), Assigned(unit, "B1-011", new(2026, 1, 1)));

        Assert.Equal(HttpStatusCode.Created, (await _desk.RunBillsAsync("2026-03")).StatusCode);

        var bill = Assert.Single(await _desk.BillsAsync(unit));
        Assert.Equal(
            [(rent.Id, ChargeKind.Parking, "车位租金 B1-011", 300.00m), (fee.Id, ChargeKind.ParkingManagementFee, "车位管理费 B1-010", 60.00m)],
            bill.Lines.OrderBy(l => l.Kind).Select(l => (l.ChargeItemId!.Value, l.Kind, l.Description, l.Amount)));
        Assert.Equal(360.00m, bill.Amount);
    }

    [Fact]
    public async Task AssignParkingByHand_ToAUnitHoldingARegisteredSpace_Returns409NamingTheItem()
    {
        var rent = await _desk.ChargeItemAsync("车位租金", ChargeKind.Parking, 300m);
        var unit = await _desk.UnitAsync();
        await HoldAsync(Assigned(unit, "B1-012", new(2026, 1, 1)));

        var errors = await FinanceDesk.ErrorsAsync(await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/units/{unit}/charges",
            new UnitChargeRequest(rent.Id, 1m)), HttpStatusCode.Conflict);

        Assert.Contains("B1-012", errors.GetProperty("chargeItemId")[0].GetString());
    }

    [Fact]
    public async Task BillRun_WhenASpaceIsRegisteredAfterParkingWasPutOnByHand_BillsTheSpaceOnce()
    {
        var rent = await _desk.ChargeItemAsync("车位租金", ChargeKind.Parking, 300m);
        var unit = await _desk.UnitAsync();
        Assert.Equal(HttpStatusCode.Created, (await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/units/{unit}/charges",
            new UnitChargeRequest(rent.Id, 1m))).StatusCode);
        await HoldAsync(Assigned(unit, "B1-013", new(2026, 1, 1)));

        await _desk.RunBillsAsync("2026-03");

        var line = Assert.Single(Assert.Single(await _desk.BillsAsync(unit)).Lines);
        Assert.Equal(("车位租金 B1-013", 300.00m), (line.Description, line.Amount));
    }
}
