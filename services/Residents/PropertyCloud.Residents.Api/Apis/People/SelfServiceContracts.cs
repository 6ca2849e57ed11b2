namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>
/// What an owner or tenant sees about themselves: their own data unmasked (查阅权), nothing about other owners.
/// <see cref="Holdings"/> has one entry per record in <see cref="AsOwner"/>.
/// </summary>
public sealed record MyRecordResponse(IReadOnlyList<OwnerResponse> AsOwner, IReadOnlyList<MyTenancyResponse> AsTenant, IReadOnlyList<MyHoldings> Holdings);

/// <summary>A tenant's lease with the unit rented and the landlords' names only.</summary>
public sealed record MyTenancyResponse(
    TenancyResponse Lease, UnitResponse Unit, IReadOnlyList<string> LandlordNames, IReadOnlyList<Parking.VehicleResponse> Vehicles);
