using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Api.Demo;
using PropertyCloud.Surveys.Api.Infrastructure;
using PropertyCloud.Surveys.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Surveys.FunctionalTests;

public sealed class DemoCampaignTests(DemoSurveysService service) : IClassFixture<DemoSurveysService>
{
    [Fact]
    public async Task DemoMode_OnceTheDemoEstatesHouseholdsArrived_ClosesOneCampaignLookingLikeTheSeedsReport()
    {
        await service.RegisterDemoEstatesAsync();

        var closed = await Eventually.GetAsync(() => Task.FromResult<List<SurveyCampaignClosed>?>(
            service.PublishedOf<SurveyCampaignClosed>().ToList() is { Count: 3 } found ? found : null), TimeSpan.FromSeconds(30));

        Assert.Equal(DemoEstates.All.Order(), closed.Select(e => e.EstateId).Order());
        Assert.Single(closed.Select(e => e.CampaignId).Distinct());
        // 80 households each, 10% sampled, all answered: the seed's figures within a rounding step of the answer scale.
        var emerald = closed.Single(e => e.EstateId == DemoEstates.EmeraldLake);
        Assert.Equal((80, emerald.SampledHouseholds), (emerald.Households, emerald.Responses));
        Assert.InRange(emerald.SampledHouseholds, 8, 10);
        AssertNear([82.7m, 73.8m, 76.1m, 74.4m, 77.0m, 81.8m], emerald.Categories.Select(c => c.Index!.Value));
        AssertNear([80m], [emerald.OverallSatisfaction!.Value]);
        var riverside = closed.Single(e => e.EstateId == DemoEstates.Riverside);
        AssertNear([85.3m, 73.9m, 75.2m, 78.8m, 75.8m, 85.7m], riverside.Categories.Select(c => c.Index!.Value));
        AssertNear([82m], [riverside.OverallSatisfaction!.Value]);
    }

    [Fact]
    public async Task DemoSeeder_RunAgainAfterTheCampaignClosed_AddsNothing()
    {
        await service.RegisterDemoEstatesAsync();
        await Eventually.TrueAsync(() => Task.FromResult(service.PublishedOf<SurveyCampaignClosed>().Count() >= 3), TimeSpan.FromSeconds(30));

        var again = await service.Factory.Services.GetRequiredService<DemoCampaignSeeder>().SeedOnceAsync(CancellationToken.None);

        Assert.True(again);
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SurveysDb>();
        Assert.Equal(1, await db.Campaigns.CountAsync(c => c.Name == DemoCampaignSeeder.CampaignName));
        await Task.Delay(500);
        Assert.Equal(3, service.PublishedOf<SurveyCampaignClosed>().Count());
    }

    /// <summary>Brand recognition has one item: 8 answers move its index in steps of 3.125, so half a step either way.</summary>
    private static void AssertNear(IEnumerable<decimal> expected, IEnumerable<decimal> actual) =>
        Assert.All(expected.Zip(actual, (e, a) => (e, a)), p => Assert.InRange(p.a, p.e - 1.6m, p.e + 1.6m));
}
