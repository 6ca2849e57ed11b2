using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

/// <summary>An estate with a building and units, and front-desk staff registering people in it.</summary>
public sealed class PeopleClient
{
    public const string IdNumber = "330106199003071236";

    private PeopleClient(ServiceFactory<Program> factory, Guid estateId, IReadOnlyList<UnitResponse> units)
    {
        Factory = factory;
        EstateId = estateId;
        Units = units;
        FrontDesk = As(Roles.FrontDesk);
    }

    public ServiceFactory<Program> Factory { get; }
    public Guid EstateId { get; }
    public IReadOnlyList<UnitResponse> Units { get; }
    public HttpClient FrontDesk { get; }
    public string Base => $"/api/residents/estates/{EstateId}";

    public static async Task<PeopleClient> CreateAsync(ServiceFactory<Program> factory, int units = 3)
    {
        var admin = RegisterClient.AsGroupAdmin(factory);
        var estate = await admin.RegisterEstateAsync();
        var building = await admin.RegisterBuildingAsync(estate.Id, "3栋");
        var registered = new List<UnitResponse>();
        for (var n = 1; n <= units; n++)
        {
            registered.Add(await admin.RegisterUnitAsync(estate.Id, building.Id, $"15{n:00}"));
        }
        return new PeopleClient(factory, estate.Id, registered);
    }

    public HttpClient As(string role) => Factory.CreateClientWithToken(TestTokens.For(role, EstateId));

    /// <summary>A client for <paramref name="role"/> and the user id (token subject) it acts as.</summary>
    public (HttpClient Client, string UserId) AsUser(string role)
    {
        var token = TestTokens.For(role, EstateId);
        return (Factory.CreateClientWithToken(token), new JsonWebTokenHandler().ReadJsonWebToken(token).Subject);
    }

    public static OwnerRequest Owner(string name = "欧阳振华", string phone = "13812345678", string idNumber = IdNumber,
        IReadOnlyList<Guid>? units = null) =>
        new(OwnerKind.Person, name, Gender.Male, phone, IdDocumentType.ResidentIdCard, idNumber, "浙江杭州",
            "杭州市西湖区文三路88号", new DateOnly(2018, 5, 1), units, units is null ? null : new DateOnly(2018, 4, 20));

    public async Task<OwnerResponse> RegisterOwnerAsync(OwnerRequest request)
    {
        var response = await FrontDesk.PostAsJsonAsync($"{Base}/owners", request, TestJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<OwnerResponse>(TestJson.Options))!;
    }

    public async Task<OwnerResponse> GetOwnerAsync(Guid ownerId, HttpClient? client = null) =>
        (await (client ?? FrontDesk).GetFromJsonAsync<OwnerResponse>($"{Base}/owners/{ownerId}", TestJson.Options))!;

    /// <summary>Links a fresh owner login to <paramref name="ownerId"/> and returns a client acting as that owner.</summary>
    public async Task<HttpClient> LinkOwnerAccountAsync(Guid ownerId)
    {
        var (client, userId) = AsUser(Roles.Owner);
        var linked = await FrontDesk.PutAsJsonAsync($"{Base}/owners/{ownerId}/account", new AccountRequest(userId));
        Assert.Equal(HttpStatusCode.NoContent, linked.StatusCode);
        return client;
    }

    public Task<HttpResponseMessage> RevealAsync(HttpClient client, Guid ownerId, params string[] fields) =>
        client.PostAsJsonAsync($"{Base}/owners/{ownerId}/reveal", new RevealRequest(fields, "业主来电报修，需回电确认"), TestJson.Options);
}
