using FluentValidation;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Feed;

namespace PropertyCloud.Partners.Api.Apis;

public sealed record RegisterPartnerRequest(
    string Code,
    string Name,
    IReadOnlyList<string> GrantedTypes,
    IReadOnlyList<Guid>? GrantedEstates,
    bool AllEstates,
    bool PersonalDataGranted,
    bool Amqp,
    Uri? WebhookUrl);

public sealed record ChangeGrantsRequest(
    IReadOnlyList<string> GrantedTypes,
    IReadOnlyList<Guid>? GrantedEstates,
    bool AllEstates,
    bool PersonalDataGranted);

/// <summary>The answer to a registration; the webhook secret is shown here once and never again.</summary>
public sealed record PartnerRegisteredResponse(PartnerResponse Partner, string? WebhookSecret, BrokerCredentials? Broker = null);

/// <summary>A new webhook signing secret, shown here once and never again.</summary>
public sealed record WebhookSecretResponse(string WebhookSecret);

/// <summary>
/// The partner's own broker login (read access to its queue only) and the virtual host to connect to; the password is
/// shown here once and never again.
/// </summary>
public sealed record BrokerCredentials(string User, string Password, string VirtualHost);

public sealed record PartnerResponse(
    Guid Id,
    string Code,
    string Name,
    string ClientId,
    IReadOnlyList<string> GrantedTypes,
    IReadOnlyList<Guid> GrantedEstates,
    bool AllEstates,
    bool PersonalDataGranted,
    string? Exchange,
    string? Queue,
    Uri? WebhookUrl,
    DateTimeOffset RegisteredAt,
    string? BrokerUser = null,
    DateTimeOffset? BrokerAccountProvisionedAt = null)
{
    public static PartnerResponse From(Partner p) => new(p.Id, p.Code, p.Name, p.ClientId, p.GrantedTypes, p.GrantedEstates, p.AllEstates,
        p.PersonalDataGranted, p.Amqp ? DeliveryOptions.Exchange : null, p.Amqp ? p.QueueName : null, p.WebhookUrl, p.RegisteredAt,
        p.BrokerUser, p.BrokerAccountProvisionedAt);
}

internal sealed class RegisterPartnerRequestValidator : AbstractValidator<RegisterPartnerRequest>
{
    public RegisterPartnerRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().Length(2, 40).Matches("^[a-z0-9][a-z0-9-]*$");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.GrantedTypes).NotNull();
        RuleFor(r => r.WebhookUrl)
            .Must(u => u is null || (u.IsAbsoluteUri && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)))
            .WithMessage("'{PropertyName}' must be an absolute http(s) URL.");
    }
}

internal sealed class ChangeGrantsRequestValidator : AbstractValidator<ChangeGrantsRequest>
{
    public ChangeGrantsRequestValidator() => RuleFor(r => r.GrantedTypes).NotNull();
}
