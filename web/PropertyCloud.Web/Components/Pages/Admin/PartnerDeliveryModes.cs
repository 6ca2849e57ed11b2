using PropertyCloud.Web.Api.Partners;

namespace PropertyCloud.Web.Components.Pages.Admin;

/// <summary>How a partner takes delivery: its AMQP queue, its webhook, or both.</summary>
public static class PartnerDeliveryModes
{
    public static string Of(Partner partner, string amqp, string webhook) =>
        string.Join(" + ", new[] { partner.Queue is null ? null : amqp, partner.WebhookUrl is null ? null : webhook }.OfType<string>());
}
