using Microsoft.Extensions.Localization;
using PropertyCloud.Web.Api.Partners;
using PropertyCloud.Web.Localization;

namespace PropertyCloud.Web.Components.Pages.Admin;

/// <summary>The secrets a partner's registration returns once, labelled for the one-time dialog.</summary>
public static class PartnerSecrets
{
    public static (string Label, string Value)[] Of(RegisteredPartner registered, IStringLocalizer<Texts> texts)
    {
        var secrets = new List<(string, string)>();
        if (registered.WebhookSecret is { } webhookSecret)
        {
            secrets.Add((texts["Partners.WebhookSecret"], webhookSecret));
        }
        if (registered.Broker is { } broker)
        {
            secrets.AddRange(Of(broker, texts));
        }
        return [.. secrets];
    }

    public static (string Label, string Value)[] Of(PartnerBrokerLogin broker, IStringLocalizer<Texts> texts) =>
    [
        (texts["Partners.BrokerUser"], broker.User),
        (texts["Partners.BrokerPassword"], broker.Password),
        (texts["Partners.VirtualHost"], broker.VirtualHost),
    ];
}
