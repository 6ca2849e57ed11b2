using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Infrastructure;

namespace PropertyCloud.Identity.Api.Demo;

/// <summary>Creates the demo users that do not exist yet; existing ones are left as they are.</summary>
public sealed class DemoUserSeeder(UserManager<ApplicationUser> users, ILogger<DemoUserSeeder> logger)
{
    public async Task SeedAsync()
    {
        foreach (var demo in DemoUsers.All)
        {
            if (await users.FindByNameAsync(demo.Role) is not null)
            {
                continue;
            }

            var user = new ApplicationUser { UserName = demo.Role, DisplayName = demo.DisplayName };
            Check(await users.CreateAsync(user, DemoUsers.Password));
            Check(await users.AddToRoleAsync(user, demo.Role));
            if (demo.Estates.Count > 0)
            {
                Check(await users.AddClaimsAsync(user,
                    demo.Estates.Select(estate => new Claim(PropertyCloudClaims.Estate, estate.ToString("D")))));
            }

            logger.LogInformation("Created demo user {UserName}", demo.Role);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "Seeding a demo user failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
