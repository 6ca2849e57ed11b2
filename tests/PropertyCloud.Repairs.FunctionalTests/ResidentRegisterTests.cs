using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>Repairs' copy of who lives where, kept from Residents' events, decides whose reports it takes.</summary>
[Collection(SharedRepairsService.Name)]
public sealed class ResidentRegisterTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();
    private readonly Guid _unit = Guid.NewGuid();

    [Fact]
    public async Task Open_ByTenantWhoMovedOut_Returns403()
    {
        var tenant = await service.TenantAsync(_estate, _unit);
        await OpenAsync(tenant.Client, _estate, WaterEmergency(_unit));

        await service.DeliverAsync(Residency.LeaseEnded(_estate, _unit, tenant.PartyId));
        var response = await tenant.Client.PostAsJsonAsync(Orders(_estate), WaterEmergency(_unit));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Open_WhenTheLeaseEndArrivedBeforeItsStart_RefusesTheTenant()
    {
        var (client, userId) = service.UserFor(Roles.Tenant, _estate);
        var tenancyId = Guid.NewGuid();
        await service.DeliverAsync(Residency.LeaseEnded(_estate, _unit, tenancyId));
        await service.DeliverAsync(Residency.LeaseStarted(_estate, _unit, tenancyId), Residency.Linked(_estate, tenancyId, isTenancy: true, userId));

        var response = await client.PostAsJsonAsync(Orders(_estate), WaterEmergency(_unit));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Open_AfterOwnershipTransferred_RefusesThePreviousOwnerAndAcceptsTheNewOne()
    {
        var seller = await service.OwnerAsync(_estate, _unit);
        var buyer = await service.OwnerAsync(_estate);

        await service.DeliverAsync(Residency.Transferred(_estate, _unit, seller.PartyId, buyer.PartyId));
        var bySeller = await seller.Client.PostAsJsonAsync(Orders(_estate), WaterEmergency(_unit));
        var byBuyer = await OpenAsync(buyer.Client, _estate, WaterEmergency(_unit));

        Assert.Equal(HttpStatusCode.Forbidden, bySeller.StatusCode);
        Assert.Equal(_unit, byBuyer.UnitId);
    }

    [Fact]
    public async Task Open_WhenTheTransferArrivedBeforeTheSellersRegistration_RefusesTheSeller()
    {
        var (client, userId) = service.UserFor(Roles.Owner, _estate);
        var sellerId = Guid.NewGuid();
        await service.DeliverAsync(Residency.Transferred(_estate, _unit, sellerId, Guid.NewGuid()));
        await service.DeliverAsync(Residency.Registered(_estate, sellerId, _unit), Residency.Linked(_estate, sellerId, isTenancy: false, userId));

        var response = await client.PostAsJsonAsync(Orders(_estate), WaterEmergency(_unit));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Open_AfterTheAccountWasRelinkedToAnotherLogin_TakesOnlyTheNewLogin()
    {
        var owner = await service.OwnerAsync(_estate, _unit);
        var (newClient, newUserId) = service.UserFor(Roles.Owner, _estate);

        await service.DeliverAsync(Residency.Linked(_estate, owner.PartyId, isTenancy: false, newUserId));
        var byOldLogin = await owner.Client.PostAsJsonAsync(Orders(_estate), WaterEmergency(_unit));
        var byNewLogin = await OpenAsync(newClient, _estate, WaterEmergency(_unit));

        Assert.Equal(HttpStatusCode.Forbidden, byOldLogin.StatusCode);
        Assert.Equal(newUserId, byNewLogin.ReporterId);
    }

    [Fact]
    public async Task OwnerRegistered_DeliveredTwice_IsAppliedOnce()
    {
        var registered = Residency.Registered(_estate, Guid.NewGuid(), _unit, Guid.NewGuid());

        await service.PublishAsync(registered);
        await service.PublishAsync(registered);
        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(registered.EventId) == 2));

        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RepairsDb>();
        Assert.Equal(2, await db.UnitResidents.CountAsync(r => r.PartyId == registered.OwnerId));
        Assert.Equal(1, await db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE event_id = {registered.EventId}").SingleAsync());
    }
}
