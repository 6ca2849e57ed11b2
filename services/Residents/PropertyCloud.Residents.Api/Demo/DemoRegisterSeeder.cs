using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Demo;

/// <summary>
/// The demo register (demo mode only, first start only): the first DemoData:Estates estates of the demo group
/// (default all 28, about 8,300 units), each estate and unit published (<see cref="EstateRegistered"/>,
/// <see cref="UnitRegistered"/>) so that the other services learn of them.
/// </summary>
internal sealed class DemoRegisterSeeder(TimeProvider clock, IConfiguration configuration, OutboxSignal outbox) : IDatabaseSeeder<ResidentsDb>
{
    public async Task SeedAsync(ResidentsDb db, CancellationToken cancellationToken)
    {
        if (await db.Estates.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var count = Math.Clamp(configuration.GetValue("DemoData:Estates", DemoGroup.Estates.Count), 1, DemoGroup.Estates.Count);
        var batch = new RegisterBatch();
        var events = new List<IIntegrationEvent>();
        foreach (var demo in DemoGroup.Estates.Take(count))
        {
            var estate = Estate.Register(demo.Id, demo.Code, demo.Name, demo.Company, demo.Kind, demo.Address, now);
            db.Estates.Add(estate);
            events.Add(EstatesApi.Registered(estate, now));
            for (var b = 1; b <= demo.Buildings; b++)
            {
                var building = Building.Register(demo.Id, new BuildingDetails(
                    $"{b}栋", $"{demo.Name}{b}号楼", demo.Kind == EstateKind.Office ? "写字楼" : "高层住宅",
                    demo.Floors, demo.Entrances, new DateOnly(2014, 3, 1), new DateOnly(2016, 9, 30)));
                batch.Buildings.Add(building);
                AddUnits(batch, events, demo, building, now);
            }
        }
        // Estates through EF, buildings, units and their events by COPY: one transaction for all.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await batch.CopyAsync(connection, cancellationToken);
            await OutboxBulkWriter.WriteAsync(connection, events, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        outbox.Notify();
    }

    private static void AddUnits(RegisterBatch batch, List<IIntegrationEvent> events, DemoEstate demo, Building building, DateTimeOffset now)
    {
        for (var entrance = 1; entrance <= demo.Entrances; entrance++)
        {
            for (var floor = 1; floor <= demo.Floors; floor++)
            {
                for (var n = 1; n <= demo.UnitsPerFloor; n++)
                {
                    var usage = (floor + n) % 11 == 0 ? UnitUsage.Vacant
                        : demo.Kind == EstateKind.Office ? UnitUsage.Commercial : UnitUsage.Residence;
                    var unit = Unit.RegisterByStaff(building, new UnitDetails(entrance.ToString(CultureInfo.InvariantCulture), floor,
                        $"{floor}{n:00}", demo.Layout, demo.Area, Math.Round(demo.Area * 0.78m, 2), usage), now);
                    batch.Units.Add(unit);
                    events.Add(UnitsApi.Registered(unit, building));
                }
            }
        }
    }
}
