using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Partners.FunctionalTests;

[Collection(PartnersCollection.Name)]
public class PartnerSelfServiceTests(PartnersService service)
{
    [Fact]
    public async Task APartner_SeesItsOwnDashboardAndReplays_ButNotAnotherPartners()
    {
        var estate = Guid.NewGuid();
        var mine = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(), "Mine",
            [Events.RepairCompleted], [estate], false, false, Amqp: true, WebhookUrl: null));
        var theirs = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(), "Theirs",
            [Events.RepairCompleted], [estate], false, false, Amqp: true, WebhookUrl: null));
        var completed = Events.RepairOrderCompleted(estate);
        await service.PublishAndWaitAsync(completed);
        await using var trusting = PartnerTokens.Trusting(service.Factory);
        var partner = trusting.CreateClient();
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PartnerTokens.For(mine.Partner.ClientId));

        var me = await partner.GetFromJsonAsync<PartnerResponse>("/api/partners/me", TestJson.Options);
        await Eventually.TrueAsync(async () =>
            (await partner.GetFromJsonAsync<DeliveryDashboard>($"/api/partners/{me!.Id}/dashboard", TestJson.Options))!.Delivered == 1);
        var replay = await partner.PostAsJsonAsync($"/api/partners/{me!.Id}/replay", new ReplayRequest(null, completed.EventId));
        var others = await partner.GetAsync($"/api/partners/{theirs.Partner.Id}/dashboard");
        var register = await partner.PostAsJsonAsync("/api/partners", new RegisterPartnerRequest(PartnersService.NewCode(), "x",
            [Events.RepairCompleted], [estate], false, false, true, null));

        Assert.Equal(mine.Partner.Id, me.Id);
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<ReplayResponse>(TestJson.Options))!.Requeued);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, register.StatusCode);
    }
}
