using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class TeamDispatchTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    private async Task<TeamResponse> FormTeamAsync(Guid estate, params (HttpClient Client, string UserId)[] workers)
    {
        var response = await service.ClientFor(Roles.EstateManager, estate).PostAsJsonAsync($"/api/repairs/estates/{estate}/teams", new
        {
            name = "水电班",
            leader = new { userId = workers[0].UserId, name = "班长" },
            members = workers.Skip(1).Select((w, i) => new { userId = w.UserId, name = $"师傅{i}" }),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TeamResponse>(TestJson.Options))!;
    }

    [Fact]
    public async Task Accept_ByFourTeamMembersAtOnce_OneTakesTheOrder()
    {
        var workers = Enumerable.Range(0, 4).Select(_ => service.UserFor(Roles.Maintenance, _estate)).ToArray();
        var team = await FormTeamAsync(_estate, workers);
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var order = await OpenAsync(desk, _estate);
        var dispatched = await StepOkAsync(desk, _estate, order.Id, "dispatch", new { teamId = team.Id });

        var answers = await Task.WhenAll(workers.Select(w => StepAsync(w.Client, _estate, order.Id, "accept")));

        Assert.Equal(team.Id, dispatched.TeamId);
        Assert.Null(dispatched.AssigneeId);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK),
            a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.Forbidden, HttpStatusCode.UnprocessableEntity }));
        var winner = workers[Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.OK)];
        var read = await desk.GetFromJsonAsync<RepairOrderResponse>(Order(_estate, order.Id), TestJson.Options);
        Assert.Equal(winner.UserId, read!.AssigneeId);
        var published = await Eventually.GetAsync(() => Task.FromResult(service.Published.FirstOf<RepairOrderDispatched>(e => e.RepairOrderId == order.Id)));
        Assert.Equal((team.Id, workers[0].UserId), (published.TeamId, published.AssigneeId));
    }

    [Fact]
    public async Task Accept_ByAWorkerOutsideTheTeam_Returns403()
    {
        var team = await FormTeamAsync(_estate, service.UserFor(Roles.Maintenance, _estate));
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var order = await OpenAsync(desk, _estate);
        await StepOkAsync(desk, _estate, order.Id, "dispatch", new { teamId = team.Id });

        var response = await StepAsync(service.UserFor(Roles.Maintenance, _estate).Client, _estate, order.Id, "accept");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dispatch_ToATeamOfAnotherEstate_Returns404()
    {
        var otherEstate = Guid.NewGuid();
        var team = await FormTeamAsync(otherEstate, service.UserFor(Roles.Maintenance, otherEstate));
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var order = await OpenAsync(desk, _estate);

        var response = await StepAsync(desk, _estate, order.Id, "dispatch", new { teamId = team.Id });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
