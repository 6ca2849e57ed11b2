using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Demo;

/// <summary>
/// The demo register (demo mode only, first start only): three estates of two companies with about two
/// thousand units, each published as <see cref="UnitRegistered"/> so Archives opens their files.
/// </summary>
internal sealed class DemoRegisterSeeder(TimeProvider clock) : IDatabaseSeeder<ResidentsDb>
{
    private sealed record DemoEstate(Guid Id, string Code, string Name, string Company, EstateKind Kind, string Address,
        int Buildings, int Entrances, int Floors, int UnitsPerFloor, string Layout, decimal Area);

    private static readonly DemoEstate[] Estates =
    [
        new(DemoEstates.EmeraldLake, "CH-001", "翠湖花园", "华庭物业服务有限公司", EstateKind.Residential, "杭州市西湖区翠湖路88号", 12, 2, 18, 2, "3室2厅2卫", 118.50m),
        new(DemoEstates.GoldenOsmanthus, "JG-002", "金桂苑", "华庭物业服务有限公司", EstateKind.Residential, "杭州市拱墅区金桂街16号", 10, 2, 11, 2, "2室2厅1卫", 89.30m),
        new(DemoEstates.Riverside, "BJ-003", "滨江商务中心", "锦城商业物业管理有限公司", EstateKind.Office, "杭州市滨江区江南大道1200号", 3, 1, 25, 8, "开放式办公", 156.00m),
    ];

    public async Task SeedAsync(ResidentsDb db, CancellationToken cancellationToken)
    {
        if (await db.Estates.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var demo in Estates)
        {
            var estate = Estate.Register(demo.Id, demo.Code, demo.Name, demo.Company, demo.Kind, demo.Address, now);
            db.Estates.Add(estate);
            db.AddIntegrationEvent(EstatesApi.Registered(estate, now));
            for (var b = 1; b <= demo.Buildings; b++)
            {
                var building = Building.Register(demo.Id, new BuildingDetails(
                    $"{b}栋", $"{demo.Name}{b}号楼", demo.Kind == EstateKind.Office ? "写字楼" : "高层住宅",
                    demo.Floors, demo.Entrances, new DateOnly(2014, 3, 1), new DateOnly(2016, 9, 30)));
                db.Buildings.Add(building);
                AddUnits(db, demo, building, now);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddUnits(ResidentsDb db, DemoEstate demo, Building building, DateTimeOffset now)
    {
        for (var entrance = 1; entrance <= demo.Entrances; entrance++)
        {
            for (var floor = 1; floor <= demo.Floors; floor++)
            {
                for (var n = 1; n <= demo.UnitsPerFloor; n++)
                {
                    var usage = (floor + n) % 11 == 0 ? UnitUsage.Vacant
                        : demo.Kind == EstateKind.Office ? UnitUsage.Commercial : UnitUsage.Residence;
                    var unit = Unit.RegisterByStaff(building, new UnitDetails(
                        entrance.ToString(), floor, $"{floor}{n:00}", demo.Layout, demo.Area, Math.Round(demo.Area * 0.78m, 2), usage), now);
                    db.Units.Add(unit);
                    db.AddIntegrationEvent(UnitsApi.Registered(unit, building));
                }
            }
        }
    }
}
