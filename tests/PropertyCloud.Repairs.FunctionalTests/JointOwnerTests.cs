using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>A joint owner added to a unit in Residents may report repairs for it once Repairs has learnt so.</summary>
[Collection(SharedRepairsService.Name)]
public sealed class JointOwnerTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();
    private readonly Guid _unit = Guid.NewGuid();

    [Fact]
    public async Task JointOwnerAdded_DeliveredTwice_IsAppliedOnceAndTheJointOwnerMayReportRepairs()
    {
        await service.OwnerAsync(_estate, _unit);
        var (client, userId) = service.UserFor(Roles.Owner, _estate);
        var wifeId = Guid.NewGuid();
        await service.DeliverAsync(Residency.Linked(_estate, wifeId, isTenancy: false, userId));
        var refusedBefore = await client.PostAsJsonAsync(Orders(_estate), WaterEmergency(_unit));
        var added = JointOwner(wifeId, new DateOnly(2019, 1, 1));

        await service.PublishAsync(added);
        await service.PublishAsync(added);
        await Eventually.TrueAsync(() => Task.FromResult(service.Consumed.Finished(added.EventId) == 2));

        Assert.Equal(HttpStatusCode.Forbidden, refusedBefore.StatusCode);
        using (var scope = service.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RepairsDb>();
            Assert.Equal(1, await db.UnitResidents.CountAsync(r => r.PartyId == wifeId && r.UnitId == _unit));
        }
        var order = await OpenAsync(client, _estate, WaterEmergency(_unit));
        Assert.Equal((_unit, userId), (order.UnitId, order.ReporterId));
    }

    [Fact]
    public async Task JointOwnerAdded_WhenTheTransferEndingItArrivedFirst_RefusesTheJointOwner()
    {
        var (client, userId) = service.UserFor(Roles.Owner, _estate);
        var wifeId = Guid.NewGuid();
        await service.DeliverAsync(Residency.Transferred(_estate, _unit, wifeId, Guid.NewGuid()));
        await service.DeliverAsync(JointOwner(wifeId, new DateOnly(2019, 1, 1)), Residency.Linked(_estate, wifeId, isTenancy: false, userId));

        var response = await client.PostAsJsonAsync(Orders(_estate), WaterEmergency(_unit));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private JointOwnerAdded JointOwner(Guid ownerId, DateOnly ownedSince) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, EstateId = _estate, UnitId = _unit, OwnerId = ownerId,
        OwnedSince = ownedSince,
    };
}
