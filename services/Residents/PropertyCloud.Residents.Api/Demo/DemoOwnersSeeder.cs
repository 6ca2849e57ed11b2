using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Api.Infrastructure.Security;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Demo;

/// <summary>
/// Demo owners for the demo units (demo mode only, once: skipped when any owner exists): people in the residential
/// estates, companies in the office centre, some owning two units, some units held jointly, with household members
/// and emergency contacts; the demo owner and tenant users are linked to a unit of 翠湖花园.
/// </summary>
internal sealed partial class DemoOwnersSeeder(TimeProvider clock, IdNumberProtector idNumbers, OutboxSignal outbox, ILogger<DemoOwnersSeeder> logger)
    : IDatabaseSeeder<ResidentsDb>
{
    private static readonly DateOnly HandedOver = new(2016, 10, 1);

    public async Task SeedAsync(ResidentsDb db, CancellationToken cancellationToken)
    {
        if (await db.Owners.AnyAsync(cancellationToken))
        {
            return;
        }
        db.ChangeTracker.Clear(); // the register seeder ran on this context and saved; its entities are not ours to track
        var estates = await db.Estates.AsNoTracking().Where(e => DemoEstates.Group.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => DemoEstates.Group.Contains(u.EstateId))
            .OrderBy(u => u.EstateId).ThenBy(u => u.BuildingCode).ThenBy(u => u.Entrance).ThenBy(u => u.Floor).ThenBy(u => u.Number)
            .ToListAsync(cancellationToken);
        var started = clock.GetTimestamp();
        var people = new DemoPeopleGenerator(seed: 20261126);
        var now = clock.GetUtcNow();
        var held = new Dictionary<Owner, List<Guid>>();
        var batch = new RegisterBatch();
        Owner? keepsNextUnit = null;

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Usage == UnitUsage.Vacant && i % 2 == 0)
            {
                continue; // not yet sold
            }
            var isOffice = estates[unit.EstateId].Kind == EstateKind.Office;
            var owner = keepsNextUnit is { } previous && previous.EstateId == unit.EstateId ? previous
                : await NewOwnerAsync(batch, people, unit.EstateId, isOffice, cancellationToken);
            keepsNextUnit = held.Count % 12 == 5 && owner != keepsNextUnit ? owner : null;
            var since = owner.MovedInOn ?? HandedOver;
            Own(batch, held, unit, owner, since);
            if (!isOffice && i % 10 == 3)
            {
                Own(batch, held, unit, await NewOwnerAsync(batch, people, unit.EstateId, isOffice, cancellationToken), since);
            }
        }

        LinkDemoAccounts(db, batch, units, held, now);
        var events = held.Select(h => new OwnerRegistered
        {
            EventId = Guid.CreateVersion7(), OccurredAt = now, EstateId = h.Key.EstateId, OwnerId = h.Key.Id,
            UnitIds = h.Value, OwnedSince = h.Key.MovedInOn ?? HandedOver,
        }).ToList();
        var built = clock.GetElapsedTime(started);
        // The people and their events go in by COPY, the lease and the rented unit through EF: one transaction for all.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await batch.CopyAsync(connection, cancellationToken);
            await OutboxBulkWriter.WriteAsync(connection, events, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        outbox.Notify();
        LogSeeded(held.Count, (long)built.TotalMilliseconds, (long)clock.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(LogLevel.Information, "Seeded {Owners} demo owners ({BuiltMs} ms to build, {TotalMs} ms in all)")]
    private partial void LogSeeded(int owners, long builtMs, long totalMs);

    private static void Own(RegisterBatch batch, Dictionary<Owner, List<Guid>> held, Unit unit, Owner owner, DateOnly since)
    {
        batch.Ownerships.Add(Ownership.Start(unit, owner, since));
        if (!held.TryGetValue(owner, out var list))
        {
            held[owner] = list = [];
        }
        list.Add(unit.Id);
    }

    private async Task<Owner> NewOwnerAsync(
        RegisterBatch batch, DemoPeopleGenerator people, Guid estateId, bool isOffice, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var movedIn = HandedOver.AddDays(people.Next(3000));
        Owner owner;
        if (isOffice)
        {
            owner = Owner.Register(estateId, new OwnerDetails(OwnerKind.Company, people.CompanyName("杭州"), Gender.Unspecified, people.Mobile(),
                IdDocumentType.BusinessLicence, "浙江杭州", "杭州市滨江区江南大道1200号", movedIn),
                await idNumbers.ProtectAsync(people.CreditCode(), cancellationToken), now);
        }
        else
        {
            var gender = people.NextGender();
            var (idNumber, nativePlace) = people.IdNumber(gender);
            owner = Owner.Register(estateId, new OwnerDetails(OwnerKind.Person, people.Name(gender), gender, people.Mobile(),
                IdDocumentType.ResidentIdCard, nativePlace, $"杭州市西湖区文三路{people.Next(500) + 1}号", movedIn),
                await idNumbers.ProtectAsync(idNumber, cancellationToken), now);
            AddHousehold(batch, people, owner, gender, now);
        }
        batch.Owners.Add(owner);
        return owner;
    }

    private static void AddHousehold(RegisterBatch batch, DemoPeopleGenerator people, Owner owner, Gender gender, DateTimeOffset now)
    {
        if (people.Next(3) == 0)
        {
            var spouse = gender == Gender.Male ? Gender.Female : Gender.Male;
            batch.Members.Add(HouseholdMember.Add(owner, people.Name(spouse), "配偶", spouse, people.Mobile(), now));
        }
        if (people.Next(3) == 0)
        {
            var child = people.NextGender();
            batch.Members.Add(HouseholdMember.Add(owner, owner.Name[..1] + people.Name(child)[1..], "子女", child, "", now));
        }
        if (people.Next(4) == 0)
        {
            batch.Contacts.Add(EmergencyContact.Appoint(owner, people.Name(people.NextGender()), "亲属", people.Mobile()));
        }
    }

    /// <summary>The demo owner owns the first two units of 翠湖花园 and lets the second to the demo tenant.</summary>
    private static void LinkDemoAccounts(ResidentsDb db, RegisterBatch batch, List<Unit> units, Dictionary<Owner, List<Guid>> held, DateTimeOffset now)
    {
        var lakeUnits = units.Where(u => u.EstateId == DemoEstates.EmeraldLake).Take(2).ToList();
        var owner = held.Keys.FirstOrDefault(o => held[o].Contains(lakeUnits[0].Id));
        if (lakeUnits.Count < 2 || owner is null)
        {
            return;
        }
        owner.LinkAccount(DemoResidents.OwnerUserId);
        db.AddIntegrationEvent(AccountLinks.Linked(owner.EstateId, owner.Id, isTenancy: false, DemoResidents.OwnerUserId, now));
        var rented = lakeUnits[1];
        if (!held[owner].Contains(rented.Id))
        {
            Own(batch, held, rented, owner, owner.MovedInOn ?? HandedOver);
        }
        db.Units.Attach(rented);
        rented.ChangeUsageByOwner(UnitUsage.RentedOut);
        var lease = Tenancy.Start(rented, "林晓雨", "13957101234", new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28));
        lease.LinkAccount(DemoResidents.TenantUserId);
        db.Tenancies.Add(lease);
        db.AddIntegrationEvent(new TenantLeaseStarted
        {
            EventId = Guid.CreateVersion7(), OccurredAt = now, EstateId = lease.EstateId, UnitId = lease.UnitId, TenancyId = lease.Id,
            LeaseStartsOn = lease.LeaseStartsOn, LeaseEndsOn = lease.LeaseEndsOn,
        });
        db.AddIntegrationEvent(AccountLinks.Linked(lease.EstateId, lease.Id, isTenancy: true, DemoResidents.TenantUserId, now));
    }
}
