using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.Handover;

/// <summary>An access card (门禁卡) issued for a unit to a named holder; revoked cards are kept.</summary>
public sealed class AccessCard
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public string Number { get; private set; } = "";
    public string HolderName { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public DateOnly? RevokedOn { get; private set; }

    private AccessCard() { }

    /// <summary><paramref name="numberInUse"/>: another card with this number is still valid in the estate.</summary>
    public static AccessCard Issue(Unit unit, string number, string holderName, DateOnly issuedOn, bool numberInUse)
    {
        if (numberInUse)
        {
            throw new ConflictException("access_card.number_in_use",
                new($"门禁卡号 {number.Trim()} 正在使用中", $"Access card {number.Trim()} is already in use"), "number");
        }
        return new AccessCard
        {
            Id = Guid.CreateVersion7(), EstateId = unit.EstateId, UnitId = unit.Id, Number = number.Trim().ToUpperInvariant(),
            HolderName = holderName.Trim(), IssuedOn = issuedOn,
        };
    }

    public void Revoke(DateOnly revokedOn)
    {
        if (RevokedOn is not null)
        {
            throw new DomainException("access_card.already_revoked", new("该门禁卡已注销", "This access card has already been revoked"));
        }
        if (revokedOn < IssuedOn)
        {
            throw new DomainException("access_card.revoked_before_issue", new("注销日期不能早于发卡日期", "A card cannot be revoked before it was issued"), "revokedOn");
        }
        RevokedOn = revokedOn;
    }
}
