using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

public sealed class SlaTests
{
    [Fact]
    public void Breach_BeforeTheTargetIsDue_IsNotRecorded()
    {
        var deadline = Orders.WaterEmergency().Deadlines.Single(d => d.Target == SlaTarget.OnSite);

        Assert.False(deadline.Breach(Orders.Monday9.AddMinutes(4)));
        Assert.Null(deadline.BreachedAt);
    }

    [Fact]
    public void Breach_OnceDue_IsRecordedOnlyOnce()
    {
        var deadline = Orders.WaterEmergency().Deadlines.Single(d => d.Target == SlaTarget.OnSite);

        Assert.True(deadline.Breach(Orders.Monday9.AddMinutes(6)));
        Assert.False(deadline.Breach(Orders.Monday9.AddMinutes(7)));
        Assert.Equal(Orders.Monday9.AddMinutes(6), deadline.BreachedAt);
    }

    [Fact]
    public void Breach_WhenTargetWasMetInTime_IsNotRecorded()
    {
        var deadline = Orders.Accepted().Deadlines.Single(d => d.Target == SlaTarget.Response);

        Assert.False(deadline.Breach(Orders.Monday9.AddHours(1)));
    }

    [Theory]
    [InlineData(RepairCategory.Plumbing, RepairUrgency.Emergency, 5, 120)]
    [InlineData(RepairCategory.Elevator, RepairUrgency.Emergency, 15, 120)]
    [InlineData(RepairCategory.DoorAndAccess, RepairUrgency.Urgent, 120, 480)]
    [InlineData(RepairCategory.Other, RepairUrgency.Normal, 1440, 4320)]
    public void Defaults_AreTheDocumentedOnes(RepairCategory category, RepairUrgency urgency, int onSite, int resolution)
    {
        var times = SlaDefaults.For(category, urgency);

        Assert.Equal((onSite, resolution), (times.OnSiteMinutes, times.ResolutionMinutes));
    }

    [Fact]
    public void Defaults_AllFollowTheLoopOrder()
    {
        Assert.All(from c in Enum.GetValues<RepairCategory>() from u in Enum.GetValues<RepairUrgency>() select SlaDefaults.For(c, u),
            t => Assert.True(t.ResponseMinutes <= t.OnSiteMinutes && t.OnSiteMinutes <= t.ResolutionMinutes));
    }

    [Fact]
    public void SetPolicy_WithOnSiteBeforeResponse_IsRefused()
    {
        var policy = SlaPolicy.Define(Guid.NewGuid(), RepairCategory.Plumbing, RepairUrgency.Normal);

        var ex = Assert.Throws<DomainException>(() => policy.Set(new SlaTimes(30, 10, 60), "经理", Orders.Monday9));

        Assert.Equal("sla.targets_out_of_order", ex.Code);
    }
}
