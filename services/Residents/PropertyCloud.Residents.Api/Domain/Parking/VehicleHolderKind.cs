namespace PropertyCloud.Residents.Api.Domain.Parking;

/// <summary>Whether a vehicle is kept by an owner of the unit or by its tenant.</summary>
public enum VehicleHolderKind
{
    Owner,
    Tenant,
}
