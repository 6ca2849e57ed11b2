namespace PropertyCloud.Partners.Api.Domain;

/// <summary>How a message reaches a partner.</summary>
public enum DeliveryChannel
{
    /// <summary>Published to the partner's queue on the public topic exchange.</summary>
    Amqp,

    /// <summary>POSTed to the partner's URL, signed per Standard Webhooks.</summary>
    Webhook,
}
