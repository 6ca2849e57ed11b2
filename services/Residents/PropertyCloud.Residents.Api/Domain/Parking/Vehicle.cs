using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Domain.Parking;

/// <summary>A vehicle (车辆) kept by an owner or tenant of a unit; the plate number is personal data, shown masked.</summary>
public sealed class Vehicle
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public VehicleHolderKind HolderKind { get; private set; }

    /// <summary>The owner or tenancy the vehicle belongs to.</summary>
    public Guid HolderId { get; private set; }
    public string PlateNumber { get; private set; } = "";
    public string Description { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }

    public string PlateNumberMasked => Masking.PlateNumber(PlateNumber);

    private Vehicle() { }

    /// <summary>The holder must currently own or rent <paramref name="unit"/> (checked by the caller against the register).</summary>
    public static Vehicle Register(Unit unit, VehicleHolderKind holderKind, Guid holderId, string plateNumber, string description, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(), EstateId = unit.EstateId, UnitId = unit.Id, HolderKind = holderKind, HolderId = holderId,
            PlateNumber = Normalise(plateNumber), Description = description.Trim(), RegisteredAt = now,
        };

    public static string Normalise(string plateNumber) =>
        plateNumber.Replace(" ", "", StringComparison.Ordinal).Replace("·", "", StringComparison.Ordinal).ToUpperInvariant();
}
