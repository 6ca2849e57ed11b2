namespace PropertyCloud.Residents.Api.Domain.Parking;

/// <summary>How a unit holds a parking space: rented for a period (charged monthly) or bought.</summary>
public enum ParkingTenure
{
    Rented,
    Sold,
}
