namespace PropertyCloud.Archives.Api.Domain.Owners;

/// <summary>The login (token subject) of an owner, from Residents' <c>ResidentAccountLinked</c>; the latest link wins.</summary>
public sealed class OwnerAccount
{
    public Guid OwnerId { get; private set; }
    public Guid EstateId { get; private set; }
    public string UserId { get; private set; } = "";

    private OwnerAccount() { }

    public static OwnerAccount Link(Guid estateId, Guid ownerId, string userId) => new() { EstateId = estateId, OwnerId = ownerId, UserId = userId };

    public void Relink(string userId) => UserId = userId;
}
