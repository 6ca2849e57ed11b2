using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class MyComplaintsTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();
    private readonly Guid _unit = Guid.NewGuid();

    private string Mine => $"/api/repairs/me/estates/{_estate}/complaints";

    private async Task<MyComplaintResponse> LodgeAsync(Resident resident, Guid unitId, string description = "楼道灯坏了一周无人处理")
    {
        var response = await resident.Client.PostAsJsonAsync(Mine, new { category = "Cleaning", description, unitId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MyComplaintResponse>(TestJson.Options))!;
    }

    private async Task<IReadOnlyList<MyComplaintResponse>> ListAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<PagedResult<MyComplaintResponse>>(Mine, TestJson.Options))!.Items;

    [Fact]
    public async Task Lodge_ByOwner_IsReceivedSelfServiceAndReachesTheEstatesList()
    {
        var owner = await service.OwnerAsync(_estate, _unit);

        var lodged = await LodgeAsync(owner, _unit);

        Assert.Equal(ComplaintStatus.Received, lodged.Status);
        var desk = await service.ClientFor(Roles.FrontDesk, _estate)
            .GetFromJsonAsync<ComplaintResponse>($"/api/repairs/estates/{_estate}/complaints/{lodged.Id}", TestJson.Options);
        Assert.Equal((RepairChannel.SelfService, false, ComplaintCategory.Cleaning), (desk!.Channel, desk.IsMajor, desk.Category));
        var received = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<ComplaintReceived>(e => e.ComplaintId == lodged.Id)));
        Assert.Equal("self_service", received.Channel);
    }

    [Fact]
    public async Task List_ByTenant_ShowsTheirComplaintWithTheStatusTheDeskMovedItTo()
    {
        var tenant = await service.TenantAsync(_estate, _unit);
        var lodged = await LodgeAsync(tenant, _unit);
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var acknowledged = await desk.PostAsJsonAsync($"/api/repairs/estates/{_estate}/complaints/{lodged.Id}/acknowledge", new { });
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);

        var mine = Assert.Single(await ListAsync(tenant.Client));

        Assert.Equal((lodged.Id, ComplaintStatus.Acknowledged), (mine.Id, mine.Status));
    }

    [Fact]
    public async Task List_ByResident_NeverShowsAnotherResidentsOrTheDesksComplaints()
    {
        var owner = await service.OwnerAsync(_estate, _unit);
        var neighboursUnit = Guid.NewGuid();
        var neighbour = await service.OwnerAsync(_estate, neighboursUnit);
        var mine = await LodgeAsync(owner, _unit, "我的投诉");
        await LodgeAsync(neighbour, neighboursUnit, "邻居的投诉");
        var atDesk = await service.ClientFor(Roles.FrontDesk, _estate).PostAsJsonAsync($"/api/repairs/estates/{_estate}/complaints",
            new { channel = "Visit", category = "Noise", description = "前台登记的投诉", isMajor = false });
        Assert.Equal(HttpStatusCode.Created, atDesk.StatusCode);

        var listed = await ListAsync(owner.Client);

        Assert.Equal(mine.Id, Assert.Single(listed).Id);
    }

    [Fact]
    public async Task List_ByTheSameResidentInAnotherEstate_DoesNotShowThisEstatesComplaints()
    {
        var other = Guid.NewGuid();
        var (client, userId) = service.UserFor(Roles.Owner, _estate, other);
        var ownerId = Guid.NewGuid();
        await service.DeliverAsync(Residency.Registered(_estate, ownerId, _unit), Residency.Linked(_estate, ownerId, isTenancy: false, userId));
        var owner = new Resident(client, userId, ownerId);
        await LodgeAsync(owner, _unit);

        var page = await owner.Client.GetFromJsonAsync<PagedResult<MyComplaintResponse>>(
            $"/api/repairs/me/estates/{other}/complaints", TestJson.Options);

        Assert.Empty(page!.Items);
    }

    [Theory]
    [InlineData(Roles.FrontDesk)]
    [InlineData(Roles.EstateManager)]
    public async Task Lodge_ByStaff_Returns403(string role)
    {
        var response = await service.ClientFor(role, _estate).PostAsJsonAsync(Mine, new { category = "Noise", description = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Lodge_ByOwnerOfAnotherEstate_Returns403()
    {
        var response = await service.ClientFor(Roles.Owner, Guid.NewGuid()).PostAsJsonAsync(Mine, new { category = "Noise", description = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Lodge_WithoutCategoryOrDescription_Returns400NamingBoth()
    {
        var response = await service.ClientFor(Roles.Owner, _estate).PostAsJsonAsync(Mine, new { description = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("category", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("description", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Lodge_ByOwnerAsMajor_IsStillOrdinaryUntilTheDeskEscalates()
    {
        var owner = await service.OwnerAsync(_estate, _unit);
        var response = await owner.Client.PostAsJsonAsync(Mine, new { category = "Security", description = "门禁坏了", isMajor = true });
        var lodged = (await response.Content.ReadFromJsonAsync<MyComplaintResponse>(TestJson.Options))!;

        var desk = await service.ClientFor(Roles.FrontDesk, _estate)
            .GetFromJsonAsync<ComplaintResponse>($"/api/repairs/estates/{_estate}/complaints/{lodged.Id}", TestJson.Options);

        Assert.False(desk!.IsMajor);
    }
}
