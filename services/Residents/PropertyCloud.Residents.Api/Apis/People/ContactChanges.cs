using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>Raises <see cref="ResidentContactChanged"/> into the outbox, with the units the owner currently holds.</summary>
internal static class ContactChanges
{
    public const string Phone = "Phone";
    public const string Address = "Address";
    public const string EmergencyContact = "EmergencyContact";
    public const string CompanyContactPerson = "CompanyContactPerson";

    public static async Task RaiseAsync(
        ResidentsDb db, Guid estateId, Guid ownerId, string contactKind, string change, Guid? contactId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var unitIds = await db.Ownerships.AsNoTracking().Where(o => o.OwnerId == ownerId && o.EndedOn == null)
            .Select(o => o.UnitId).ToListAsync(cancellationToken);
        db.AddIntegrationEvent(new ResidentContactChanged
        {
            EventId = Guid.CreateVersion7(), OccurredAt = now, EstateId = estateId, OwnerId = ownerId, UnitIds = unitIds,
            ContactKind = contactKind, Change = change, ContactId = contactId,
        });
    }
}
