using Microsoft.EntityFrameworkCore;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Infrastructure;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>What the estate already holds, so that an import adds to it and never duplicates it.</summary>
internal sealed class ExistingRegister
{
    public required Dictionary<string, Building> Buildings { get; init; }
    public required HashSet<(string Building, string Entrance, string Number)> Units { get; init; }
    public required HashSet<string> OwnerIdHashes { get; init; }

    public static async Task<ExistingRegister> LoadAsync(ResidentsDb db, Guid estateId, CancellationToken cancellationToken)
    {
        var buildings = await db.Buildings.AsNoTracking().Where(b => b.EstateId == estateId).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.EstateId == estateId)
            .Select(u => new { u.BuildingCode, u.Entrance, u.Number }).ToListAsync(cancellationToken);
        var hashes = await db.Owners.AsNoTracking().Where(o => o.EstateId == estateId && o.IdNumberHash != "")
            .Select(o => o.IdNumberHash).ToListAsync(cancellationToken);
        return new ExistingRegister
        {
            Buildings = buildings.ToDictionary(b => b.Code, StringComparer.Ordinal),
            Units = [.. units.Select(u => (u.BuildingCode, u.Entrance, u.Number))],
            OwnerIdHashes = [.. hashes],
        };
    }
}
