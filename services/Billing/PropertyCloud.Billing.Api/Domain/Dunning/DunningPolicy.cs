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

    /// <summary>Share of the principal owed charged per day overdue, e.g. 0.0003 (万分之三); null: no late fees.</summary>
    public decimal? LateFeeDailyRate { get; private set; }

    public int LateFeeGraceDays { get; private set; }

    /// <summary>The most a bill may be charged in late fees, as a percentage of its principal; null: the principal itself.</summary>
    public decimal? LateFeeCapPercent { get; private set; }

    public LateFeeStart LateFeeStart { get; private set; }

    /// <summary>The estate's late-fee terms; null when it charges none.</summary>
    public LateFeeTerms? LateFees => LateFeeDailyRate is { } rate ? new LateFeeTerms(rate, LateFeeGraceDays, LateFeeCapPercent, LateFeeStart) : null;

    private DunningPolicy() { }

    public static DunningPolicy Configure(Guid estateId, int reminderAfterDays, int noticeAfterDays, int finalNoticeAfterDays, LateFeeTerms? lateFees)
    {
        var policy = new DunningPolicy { EstateId = estateId };
        policy.Change(reminderAfterDays, noticeAfterDays, finalNoticeAfterDays, lateFees);
        return policy;
    }

    public void Change(int reminderAfterDays, int noticeAfterDays, int finalNoticeAfterDays, LateFeeTerms? lateFees)
    {
        LadderMustAscend.Check(reminderAfterDays, noticeAfterDays, finalNoticeAfterDays);
        ReminderAfterDays = reminderAfterDays;
        NoticeAfterDays = noticeAfterDays;
        FinalNoticeAfterDays = finalNoticeAfterDays;
        LateFeeDailyRate = lateFees?.DailyRate;
        LateFeeGraceDays = lateFees?.GraceDays ?? 0;
        LateFeeCapPercent = lateFees?.CapPercent;
        LateFeeStart = lateFees?.Start ?? LateFeeStart.FromDueDate;
    }

    /// <summary>The highest rung a bill this many days overdue has reached; null before the reminder is due.</summary>
    public DunningStep? StepFor(int daysOverdue) =>
        daysOverdue >= FinalNoticeAfterDays ? DunningStep.FinalNotice
        : daysOverdue >= NoticeAfterDays ? DunningStep.Notice
        : daysOverdue >= ReminderAfterDays ? DunningStep.Reminder
        : null;
}
