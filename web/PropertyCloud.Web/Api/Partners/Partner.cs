namespace PropertyCloud.Web.Api.Partners;

/// <summary>A partner system subscribed to the public event feed, as the Partners API describes it.</summary>
public sealed record Partner(
    Guid Id, string Code, string Name, string ClientId, IReadOnlyList<string> GrantedTypes, IReadOnlyList<Guid> GrantedEstates,
    bool AllEstates, bool PersonalDataGranted, string? Exchange, string? Queue, Uri? WebhookUrl, DateTimeOffset RegisteredAt,
    string? BrokerUser, DateTimeOffset? BrokerAccountProvisionedAt);
