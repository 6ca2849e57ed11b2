using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.Residents.Api.Apis.Parking;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Demo;

/// <summary>
/// Demo parking (demo mode only, once: skipped when a demo estate has a space): an underground car park in every
/// residential estate with a space for one unit in three; about two in three spaces are held by owners, half bought,
/// half rented by the year — so Billing's parking charges have something to charge.
/// </summary>
internal sealed partial class DemoParkingSeeder(TimeProvider clock, ILogger<DemoParkingSeeder> logger) : IDatabaseSeeder<ResidentsDb>
{
    private static readonly DateOnly BoughtOn = new(2017, 3, 1);

    public async Task SeedAsync(ResidentsDb db, CancellationToken cancellationToken)
    {
        if (await db.ParkingSpaces.AnyAsync(s => DemoEstates.Group.Contains(s.EstateId), cancellationToken))
        {
            return;
        }
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        var rentFrom = new DateOnly(now.Year, 1, 1);
        var residential = await db.Estates.AsNoTracking()
            .Where(e => DemoEstates.Group.Contains(e.Id) && e.Kind == EstateKind.Residential).Select(e => e.Id).ToListAsync(cancellationToken);
        var owned = await db.Ownerships.AsNoTracking()
            .Where(o => residential.Contains(o.EstateId) && o.EndedOn == null)
            .OrderBy(o => o.UnitId).Select(o => new { o.EstateId, o.UnitId, o.OwnerId }).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => residential.Contains(u.EstateId)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var unitsPerEstate = units.Values.CountBy(u => u.EstateId).ToDictionary();
        var owners = await db.Owners.AsNoTracking().Where(o => residential.Contains(o.EstateId)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var assigned = 0;
        foreach (var estate in owned.GroupBy(o => o.EstateId))
        {
            // One owner per unit (the first of joint owners), and a space for one unit in three.
            var holders = estate.DistinctBy(o => o.UnitId).ToList();
            var spaces = Enumerable.Range(1, Math.Max(1, unitsPerEstate[estate.Key] / 3))
                .Select(n => ParkingSpace.Register(estate.Key, $"B1-{n:000}", $"地下一层 {(char)('A' + (n - 1) / 50)} 区", now)).ToList();
            db.ParkingSpaces.AddRange(spaces);
            for (var n = 0; n < spaces.Count && n * 4 / 3 < holders.Count; n++)
            {
                if (n % 3 == 2)
                {
                    continue; // still for rent
                }
                var holder = holders[n * 4 / 3];
                var sold = n % 2 == 0;
                var assignment = ParkingSpaceAssignment.Assign(spaces[n], units[holder.UnitId], owners[holder.OwnerId],
                    sold ? ParkingTenure.Sold : ParkingTenure.Rented, sold ? BoughtOn : rentFrom, sold ? null : rentFrom.AddYears(1).AddDays(-1), spaceIsHeld: false);
                db.ParkingSpaceAssignments.Add(assignment);
                db.AddIntegrationEvent(ParkingEvents.Assigned(spaces[n], assignment, now));
                assigned++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(assigned);
    }

    [LoggerMessage(LogLevel.Information, "Seeded demo parking: {Assigned} spaces held by owners")]
    private partial void LogSeeded(int assigned);
}
