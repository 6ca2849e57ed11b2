using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace PropertyCloud.BuildingBlocks.Security;

/// <summary>The caller of the current request: who they are, their roles and the estates they may act on.</summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor)
{
    private ClaimsPrincipal Principal => httpContextAccessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string? Id => Principal.FindFirstValue(PropertyCloudClaims.Subject);

    public string? Name => Principal.FindFirstValue(PropertyCloudClaims.Name);

    /// <summary>The name to show and sign with: the display name, else the user name, else the id.</summary>
    public string? DisplayName => Principal.FindFirstValue(PropertyCloudClaims.DisplayName) ?? Name ?? Id;

    public bool IsInRole(string role) => Principal.HasClaim(PropertyCloudClaims.Role, role);

    /// <summary>Group administrators and the quality department see every estate.</summary>
    public bool SeesAllEstates => Roles.GroupWide.Any(IsInRole);

    /// <summary>The estates named in the token; empty for group-wide roles, which see all.</summary>
    public IReadOnlySet<Guid> EstateIds =>
        Principal.FindAll(PropertyCloudClaims.Estate)
            .Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToHashSet();

    public bool CanAccessEstate(Guid estateId) => SeesAllEstates || EstateIds.Contains(estateId);
}
