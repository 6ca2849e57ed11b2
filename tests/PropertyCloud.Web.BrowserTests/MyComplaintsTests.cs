using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class MyComplaintsTests(WebPlatform platform)
{
    private const string OwnersEstate = "翠湖花园";

    [Fact]
    public async Task Complaint_WhenOwnerLodgesItFromTheirPhone_IsListedAndShowsTheStatusTheDeskMovedItTo()
    {
        var text = $"垃圾桶三天未清运 {Guid.NewGuid().ToString("N")[..6]}";
        await platform.AsAsync(Roles.Owner, nameof(Complaint_WhenOwnerLodgesItFromTheirPhone_IsListedAndShowsTheStatusTheDeskMovedItTo), async page =>
        {
            await page.GotoAsync("/me/complaints");
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await WebPlatform.ChooseEstateAsync(page, OwnersEstate);
            await page.Locator("[data-test=lodge-panel] .mud-expand-panel-header").ClickAsync();
            await WebPlatform.Field(page, "complaint-description", "textarea").FillAsync(text);

            await page.Locator("[data-test=complaint-lodge]").ClickAsync();

            var mine = page.Locator("[data-test=my-complaint]", new() { HasText = text });
            await Assertions.Expect(mine.Locator("[data-test=my-complaint-status]")).ToHaveTextAsync("已受理");
            await WebPlatform.AssertFitsWidthAsync(page, "My complaints");
        }, WebPlatform.Phone);

        using (var desk = await DemoApi.SignInAsync(platform, Roles.FrontDesk))
        {
            var estate = await desk.EstateIdAsync(OwnersEstate);
            var complaints = await desk.GetAsync($"api/repairs/estates/{estate}/complaints?status=Received&pageSize=500");
            var id = complaints.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("description").GetString() == text).GetProperty("id").GetGuid();
            await desk.PostAsync($"api/repairs/estates/{estate}/complaints/{id}/acknowledge", new { });
        }

        await platform.AsAsync(Roles.Owner, nameof(Complaint_WhenOwnerLodgesItFromTheirPhone_IsListedAndShowsTheStatusTheDeskMovedItTo), async page =>
        {
            await page.GotoAsync("/me/complaints");
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await WebPlatform.ChooseEstateAsync(page, OwnersEstate);

            var mine = page.Locator("[data-test=my-complaint]", new() { HasText = text });
            await Assertions.Expect(mine.Locator("[data-test=my-complaint-status]")).ToHaveTextAsync("已确认");
        }, WebPlatform.Phone);
    }

    [Fact]
    public Task MyComplaints_WhenTenantSignsIn_ShowNoneOfTheOwnersComplaints() =>
        platform.AsAsync(Roles.Tenant, nameof(MyComplaints_WhenTenantSignsIn_ShowNoneOfTheOwnersComplaints), async page =>
        {
            await page.GotoAsync("/me/complaints");
            await WebPlatform.WaitUntilInteractiveAsync(page);

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("我的投诉");
            await Assertions.Expect(page.Locator("[data-test=no-complaints]")).ToBeVisibleAsync();
        }, WebPlatform.Phone);
}
