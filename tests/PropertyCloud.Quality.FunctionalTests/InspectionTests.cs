using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Apis;
using PropertyCloud.Quality.Api.Domain.Inspections;
using PropertyCloud.Quality.Api.Figures;
using PropertyCloud.Testing;

namespace PropertyCloud.Quality.FunctionalTests;

public sealed class InspectionTests(QualityService service) : IClassFixture<QualityService>
{
    private readonly Guid _estate = Guid.NewGuid();

    private async Task<ChecklistResponse> ChecklistAsync()
    {
        var response = await service.ClientFor(Roles.Quality).PostAsJsonAsync("/api/quality/checklists", new CreateChecklistRequest("公共区域保洁",
        [
            new("clean-01", "楼道无杂物堆放"), new("clean-02", "电梯轿厢整洁"), new("clean-03", "垃圾桶每日清运"), new("clean-04", "地下车库无积水"),
        ]));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ChecklistResponse>(TestJson.Options))!;
    }

    private static RecordInspectionRequest OneFailure(Guid templateId, DateOnly? rectifyBy = null, string photoUrl = "https://files.example.cn/p/1.jpg") =>
        new(templateId, Script.At(10, 15, 10),
        [
            new("clean-01", true, null, null, null),
            new("clean-02", true, null, null, null),
            new("clean-03", true, null, null, null),
            new("clean-04", false, "B2 层积水约 3 cm", rectifyBy, [new(photoUrl, "B2 积水")]),
        ]);

    [Fact]
    public async Task Inspection_WithOneOfFourItemsFailed_Scores75AndRaisesAFindingCountedInTheFigures()
    {
        var checklist = await ChecklistAsync();
        var response = await service.ClientFor(Roles.Quality)
            .PostAsJsonAsync($"/api/quality/estates/{_estate}/inspections", OneFailure(checklist.Id, new DateOnly(2026, 10, 20)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var inspection = (await response.Content.ReadFromJsonAsync<InspectionResponse>(TestJson.Options))!;
        Assert.Equal(75.00m, inspection.Score);
        var finding = Assert.Single(inspection.Findings);
        Assert.Equal(("clean-04", FindingStatus.Open, true), (finding.ItemCode, finding.Status, finding.Overdue));
        Assert.Equal("https://files.example.cn/p/1.jpg", Assert.Single(finding.Photos).Url);

        var figures = await service.ClientFor(Roles.EstateManager, _estate)
            .GetFromJsonAsync<QualityFigures>($"/api/quality/estates/{_estate}/figures?from=2026-10-01&to=2026-10-31", TestJson.Options);
        Assert.Equal(new InspectionFigures(1, 75.00m, 1), figures!.Total.Inspections);
        Assert.Equal(new OpenItems(0, 0, 1, 1), figures.Open);
    }

    [Fact]
    public async Task Finding_RectifiedByTheEstateAndVerifiedByQuality_IsNoLongerOpen()
    {
        var checklist = await ChecklistAsync();
        var inspection = (await (await service.ClientFor(Roles.Quality)
                .PostAsJsonAsync($"/api/quality/estates/{_estate}/inspections", OneFailure(checklist.Id, new DateOnly(2026, 10, 20))))
            .Content.ReadFromJsonAsync<InspectionResponse>(TestJson.Options))!;
        var findingUrl = $"/api/quality/estates/{_estate}/findings/{inspection.Findings[0].Id}";

        var early = await service.ClientFor(Roles.Quality).PostAsJsonAsync($"{findingUrl}/verify", new VerifyFindingRequest(true));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        var rectified = await service.ClientFor(Roles.EstateManager, _estate)
            .PostAsJsonAsync($"{findingUrl}/rectify", new RectifyFindingRequest("已疏通排水沟", [new("https://files.example.cn/p/2.jpg", "整改后")]));
        Assert.Equal(HttpStatusCode.OK, rectified.StatusCode);
        var verified = await service.ClientFor(Roles.Quality).PostAsJsonAsync($"{findingUrl}/verify", new VerifyFindingRequest(true));
        Assert.Equal(FindingStatus.Verified, (await verified.Content.ReadFromJsonAsync<FindingResponse>(TestJson.Options))!.Status);

        var open = await service.ClientFor(Roles.Quality)
            .GetFromJsonAsync<BuildingBlocks.Api.PagedResult<FindingResponse>>($"/api/quality/estates/{_estate}/findings?open=true", TestJson.Options);
        Assert.DoesNotContain(open!.Items, f => f.Id == inspection.Findings[0].Id);
    }

    [Fact]
    public async Task Inspection_WithAFailedItemWithoutDeadline_IsRejectedNamingRectifyBy()
    {
        var checklist = await ChecklistAsync();

        var response = await service.ClientFor(Roles.Quality).PostAsJsonAsync($"/api/quality/estates/{_estate}/inspections", OneFailure(checklist.Id));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("rectifyBy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspection_WithAPhotoThatIsNotAWebAddress_IsRejected()
    {
        var checklist = await ChecklistAsync();

        var response = await service.ClientFor(Roles.Quality).PostAsJsonAsync($"/api/quality/estates/{_estate}/inspections",
            OneFailure(checklist.Id, new DateOnly(2026, 10, 20), photoUrl: "C:\\photos\\1.jpg"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Inspection_TimedInChinaTime_IsRecordedAtTheSameInstant()
    {
        var checklist = await ChecklistAsync();
        var inBeijing = OneFailure(checklist.Id, new DateOnly(2026, 10, 20)) with { InspectedAt = Script.At(10, 15, 10).ToOffset(TimeSpan.FromHours(8)) };

        var response = await service.ClientFor(Roles.Quality).PostAsJsonAsync($"/api/quality/estates/{_estate}/inspections", inBeijing);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var inspection = (await response.Content.ReadFromJsonAsync<InspectionResponse>(TestJson.Options))!;
        Assert.Equal(Script.At(10, 15, 10), inspection.InspectedAt);
    }

    [Fact]
    public async Task Inspection_RecordedByAnEstateManager_IsForbidden()
    {
        var checklist = await ChecklistAsync();

        var response = await service.ClientFor(Roles.EstateManager, _estate)
            .PostAsJsonAsync($"/api/quality/estates/{_estate}/inspections", OneFailure(checklist.Id, new DateOnly(2026, 10, 20)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
