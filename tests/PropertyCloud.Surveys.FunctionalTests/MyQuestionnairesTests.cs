using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Testing;

namespace PropertyCloud.Surveys.FunctionalTests;

[Collection(SurveysCollection.Name)]
public class MyQuestionnairesTests(SurveysService service)
{
    private readonly HttpClient _quality = service.ClientFor(Roles.Quality);

    [Fact]
    public async Task ListMyQuestionnaires_WhenOwnersHouseholdWasSampled_ListsItWithTheRouteToAnswer()
    {
        var (estateId, campaign, sample) = await StartedCampaignAsync();
        var (owner, _) = await ResidentAsync(estateId, sample[0].UnitId);

        var mine = await ListAsync(owner, estateId, expected: 1);

        var questionnaire = Assert.Single(mine);
        Assert.Equal(sample[0].Id, questionnaire.SampledHouseholdId);
        Assert.Equal(campaign.Id, questionnaire.CampaignId);
        Assert.Equal(sample[0].Address, questionnaire.Address);
        Assert.False(questionnaire.Started);
        Assert.Equal(25, questionnaire.TotalItems);
        Assert.Equal($"/api/surveys/me/estates/{estateId}/questionnaires/{sample[0].Id}", questionnaire.Path);
    }

    [Fact]
    public async Task ListMyQuestionnaires_WhenOwnersHouseholdWasNotSampled_IsEmpty()
    {
        var (estateId, _, sample) = await StartedCampaignAsync();
        var unsampled = service.Units[estateId].Select(u => u.UnitId).First(id => sample.All(s => s.UnitId != id));
        var (owner, _) = await ResidentAsync(estateId, unsampled);
        // A sampled neighbour, linked after this owner: once it is listed, this owner's link has been handled too.
        var (neighbour, _) = await ResidentAsync(estateId, sample[1].UnitId);
        await ListAsync(neighbour, estateId, expected: 1);

        var mine = await owner.GetFromJsonAsync<List<MyQuestionnaire>>($"/api/surveys/me/estates/{estateId}/questionnaires", TestJson.Options);

        Assert.Empty(mine!);
        using var other = await owner.GetAsync($"/api/surveys/me/estates/{estateId}/questionnaires/{sample[1].Id}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task AnswerMyQuestionnaire_UntilComplete_SavesPartsThenTakesItOffTheList()
    {
        var (estateId, _, sample) = await StartedCampaignAsync();
        var (owner, _) = await ResidentAsync(estateId, sample[2].UnitId);
        var path = (await ListAsync(owner, estateId, expected: 1))[0].Path;
        var template = (await owner.GetFromJsonAsync<TemplateResponse>(path, TestJson.Options))!;
        var items = template.Categories.SelectMany(c => c.Items).Select(i => i.Code).ToList();

        using var first = await owner.PostAsJsonAsync(path, new ResponseRequest([.. items.Take(10).Select(i => new Answer(i, 4))], null, null));
        var partly = await ListAsync(owner, estateId, expected: 1);
        using var rest = await owner.PostAsJsonAsync(path, new ResponseRequest([.. items.Skip(10).Select(i => new Answer(i, 5))], 5, null));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(partly[0].Started);
        Assert.Equal(10, partly[0].AnsweredItems);
        Assert.True((await rest.Content.ReadFromJsonAsync<ResponseResult>(TestJson.Options))!.Complete);
        Assert.Empty((await owner.GetFromJsonAsync<List<MyQuestionnaire>>($"/api/surveys/me/estates/{estateId}/questionnaires", TestJson.Options))!);
        using var again = await owner.PostAsJsonAsync(path, new ResponseRequest([new(items[0], 1)], null, null));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task ListMyQuestionnaires_WhenTenantRentsASampledHousehold_ListsItForTheTenant()
    {
        var (estateId, _, sample) = await StartedCampaignAsync();
        var tenancyId = Guid.NewGuid();
        var (tenant, tenantId) = service.UserFor(Roles.Tenant, estateId);
        await service.PublishAsync(new TenantLeaseStarted
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, UnitId = sample[3].UnitId,
            TenancyId = tenancyId, LeaseStartsOn = new DateOnly(2026, 1, 1), LeaseEndsOn = new DateOnly(2027, 12, 31),
        });
        await service.PublishAsync(new ResidentAccountLinked
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, PartyId = tenancyId, IsTenancy = true, UserId = tenantId,
        });

        var mine = await ListAsync(tenant, estateId, expected: 1);

        Assert.Equal(sample[3].Id, mine[0].SampledHouseholdId);
    }

    [Theory]
    [InlineData(Roles.FrontDesk)]
    [InlineData(Roles.Quality)]
    public async Task ListMyQuestionnaires_WhenCallerIsStaff_Returns403(string role)
    {
        var estateId = await service.SharedEstateAsync();

        using var response = await service.ClientFor(role, estateId).GetAsync($"/api/surveys/me/estates/{estateId}/questionnaires");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ListMyQuestionnaires_WhenEstateIsNotTheOwners_Returns403()
    {
        var estateId = await service.SharedEstateAsync();

        using var response = await service.ClientFor(Roles.Owner, Guid.NewGuid()).GetAsync($"/api/surveys/me/estates/{estateId}/questionnaires");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>A campaign over an estate of its own, so that no other test's campaign samples the same households.</summary>
    private async Task<(Guid EstateId, CampaignResponse Campaign, List<SampledHouseholdResponse> Sample)> StartedCampaignAsync()
    {
        var estateId = await service.RegisterEstateAsync("一公司", buildings: 1);
        var campaign = await service.StartCampaignAsync([estateId]);
        var sample = (await _quality.GetFromJsonAsync<List<SampledHouseholdResponse>>(
            $"/api/surveys/estates/{estateId}/campaigns/{campaign.Id}/sample", TestJson.Options))!;
        return (estateId, campaign, sample);
    }

    /// <summary>An owner of <paramref name="unitId"/> with a login, as Residents announces them.</summary>
    private async Task<(HttpClient Client, string UserId)> ResidentAsync(Guid estateId, Guid unitId)
    {
        var ownerId = Guid.NewGuid();
        var (client, userId) = service.UserFor(Roles.Owner, estateId);
        await service.PublishAsync(new OwnerRegistered
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, OwnerId = ownerId, UnitIds = [unitId],
            OwnedSince = new DateOnly(2020, 1, 1),
        });
        await service.PublishAsync(new ResidentAccountLinked
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, PartyId = ownerId, IsTenancy = false, UserId = userId,
        });
        return (client, userId);
    }

    private static Task<List<MyQuestionnaire>> ListAsync(HttpClient client, Guid estateId, int expected) =>
        Eventually.GetAsync(async () =>
        {
            var list = (await client.GetFromJsonAsync<List<MyQuestionnaire>>($"/api/surveys/me/estates/{estateId}/questionnaires", TestJson.Options))!;
            return list.Count == expected ? list : null;
        }, because: $"the resident should see {expected} questionnaire(s)");
}
