using PropertyCloud.Archives.Api.Domain;

namespace PropertyCloud.Archives.Api.Apis;

public sealed record CustomerFileResponse(
    Guid Id, Guid EstateId, Guid UnitId, string FileNumber, string BuildingCode, string Entrance, int Floor,
    string UnitNumber, CustomerFileStatus Status, DateTimeOffset OpenedAt)
{
    public static CustomerFileResponse From(CustomerFile f) =>
        new(f.Id, f.EstateId, f.UnitId, f.FileNumber, f.BuildingCode, f.Entrance, f.Floor, f.UnitNumber, f.Status, f.OpenedAt);
}
