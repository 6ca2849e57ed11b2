using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain.Rules;

namespace PropertyCloud.Residents.Api.Domain;

/// <summary>A unit (房间) in a building: where owners and tenants live and what bills are charged on.</summary>
public sealed class Unit
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid BuildingId { get; private set; }

    /// <summary>The building's code, copied so that search can match "3栋 1502" on one indexed row.</summary>
    public string BuildingCode { get; private set; } = "";
    public string Entrance { get; private set; } = "";
    public int Floor { get; private set; }
    public string Number { get; private set; } = "";

    /// <summary>房型, e.g. "3室2厅2卫".</summary>
    public string Layout { get; private set; } = "";
    public decimal BuildingArea { get; private set; }
    public decimal UsableArea { get; private set; }
    public UnitUsage Usage { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Maintained by the database (building, unit, layout, usage, area) for trigram search.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>得房率: usable area over building area, 0 when the building area is unknown.</summary>
    public decimal EfficiencyRatio => BuildingArea == 0 ? 0 : Math.Round(UsableArea / BuildingArea, 4);

    private Unit() { }

    /// <summary>Staff register a unit; only the owner may declare it rented out (篇2).</summary>
    public static Unit RegisterByStaff(Building building, UnitDetails details, DateTimeOffset now)
    {
        StaffMayNotDeclareRentedOut.Check(details.Usage);
        UnitMustFitBuilding.Check(building, details);
        return new Unit
        {
            Id = Guid.CreateVersion7(),
            EstateId = building.EstateId,
            BuildingId = building.Id,
            BuildingCode = building.Code,
            RegisteredAt = now,
        }.With(details);
    }

    /// <summary>Staff correct a unit's particulars; a unit already rented out by its owner may stay so.</summary>
    public void UpdateByStaff(Building building, UnitDetails details)
    {
        if (details.Usage != Usage)
        {
            StaffMayNotDeclareRentedOut.Check(details.Usage);
        }
        UnitMustFitBuilding.Check(building, details);
        BuildingCode = building.Code;
        With(details);
    }

    /// <summary>
    /// The owner changes their unit's usage (篇2: only they may declare it rented out); returns the previous usage.
    /// Storage and commercial use stay a staff matter.
    /// </summary>
    public UnitUsage ChangeUsageByOwner(UnitUsage usage)
    {
        OwnerMayOnlyDeclareResidenceRentedOrVacant.Check(usage);
        var previous = Usage;
        Usage = usage;
        return previous;
    }

    private Unit With(UnitDetails details)
    {
        if (details.UsableArea > details.BuildingArea)
        {
            throw new DomainException("unit.usable_area_exceeds_building_area",
                new("套内面积不能大于建筑面积", "Usable area cannot exceed the building area"), "usableArea");
        }
        Entrance = details.Entrance;
        Floor = details.Floor;
        Number = details.Number;
        Layout = details.Layout;
        BuildingArea = details.BuildingArea;
        UsableArea = details.UsableArea;
        Usage = details.Usage;
        return this;
    }
}
