using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>
/// Removing a household member or an emergency contact deletes their personal data outright (no longer needed for
/// the purpose it was collected for) and says so in an event; staff and the owner share these steps.
/// </summary>
internal static class HouseholdRemovals
{
    public static readonly BuildingBlocks.Domain.LocalizedText MemberText = new("业主成员", "household member");
    public static readonly BuildingBlocks.Domain.LocalizedText ContactText = new("紧急联络人", "emergency contact");

    /// <returns>False when the owner has no such member.</returns>
    public static async Task<bool> RemoveMemberAsync(PeopleServices services, Guid estateId, Guid ownerId, Guid memberId, CancellationToken cancellationToken)
    {
        var member = await services.Db.HouseholdMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.OwnerId == ownerId, cancellationToken);
        if (member is null)
        {
            return false;
        }
        services.Db.HouseholdMembers.Remove(member);
        services.Db.AddIntegrationEvent(new HouseholdMemberRemoved
        {
            EventId = Guid.CreateVersion7(), OccurredAt = services.Clock.GetUtcNow(), EstateId = estateId, OwnerId = ownerId, MemberId = memberId,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <returns>False when the owner has no such contact.</returns>
    public static async Task<bool> RemoveEmergencyContactAsync(
        PeopleServices services, Guid estateId, Guid ownerId, Guid contactId, CancellationToken cancellationToken)
    {
        var contact = await services.Db.EmergencyContacts.FirstOrDefaultAsync(c => c.Id == contactId && c.OwnerId == ownerId, cancellationToken);
        if (contact is null)
        {
            return false;
        }
        services.Db.EmergencyContacts.Remove(contact);
        await ContactChanges.RaiseAsync(services.Db, estateId, ownerId, ContactChanges.EmergencyContact, "Removed", contactId,
            services.Clock.GetUtcNow(), cancellationToken);
        await services.Db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
