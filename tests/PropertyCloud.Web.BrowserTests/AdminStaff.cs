using System.Text.Json;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>Staff accounts a user-administration test makes for itself through Identity's API, each with a unique name.</summary>
internal static class AdminStaff
{
    public static string NewName(string what) => $"{what}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Creates an account with a generated password; returns its id.</summary>
    public static async Task<Guid> CreateAsync(WebPlatform platform, string userName, string role, params string[] estateNames)
    {
        using var admin = await DemoApi.SignInAsync(platform, Roles.GroupAdmin);
        var estates = new List<Guid>();
        foreach (var name in estateNames)
        {
            estates.Add(await admin.EstateIdAsync(name));
        }
        var created = await admin.PostAsync("api/identity/users",
            new { userName, displayName = "测试 " + userName, roles = new[] { role }, estates, password = (string?)null });
        return created.GetProperty("user").GetProperty("id").GetGuid();
    }

    public static async Task DisableAsync(WebPlatform platform, Guid userId)
    {
        using var admin = await DemoApi.SignInAsync(platform, Roles.GroupAdmin);
        await admin.PostAsync($"api/identity/users/{userId}/disable", new { reason = "测试" });
    }

    /// <summary>Whether Identity gives <paramref name="userName"/> a token for <paramref name="password"/> (the password grant).</summary>
    public static async Task<bool> SignsInAsync(WebPlatform platform, string userName, string password)
    {
        using var http = new HttpClient { BaseAddress = platform.Gateway };
        using var response = await http.PostAsync(new Uri("connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "propertycloud-cli",
            ["username"] = userName,
            ["password"] = password,
        }));
        return response.IsSuccessStatusCode && JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("access_token", out _);
    }

    /// <summary>Opens the account's page and waits until it is shown and interactive.</summary>
    public static async Task OpenAsync(IPage page, Guid userId, string userName)
    {
        await page.GotoAsync($"admin/users/{userId}");
        await WebPlatform.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-test=user-name-heading]")).ToHaveTextAsync(userName);
    }
}
