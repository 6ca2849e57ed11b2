using Microsoft.EntityFrameworkCore;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Api.Infrastructure.Security;
using C = PropertyCloud.Residents.Api.Import.RegisterColumns;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>
/// An estate's current register in the import's columns: one row per unit and current owner (a unit without owners
/// gets one row), its current tenant on each. Personal data is masked unless <c>reveal</c>, which the caller audits.
/// </summary>
internal sealed class RegisterExport(ResidentsDb db, IdNumberProtector idNumbers)
{
    public async Task<List<IReadOnlyDictionary<RegisterColumn, string>>> RowsAsync(Guid estateId, bool reveal, bool chinese,
        CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.EstateId == estateId)
            .OrderBy(u => u.BuildingCode).ThenBy(u => u.Entrance).ThenBy(u => u.Floor).ThenBy(u => u.Number).ToListAsync(cancellationToken);
        var ownerships = (await db.Ownerships.AsNoTracking().Where(o => o.EstateId == estateId && o.EndedOn == null).ToListAsync(cancellationToken))
            .ToLookup(o => o.UnitId);
        var owners = await db.Owners.AsNoTracking().Where(o => o.EstateId == estateId).ToDictionaryAsync(o => o.Id, cancellationToken);
        var tenancies = (await db.Tenancies.AsNoTracking().Where(t => t.EstateId == estateId && t.EndedOn == null).ToListAsync(cancellationToken))
            .ToLookup(t => t.UnitId);

        var rows = new List<IReadOnlyDictionary<RegisterColumn, string>>(units.Count);
        foreach (var unit in units)
        {
            var tenancy = tenancies[unit.Id].OrderByDescending(t => t.LeaseStartsOn).FirstOrDefault();
            var held = ownerships[unit.Id].ToList();
            if (held.Count == 0)
            {
                rows.Add(Row(unit, null, null, tenancy, reveal, chinese));
            }
            rows.AddRange(held.Select(o => Row(unit, owners[o.OwnerId], o, tenancy, reveal, chinese)));
        }
        return rows;
    }

    private Dictionary<RegisterColumn, string> Row(Unit unit, Owner? owner, Ownership? ownership, Tenancy? tenancy, bool reveal, bool chinese)
    {
        var row = new Dictionary<RegisterColumn, string>
        {
            [C.Building] = unit.BuildingCode, [C.Entrance] = unit.Entrance, [C.Floor] = Invariant(unit.Floor), [C.Number] = unit.Number,
            [C.Layout] = unit.Layout, [C.BuildingArea] = Invariant(unit.BuildingArea), [C.UsableArea] = Invariant(unit.UsableArea),
            [C.Usage] = RegisterLabels.Label(unit.Usage, chinese),
        };
        if (owner is not null)
        {
            row[C.OwnerKind] = RegisterLabels.Label(owner.Kind, chinese);
            row[C.OwnerName] = owner.Name;
            row[C.Gender] = RegisterLabels.Label(owner.Gender, chinese);
            row[C.IdType] = RegisterLabels.Label(owner.IdDocumentType, chinese);
            row[C.IdNumber] = reveal ? idNumbers.Reveal(owner.IdNumberCipher) : owner.IdNumberMasked;
            row[C.Phone] = reveal ? owner.Phone : Masking.Phone(owner.Phone);
            row[C.NativePlace] = owner.NativePlace;
            row[C.Address] = reveal ? owner.Address : Masking.Address(owner.Address);
            row[C.MovedInOn] = Date(owner.MovedInOn);
            row[C.OwnedSince] = Date(ownership?.StartedOn);
        }
        if (tenancy is not null)
        {
            row[C.TenantName] = tenancy.TenantName;
            row[C.TenantPhone] = reveal ? tenancy.Phone : Masking.Phone(tenancy.Phone);
            row[C.LeaseStartsOn] = Date(tenancy.LeaseStartsOn);
            row[C.LeaseEndsOn] = Date(tenancy.LeaseEndsOn);
        }
        return row;
    }

    private static string Invariant(IFormattable value) => value.ToString(null, System.Globalization.CultureInfo.InvariantCulture);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
