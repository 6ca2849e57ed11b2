using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Repairs.FunctionalTests;

public sealed class DemoDataTests(DemoRepairsService service) : IClassFixture<DemoRepairsService>
{
    [Fact]
    public async Task DemoMode_AtStart_LoadsOrdersAndComplaintsInEveryStepForEachDemoEstate()
    {
        var quality = service.ClientFor(Roles.Quality);

        foreach (var estate in DemoEstates.All)
        {
            var orders = await quality.GetFromJsonAsync<PagedResult<RepairOrderResponse>>($"/api/repairs/estates/{estate}/orders?pageSize=100", TestJson.Options);
            var complaints = await quality.GetFromJsonAsync<PagedResult<ComplaintResponse>>($"/api/repairs/estates/{estate}/complaints", TestJson.Options);
            Assert.Equal(12, orders!.Total);
            Assert.Equal(Enum.GetValues<RepairOrderStatus>().Length, orders.Items.Select(o => o.Status).Distinct().Count());
            Assert.Equal(6, complaints!.Total);
            Assert.Contains(complaints.Items, c => c is { IsMajor: true, Status: ComplaintStatus.Closed, LessonsLearnt: not null });
        }
        await Eventually.TrueAsync(() => Task.FromResult(service.Published.Of<RepairOrderClosed>().Count >= 3),
            because: "demo orders raise their events like any other");
    }
}
