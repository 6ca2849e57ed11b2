using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Residents.Api.Domain.Parking;

/// <summary>A parking permit (停车证) letting a vehicle use a space held by its unit for a period.</summary>
public sealed class ParkingPermit
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid VehicleId { get; private set; }
    public Guid ParkingSpaceId { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public DateOnly? RevokedOn { get; private set; }

    private ParkingPermit() { }

    /// <summary>The space must be held by the vehicle's unit: <paramref name="holding"/> is its current assignment, if any.</summary>
    public static ParkingPermit Issue(Vehicle vehicle, ParkingSpace space, ParkingSpaceAssignment? holding, DateOnly validFrom, DateOnly validUntil)
    {
        if (holding is null || holding.UnitId != vehicle.UnitId || holding.ParkingSpaceId != space.Id)
        {
            throw new DomainException("parking.space_not_held_by_unit",
                new($"车位 {space.Code} 未出租或出售给该车辆所属房间", $"Parking space {space.Code} is not rented or sold to the vehicle's unit"),
                "parkingSpaceId");
        }
        if (validUntil < validFrom)
        {
            throw new DomainException("parking.ends_before_start", new("有效期结束日期不能早于开始日期", "The permit cannot end before it starts"), "validUntil");
        }
        if (holding.EndsOn < validUntil)
        {
            throw new DomainException("parking.permit_beyond_rental",
                new($"停车证有效期不能超过车位租期 {holding.EndsOn:yyyy-MM-dd}", $"The permit cannot outlast the rental, which ends on {holding.EndsOn:yyyy-MM-dd}"),
                "validUntil");
        }
        return new ParkingPermit
        {
            Id = Guid.CreateVersion7(), EstateId = vehicle.EstateId, VehicleId = vehicle.Id, ParkingSpaceId = space.Id,
            ValidFrom = validFrom, ValidUntil = validUntil,
        };
    }

    public void Revoke(DateOnly revokedOn)
    {
        if (RevokedOn is not null)
        {
            throw new DomainException("parking.permit_already_revoked", new("该停车证已注销", "This permit has already been revoked"));
        }
        RevokedOn = revokedOn;
    }
}
