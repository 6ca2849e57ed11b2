using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain.Rules;

/// <summary>A dunning ladder climbs: reminder before notice before final notice, the first at least a day past due.</summary>
public static class LadderMustAscend
{
    public static void Check(int reminderAfterDays, int noticeAfterDays, int finalNoticeAfterDays)
    {
        if (reminderAfterDays < 1)
        {
            throw new DomainException("dunning.reminder_too_early",
                new("提醒最早在逾期第 1 天发出", "The reminder can be sent one day past due at the earliest"), "reminderAfterDays");
        }
        if (noticeAfterDays <= reminderAfterDays)
        {
            throw new DomainException("dunning.ladder_not_ascending",
                new("催费通知须晚于缴费提醒", "The notice must come after the reminder"), "noticeAfterDays");
        }
        if (finalNoticeAfterDays <= noticeAfterDays)
        {
            throw new DomainException("dunning.ladder_not_ascending",
                new("最后催告须晚于催费通知", "The final notice must come after the notice"), "finalNoticeAfterDays");
        }
    }
}
