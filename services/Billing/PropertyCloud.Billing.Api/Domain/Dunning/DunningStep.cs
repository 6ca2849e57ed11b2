namespace PropertyCloud.Billing.Api.Domain.Dunning;

/// <summary>The rungs of the dunning ladder, mildest first.</summary>
public enum DunningStep
{
    /// <summary>缴费提醒.</summary>
    Reminder,

    /// <summary>催费通知.</summary>
    Notice,

    /// <summary>最后催告.</summary>
    FinalNotice,
}
