namespace PropertyCloud.Web.Api.Partners;

public sealed record RegisterPartner(
    string Code, string Name, IReadOnlyList<string> GrantedTypes, IReadOnlyList<Guid>? GrantedEstates, bool AllEstates,
    bool PersonalDataGranted, bool Amqp, Uri? WebhookUrl);

public sealed record ChangePartnerGrants(IReadOnlyList<string> GrantedTypes, IReadOnlyList<Guid>? GrantedEstates, bool AllEstates, bool PersonalDataGranted);

/// <summary>A registration's answer: the webhook secret and broker password are shown this once.</summary>
public sealed record RegisteredPartner(Partner Partner, string? WebhookSecret, PartnerBrokerLogin? Broker);

public sealed record PartnerWebhookSecret(string WebhookSecret);

/// <summary>The partner's broker login; the password is shown this once.</summary>
public sealed record PartnerBrokerLogin(string User, string Password, string VirtualHost);

/// <summary>The partner's OAuth client secret issued by Identity, shown this once.</summary>
public sealed record PartnerClientSecret(string ClientId, string ClientSecret);

/// <summary>One public event type of the catalogue.</summary>
public sealed record PartnerEventType(string Type, string Source, string Summary, IReadOnlyList<string> PersonalFields);
