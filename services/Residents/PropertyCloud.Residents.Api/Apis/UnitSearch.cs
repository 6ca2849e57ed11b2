using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain;

namespace PropertyCloud.Residents.Api.Apis;

/// <summary>The filters and the order of the units list: a unit picker asks it for the first units matching what was typed.</summary>
public static class UnitSearch
{
    public const int MaxIds = 100;

    public static void Check(string? q, Guid[]? ids)
    {
        if (q is not null && (q.Length > UnitQuery.MaxLength || q.Any(char.IsControl)))
        {
            throw new DomainException("unit.query_invalid",
                new($"搜索内容最多{UnitQuery.MaxLength}个字符，且不能含控制字符", $"Enter a search text of at most {UnitQuery.MaxLength} characters without control characters"), "q");
        }
        if (ids is { Length: > MaxIds })
        {
            throw new DomainException("unit.too_many_ids",
                new($"一次最多查询{MaxIds}个房间", $"Ask for at most {MaxIds} units at a time"), "id");
        }
    }

    public static IQueryable<Unit> Filter(IQueryable<Unit> units, string? q, Guid[]? ids)
    {
        if (ids is { Length: > 0 })
        {
            units = units.Where(u => ids.Contains(u.Id));
        }
        return string.IsNullOrWhiteSpace(q) ? units : UnitQuery.Parse(q).Apply(units);
    }

    /// <summary>
    /// Building, entrance, floor, number — each code shorter first, so that 2栋 comes before 10栋 and 901 before 1001
    /// (matched by the index ix_units_label_order, which lists the same expressions).
    /// </summary>
    public static IOrderedQueryable<Unit> InLabelOrder(IQueryable<Unit> units) => units
        .OrderBy(u => u.BuildingCode.Length).ThenBy(u => u.BuildingCode)
        .ThenBy(u => u.Entrance.Length).ThenBy(u => u.Entrance)
        .ThenBy(u => u.Floor)
        .ThenBy(u => u.Number.Length).ThenBy(u => u.Number)
        .ThenBy(u => u.Id);
}
