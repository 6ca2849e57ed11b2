using Microsoft.EntityFrameworkCore;
using PropertyCloud.Residents.Api.Apis.Handover;
using PropertyCloud.Residents.Api.Apis.Parking;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Infrastructure;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>
/// Everything else stored about an owner, for 查阅权: vehicles and parking, what the service centre holds for their units,
/// company contact persons, correction requests, and who has unmasked their data.
/// </summary>
public sealed record MyHoldings(
    Guid OwnerId,
    IReadOnlyList<VehicleResponse> Vehicles,
    IReadOnlyList<ParkingAssignmentResponse> ParkingSpaces,
    IReadOnlyList<AccessCardResponse> AccessCards,
    IReadOnlyList<KeyCustodyResponse> KeysInCustody,
    IReadOnlyList<MeterReadingResponse> MeterBaseReadings,
    IReadOnlyList<ContactPersonResponse> ContactPersons,
    IReadOnlyList<CorrectionResponse> Corrections,
    IReadOnlyList<DisclosureResponse> Disclosures)
{
    internal static async Task<MyHoldings> LoadAsync(ResidentsDb db, Owner owner, CancellationToken cancellationToken)
    {
        var unitIds = await db.Ownerships.AsNoTracking().Where(o => o.OwnerId == owner.Id && o.EndedOn == null)
            .Select(o => o.UnitId).ToListAsync(cancellationToken);
        var vehicles = await db.Vehicles.AsNoTracking().Where(v => v.HolderKind == VehicleHolderKind.Owner && v.HolderId == owner.Id)
            .OrderBy(v => v.RegisteredAt).ToListAsync(cancellationToken);
        var parking = await db.ParkingSpaceAssignments.AsNoTracking().Where(a => a.OwnerId == owner.Id || unitIds.Contains(a.UnitId))
            .OrderBy(a => a.StartsOn).ToListAsync(cancellationToken);
        var cards = await db.AccessCards.AsNoTracking().Where(c => unitIds.Contains(c.UnitId)).OrderBy(c => c.IssuedOn).ToListAsync(cancellationToken);
        var keys = await db.KeysInCustody.AsNoTracking().Where(k => unitIds.Contains(k.UnitId)).OrderBy(k => k.ReceivedOn).ToListAsync(cancellationToken);
        var meters = await db.MeterBaseReadings.AsNoTracking().Where(m => unitIds.Contains(m.UnitId)).OrderBy(m => m.UnitId).ThenBy(m => m.Meter)
            .ToListAsync(cancellationToken);
        var contactPersons = await db.ContactPersons.AsNoTracking().Where(c => c.OwnerId == owner.Id).OrderBy(c => c.StartedOn).ToListAsync(cancellationToken);
        var corrections = await db.CorrectionRequests.AsNoTracking().Where(c => c.OwnerId == owner.Id).OrderBy(c => c.RequestedAt).ToListAsync(cancellationToken);
        var subjects = vehicles.Select(v => v.Id).Append(owner.Id).ToList();
        var disclosures = await db.Disclosures.AsNoTracking().Where(d => d.EstateId == owner.EstateId && subjects.Contains(d.SubjectId))
            .OrderByDescending(d => d.DisclosedAt).ToListAsync(cancellationToken);
        return new MyHoldings(owner.Id,
            [.. vehicles.Select(v => VehicleResponse.From(v, masked: false))],
            [.. parking.Select(ParkingAssignmentResponse.From)],
            [.. cards.Select(AccessCardResponse.From)],
            [.. keys.Select(KeyCustodyResponse.From)],
            [.. meters.Select(MeterReadingResponse.From)],
            [.. contactPersons.Select(c => ContactPersonResponse.From(c, masked: false))],
            [.. corrections.Select(CorrectionResponse.From)],
            [.. disclosures.Select(DisclosureResponse.From)]);
    }
}
