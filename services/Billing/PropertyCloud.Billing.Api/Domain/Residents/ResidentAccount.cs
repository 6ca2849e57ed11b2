namespace PropertyCloud.Billing.Api.Domain.Residents;

/// <summary>
/// The login (token subject) of an owner or a tenancy. Residents links accounts (Owner.UserId, Tenancy.UserId);
/// Billing keeps the link per party so that "my bills" needs no call to Residents.
/// </summary>
public sealed class ResidentAccount
{
    public Guid PartyId { get; private set; }
    public Guid EstateId { get; private set; }
    public string UserId { get; private set; } = "";

    private ResidentAccount() { }

    public static ResidentAccount Link(Guid estateId, Guid partyId, string userId) =>
        new() { EstateId = estateId, PartyId = partyId, UserId = userId };

    public void Relink(string userId) => UserId = userId;
}
