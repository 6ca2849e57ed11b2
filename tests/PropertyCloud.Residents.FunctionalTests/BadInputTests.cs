using PropertyCloud.Testing;
using System.Net.Http.Json;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Infrastructure;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class BadInputTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private readonly RegisterClient _register = RegisterClient.AsGroupAdmin(service.Factory);

    [Fact]
    public async Task RegisterBuilding_WhenFieldHasWrongType_Returns400NamingTheField()
    {
        var estate = await _register.RegisterEstateAsync();

        var response = await PostJsonAsync($"/api/residents/estates/{estate.Id}/buildings",
            """{"code":"9栋","name":"九号楼","floors":"eighteen","entrances":2}""");

        var errors = await ErrorsAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("floors", out _), errors.ToString());
    }

    [Fact]
    public async Task RegisterBuilding_WhenBodyIsNotJson_Returns400Problem()
    {
        var estate = await _register.RegisterEstateAsync();

        var response = await PostJsonAsync($"/api/residents/estates/{estate.Id}/buildings", "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RegisterUnit_WhenFieldsInvalid_Returns400NamingEachFieldInChinese()
    {
        var estate = await _register.RegisterEstateAsync();
        var building = await _register.RegisterBuildingAsync(estate.Id);

        var response = await _register.PostUnitAsync(estate.Id, building.Id,
            new("1", 3, "", null, -5m, 10m, UnitUsage.Residence));

        var errors = await ErrorsAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("number", out var number), errors.ToString());
        Assert.True(errors.TryGetProperty("buildingArea", out _), errors.ToString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", number[0].GetString()!);
    }

    [Fact]
    public async Task RegisterUnit_WhenEnglishIsAsked_AnswersInEnglish()
    {
        var estate = await _register.RegisterEstateAsync();
        var building = await _register.RegisterBuildingAsync(estate.Id);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/residents/estates/{estate.Id}/buildings/{building.Id}/units")
        {
            Content = new StringContent("""{"entrance":"1","floor":3,"number":"","buildingArea":90,"usableArea":70,"usage":"Residence"}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var response = await _register.Http.SendAsync(request);

        var errors = await ErrorsAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("empty", errors.GetProperty("number")[0].GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RegisterUnit_AsStaffDeclaringRentedOut_Returns422AndWritesNothing()
    {
        var estate = await _register.RegisterEstateAsync();
        var building = await _register.RegisterBuildingAsync(estate.Id);

        var response = await _register.PostUnitAsync(estate.Id, building.Id, RegisterClient.ValidUnit() with { Usage = UnitUsage.RentedOut });

        var errors = await ErrorsAsync(response, (HttpStatusCode)422);
        Assert.True(errors.TryGetProperty("usage", out _));
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();
        Assert.False(await db.Units.AnyAsync(u => u.BuildingId == building.Id));
        Assert.False(await db.Set<PropertyCloud.BuildingBlocks.EventBus.OutboxMessage>()
            .AnyAsync(m => m.EstateId == estate.Id && m.EventType.EndsWith("UnitRegistered")));
    }

    [Fact]
    public async Task RegisterUnit_AsStaffDeclaringRentedOut_AnswersInEnglishWhenAsked()
    {
        var estate = await _register.RegisterEstateAsync();
        var building = await _register.RegisterBuildingAsync(estate.Id);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/residents/estates/{estate.Id}/buildings/{building.Id}/units")
        {
            Content = JsonContent.Create(RegisterClient.ValidUnit() with { Usage = UnitUsage.RentedOut }, options: TestJson.Options),
        };
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var response = await _register.Http.SendAsync(request);

        var errors = await ErrorsAsync(response, (HttpStatusCode)422);
        Assert.Contains("owner", errors.GetProperty("usage")[0].GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterUnit_InUnknownBuilding_Returns404Problem()
    {
        var estate = await _register.RegisterEstateAsync();

        var response = await _register.PostUnitAsync(estate.Id, Guid.NewGuid(), RegisterClient.ValidUnit());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        _register.Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.GetProperty("errors");
    }
}
