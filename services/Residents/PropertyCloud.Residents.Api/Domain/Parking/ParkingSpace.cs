namespace PropertyCloud.Residents.Api.Domain.Parking;

/// <summary>A parking space (车位) of the estate, identified by its painted code.</summary>
public sealed class ParkingSpace
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public string Code { get; private set; } = "";
    public string Location { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }

    private ParkingSpace() { }

    public static ParkingSpace Register(Guid estateId, string code, string location, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), EstateId = estateId, Code = code.Trim().ToUpperInvariant(), Location = location.Trim(), RegisteredAt = now,
    };
}
