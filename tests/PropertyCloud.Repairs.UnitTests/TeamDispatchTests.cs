using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

public sealed class TeamDispatchTests
{
    private static readonly MaintenanceTeam Team = MaintenanceTeam.Form(Guid.NewGuid(), "水电班", new("lead", "班长"), [new("w2", "李师傅")]);

    [Fact]
    public void AcceptForTeam_ByAMember_MakesThemTheAssignee()
    {
        var order = Orders.WaterEmergency();
        order.DispatchToTeam(Team, "前台", Orders.Monday9.AddMinutes(1));

        order.AcceptForTeam(Team, "w2", Orders.Monday9.AddMinutes(2));

        Assert.Equal((RepairOrderStatus.Accepted, "w2", "李师傅"), (order.Status, order.AssigneeId, order.AssigneeName));
        Assert.NotNull(order.Deadlines.Single(d => d.Target == SlaTarget.Response).MetAt);
    }

    [Fact]
    public void AcceptForTeam_BySomeoneOutsideTheTeam_IsRefused()
    {
        var order = Orders.WaterEmergency();
        order.DispatchToTeam(Team, "前台", Orders.Monday9.AddMinutes(1));

        var ex = Assert.Throws<DomainException>(() => order.AcceptForTeam(Team, "stranger", Orders.Monday9.AddMinutes(2)));

        Assert.Equal("repair.not_for_this_team_member", ex.Code);
        Assert.Null(order.AssigneeId);
    }

    [Fact]
    public void DispatchToTeam_WhenAlreadyDispatched_IsRefused()
    {
        var order = Orders.Accepted();

        var ex = Assert.Throws<DomainException>(() => order.DispatchToTeam(Team, "前台", Orders.Monday9.AddMinutes(3)));

        Assert.Equal("repair.dispatch_requires_open", ex.Code);
    }
}
