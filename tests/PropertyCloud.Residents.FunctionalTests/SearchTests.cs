using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class SearchTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PeopleClient? _people;

    /// <summary>One estate with a handful of similar names, shared by the tests of this class.</summary>
    private async Task<PeopleClient> PeopleAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_people is null)
            {
                var people = await PeopleClient.CreateAsync(service.Factory, units: 6);
                string[] names = ["欧阳振华", "欧阳振国", "王振华", "张伟", "张伟明", "李晓燕"];
                for (var i = 0; i < names.Length; i++)
                {
                    await people.RegisterOwnerAsync(PeopleClient.Owner(names[i], $"1391234{i:0000}", units: [people.Units[i].Id]));
                }
                _people = people;
            }
            return _people;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<List<SearchHit>> SearchAsync(string q)
    {
        var people = await PeopleAsync();
        return (await people.FrontDesk.GetFromJsonAsync<List<SearchHit>>(
            $"{people.Base}/search?q={Uri.EscapeDataString(q)}", TestJson.Options))!;
    }

    [Theory]
    [InlineData("张伟民", "张伟明")] // one wrong character
    [InlineData("欧阳振国", "欧阳振国")] // exact beats the near namesake
    [InlineData("阳振华", "欧阳振华")] // partial
    [InlineData("李晓", "李晓燕")]
    public async Task Search_ByAMisspeltOrPartialName_FindsTheOwnerFirst(string query, string expected)
    {
        var hits = await SearchAsync(query);

        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits[0].OwnerName);
    }

    [Fact]
    public async Task Search_ByTheLastPhoneDigits_FindsTheOwnerWithTheirUnitAndMaskedPhone()
    {
        var hits = await SearchAsync("12340004");

        var hit = hits[0];
        Assert.Equal("张伟明", hit.OwnerName);
        Assert.Equal("1505", hit.Number);
        Assert.Equal("139****0004", hit.OwnerPhone);
    }

    [Fact]
    public async Task Search_ByBuildingAndUnitNumber_FindsThatUnitFirst()
    {
        var hits = await SearchAsync("3栋 1单元 1503");

        Assert.Equal("1503", hits[0].Number);
        Assert.Equal("王振华", hits[0].OwnerName);
    }

    [Fact]
    public async Task Search_ByLayoutOrUsage_FindsUnits()
    {
        var byLayout = await SearchAsync("3室2厅");
        var byUsage = await SearchAsync("居住");

        Assert.Equal(6, byLayout.Count(h => h.Layout == "3室2厅2卫"));
        Assert.Equal(6, byUsage.Count(h => h.Usage == "Residence"));
    }

    [Fact]
    public async Task Search_InAnotherEstate_Returns403()
    {
        var people = await PeopleAsync();
        var other = service.Factory.CreateClientWithToken(TestTokens.For(Roles.FrontDesk, Guid.NewGuid()));

        var response = await other.GetAsync($"{people.Base}/search?q=张伟");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
