using Npgsql;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class SharedKeysTests(WebPlatform platform)
{
    [Fact]
    public async Task SignIn_WhenTheConsoleProtectsItsCookies_KeepsTheKeysInWebdbForEveryReplica()
    {
        if (platform.App is null)
        {
            return; // A platform started elsewhere (WEB_TESTS_GATEWAY) has its own webdb.
        }
        await platform.AsAsync(Roles.FrontDesk, nameof(SignIn_WhenTheConsoleProtectsItsCookies_KeepsTheKeysInWebdbForEveryReplica),
            page => Assertions.Expect(page.Locator("[data-nav='repairs/queue']")).ToBeVisibleAsync());

        await using var connection = new NpgsqlConnection(platform.WebDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var keys = new NpgsqlCommand("SELECT count(*) FROM data_protection_keys WHERE xml LIKE '%<key id=%'", connection);
        Assert.True((long)(await keys.ExecuteScalarAsync())! >= 1, "the key ring is in webdb");
    }
}
