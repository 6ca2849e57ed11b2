using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.People;

/// <summary>A tenant (租户) renting a unit for a lease period.</summary>
public sealed class Tenancy
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public string TenantName { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public DateOnly LeaseStartsOn { get; private set; }
    public DateOnly LeaseEndsOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    /// <summary>The tenant's own login (token subject), linked by staff.</summary>
    public string? UserId { get; private set; }

    public bool IsCurrent => EndedOn is null;

    private Tenancy() { }

    public static Tenancy Start(Unit unit, string tenantName, string phone, DateOnly startsOn, DateOnly endsOn)
    {
        if (endsOn < startsOn)
        {
            throw new DomainException("tenancy.ends_before_start",
                new("租期结束日期不能早于开始日期", "The lease cannot end before it starts"), "leaseEndsOn");
        }
        return new Tenancy
        {
            Id = Guid.CreateVersion7(), EstateId = unit.EstateId, UnitId = unit.Id, TenantName = tenantName.Trim(), Phone = phone.Trim(),
            LeaseStartsOn = startsOn, LeaseEndsOn = endsOn,
        };
    }

    public void End(DateOnly endedOn)
    {
        if (EndedOn is not null)
        {
            throw new DomainException("tenancy.already_ended", new("该租约已结束", "This lease has already ended"));
        }
        if (endedOn < LeaseStartsOn)
        {
            throw new DomainException("tenancy.ends_before_start",
                new("退租日期不能早于租期开始日期", "The lease cannot end before it started"), "endedOn");
        }
        EndedOn = endedOn;
    }

    public void LinkAccount(string userId) => UserId = userId;
}
