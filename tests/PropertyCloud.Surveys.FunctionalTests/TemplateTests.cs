using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.Surveys.Api.Domain.Templates;
using PropertyCloud.Testing;

namespace PropertyCloud.Surveys.FunctionalTests;

[Collection(SurveysCollection.Name)]
public class TemplateTests(SurveysService service)
{
    private readonly HttpClient _quality = service.ClientFor(Roles.Quality);

    /// <summary>篇12's questionnaire shape: 5 modules, 31 items.</summary>
    private static TemplateRequest FiveModules(string code, int firstModuleItems = 7) => new(code, "业主满意度调查（5模块31项）", 5, null,
        [.. new[] { firstModuleItems, 6, 6, 6, 6 }.Select((count, m) => new TemplateCategoryRequest($"m{m + 1}", $"模块{m + 1}", null,
            [.. Enumerable.Range(1, count).Select(i => new TemplateItemRequest($"m{m + 1}-{i}", $"第{m + 1}模块第{i}项"))]))]);

    [Fact]
    public async Task ListTemplates_OnAFreshService_OffersTheStandardSixByTwentyFive()
    {
        var templates = await _quality.GetFromJsonAsync<List<TemplateResponse>>("/api/surveys/templates", TestJson.Options);

        var standard = Assert.Single(templates!, t => t.Id == StandardTemplate.Id);
        Assert.Equal(25, standard.ItemCount);
        Assert.Equal(6, standard.Categories.Count);
    }

    [Fact]
    public async Task PublishTemplate_TwiceWithTheSameCode_AddsAVersionAndKeepsTheFirst()
    {
        var code = $"p12-{Guid.NewGuid():N}";

        var first = await _quality.PostAsJsonAsync("/api/surveys/templates", FiveModules(code));
        var second = await _quality.PostAsJsonAsync("/api/surveys/templates", FiveModules(code, firstModuleItems: 8));

        var v1 = (await first.Content.ReadFromJsonAsync<TemplateResponse>(TestJson.Options))!;
        var v2 = (await second.Content.ReadFromJsonAsync<TemplateResponse>(TestJson.Options))!;
        Assert.Equal((1, 31), (v1.Version, v1.ItemCount));
        Assert.Equal((2, 32), (v2.Version, v2.ItemCount));
        var kept = await _quality.GetFromJsonAsync<TemplateResponse>($"/api/surveys/templates/{v1.Id}", TestJson.Options);
        Assert.Equal(31, kept!.ItemCount);
    }

    [Fact]
    public async Task PublishTemplate_WithAnEmptyCategory_IsRefusedNamingTheField()
    {
        var request = FiveModules("empty") with { Categories = [new TemplateCategoryRequest("m1", "模块1", null, [])] };

        var refused = await _quality.PostAsJsonAsync("/api/surveys/templates", request);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Categories[0].Items", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PublishTemplate_ByAnEstateManager_IsForbidden()
    {
        var refused = await service.ClientFor(Roles.EstateManager, Guid.NewGuid()).PostAsJsonAsync("/api/surveys/templates", FiveModules("x"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
