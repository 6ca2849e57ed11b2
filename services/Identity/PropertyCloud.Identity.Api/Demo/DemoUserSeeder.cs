using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Infrastructure;
using PropertyCloud.Identity.Contracts;
using PropertyCloud.Residents.Contracts;

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
            if (FixedId(demo.Role) is { } id)
            {
                user.Id = id;
            }
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

    /// <summary>The demo owner, tenant and maintenance worker keep the ids the demo register links their records to.</summary>
    private static Guid? FixedId(string role) => role switch
    {
        Roles.Owner => Guid.Parse(DemoResidents.OwnerUserId),
        Roles.Tenant => Guid.Parse(DemoResidents.TenantUserId),
        Roles.Maintenance => Guid.Parse(DemoStaffIds.Maintenance),
        _ => null,
    };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                "Seeding a demo user failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
