using System.Net.Http.Json;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Partners.FunctionalTests;

[Collection(PartnersCollection.Name)]
public sealed class CatalogLanguageTests(PartnersService service)
{
    private async Task<EventTypeResponse> RepairCompletedAsync(string? language)
    {
        var anonymous = service.Factory.CreateClient();
        if (language is not null)
        {
            anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        var types = await anonymous.GetFromJsonAsync<List<EventTypeResponse>>("/api/partners/catalog/types", TestJson.Options);
        return types!.Single(t => t.Type == Events.RepairCompleted);
    }

    [Fact]
    public async Task EventTypes_WithoutALanguage_AreSummarisedInChinese()
    {
        var type = await RepairCompletedAsync(null);

        Assert.Equal("维修人员完成维修。", type.Summary);
        Assert.Equal("维修人员完成维修。", type.DataSchema["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task EventTypes_WhenEnglishIsAsked_AreSummarisedInEnglish()
    {
        var type = await RepairCompletedAsync("en-US");

        Assert.Equal("A worker finished a repair.", type.Summary);
    }
}
