using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>An owner reports a repair from their phone; Repairs accepts it only for a unit it knows the owner holds.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class MyRepairsTests(WebPlatform platform)
{
    private const string OwnersEstate = "翠湖花园";

    [Fact]
    public async Task Repair_WhenOwnerReportsItFromTheirPhone_IsListedAsWaitingAndRecordedForTheirOwnUnit()
    {
        var text = $"卫生间地漏返水 {Guid.NewGuid().ToString("N")[..6]}";
        await platform.AsAsync(Roles.Owner, nameof(Repair_WhenOwnerReportsItFromTheirPhone_IsListedAsWaitingAndRecordedForTheirOwnUnit), async page =>
        {
            await page.GotoAsync("/me/repairs");
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await WebPlatform.ChooseEstateAsync(page, OwnersEstate);
            await page.Locator("[data-test=report-panel] .mud-expand-panel-header").ClickAsync();
            await WebPlatform.Field(page, "description", "textarea").FillAsync(text);
            await Assertions.Expect(page.Locator("[data-test=report]")).ToBeEnabledAsync();

            await page.Locator("[data-test=report]").ClickAsync();

            var row = page.Locator("[data-test=my-repairs] tbody tr", new() { HasText = text });
            await Assertions.Expect(row.Locator("[data-test=status]")).ToHaveTextAsync("待派工");
            await WebPlatform.AssertFitsWidthAsync(page, "My repairs");
        }, WebPlatform.Phone);

        using var owner = await DemoApi.SignInAsync(platform, Roles.Owner);
        var estate = await owner.EstateIdAsync(OwnersEstate);
        var myUnits = (await owner.GetAsync($"api/residents/estates/{estate}/me")).GetProperty("asOwner").EnumerateArray()
            .SelectMany(o => o.GetProperty("units").EnumerateArray()).Select(u => u.GetProperty("unitId").GetGuid()).ToList();
        var orders = await owner.GetAsync($"api/repairs/estates/{estate}/orders?pageSize=500");
        var order = orders.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("description").GetString() == text);
        Assert.Contains(order.GetProperty("unitId").GetGuid(), myUnits);
        Assert.Equal("SelfService", order.GetProperty("channel").GetString());
    }
}
