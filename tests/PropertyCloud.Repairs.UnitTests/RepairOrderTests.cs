using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

public sealed class RepairOrderTests
{
    [Fact]
    public void Open_WaterEmergency_IsDueOnSiteInFiveMinutesAndResolvedInTwoHours()
    {
        var order = Orders.WaterEmergency();

        Assert.Equal(Orders.Monday9.AddMinutes(5), order.DueAt(SlaTarget.OnSite));
        Assert.Equal(Orders.Monday9.AddHours(2), order.DueAt(SlaTarget.Resolution));
        Assert.Equal(RepairOrderStatus.Open, order.Status);
    }

    [Fact]
    public void Open_WithNeitherUnitNorPublicArea_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => RepairOrder.Open(Guid.NewGuid(),
            new RepairIntake(RepairChannel.Visit, RepairCategory.Other, RepairUrgency.Normal, new RepairLocation(null, Guid.NewGuid(), " "), "x", "u", "u"),
            new SlaTimes(1, 2, 3), BusinessCalendar.Default(Guid.NewGuid()), Orders.Monday9));

        Assert.Equal("repair.location_unit_or_public_area", ex.Code);
    }

    [Fact]
    public void Accept_BeforeDispatch_IsRefusedNamingTheStepNeeded()
    {
        var ex = Assert.Throws<DomainException>(() => Orders.WaterEmergency().Accept(Orders.Monday9));

        Assert.Equal("repair.accept_requires_dispatched", ex.Code);
        Assert.Equal("status", ex.Field);
    }

    [Fact]
    public void Dispatch_WhenAlreadyDispatched_IsRefused()
    {
        var order = Orders.WaterEmergency();
        order.Dispatch("w1", "王师傅", "前台", Orders.Monday9);

        var ex = Assert.Throws<DomainException>(() => order.Dispatch("w2", "李师傅", "经理", Orders.Monday9));

        Assert.Equal("repair.dispatch_requires_open", ex.Code);
        Assert.True(order.IsAssignedTo("w1"));
        Assert.False(order.IsAssignedTo("w2"));
    }

    [Fact]
    public void Complete_RecordsMaterialsLabourAndCharge_AndMeetsEveryTarget()
    {
        var order = Orders.Completed();

        Assert.Equal(RepairOrderStatus.Completed, order.Status);
        Assert.Equal(24.5m, order.MaterialsValue);
        Assert.Equal((30, 50m), (order.LabourMinutes, order.ChargeableAmount));
        Assert.All(order.Deadlines, d => Assert.NotNull(d.MetAt));
    }

    [Fact]
    public void FollowUp_WithScoreOutOfRange_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => Orders.Completed().RecordFollowUp(0, null, "前台", Orders.Monday9));

        Assert.Equal("repair.satisfaction_score_out_of_range", ex.Code);
    }

    [Fact]
    public void Close_WithoutFollowUpVisitOrReason_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => Orders.Completed().Close(" ", "前台", Orders.Monday9));

        Assert.Equal(("repair.close_requires_follow_up_or_reason", "noFollowUpReason"), (ex.Code, ex.Field));
    }

    [Fact]
    public void Close_WithoutFollowUpVisitButWithReason_RecordsTheReason()
    {
        var order = Orders.Completed();

        order.Close("业主已搬离，多次联系不上", "前台", Orders.Monday9.AddDays(3));

        Assert.Equal((RepairOrderStatus.Closed, "业主已搬离，多次联系不上"), (order.Status, order.NoFollowUpReason));
        Assert.Null(order.SatisfactionScore);
    }

    [Fact]
    public void Close_BeforeCompletion_IsRefusedEvenWithReason()
    {
        var ex = Assert.Throws<DomainException>(() => Orders.Accepted().Close("联系不上", "前台", Orders.Monday9));

        Assert.Equal("repair.close_requires_followed_up", ex.Code);
    }

    [Fact]
    public void Close_AfterFollowUpVisit_ClosesTheLoop()
    {
        var order = Orders.Completed();
        order.RecordFollowUp(5, "满意", "前台", Orders.Monday9.AddHours(3));

        order.Close(null, "前台", Orders.Monday9.AddHours(4));

        Assert.Equal((RepairOrderStatus.Closed, 5), (order.Status, order.SatisfactionScore));
    }
}
