using Microsoft.EntityFrameworkCore;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Infrastructure;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>Everything held about one owner besides the owner row: units held, household members, emergency contacts.</summary>
internal sealed record OwnerFile(
    IReadOnlyList<OwnershipResponse> Units, IReadOnlyList<MemberResponse> Members, IReadOnlyList<ContactResponse> Contacts)
{
    public static async Task<OwnerFile> LoadAsync(ResidentsDb db, Owner owner, bool masked, CancellationToken cancellationToken)
    {
        var units = await db.Ownerships.AsNoTracking().Where(o => o.OwnerId == owner.Id).OrderBy(o => o.StartedOn).ToListAsync(cancellationToken);
        var members = await db.HouseholdMembers.AsNoTracking().Where(m => m.OwnerId == owner.Id).OrderBy(m => m.AddedAt).ToListAsync(cancellationToken);
        var contacts = await db.EmergencyContacts.AsNoTracking().Where(c => c.OwnerId == owner.Id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return new([.. units.Select(OwnershipResponse.From)], [.. members.Select(m => MemberResponse.From(m, masked))],
            [.. contacts.Select(c => ContactResponse.From(c, masked))]);
    }
}
