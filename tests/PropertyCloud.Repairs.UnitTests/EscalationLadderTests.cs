using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

public sealed class EscalationLadderTests
{
    private static SlaDeadline BreachedResolution(RepairOrder order)
    {
        var resolution = order.Deadlines.Single(d => d.Target == SlaTarget.Resolution);
        Assert.True(resolution.Breach(Orders.Monday9.AddMinutes(121)));
        return resolution;
    }

    [Fact]
    public void PlanFor_DefaultLadder_TellsTeamLeaderAtOnceManagerAfter30MinutesQualityAfter2Hours()
    {
        var planned = EscalationLadder.Default(Guid.NewGuid()).PlanFor(BreachedResolution(Orders.Accepted())).ToList();

        Assert.Equal([1, 2, 3], planned.Select(e => e.Level));
        Assert.Equal([EscalationRecipient.TeamLeader, EscalationRecipient.EstateManager, EscalationRecipient.QualityDepartment],
            planned.Select(e => e.Notify));
        Assert.Equal([121, 151, 241], planned.Select(e => (int)(e.DueAt - Orders.Monday9).TotalMinutes));
    }

    [Fact]
    public void Set_WithRungsNotClimbing_IsRefused()
    {
        var ladder = EscalationLadder.Default(Guid.NewGuid());

        var ex = Assert.Throws<DomainException>(() => ladder.Set([new(30, EscalationRecipient.EstateManager), new(30, EscalationRecipient.QualityDepartment)]));

        Assert.Equal("escalation.rungs_out_of_order", ex.Code);
        Assert.Equal(3, ladder.Rungs.Count);
    }

    [Fact]
    public void Raise_WhenTargetWasMetBeforeTheRungCameDue_IsDropped()
    {
        var order = Orders.Accepted();
        order.ArriveOnSite(Orders.Monday9.AddMinutes(4));
        var resolution = BreachedResolution(order);
        var manager = EscalationLadder.Default(order.EstateId).PlanFor(resolution).Single(e => e.Level == 2);
        order.Complete(new RepairCompletion("修好", [], 30, 0), Orders.Monday9.AddMinutes(130));

        Assert.False(manager.Raise(resolution, Orders.Monday9.AddMinutes(151)));
        Assert.True(manager.Dropped);
    }

    [Theory]
    [InlineData(RepairCategory.Plumbing, RepairUrgency.Emergency, true)]
    [InlineData(RepairCategory.Elevator, RepairUrgency.Emergency, true)]
    [InlineData(RepairCategory.Plumbing, RepairUrgency.Urgent, false)]
    [InlineData(RepairCategory.DoorAndAccess, RepairUrgency.Emergency, false)]
    public void ResidentNotice_IsNeededForUnresolvedWaterPowerAndElevatorEmergencies(RepairCategory category, RepairUrgency urgency, bool needed)
    {
        var order = RepairOrder.Open(Guid.NewGuid(), new RepairIntake(RepairChannel.Phone, category, urgency,
            new RepairLocation(Guid.NewGuid(), null, null), "故障", "desk", "前台"), SlaDefaults.For(category, urgency),
            BusinessCalendar.Default(Guid.NewGuid()), Orders.Monday9);

        Assert.Equal(needed, order.NeedsResidentNoticeWhenUnresolved);
    }
}
