using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.UnitTests;

public sealed class ComplaintTests
{
    private static readonly DateTimeOffset Received = Orders.Monday9;

    private static Complaint CalledBack(bool major)
    {
        var complaint = Complaint.Receive(Guid.NewGuid(), RepairChannel.Phone, ComplaintCategory.Noise, "夜间施工", null, major, "前台", Received);
        complaint.Acknowledge(Received.AddMinutes(5));
        complaint.Assign("m1", "经理", Received.AddMinutes(10));
        complaint.Respond("今晚起停止夜间施工", Received.AddMinutes(30));
        complaint.Resolve("已与施工方约定", ComplainantOpinion.BasicallySatisfied, Received.AddMinutes(150));
        complaint.CallBack("业主认可", Received.AddDays(1));
        return complaint;
    }

    [Fact]
    public void Respond_FirstTimeAndAgainAfterReopening_IsAFirstResponseOnlyTheFirstTime()
    {
        var complaint = Complaint.Receive(Guid.NewGuid(), RepairChannel.Phone, ComplaintCategory.Noise, "夜间施工", null, false, "前台", Received);
        complaint.Acknowledge(Received.AddMinutes(5));
        complaint.Assign("m1", "经理", Received.AddMinutes(10));

        var first = complaint.Respond("今晚起停止夜间施工", Received.AddMinutes(30));
        complaint.Resolve("已与施工方约定", ComplainantOpinion.BasicallySatisfied, Received.AddMinutes(150));
        complaint.Reopen("施工仍在继续", "前台", Received.AddDays(1));
        var again = complaint.Respond("已再次约谈施工方", Received.AddDays(1).AddMinutes(20));

        Assert.Equal((true, false), (first, again));
    }

    [Fact]
    public void Receive_MajorComplaint_IsEscalatedAtOnce()
    {
        var complaint = Complaint.Receive(Guid.NewGuid(), RepairChannel.Visit, ComplaintCategory.Security, "被盗", null, true, "前台", Received);

        Assert.Equal(Received, complaint.EscalatedAt);
    }

    [Fact]
    public void Resolve_MeasuresHandlingTimeFromReceipt()
    {
        Assert.Equal(150, CalledBack(major: false).Feedback!.HandlingMinutes);
    }

    [Fact]
    public void Close_MajorWithoutLessonsLearnt_IsRefused()
    {
        var ex = Assert.Throws<DomainException>(() => CalledBack(major: true).Close("  ", "经理", Received.AddDays(2)));

        Assert.Equal("complaint.major_requires_lessons_learnt", ex.Code);
        Assert.Equal("lessonsLearnt", ex.Field);
    }

    [Fact]
    public void Close_OrdinaryWithoutLessonsLearnt_Closes()
    {
        var complaint = CalledBack(major: false);

        complaint.Close(null, "前台", Received.AddDays(2));

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
    }

    [Fact]
    public void Close_BeforeCallBack_IsRefused()
    {
        var complaint = Complaint.Receive(Guid.NewGuid(), RepairChannel.Phone, ComplaintCategory.Other, "x", null, false, "前台", Received);

        var ex = Assert.Throws<DomainException>(() => complaint.Close("教训", "前台", Received));

        Assert.Equal("complaint.close_requires_called_back", ex.Code);
    }
}
