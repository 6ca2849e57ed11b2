using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Identity.Api.Users;

namespace PropertyCloud.Identity.UnitTests;

public sealed class StaffAccessRulesTests
{
    private static readonly Guid Estate = Guid.NewGuid();

    [Theory]
    [InlineData(Roles.GroupAdmin)]
    [InlineData(Roles.Quality)]
    public void CheckAccess_WhenGroupWideRoleHasNoEstates_Passes(string role) =>
        StaffAccessRules.CheckAccess([role], []);

    [Fact]
    public void CheckAccess_WhenEstateStaffHaveEstates_Passes() =>
        StaffAccessRules.CheckAccess([Roles.FrontDesk, Roles.Finance], [Estate]);

    [Theory]
    [InlineData(Roles.GroupAdmin)]
    [InlineData(Roles.Quality)]
    public void CheckAccess_WhenGroupWideRoleCarriesEstates_IsRefusedNamingEstates(string role)
    {
        var broken = Assert.Throws<DomainException>(() => StaffAccessRules.CheckAccess([role, Roles.FrontDesk], [Estate]));

        Assert.Equal("user.group_wide_with_estates", broken.Code);
        Assert.Equal("estates", broken.Field);
    }

    [Fact]
    public void CheckAccess_WhenEstateStaffHaveNoEstate_IsRefusedNamingEstates()
    {
        var broken = Assert.Throws<DomainException>(() => StaffAccessRules.CheckAccess([Roles.Maintenance], []));

        Assert.Equal("user.estates_required", broken.Code);
    }

    [Theory]
    [InlineData(Roles.Owner)]
    [InlineData(Roles.Tenant)]
    [InlineData(Roles.Partner)]
    public void CheckAccess_WhenRoleIsNotAStaffRole_IsRefusedNamingRoles(string role)
    {
        var broken = Assert.Throws<DomainException>(() => StaffAccessRules.CheckAccess([role], [Estate]));

        Assert.Equal("roles", broken.Field);
    }

    [Fact]
    public void CheckOwnAdminRoleKept_WhenAdminDropsTheirOwnAdminRole_IsRefused()
    {
        Assert.Throws<DomainException>(() => StaffAccessRules.CheckOwnAdminRoleKept(changingSelf: true, [Roles.Quality]));
        StaffAccessRules.CheckOwnAdminRoleKept(changingSelf: false, [Roles.Quality]);
        StaffAccessRules.CheckOwnAdminRoleKept(changingSelf: true, [Roles.GroupAdmin, Roles.Quality]);
    }

    [Fact]
    public void CheckNotSelf_WhenAdminDisablesThemselves_IsRefused()
    {
        var broken = Assert.Throws<DomainException>(() => StaffAccessRules.CheckNotSelf(changingSelf: true));

        Assert.Equal("user.cannot_disable_self", broken.Code);
        StaffAccessRules.CheckNotSelf(changingSelf: false);
    }
}
