using PropertyCloud.Partners.Api.Domain.Rules;

namespace PropertyCloud.Partners.Api.Domain;

/// <summary>
/// A partner system subscribed to the public event feed: what it was granted (estates, event types, personal data)
/// and how it takes delivery (its own AMQP queue, a signed webhook, or both).
/// </summary>
public sealed class Partner
{
    public const string ClientIdPrefix = "partner-";

    public Guid Id { get; private set; }

    /// <summary>Short lower-case code, e.g. "acme"; names the client, the queue and the routing keys.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>The partner's OAuth client at Identity ("partner-" + code); its tokens' subject.</summary>
    public string ClientId { get; private set; } = "";

    /// <summary>Every estate of the group, present and future, instead of <see cref="GrantedEstates"/>.</summary>
    public bool AllEstates { get; private set; }
    public List<Guid> GrantedEstates { get; private set; } = [];
    public List<string> GrantedTypes { get; private set; } = [];
    public bool PersonalDataGranted { get; private set; }
    public bool Amqp { get; private set; }
    public Uri? WebhookUrl { get; private set; }

    /// <summary>
    /// The Standard Webhooks signing secret ("whsec_" + base64), encrypted by an <see cref="ISecretProtector"/>: the
    /// service must read it back to sign, so it cannot be a hash. Shown in clear to the administrator once.
    /// </summary>
    public string? ProtectedWebhookSecret { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The broker user that may read this partner's queue and nothing else (AMQP partners only).</summary>
    public string? BrokerUser { get; private set; }

    /// <summary>Its password as RabbitMQ's own hash (<see cref="BrokerPassword"/>); the password itself is never stored.</summary>
    public string? BrokerPasswordHash { get; private set; }

    /// <summary>When the broker last accepted <see cref="BrokerUser"/> with the current hash; null while that is still to do.</summary>
    public DateTimeOffset? BrokerAccountProvisionedAt { get; private set; }

    /// <summary>The partner's durable queue bound to the public exchange.</summary>
    public string QueueName => $"partner.{Code}";

    private Partner() { }

    /// <param name="clientId">An existing client to use (the demo partner Identity seeds); otherwise "partner-" + code.</param>
    public static Partner Register(string code, string name, PartnerGrants grants, Uri? webhookUrl, bool amqp, DateTimeOffset now,
        string? clientId = null)
    {
        GrantedTypesMustBePublic.Check(grants.Types);
        EstatesMustBeGranted.Check(grants);
        PartnerNeedsADeliveryMode.Check(amqp, webhookUrl);
        return new Partner
        {
            Id = Guid.CreateVersion7(),
            Code = code,
            Name = name,
            ClientId = clientId ?? ClientIdPrefix + code,
            AllEstates = grants.AllEstates,
            GrantedEstates = [.. grants.Estates.Distinct()],
            GrantedTypes = [.. grants.Types.Distinct()],
            PersonalDataGranted = grants.PersonalData,
            Amqp = amqp,
            WebhookUrl = webhookUrl,
            RegisteredAt = now,
        };
    }

    /// <summary>Gives a webhook partner a new signing secret and returns it in clear — the only time it exists so.</summary>
    public string IssueWebhookSecret(ISecretProtector protector)
    {
        PartnerNeedsAWebhookForASecret.Check(WebhookUrl);
        var secret = WebhookSecret.New();
        ProtectedWebhookSecret = protector.Protect(secret);
        return secret;
    }

    /// <summary>The secret webhooks are signed with.</summary>
    public string WebhookSigningSecret(ISecretProtector protector) =>
        protector.Unprotect(ProtectedWebhookSecret ?? throw new InvalidOperationException($"Partner {Code} has no webhook secret."));

    /// <summary>
    /// Issues a new broker password for an AMQP partner (at registration, or to rotate it) and returns it — the only time
    /// it exists in clear. The broker user is created or updated afterwards by the provisioner.
    /// </summary>
    public string IssueBrokerPassword()
    {
        PartnerNeedsAmqpForABrokerAccount.Check(Amqp);
        var (password, hash) = BrokerPassword.New();
        BrokerUser = ClientId;
        BrokerPasswordHash = hash;
        BrokerAccountProvisionedAt = null;
        return password;
    }

    public void BrokerAccountProvisioned(DateTimeOffset now) => BrokerAccountProvisionedAt = now;

    /// <summary>The broker's read-permission pattern: this partner's queue only.</summary>
    public string BrokerReadPattern() => $"^{System.Text.RegularExpressions.Regex.Escape(QueueName)}$";

    /// <summary>Replaces what the partner is granted; messages not yet sent are checked against the new grants when sent.</summary>
    public void ChangeGrants(PartnerGrants grants)
    {
        GrantedTypesMustBePublic.Check(grants.Types);
        EstatesMustBeGranted.Check(grants);
        AllEstates = grants.AllEstates;
        GrantedEstates = [.. grants.Estates.Distinct()];
        GrantedTypes = [.. grants.Types.Distinct()];
        PersonalDataGranted = grants.PersonalData;
    }

    /// <summary>Whether an event of <paramref name="type"/> in <paramref name="estateId"/> may reach this partner.</summary>
    public bool Receives(string type, Guid estateId) =>
        GrantedTypes.Contains(type) && (AllEstates || GrantedEstates.Contains(estateId));

    /// <summary>The channels this partner takes delivery on.</summary>
    public IEnumerable<DeliveryChannel> Channels()
    {
        if (Amqp)
        {
            yield return DeliveryChannel.Amqp;
        }
        if (WebhookUrl is not null)
        {
            yield return DeliveryChannel.Webhook;
        }
    }

    /// <summary>The routing key of one of this partner's messages on the public exchange.</summary>
    public string RoutingKey(Guid estateId, string type) => $"{Code}.{estateId:D}.{type}";

    /// <summary>The keys its queue is bound with: exactly the granted estates × types, so the broker enforces the grant too.</summary>
    public IEnumerable<string> BindingKeys() =>
        AllEstates
            ? GrantedTypes.Select(type => $"{Code}.*.{type}")
            : GrantedEstates.SelectMany(estate => GrantedTypes.Select(type => RoutingKey(estate, type)));
}
