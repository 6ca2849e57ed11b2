using System.Globalization;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class MySurveysTests(WebPlatform platform)
{
    private const string OwnersEstate = "翠湖花园";

    /// <summary>
    /// The demo's only campaign is closed: the quality department plans one over the owner's estate with every household
    /// sampled and starts it, so that the owner has a questionnaire to answer.
    /// </summary>
    private async Task<string> StartCampaignOverTheOwnersEstateAsync()
    {
        var name = $"业主满意度调查 {Guid.NewGuid().ToString("N")[..6]}";
        using var quality = await DemoApi.SignInAsync(platform, Roles.Quality);
        var estate = await quality.EstateIdAsync(OwnersEstate);
        var template = (await quality.GetAsync("api/surveys/templates")).EnumerateArray().First().GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var campaign = await quality.PostAsync("api/surveys/campaigns", new
        {
            name,
            templateId = template,
            estateIds = new[] { estate },
            periodStart = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            periodEnd = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            surveyorOrganisation = "集团品质部",
            thirdParty = false,
            samplingRate = 1.0m,
        });
        await quality.PostAsync($"api/surveys/campaigns/{campaign.GetProperty("id").GetGuid()}/start", new { });
        return name;
    }

    [Fact]
    public async Task Questionnaire_WhenOwnerAnswersEveryItemOnTheirPhone_IsSubmittedAndLeavesTheList()
    {
        var campaign = await StartCampaignOverTheOwnersEstateAsync();

        await platform.AsAsync(Roles.Owner, nameof(Questionnaire_WhenOwnerAnswersEveryItemOnTheirPhone_IsSubmittedAndLeavesTheList), async page =>
        {
            await page.GotoAsync("/me/surveys");
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await WebPlatform.ChooseEstateAsync(page, OwnersEstate);
            // Every household is sampled: an owner of two units has a questionnaire for each.
            var waiting = page.Locator("[data-test=my-survey]", new() { HasText = campaign });
            await Assertions.Expect(waiting.First).ToBeVisibleAsync();
            var households = await waiting.CountAsync();
            await waiting.First.Locator("[data-test=survey-answer]").ClickAsync();

            var items = page.Locator("[data-test=questionnaire] [data-test=survey-item]");
            await Assertions.Expect(items.First).ToBeVisibleAsync();
            var count = await items.CountAsync();
            Assert.True(count > 1, $"the questionnaire shows {count} items");
            for (var i = 0; i < count; i++)
            {
                await items.Nth(i).Locator(".mud-rating-item").Last.ClickAsync();
            }
            await WebPlatform.AssertFitsWidthAsync(page, "A questionnaire");

            await page.Locator("[data-test=survey-submit]").ClickAsync();

            await Assertions.Expect(page.GetByText("感谢您的参与，问卷已提交")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=my-survey]", new() { HasText = campaign })).ToHaveCountAsync(households - 1);
        }, WebPlatform.Phone);
    }
}
