using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Domain.Parking;

/// <summary>A parking space rented or sold to a unit (and its owner) from a date; released assignments are kept.</summary>
public sealed class ParkingSpaceAssignment
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid ParkingSpaceId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid? OwnerId { get; private set; }
    public ParkingTenure Tenure { get; private set; }
    public DateOnly StartsOn { get; private set; }

    /// <summary>End of the rental period; none for a sold space.</summary>
    public DateOnly? EndsOn { get; private set; }
    public DateOnly? ReleasedOn { get; private set; }

    public bool IsCurrent => ReleasedOn is null;

    private ParkingSpaceAssignment() { }

    /// <summary>A space is held by one unit at a time: <paramref name="spaceIsHeld"/> says whether it is already assigned.</summary>
    public static ParkingSpaceAssignment Assign(
        ParkingSpace space, Unit unit, Owner? owner, ParkingTenure tenure, DateOnly startsOn, DateOnly? endsOn, bool spaceIsHeld)
    {
        if (spaceIsHeld)
        {
            throw new DomainException("parking.space_taken",
                new($"车位 {space.Code} 已出租或出售，请先解除", $"Parking space {space.Code} is already rented or sold; release it first"), "parkingSpaceId");
        }
        if (space.EstateId != unit.EstateId || (owner is not null && owner.EstateId != unit.EstateId))
        {
            throw new DomainException("parking.other_estate", new("车位、房间与业主必须属于同一小区", "The space, unit and owner must belong to the same estate"), "unitId");
        }
        if (tenure == ParkingTenure.Rented && endsOn is null)
        {
            throw new DomainException("parking.rent_needs_end", new("出租车位必须填写租期结束日期", "A rented space needs the end of the rental period"), "endsOn");
        }
        if (endsOn < startsOn)
        {
            throw new DomainException("parking.ends_before_start", new("结束日期不能早于开始日期", "The end date cannot be before the start date"), "endsOn");
        }
        return new ParkingSpaceAssignment
        {
            Id = Guid.CreateVersion7(), EstateId = space.EstateId, ParkingSpaceId = space.Id, UnitId = unit.Id, OwnerId = owner?.Id,
            Tenure = tenure, StartsOn = startsOn, EndsOn = tenure == ParkingTenure.Sold ? null : endsOn,
        };
    }

    public void Release(DateOnly releasedOn)
    {
        if (ReleasedOn is not null)
        {
            throw new DomainException("parking.already_released", new("该车位已解除", "This parking space has already been released"));
        }
        if (releasedOn < StartsOn)
        {
            throw new DomainException("parking.ends_before_start", new("解除日期不能早于开始日期", "The release date cannot be before the start date"), "releasedOn");
        }
        ReleasedOn = releasedOn;
    }
}
