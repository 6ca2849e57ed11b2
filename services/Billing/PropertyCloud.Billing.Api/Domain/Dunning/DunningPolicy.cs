using PropertyCloud.Billing.Api.Domain.Rules;

namespace PropertyCloud.Billing.Api.Domain.Dunning;

/// <summary>
/// An estate's dunning ladder: the days past due at which a bill earns a reminder, a notice and a final notice,
/// and the daily late-fee rate (滞纳金) if, and only if, the estate charges one.
/// </summary>
public sealed class DunningPolicy
{
    /// <summary>Used by estates that have configured nothing: no late fee.</summary>
    public static DunningPolicy Default(Guid estateId) => new() { EstateId = estateId, ReminderAfterDays = 1, NoticeAfterDays = 30, FinalNoticeAfterDays = 90 };

    public Guid EstateId { get; private set; }
    public int ReminderAfterDays { get; private set; }
    public int NoticeAfterDays { get; private set; }
    public int FinalNoticeAfterDays { get; private set; }

    /// <summary>Share of the amount owed charged per day overdue, e.g. 0.0005 (万分之五); null: no late fees.</summary>
    public decimal? LateFeeDailyRate { get; private set; }

    private DunningPolicy() { }

    public static DunningPolicy Configure(Guid estateId, int reminderAfterDays, int noticeAfterDays, int finalNoticeAfterDays, decimal? lateFeeDailyRate)
    {
        var policy = new DunningPolicy { EstateId = estateId };
        policy.Change(reminderAfterDays, noticeAfterDays, finalNoticeAfterDays, lateFeeDailyRate);
        return policy;
    }

    public void Change(int reminderAfterDays, int noticeAfterDays, int finalNoticeAfterDays, decimal? lateFeeDailyRate)
    {
        LadderMustAscend.Check(reminderAfterDays, noticeAfterDays, finalNoticeAfterDays);
        ReminderAfterDays = reminderAfterDays;
        NoticeAfterDays = noticeAfterDays;
        FinalNoticeAfterDays = finalNoticeAfterDays;
        LateFeeDailyRate = lateFeeDailyRate;
    }

    /// <summary>The highest rung a bill this many days overdue has reached; null before the reminder is due.</summary>
    public DunningStep? StepFor(int daysOverdue) =>
        daysOverdue >= FinalNoticeAfterDays ? DunningStep.FinalNotice
        : daysOverdue >= NoticeAfterDays ? DunningStep.Notice
        : daysOverdue >= ReminderAfterDays ? DunningStep.Reminder
        : null;
}
