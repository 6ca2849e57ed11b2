using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>Finance picks a unit by typing part of its label: the register answers with the matches, never the whole estate.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class UnitPickerTests(WebPlatform platform)
{
    [Fact]
    public async Task PickUnit_ByTypingPartOfItsLabel_OffersOnlyTheMatchesAndKeepsTheChoice()
    {
        await platform.AsAsync(Roles.Finance, nameof(PickUnit_ByTypingPartOfItsLabel_OffersOnlyTheMatchesAndKeepsTheChoice), async page =>
        {
            await page.Locator("[data-nav='billing/meter-readings']").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("抄表");
            await WebPlatform.WaitUntilInteractiveAsync(page);

            // Demo estate 翠湖花园: two units a floor, so building 3, entrance 1, numbers starting 90 are 901 and 902.
            var unitField = WebPlatform.Field(page, "entry-unit");
            await unitField.ClickAsync();
            await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync();
            await unitField.FillAsync("3-1-90");
            var offered = page.Locator(".mud-popover-open .mud-list-item");
            await Assertions.Expect(offered).ToHaveTextAsync(["3栋-1-901", "3栋-1-902"]);

            await offered.Filter(new() { HasText = "3栋-1-902" }).ClickAsync();
            await Assertions.Expect(unitField).ToHaveValueAsync("3栋-1-902");
            await Assertions.Expect(page.Locator("[data-test=entry-save]")).ToBeEnabledAsync();

            // A room number alone finds that room in every building and entrance, in label order.
            await unitField.FillAsync("1801");
            await Assertions.Expect(offered.First).ToHaveTextAsync("1栋-1-1801");
            await Assertions.Expect(offered.Nth(1)).ToHaveTextAsync("1栋-2-1801");
        });
    }
}
