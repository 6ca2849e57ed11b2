namespace PropertyCloud.Billing.Api.Extensions;

/// <summary>Authorisation policies of billing; estate scope is checked per request on top of these.</summary>
internal static class BillingPolicies
{
    /// <summary>Finance and the estate manager in their estates; group admin and quality everywhere (read only).</summary>
    public const string ReadBilling = "billing.read";

    /// <summary>Finance and the estate manager of the estate.</summary>
    public const string WriteBilling = "billing.write";

    /// <summary>Owners and tenants, for the bills of the units they currently own or rent.</summary>
    public const string OwnBills = "billing.own";

    /// <summary>Group admin and quality: statistics across every estate.</summary>
    public const string GroupStatistics = "billing.group_statistics";
}
