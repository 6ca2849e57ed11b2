namespace PropertyCloud.Web.Api.Residents;

/// <summary>What an owner or tenant sees of themselves: the units they own or rent.</summary>
public sealed record MyRecord(IReadOnlyList<MyOwnerRecord> AsOwner, IReadOnlyList<MyTenancy> AsTenant)
{
    public IEnumerable<Guid> UnitIds => AsOwner.SelectMany(o => o.Units).Where(u => u.EndedOn is null).Select(u => u.UnitId)
        .Concat(AsTenant.Where(t => t.Lease.EndedOn is null).Select(t => t.Lease.UnitId)).Distinct();
}

public sealed record MyOwnerRecord(Guid Id, string Name, string Phone, IReadOnlyList<MyOwnership> Units);

public sealed record MyOwnership(Guid UnitId, DateOnly StartedOn, DateOnly? EndedOn);

public sealed record MyTenancy(MyLease Lease, IReadOnlyList<string> LandlordNames);

public sealed record MyLease(Guid UnitId, DateOnly LeaseStartsOn, DateOnly LeaseEndsOn, DateOnly? EndedOn);
