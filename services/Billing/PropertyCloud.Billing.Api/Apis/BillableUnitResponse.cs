using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

public sealed record BillableUnitResponse(Guid Id, Guid EstateId, string BuildingCode, string Entrance, int Floor, string Number,
    decimal BuildingArea, decimal UsableArea)
{
    public static BillableUnitResponse From(BillableUnit u) =>
        new(u.Id, u.EstateId, u.BuildingCode, u.Entrance, u.Floor, u.Number, u.BuildingArea, u.UsableArea);
}
