using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Apis.People;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>A row that parsed and passed the same validation as the register's API requests.</summary>
internal sealed record ParsedRow(int Line, string BuildingCode, UnitRequest Unit, OwnerRequest? Owner, TenancyRequest? Tenancy)
{
    public (string Building, string Entrance, string Number) UnitKey => (BuildingCode, Unit.Entrance, Unit.Number);
}
